import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FseParticipantsDocument } from '../graphql/fse.generated';
import { FseParticipantsSection } from './FseParticipantsSection';

const participant = (over: Record<string, unknown>) => ({
  __typename: 'FseParticipant',
  id: 'fp1',
  agreementId: 'a1',
  personId: 'p1',
  personName: 'DIALLO Amina',
  version: 1,
  entryDate: '2026-01-12',
  gender: 'WOMAN',
  labourMarketStatus: null,
  iscedLevel: null,
  birthYear: 1988,
  situations: null,
  situationsAnswered: null,
  exitDate: null,
  exitSituation: null,
  sixMonthsCheckedOn: null,
  sixMonthsEmployed: null,
  sixMonthsImprovedSituation: null,
  missing: ['Situation sur le marché du travail', 'Niveau d’études'],
  complete: false,
  ...over,
});

const listed: MockLink.MockedResponse = {
  request: { query: FseParticipantsDocument, variables: { id: 'a1' } },
  result: {
    data: {
      fundingAgreement: {
        __typename: 'FundingAgreement',
        id: 'a1',
        reference: 'E2E-FSE',
        participants: [
          participant({}),
          participant({ id: 'fp2', personId: 'p2', personName: 'MARTIN Léo', missing: [], complete: true }),
        ],
      },
    },
  },
  maxUsageCount: 5,
};

function renderSection() {
  render(
    <MantineProvider>
      <MockedProvider mocks={[listed]}>
        <FseParticipantsSection agreementId="a1" reference="E2E-FSE" canWrite canExport={false} />
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('FseParticipantsSection', () => {
  it('counts the participants and lists what each one is missing', async () => {
    renderSection();
    await screen.findByRole('heading', { name: 'Participant·es FSE+' });
    expect(screen.getByText(/participant·es inscrit·es/).textContent?.replace(/\u00a0/g, ' ')).toBe(
      '2 participant·es inscrit·es · 1 dossier complet · 1 à compléter',
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['DIALLO Amina', 'MARTIN Léo']);
    expect(within(rows[0]).getByText('Niveau d’études')).toBeTruthy();
    expect(within(rows[1]).getByText('Complet')).toBeTruthy();
  });

  it('filters the dossiers to complete, and opens one participant’s data', async () => {
    renderSection();
    await screen.findByRole('heading', { name: 'Participant·es FSE+' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Données' }), { target: { value: 'missing' } });
    expect(screen.getAllByRole('row')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Compléter les données de DIALLO Amina' }));
    const form = screen.getByRole('region', { name: 'Données FSE+ de DIALLO Amina' });
    expect(
      (within(form).getByRole('textbox', { name: 'Date d’entrée dans l’opération' }) as HTMLInputElement).value,
    ).toBe('12/01/2026');
  });

  it('asks for the person before enrolling, in French', async () => {
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: 'Inscrire une personne' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Inscrire la personne' })));
    expect(screen.getAllByText('Choisissez la personne à inscrire.').length).toBeGreaterThan(0);
  });
});
