import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ContractStatus, OpcoDecisionKind } from '@tremplin/domain';
import type { Contract } from '../contract-actions';
import { RecordOpcoDecisionDocument } from '../graphql/contracts.generated';
import { ContractActions } from './ContractActions';

const contract = (over: Partial<Contract>): Contract =>
  ({
    id: 'c1',
    version: 3,
    status: ContractStatus.SUBMITTED,
    jobTitle: 'Agent·e de propreté',
    startDate: '2026-03-02',
    endDate: '2026-12-31',
    depositDueOn: '2026-03-07',
    decisionDueOn: '2026-03-26',
    opcoFileNumber: null,
    renewedFromId: null,
    checks: [],
    breakFollowUp: null,
    ...over,
  }) as Contract;

function renderActions(c: Contract, mocks: MockLink.MockedResponse[] = []) {
  const callbacks = { onEdit: jest.fn(), onDepositRefused: jest.fn(), onRenewed: jest.fn(), onDone: jest.fn() };
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <ContractActions contract={c} {...callbacks} />
      </MockedProvider>
    </MantineProvider>,
  );
  return callbacks;
}

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('ContractActions', () => {
  it('offers what the status allows, in a group named after the contract', () => {
    renderActions(contract({ status: ContractStatus.DRAFT }));
    const group = screen.getByRole('group', { name: 'Actions sur le contrat « Agent·e de propreté »' });
    expect(Array.from(group.querySelectorAll('button')).map((b) => b.textContent)).toEqual([
      'Modifier le brouillon',
      'Déposer à l’OPCO',
    ]);
  });

  it('does not open the deposit while checks are in error: the draft’s form shows them instead', () => {
    const c = contract({
      status: ContractStatus.DRAFT,
      checks: [{ severity: 'ERROR', field: 'employerSiret', message: 'SIRET manquant.' }] as Contract['checks'],
    });
    const callbacks = renderActions(c);
    fireEvent.click(screen.getByRole('button', { name: 'Déposer à l’OPCO' }));
    expect(callbacks.onDepositRefused).toHaveBeenCalledWith(
      [{ field: 'employerSiret', message: 'SIRET manquant.' }],
      'Le contrat ne peut pas être déposé à l’OPCO tant que ces contrôles sont en erreur.',
    );
    expect(screen.queryByRole('region', { name: 'Déposer le contrat à l’OPCO' })).toBeNull();
  });

  it('asks for the reason of a refusal before sending the OPCO’s decision, in French', async () => {
    const callbacks = renderActions(contract({}));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision de l’OPCO' }));
    change(screen.getByRole('combobox', { name: /^Décision/ }), OpcoDecisionKind.REFUSED);
    expect(screen.getByText(/Un refus clôt le contrat/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' })));
    expect(screen.getAllByText('Motif du refus : obligatoire quand l’OPCO refuse.').length).toBeGreaterThan(0);
    expect(callbacks.onDone).not.toHaveBeenCalled();
  });

  it('sends the decision as typed, then closes its form and says what was recorded', async () => {
    const input = {
      id: 'c1',
      version: 3,
      decision: OpcoDecisionKind.REFUSED,
      decidedOn: '2026-03-20',
      refusalReason: 'Dossier incomplet',
      opcoFileNumber: 'OP-42',
    };
    const sent = jest.fn();
    const callbacks = renderActions(contract({}), [
      {
        request: { query: RecordOpcoDecisionDocument, variables: { input } },
        result: () => {
          sent();
          return {
            data: {
              recordOpcoDecision: {
                __typename: 'ProfessionalisationContract',
                id: 'c1',
                version: 4,
                status: ContractStatus.REFUSED,
                opcoDecision: OpcoDecisionKind.REFUSED,
                opcoDecidedOn: '2026-03-20',
              },
            },
          };
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision de l’OPCO' }));
    change(screen.getByRole('combobox', { name: /^Décision/ }), OpcoDecisionKind.REFUSED);
    change(screen.getByRole('textbox', { name: 'Date de la décision' }), '20/03/2026');
    change(screen.getByRole('textbox', { name: 'Motif du refus' }), 'Dossier incomplet');
    change(screen.getByRole('textbox', { name: 'Numéro de dossier OPCO' }), 'OP-42');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' })));
    await waitFor(() =>
      expect(callbacks.onDone).toHaveBeenCalledWith('La décision de l’OPCO est enregistrée : prise en charge refusée.'),
    );
    expect(sent).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Enregistrer la décision' })).toBeNull();
  });
});
