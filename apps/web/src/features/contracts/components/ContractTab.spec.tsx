import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { ContractStatus, formatIsoDateFr } from '@tremplin/domain';
import { draft, person } from '../contract-test-data';
import { PersonContractsDocument } from '../graphql/contracts.generated';
import { ContractTab } from './ContractTab';

/** The tab with the app's data masking (ADR 0013): each card sees only what it reads through ContractFields. */
function renderTab(data: ReturnType<typeof person>) {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new MockLink([{ request: { query: PersonContractsDocument, variables: { id: 'p1' } }, result: { data } }]),
    dataMasking: true,
  });
  render(
    <MantineProvider>
      <ApolloProvider client={client}>
        <ContractTab personId="p1" canWrite={false} />
      </ApolloProvider>
    </MantineProvider>,
  );
}

describe('ContractTab, masked', () => {
  it('shows each contract from its card’s fragment, a renewal with the period of the contract it renews', async () => {
    const first = draft({
      id: 'c0',
      status: ContractStatus.COMPLETED,
      statusLabel: 'Terminé',
      startDate: '2025-03-03',
      endDate: '2026-02-27',
      completedOn: '2026-02-27',
      checks: [],
    });
    const renewal = draft({ renewedFromId: 'c0', cerfaKindLabel: 'Renouvellement' });
    renderTab(person(renewal, first));

    expect(await screen.findByText('2 contrats, du plus récent au plus ancien.')).toBeTruthy();
    const cards = await screen.findAllByRole('article');
    expect(cards.map((c) => c.querySelector('h3')?.textContent)).toEqual([
      `Contrat de professionnalisation du ${formatIsoDateFr('2026-03-02')} au ${formatIsoDateFr('2026-12-31')}`,
      `Contrat de professionnalisation du ${formatIsoDateFr('2025-03-03')} au ${formatIsoDateFr('2026-02-27')}`,
    ]);
    expect(cards[0].textContent).toContain('Agent·e de propreté · CDD · Renouvellement');
    expect(cards[0].textContent).toContain(
      `Renouvellement du contrat du ${formatIsoDateFr('2025-03-03')} au ${formatIsoDateFr('2026-02-27')}.`,
    );
    expect(cards[0].textContent).toContain('SIRET de l’employeur invalide.');
    expect(cards[1].textContent).toContain('Terminé');
    expect(cards[1].textContent).not.toContain('Renouvellement du contrat');
  });
});
