import { isValidSiret } from '@tremplin/domain';
import { AdminPartnerOrganisationsDocument } from './graphql/admin-partners.generated';

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
