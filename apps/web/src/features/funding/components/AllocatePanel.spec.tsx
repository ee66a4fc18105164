import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FundingSourceKind } from '@tremplin/domain';
import { type AllocationTarget, SOURCE_LIST_LIMIT } from '../allocation';
import { AllocateFundingDocument, FundableSourcesDocument } from '../graphql/allocation.generated';
import { AllocatePanel } from './AllocatePanel';

const agreement: AllocationTarget = {
  id: 'a1',
  reference: 'CONV-1',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  sourceKinds: [FundingSourceKind.MISSION],
  hourlyRateCents: 1000,
  coFinancingRateBp: 5000,
};

const source = (over: Record<string, unknown>) => ({
  __typename: 'FundableSource',
  sourceKind: 'MISSION',
  sourceId: 's1',
  date: '2026-03-02',
  label: 'Mission espaces verts',
  personId: 'p1',
  personName: 'DIALLO Amina',
  unit: 'MINUTES',
  totalQuantity: 420,
  allocatedQuantity: 0,
  remainingQuantity: 420,
  allocations: [],
  version: 'v1',
  ...over,
});

const listed: MockLink.MockedResponse = {
  request: {
    query: FundableSourcesDocument,
    variables: {
      filter: {
        sourceKind: 'MISSION',
        from: '2026-01-01',
        to: '2026-12-31',
        onlyRemaining: true,
        first: SOURCE_LIST_LIMIT,
      },
    },
  },
  result: {
    data: {
      fundableSources: [
        source({}),
        source({
          sourceId: 's2',
          label: 'Mission peinture',
          personName: 'MARTIN Léo',
          totalQuantity: 300,
          allocatedQuantity: 300,
          remainingQuantity: 0,
          allocations: [
            { __typename: 'SourceAllocation', agreementId: 'a2', agreementReference: 'CONV-B', quantity: 300 },
          ],
          version: 'v2',
        }),
      ],
    },
  },
  maxUsageCount: 10,
};

function renderPanel(mocks: MockLink.MockedResponse[]) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <AllocatePanel agreement={agreement} />
      </MockedProvider>
    </MantineProvider>,
  );
}

const first = 'Sélectionner « Mission espaces verts », DIALLO Amina, du 02/03/2026';
const submit = () => act(async () => fireEvent.click(screen.getByRole('button', { name: /^Imputer/ })));

describe('AllocatePanel', () => {
  it('lists the lines with what already funds them; a fully funded line cannot be chosen', async () => {
    renderPanel([listed]);
    expect(await screen.findByRole('checkbox', { name: first })).toBeTruthy();
    expect(screen.getByText('CONV-B 5 h')).toBeTruthy();
    expect(screen.getByText('entièrement financé')).toBeTruthy();
    const full = screen.getByRole('checkbox', { name: 'Sélectionner « Mission peinture », MARTIN Léo, du 02/03/2026' });
    expect((full as HTMLInputElement).disabled).toBe(true);
  });

  it('asks for a line, then for hours it can read, in French', async () => {
    renderPanel([listed]);
    await screen.findByRole('checkbox', { name: first });
    await submit();
    expect(screen.getByRole('alert').textContent).toBe('Sélectionnez au moins une ligne à imputer.');

    fireEvent.click(screen.getByRole('checkbox', { name: first }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Heures' }), { target: { value: 'beaucoup' } });
    await submit();
    expect(screen.getByText('Saisissez des heures, par exemple 7 ou 3 h 30.')).toBeTruthy();
  });

  it('sends the selected line with its version and the share, then says what was allocated', async () => {
    const input = {
      agreementId: 'a1',
      sourceKind: 'MISSION',
      sourceIds: ['s1'],
      sourceVersions: ['v1'],
      sharePercent: 50,
    };
    const allocated: MockLink.MockedResponse = {
      request: { query: AllocateFundingDocument, variables: { input } },
      result: {
        data: {
          allocateFunding: {
            __typename: 'FundingAgreement',
            id: 'a1',
            version: 2,
            consumption: {
              __typename: 'AgreementConsumption',
              allocatedMinutes: 210,
              chargedCents: 3500,
              fundedCents: 1750,
              grantedCents: 100000,
              remainingCents: 98250,
              consumedPercent: 1,
            },
          },
        },
      },
    };
    renderPanel([listed, allocated]);
    fireEvent.click(await screen.findByRole('checkbox', { name: first }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Part/ }), { target: { value: '50' } });
    expect(screen.getByText(/Sera imputé/).textContent).toMatch(
      /^Sera imputé : 3 h 30 sur 1 ligne, soit environ 35,00/,
    );
    await submit();
    expect((await screen.findByRole('status')).textContent).toContain(
      '3 h 30 imputées à CONV-1 : 1 ligne de « Heures de mission », part de 50',
    );
  });
});
