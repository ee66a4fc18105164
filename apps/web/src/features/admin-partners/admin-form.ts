import { isValidSiret } from '@tremplin/domain';
import { useId, useState } from 'react';
import { type FieldErrors, placeProblem, sentence, summaryItems } from '../partners/forms';
import { AdminPartnerOrganisationsDocument } from './admin-partners.generated';

/** What every administration mutation does after it succeeds: the list is read again before the dialog closes. */
export const REFETCH_ORGANISATIONS = {
  refetchQueries: [AdminPartnerOrganisationsDocument],
  awaitRefetchQueries: true,
};

/** The kinds of partner organisations, as the administrator reads them. */
export const PARTNER_KIND_LABELS: Record<string, string> = {
  SOCIAL_LANDLORD: 'Bailleur social',
  OTHER: 'Autre employeur',
};

/** « 73282932000074 » → « 732 829 320 00074 » (SIREN, then the establishment's number). */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret)
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;
}

/** A SIRET as typed (spaces allowed): the 14 digits, `null` when empty, or the error to show. */
export function readSiret(text: string): { value: string | null; error?: string } {
  const digits = text.replace(/[\s\u00a0\u202f]+/g, '');
  if (!digits) return { value: null };
  if (!/^\d{14}$/.test(digits))
    return { value: null, error: `14 chiffres attendus (saisis : ${digits.replace(/\D/g, '').length}).` };
  if (!isValidSiret(digits))
    return { value: null, error: 'la clé de contrôle ne correspond pas : recopiez le SIRET depuis l’avis Sirene.' };
  return { value: digits };
}

/** A text that must be given and fit in `max` characters: its trimmed value, or the error to show. */
export function readText(text: string, max: number, required: boolean): { value: string; error?: string } {
  const value = text.trim();
  if (!value && required) return { value, error: 'champ obligatoire.' };
  if (value.length > max) return { value, error: `${max} caractères au plus (saisis : ${value.length}).` };
  return { value };
}

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
