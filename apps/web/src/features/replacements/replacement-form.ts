import { formatMinutes, SkillLevel } from '@tremplin/domain';
import type { FieldErrors } from '../partners/forms';

/** The fields of a replacement request, as the API's `ReplacementSlotInput` names them. */
export type SlotField =
  | 'siteId'
  | 'jobLabel'
  | 'startsAt'
  | 'endsAt'
  | 'minutes'
  | 'requiredBlockIds'
  | 'minLevel'
  | 'requiredClearances'
  | 'answerBy';

/** What the form holds: the employer's or the structure's id (`party`), then the slot as typed. */
export interface ReplacementFormValues {
  party: string;
  siteId: string;
  jobLabel: string;
  /** `datetime-local` values (`2027-01-12T21:00`), in the browser's time zone (Paris for our users). */
  startsAt: string;
  endsAt: string;
  /** Hours worked as typed: « 10 », « 7,5 ». */
  hours: string;
  blockIds: string[];
  minLevel: string;
  clearances: string[];
  answerBy: string;
}

/** What the API's `ReplacementSlotInput` receives. */
export interface SlotInput {
  siteId: string;
  jobLabel: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  requiredBlockIds: string[];
  minLevel: string;
  requiredClearances: string[];
  answerBy: string;
}

export const JOB_LABEL_MAX = 200;
export const MAX_BLOCKS = 20;

/** The minimum levels a request may ask for (« Non commencé » would ask for nothing). */
export const MIN_LEVELS: SkillLevel[] = [SkillLevel.BEGINNING, SkillLevel.PROGRESSING, SkillLevel.ACQUIRED];

export const EMPTY_REPLACEMENT_FORM: ReplacementFormValues = {
  party: '',
  siteId: '',
  jobLabel: '',
  startsAt: '',
  endsAt: '',
  hours: '',
  blockIds: [],
  minLevel: SkillLevel.PROGRESSING,
  clearances: [],
  answerBy: '',
};

/** A `datetime-local` value as an instant, `null` when empty or not a real date and time. */
export function readLocalInstant(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text.trim())) return null;
  const d = new Date(text.trim());
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Hours as typed (« 10 », « 7,5 », « 7.25 ») in whole minutes, `null` when not a number. */
export function readHours(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 60);
}

/**
 * Checks the form as the API will (docs/domain/replacements.md, « La demande »), with the rule that failed and by how
 * much; returns the errors by field (`party` for the employer or the structure), or the input to send.
 */
export function checkReplacementForm(
  v: ReplacementFormValues,
  now: Date,
  partyMissing: string,
): { errors: FieldErrors<SlotField | 'party'>; input: SlotInput | null } {
  const errors: FieldErrors<SlotField | 'party'> = {};
  if (!v.party) errors.party = partyMissing;
  if (!v.siteId) errors.siteId = 'choisissez le site.';
  const jobLabel = v.jobLabel.trim();
  if (!jobLabel) errors.jobLabel = 'champ obligatoire.';
  else if (jobLabel.length > JOB_LABEL_MAX)
    errors.jobLabel = `${JOB_LABEL_MAX} caractères au plus (saisis : ${jobLabel.length}).`;
  const start = readLocalInstant(v.startsAt);
  if (!v.startsAt.trim()) errors.startsAt = 'saisissez la date et l’heure de début.';
  else if (!start) errors.startsAt = 'saisissez une date et une heure réelles.';
  const end = readLocalInstant(v.endsAt);
  if (!v.endsAt.trim()) errors.endsAt = 'saisissez la date et l’heure de fin.';
  else if (!end) errors.endsAt = 'saisissez une date et une heure réelles.';
  else if (start && end.getTime() <= start.getTime())
    errors.endsAt = 'la fin doit être après le début (une nuit finit le lendemain).';
  const minutes = readHours(v.hours);
  const span = start && end ? Math.round((end.getTime() - start.getTime()) / 60_000) : null;
  if (!v.hours.trim()) errors.minutes = 'champ obligatoire.';
  else if (minutes === null) errors.minutes = 'saisissez un nombre d’heures, par exemple 7,5.';
  else if (minutes < 1) errors.minutes = 'saisissez les heures travaillées (plus de 0 h).';
  else if (minutes > 24 * 60)
    errors.minutes = `un remplacement compte au plus 24 h (saisi : ${formatMinutes(minutes)}).`;
  else if (span !== null && span > 0 && minutes > span)
    errors.minutes = `les heures dépassent la durée du créneau (${formatMinutes(span)}) de ${formatMinutes(minutes - span)}.`;
  if (v.blockIds.length > MAX_BLOCKS)
    errors.requiredBlockIds = `exigez au plus ${MAX_BLOCKS} blocs (choisis : ${v.blockIds.length}).`;
  if (!(MIN_LEVELS as string[]).includes(v.minLevel)) errors.minLevel = 'choisissez le niveau minimum dans la liste.';
  const answerBy = readLocalInstant(v.answerBy);
  if (!v.answerBy.trim()) errors.answerBy = 'saisissez l’heure limite de réponse.';
  else if (!answerBy) errors.answerBy = 'saisissez une date et une heure réelles.';
  else if (start && answerBy.getTime() > start.getTime())
    errors.answerBy = 'l’heure limite de réponse doit précéder le début du remplacement.';
  else if (answerBy.getTime() <= now.getTime()) errors.answerBy = 'l’heure limite de réponse est déjà passée.';
  if (Object.keys(errors).length || !start || !end || !answerBy || minutes === null) return { errors, input: null };
  return {
    errors,
    input: {
      siteId: v.siteId,
      jobLabel,
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      minutes,
      requiredBlockIds: [...new Set(v.blockIds)],
      minLevel: v.minLevel,
      requiredClearances: [...new Set(v.clearances)],
      answerBy: answerBy.toISOString(),
    },
  };
}
