import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { JobBoardDocument } from '../graphql/job-board.generated';
import { BoardOffers } from './BoardOffers';

const offer = (over: Record<string, unknown>) => ({
  __typename: 'BoardOffer',
  id: 'o1',
  sourceKind: 'JOB_OFFER',
  sourceLabel: 'Offre de la structure',
  jobTitle: 'Agent·e d’entretien des espaces verts',
  town: 'Rouen',
  postalCode: '76000',
  contractKind: 'CDDI',
  contractKindLabel: 'CDDI (insertion)',
  description: 'Débroussaillage, tonte.',
  ownerStructureName: 'Rouen Insertion',
  sharedAt: '2026-12-01T09:00:00.000Z',
  mine: false,
  ...over,
});

const boardOf = (items: ReturnType<typeof offer>[], totalCount = items.length): MockLink.MockedResponse => ({
  request: {
    query: JobBoardDocument,
    variables: { search: { text: null, place: null, contractKind: null }, first: 20, offset: 0 },
  },
  result: { data: { jobBoard: { __typename: 'BoardOfferPage', totalCount, items } } },
  maxUsageCount: 10,
});

function renderBoard(mocks: MockLink.MockedResponse[], onPropose = jest.fn()) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <BoardOffers onPropose={onPropose} />
      </MockedProvider>
    </MantineProvider>,
  );
  return onPropose;
}

describe('BoardOffers', () => {
  it('lists the network’s offers with their count; only another structure’s offer can receive a person', async () => {
    const onPropose = renderBoard([
      boardOf([offer({}), offer({ id: 'o2', jobTitle: 'Plombier·e', mine: true, contractKindLabel: 'CDI' })]),
    ]);
    expect(await screen.findByText('2 offres')).toBeTruthy();
    const green = screen.getByRole('article', { name: 'Agent·e d’entretien des espaces verts' });
    expect(green.textContent).toContain('Rouen (76000) · CDDI (insertion)');
    expect(green.textContent).toContain('partagée par Rouen Insertion');
    const mine = screen.getByRole('article', { name: 'Plombier·e' });
    expect(mine.textContent).toContain('Offre de ma structure');
    expect(screen.getAllByRole('button', { name: 'Proposer une personne' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Proposer une personne' }));
    expect(onPropose).toHaveBeenCalledWith(expect.objectContaining({ id: 'o1' }));
  });

  it('says so when no offer is shared in the networks', async () => {
    renderBoard([boardOf([])]);
    expect(await screen.findByText('Aucune offre partagée dans vos réseaux')).toBeTruthy();
    expect(screen.getByText('0 offre')).toBeTruthy();
  });
});
