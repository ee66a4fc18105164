import { useId, useState } from 'react';
import { type FieldErrors, placeProblem, sentence, summaryItems } from '../../partners/forms';

/**
 * The state every administration form shares: values as typed (kept when the server refuses), errors next to their
 * field, a global refusal, and the error summary's lines (focused on each refused submit).
 */
export function useAdminForm<F extends string>(
  order: readonly F[],
  labels: Record<F, string>,
  initial: Record<F, string>,
) {
  const idPrefix = useId();
  const inputId = (f: F) => `${idPrefix}-${f}`;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [global, setGlobal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const set = (f: F, value: string) => {
    setValues((v) => ({ ...v, [f]: value }));
    if (errors[f]) setErrors(({ [f]: _gone, ...rest }) => rest as FieldErrors<F>);
  };

  return {
    values,
    set,
    attempt,
    summary: summaryItems(global, errors, order, labels, inputId),
    /** A new submit: the summary will take the focus again; `found` are the errors seen before asking the server. */
    check(found: FieldErrors<F>): boolean {
      setAttempt((a) => a + 1);
      setGlobal(null);
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    /** The server refused: its messages go next to their fields; nothing typed is lost. */
    refuse(err: unknown) {
      const placed = placeProblem(err, order);
      setErrors(placed.errors);
      setGlobal(placed.global);
    },
    /** The props of a text field (or a native select). */
    field(f: F) {
      return {
        id: inputId(f),
        label: labels[f],
        value: values[f],
        error: sentence(errors[f]),
        autoComplete: 'off',
        onChange: (e: { currentTarget: { value: string } }) => set(f, e.currentTarget.value),
      };
    },
  };
}
