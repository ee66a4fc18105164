/**
 * Reading one cell of the structure's spreadsheet into the value a form would send (docs/domain/caseload-import.md
 * § Valeurs). Each reader returns the value, or the French reason it cannot; the forms' own rules then apply.
 */
import { parseFrDate, parseHoursToMinutes } from '../format';
import { EmploymentContractKind, EMPLOYMENT_CONTRACT_KIND_LABELS } from '../pathway-records';
import { isIsoDate } from '../pathway/dates';
import { formatMinutes } from '../pathway/format-hours';
import { MAX_WEEKLY_MINUTES } from '../pathway/work-situations';
import { EXIT_REASONS, ExitReason } from '../pathway/exits';
import { PRESCRIBER_KINDS, PrescriberKind } from '../pathway/prescribers';
import { normalizeHeader } from './import-fields';

export type CellReading<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

/** The first day Excel counts from (its serial 1 is 1900-01-01, and it counts a 29/02/1900 that never was). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** An Excel serial day number (45292) → `YYYY-MM-DD` (2024-01-01); `null` outside 1900–9999. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return null;
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A day: `dd/mm/yyyy` (also `-`, `.` or a space between), `yyyy-mm-dd`, or — in a spreadsheet (.xlsx) cell — an
 * Excel serial number. A year in two digits is refused: « 01/02/03 » could be 1903 or 2003.
 */
export function readDay(text: string, options: { excelSerial?: boolean } = {}): CellReading<string> {
  const t = text.trim();
  const example = 'écrivez-la jj/mm/aaaa, par exemple 14/03/1988';
  if (options.excelSerial && /^\d+(\.\d+)?$/.test(t)) {
    const iso = excelSerialToIso(Number(t));
    return iso ? { value: iso } : { error: `« ${t} » n’est pas une date : ${example}.` };
  }
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : parseFrDate(t);
  if (iso && isIsoDate(iso)) return { value: iso };
  if (iso) return { error: `Le ${t} n’existe pas dans le calendrier : corrigez le jour ou le mois.` };
  if (/^\d{1,2}[/.\s-]\d{1,2}[/.\s-]\d{2}$/.test(t))
    return { error: `« ${t} » : l’année doit compter 4 chiffres (${example}).` };
  return { error: `« ${t} » n’est pas une date : ${example}.` };
}

/** Hours as typed (`35`, `35,5`, `35 h 30`, `35:30`) → minutes. */
export function readHours(text: string): CellReading<number> {
  const t = text.trim().replace(/^(\d{1,5}):(\d{2})$/, '$1 h $2');
  const minutes = parseHoursToMinutes(t);
  return minutes === null
    ? { error: `« ${text.trim()} » n’est pas un nombre d’heures : écrivez par exemple 35, 35,5 ou 35 h 30.` }
    : { value: minutes };
}

/** A choice of a catalogue: its code, its label, or one of its usual names, compared without accents nor case. */
function readChoice<K extends string>(
  text: string,
  labels: Record<K, string>,
  aliases: Record<string, K>,
  what: string,
): CellReading<K> {
  const key = normalizeHeader(text);
  for (const [code, label] of Object.entries(labels) as [K, string][])
    if (normalizeHeader(code) === key || normalizeHeader(label) === key) return { value: code };
  if (aliases[key]) return { value: aliases[key] };
  return {
    error: `« ${text.trim()} » n’est pas ${what} connu de Tremplin : écrivez l’un de ceux de la liste des formulaires.`,
  };
}

const PRESCRIBER_LABELS = Object.fromEntries(
  Object.entries(PRESCRIBER_KINDS).map(([code, k]) => [code, k.label]),
) as Record<PrescriberKind, string>;

const PRESCRIBER_ALIASES: Record<string, PrescriberKind> = {
  'pole emploi': PrescriberKind.FRANCE_TRAVAIL,
  ft: PrescriberKind.FRANCE_TRAVAIL,
  pe: PrescriberKind.FRANCE_TRAVAIL,
  ml: PrescriberKind.MISSION_LOCALE,
  'cap emploi': PrescriberKind.CAP_EMPLOI,
  plie: PrescriberKind.PLIE,
  'conseil departemental': PrescriberKind.DEPARTMENT,
  departement: PrescriberKind.DEPARTMENT,
  spip: PrescriberKind.SPIP,
  caf: PrescriberKind.CAF,
  ccas: PrescriberKind.CCAS,
  chrs: PrescriberKind.CHRS,
  'candidature spontanee': PrescriberKind.SPONTANEOUS,
};

export function readPrescriberKind(text: string): CellReading<PrescriberKind> {
  return readChoice(text, PRESCRIBER_LABELS, PRESCRIBER_ALIASES, 'un type de prescripteur');
}

const CONTRACT_ALIASES: Record<string, EmploymentContractKind> = {
  cddi: EmploymentContractKind.CDDI,
  'cdd insertion': EmploymentContractKind.CDDI,
  'cdd d insertion': EmploymentContractKind.CDDI,
  'cdd usage': EmploymentContractKind.CDD_USAGE,
  'cdd d usage': EmploymentContractKind.CDD_USAGE,
  interim: EmploymentContractKind.TEMPORARY_MISSION,
  'mission d interim': EmploymentContractKind.TEMPORARY_MISSION,
  ctt: EmploymentContractKind.TEMPORARY_MISSION,
  'contrat pro': EmploymentContractKind.PROFESSIONALISATION,
  'contrat de professionnalisation': EmploymentContractKind.PROFESSIONALISATION,
  autre: EmploymentContractKind.OTHER,
};

export function readContractKind(text: string): CellReading<EmploymentContractKind> {
  return readChoice(text, EMPLOYMENT_CONTRACT_KIND_LABELS, CONTRACT_ALIASES, 'un type de contrat');
}

const EXIT_LABELS = Object.fromEntries(Object.entries(EXIT_REASONS).map(([code, r]) => [code, r.label])) as Record<
  ExitReason,
  string
>;

const EXIT_ALIASES: Record<string, ExitReason> = {
  cdi: ExitReason.CDI,
  'sans nouvelle': ExitReason.NO_NEWS,
  demenagement: ExitReason.MOVED_AWAY,
};

export function readExitReason(text: string): CellReading<ExitReason> {
  return readChoice(text, EXIT_LABELS, EXIT_ALIASES, 'un motif de sortie');
}

/**
 * The hours of one month (docs/domain/caseload-import.md § Heures travaillées): a past or current month, and at most
 * 48 h (the legal weekly maximum) × the weeks the month spans, a started week counting whole — the plausibility cap
 * of missions (`checkMission`), which catches typing errors (1 510 instead of 151), not labour law.
 */
export function checkWorkedMonth(month: string, minutes: number, today: string): string | null {
  const label = `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  if (month > today)
    return `Le mois ${label} n’est pas encore commencé : ses heures se saisissent une fois travaillées.`;
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const cap = Math.ceil(days / 7) * MAX_WEEKLY_MINUTES;
  if (minutes > cap)
    return `${formatMinutes(minutes)} en ${label}, c’est plus que le maximum légal de ${formatMinutes(cap)} sur ce mois (48 h par semaine) : vérifiez la saisie.`;
  return null;
}
