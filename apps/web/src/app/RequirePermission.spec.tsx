import { render, screen } from '@testing-library/react';
import { Permission, ROLE_PERMISSIONS, Role } from '@tremplin/domain';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { CurrentUser } from './auth';
import { RequireOwnSide } from './RequirePermission';

let user: CurrentUser;
jest.mock('./auth', () => ({
  ...jest.requireActual<typeof import('./auth')>('./auth'),
  useCurrentUser: () => user,
}));

const userWith = (role: Role) => ({ role, permissions: [...ROLE_PERMISSIONS[role]] }) as unknown as CurrentUser;

function Where() {
  const { pathname } = useLocation();
  return <p>page {pathname}</p>;
}

/** The frame's routes, each page saying where it is; the boundary around them, as in App.tsx. */
function open(path: string) {
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/*"
          element={
            <RequireOwnSide>
              <Where />
            </RequireOwnSide>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
  const where = screen.getByText(/^page /).textContent;
  view.unmount();
  return where;
}

describe('RequireOwnSide', () => {
  it('sends a partner reviewer who opens a counsellor’s address to the portal', () => {
    user = userWith(Role.PARTNER_REVIEWER);
    expect(user.permissions).toContain(Permission.PARTNER_PORTAL);
    for (const path of ['/personnes', '/personnes/abc', '/sessions', '/tableau-de-bord', '/equipe', '/inconnue'])
      expect(open(path)).toBe('page /portail');
  });

  it('lets a partner reviewer open the portal and their own account', () => {
    user = userWith(Role.PARTNER_REVIEWER);
    for (const path of ['/portail', '/portail/propositions/p1', '/mon-compte', '/compte/securite', '/'])
      expect(open(path)).toBe(`page ${path}`);
  });

  it('sends structure staff who open the portal home, and lets them open their screens', () => {
    user = userWith(Role.COUNSELLOR);
    expect(open('/portail')).toBe('page /');
    expect(open('/portail/propositions/p1')).toBe('page /');
    for (const path of ['/personnes', '/sessions', '/portails-inconnus']) expect(open(path)).toBe(`page ${path}`);
  });
});
