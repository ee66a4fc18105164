import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { checkEligibility, DiagnosisAuthor, EligibilityCriterionCode, StructureKind } from '@tremplin/domain';
import type { ApiProblem } from '../../../app/graphql-errors';
import { DiagnosisForm } from './DiagnosisForm';

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

/** How many times `text` is written in `root` (a nested element counts once, in its innermost holder). */
function occurrences(root: HTMLElement, text: string): number {
  return (root.textContent ?? '').split(text).length - 1;
}

describe('DiagnosisForm', () => {
  it('says a refusal of the criteria once at the criteria, listed once in the summary: not a third time', async () => {
    // One level-2 criterion is not enough for an ACI: the API refuses with the rule's own words.
    const message = checkEligibility(
      StructureKind.ACI,
      [EligibilityCriterionCode.QPV_RESIDENT],
      DiagnosisAuthor.EMPLOYER,
    ).message!;
    const refusal: ApiProblem = {
      code: 'BAD_USER_INPUT',
      message: 'Rien n’est enregistré : corrigez les champs signalés.',
      fieldErrors: [{ field: 'criteria', message }],
    };
    const onSubmit = jest.fn().mockResolvedValue(refusal);
    const { container } = render(
      <MantineProvider>
        <DiagnosisForm structureKind={StructureKind.ACI} onSubmit={onSubmit} onCancel={jest.fn()} />
      </MantineProvider>,
    );
    change(screen.getByLabelText(/Auteur du diagnostic/), DiagnosisAuthor.EMPLOYER);
    change(screen.getByLabelText(/Établi par/), 'Camille Martin');
    change(screen.getByLabelText(/Critère n° 1/, { selector: 'select' }), 'QPV_RESIDENT');
    change(screen.getByLabelText(/Date du justificatif/), '02/01/2026');
    // Before sending, the live hint gives the rule once.
    expect(occurrences(container, message)).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le diagnostic' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const summary = await screen.findByRole('alert');
    expect(occurrences(summary, message)).toBe(1);
    // Outside the summary, once: next to the criteria (the live hint, saying the same, gives way to it).
    expect(occurrences(container, message) - occurrences(summary, message)).toBe(1);
    const criteria = screen.getByRole('group', { name: 'Critères retenus et justificatifs' });
    expect(occurrences(criteria, message)).toBe(1);

    // Changing a criterion clears the refusal: the live hint speaks again.
    change(screen.getByLabelText(/Critère n° 1/, { selector: 'select' }), 'LOW_QUALIFICATION');
    expect(screen.queryByRole('alert')).toBeNull();
    const again = checkEligibility(
      StructureKind.ACI,
      [EligibilityCriterionCode.LOW_QUALIFICATION],
      DiagnosisAuthor.EMPLOYER,
    ).message!;
    expect(within(screen.getByRole('status')).getByText(again)).toBeTruthy();
    expect(occurrences(container, again)).toBe(1);
  });
});
