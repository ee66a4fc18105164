import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { StaffSecurityLogDocument } from '../graphql/audit.generated';
import { StaffSecurityLog } from './StaffSecurityLog';

const entry = (over: Record<string, unknown> = {}) => ({
  __typename: 'AuditLogEntry' as const,
  id: '1',
  occurredAt: '2026-03-10T09:00:00.000Z',
  action: 'TWO_FACTOR_CODE_REFUSED',
  actionLabel: 'Code de double authentification refusé',
  actorLabel: 'Inès Morel',
  actorRoleLabel: 'Chargé·e d’insertion',
  details: JSON.stringify({ step: 'SIGN_IN', codeKind: 'RECOVERY' }),
  ...over,
});
const answer = (items: ReturnType<typeof entry>[]): MockLink.MockedResponse => ({
  request: { query: StaffSecurityLogDocument, variables: { userId: 'u1' } },
  result: { data: { staffSecurityLog: items } },
});

function renderLog(mocks: MockLink.MockedResponse[], onClose = jest.fn()) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <StaffSecurityLog userId="u1" fullName="Inès Morel" onClose={onClose} />
      </MockedProvider>
    </MantineProvider>,
  );
  return onClose;
}

describe('StaffSecurityLog (« Sécurité du compte »)', () => {
  it('shows a loader, then the events in French, details included', async () => {
    renderLog([
      answer([
        entry(),
        entry({
          id: '2',
          action: 'SESSIONS_ENDED',
          actionLabel: 'Sessions terminées depuis « Mes sessions »',
          details: JSON.stringify({ scope: 'OTHERS', count: 2 }),
        }),
      ]),
    ]);
    expect(screen.getByRole('status', { name: 'Chargement de la sécurité du compte' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Sécurité du compte de Inès Morel' });
    expect(within(table).getByText('Code de double authentification refusé')).toBeTruthy();
    expect(within(table).getByText('étape : connexion · code saisi : code de secours')).toBeTruthy();
    expect(within(table).getByText('sessions : toutes les autres · nombre : 2')).toBeTruthy();
  });

  it('says when nothing was recorded, and closes', async () => {
    const onClose = renderLog([answer([])]);
    expect(await screen.findByText('Aucun événement de sécurité enregistré pour ce compte.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fermer la sécurité du compte de Inès Morel' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the refusal of the server in French', async () => {
    renderLog([
      {
        request: { query: StaffSecurityLogDocument, variables: { userId: 'u1' } },
        result: {
          errors: [
            {
              message: 'Ce compte est introuvable dans votre structure.',
              extensions: { code: 'NOT_FOUND' },
            } as never,
          ],
        },
      },
    ]);
    expect(await screen.findByText('Ce compte est introuvable dans votre structure.')).toBeTruthy();
  });
});
