import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { ReplacementStatsDocument } from '../graphql/replacements.generated';
import { ReplacementStatsBlock, timeToFill } from './ReplacementStatsBlock';

const stats = (over: Record<string, unknown>) => ({
  request: { query: ReplacementStatsDocument, variables: { year: 2027 } },
  result: {
    data: {
      replacementStats: {
        __typename: 'ReplacementStats' as const,
        year: 2027,
        requests: 8,
        filled: 6,
        medianMinutesToFill: 135,
        byEmployer: [
          {
            __typename: 'ReplacementEmployerStats' as const,
            partnerOrganisationId: 'x',
            name: 'Résidences de Seine',
            requests: 5,
            filled: 4,
            fillRate: 0.8,
          },
          {
            __typename: 'ReplacementEmployerStats' as const,
            partnerOrganisationId: 'y',
            name: 'Habitat 76',
            requests: 3,
            filled: 2,
            fillRate: 2 / 3,
          },
        ],
        ...over,
      },
    },
  },
});

const show = (mock: ReturnType<typeof stats>) =>
  render(
    <MantineProvider>
      <MockedProvider mocks={[mock]}>
        <ReplacementStatsBlock year={2027} />
      </MockedProvider>
    </MantineProvider>,
  );

describe('ReplacementStatsBlock (dashboard)', () => {
  it('shows the requests, those filled, the median time to fill and the fill rate per employer', async () => {
    show(stats({}));
    expect(await screen.findByText('75 %')).toBeTruthy();
    expect(screen.getByText('2 h 15')).toBeTruthy();
    const table = screen.getByRole('region', { name: 'Remplacements 2027 par employeur' });
    const seine = within(table).getByRole('row', { name: /Résidences de Seine/ });
    expect(within(seine).getByText('80 %')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /Habitat 76/ })).getByText('67 %')).toBeTruthy();
    expect(screen.queryByText(/trop peu pour conclure/)).toBeNull();
  });

  it('says when there is nothing', async () => {
    show(stats({ requests: 0, filled: 0, medianMinutesToFill: null, byEmployer: [] }));
    expect(await screen.findByText('Aucune demande de remplacement dont le créneau tombe en 2027.')).toBeTruthy();
  });

  it('says when there is too little to conclude', async () => {
    show(stats({ requests: 3, filled: 1 }));
    expect(await screen.findByText('Calculé sur 3 demandes : trop peu pour conclure.')).toBeTruthy();
  });

  it('reads a time to fill in minutes under an hour, in hours beyond', () => {
    expect(timeToFill(40)).toBe('40 min');
    expect(timeToFill(60)).toBe('1 h');
    expect(timeToFill(null)).toBe('—');
  });
});
