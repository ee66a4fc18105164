import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { PageLoading, PageSuspense } from './PageLoading';

describe('page loading state', () => {
  it('is announced politely, in French', () => {
    render(
      <MantineProvider>
        <PageLoading />
      </MantineProvider>,
    );
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Chargement de la page…');
  });

  it('shows while a page loaded on demand arrives, then gives way to it', async () => {
    let arrive: (page: { default: () => React.JSX.Element }) => void = () => undefined;
    const Page = lazy(() => new Promise<{ default: () => React.JSX.Element }>((resolve) => (arrive = resolve)));
    render(
      <MantineProvider>
        <PageSuspense>
          <Page />
        </PageSuspense>
      </MantineProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain('Chargement de la page…');
    await act(async () => arrive({ default: () => <h1>Portail</h1> }));
    expect(screen.getByRole('heading', { name: 'Portail' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
