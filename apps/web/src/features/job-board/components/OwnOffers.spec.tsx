import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { JobOffersDocument } from '../graphql/job-board.generated';
import { OwnOffers } from './OwnOffers';

const jobOffer = (over: Record<string, unknown>) => ({
  __typename: 'JobOffer',
  id: 'j1',
  jobTitle: 'Agent·e d’entretien des espaces verts',
  town: 'Rouen',
  postalCode: '76000',
  contractKind: 'CDDI',
  contractKindLabel: 'CDDI (insertion)',
  description: null,
  status: 'OPEN',
  shared: true,
  version: 1,
  ...over,
});

describe('OwnOffers, masked (ADR 0013)', () => {
  it('shows each offer from its row’s fragment, with its share toggle', async () => {
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new MockLink([
        {
          request: { query: JobOffersDocument },
          result: {
            data: {
              jobOffers: [
                jobOffer({}),
                jobOffer({
                  id: 'j2',
                  jobTitle: 'Plombier·e',
                  status: 'CLOSED',
                  shared: false,
                  contractKindLabel: 'CDI',
                }),
              ],
            },
          },
        },
      ]),
      dataMasking: true,
    });
    render(
      <MantineProvider>
        <ApolloProvider client={client}>
          <OwnOffers onNotice={jest.fn()} />
        </ApolloProvider>
      </MantineProvider>,
    );
    const green = await screen.findByRole('article', { name: 'Agent·e d’entretien des espaces verts' });
    expect(green.textContent).toContain('Rouen (76000) · CDDI (insertion)');
    const plumber = screen.getByRole('article', { name: 'Plombier·e' });
    expect(plumber.textContent).toContain('CDI · fermée');
    const toggles = screen.getAllByRole('switch', { name: 'Partager avec le réseau' }) as HTMLInputElement[];
    expect(toggles.map((t) => t.checked)).toEqual([true, false]);
  });
});
