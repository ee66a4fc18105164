/**
 * FSE+ participant data (IAE-RULES §4, Reg. 2021/1057 Annex I): what is collected at entry, at exit and six months
 * after exit, what is still missing for a participant, and the line of the export for the funder's platform.
 */
import type { FieldError } from '../errors';
import { formatIsoDateFr } from '../format';
import { addMonths } from '../pathway/dates';
import { type CsvValue, csvDate } from './csv';
import {
  FSE_EXIT_SITUATION_LABELS,
  FSE_GENDER_LABELS,
  FSE_ISCED_LEVEL_LABELS,
  FSE_LABOUR_MARKET_STATUS_LABELS,
  FSE_SITUATION_LABELS,
  type FseExitSituation,
  type FseGender,
  type FseIscedLevel,
  type FseLabourMarketStatus,
  FseSituation,
} from './funding-catalogues';

/** The six-month data are due this many months after exit. */
export const FSE_FOLLOW_UP_MONTHS = 6;

/** What a participant record holds (codes as stored). */
export interface FseParticipantData {
  entryDate: string | null;
  gender: string | null;
  labourMarketStatus: string | null;
  iscedLevel: string | null;
  situations: readonly string[];
  /** true: answered the situation questions; false: declined; null: not asked yet. */
  situationsAnswered: boolean | null;
  exitDate: string | null;
  exitSituation: string | null;
  sixMonthsCheckedOn: string | null;
  sixMonthsEmployed: boolean | null;
  sixMonthsImprovedSituation: boolean | null;
}

/** Labels of the data a participant may miss, in the order they are collected. */
export const FSE_MISSING_LABELS = {
  entryDate: 'Date d’entrée',
  gender: 'Genre',
  labourMarketStatus: 'Situation sur le marché du travail à l’entrée',
  iscedLevel: 'Niveau d’études (CITE)',
  situations: 'Situations à l’entrée (réponses ou refus de répondre)',
  exitDate: 'Date de sortie',
  exitSituation: 'Situation à la sortie',
  sixMonthsCheckedOn: 'Date du suivi à 6 mois',
  sixMonthsEmployed: 'En emploi 6 mois après la sortie',
  sixMonthsImprovedSituation: 'Situation améliorée 6 mois après la sortie',
} as const;

/** The day the six-month data are due: exit + 6 months. */
export function fseSixMonthsDueOn(exitDate: string): string {
  return addMonths(exitDate, FSE_FOLLOW_UP_MONTHS);
}

/**
 * What is missing now, as French labels: the entry data always; the exit data once the person has left the pathway
 * or an exit date is recorded; the six-month data only once exit + 6 months is reached.
 */
export function fseParticipantMissing(
  p: FseParticipantData,
  context: { personExited: boolean; today: string },
): string[] {
  const missing: string[] = [];
  const L = FSE_MISSING_LABELS;
  if (!p.entryDate) missing.push(L.entryDate);
  if (!p.gender) missing.push(L.gender);
  if (!p.labourMarketStatus) missing.push(L.labourMarketStatus);
  if (!p.iscedLevel) missing.push(L.iscedLevel);
  if (p.situationsAnswered === null) missing.push(L.situations);
  if (context.personExited || p.exitDate) {
    if (!p.exitDate) missing.push(L.exitDate);
    if (!p.exitSituation) missing.push(L.exitSituation);
  }
  if (p.exitDate && fseSixMonthsDueOn(p.exitDate) <= context.today) {
    if (!p.sixMonthsCheckedOn) missing.push(L.sixMonthsCheckedOn);
    if (p.sixMonthsEmployed === null) missing.push(L.sixMonthsEmployed);
    if (p.sixMonthsImprovedSituation === null) missing.push(L.sixMonthsImprovedSituation);
  }
  return missing;
}

/**
 * The coherence of a participant record (formats and catalogue codes are checked by the input first): entry within
 * the operation's period, exit after entry and not in the future, exit data only with an exit date, six-month data
 * only once six months have passed, no situation ticked by a participant who declined to answer.
 */
export function checkFseParticipant(
  p: FseParticipantData,
  context: { agreementStart: string; agreementEnd: string; today: string },
): FieldError[] {
  const errors: FieldError[] = [];
  const fr = formatIsoDateFr;
  if (p.entryDate && (p.entryDate < context.agreementStart || p.entryDate > context.agreementEnd))
    errors.push({
      field: 'entryDate',
      message: `L’entrée (${fr(p.entryDate)}) doit tomber dans la période de l’opération, du ${fr(context.agreementStart)} au ${fr(context.agreementEnd)}.`,
    });
  if (p.situationsAnswered === false && p.situations.length)
    errors.push({
      field: 'situations',
      message: 'La personne a refusé de répondre aux questions de situation : ne cochez aucune situation.',
    });
  if (p.exitDate) {
    if (!p.entryDate)
      errors.push({ field: 'entryDate', message: 'Saisissez la date d’entrée avant la date de sortie.' });
    else if (p.exitDate < p.entryDate)
      errors.push({
        field: 'exitDate',
        message: `La sortie (${fr(p.exitDate)}) précède l’entrée (${fr(p.entryDate)}).`,
      });
    if (p.exitDate > context.today)
      errors.push({
        field: 'exitDate',
        message: `La date de sortie (${fr(p.exitDate)}) est dans le futur : saisissez-la le jour de la sortie.`,
      });
  } else if (p.exitSituation)
    errors.push({ field: 'exitDate', message: 'Saisissez la date de sortie avec la situation à la sortie.' });
  const sixMonthsGiven =
    p.sixMonthsCheckedOn !== null || p.sixMonthsEmployed !== null || p.sixMonthsImprovedSituation !== null;
  if (sixMonthsGiven && !p.exitDate)
    errors.push({ field: 'exitDate', message: 'Le suivi à 6 mois suppose une date de sortie : saisissez-la.' });
  else if (sixMonthsGiven && p.exitDate) {
    const due = fseSixMonthsDueOn(p.exitDate);
    if (!p.sixMonthsCheckedOn)
      errors.push({ field: 'sixMonthsCheckedOn', message: 'Saisissez la date du suivi à 6 mois.' });
    else if (p.sixMonthsCheckedOn < due)
      errors.push({
        field: 'sixMonthsCheckedOn',
        message: `Le suivi à 6 mois se fait à partir du ${fr(due)} (6 mois après la sortie du ${fr(p.exitDate)}).`,
      });
    else if (p.sixMonthsCheckedOn > context.today)
      errors.push({
        field: 'sixMonthsCheckedOn',
        message: `La date du suivi à 6 mois (${fr(p.sixMonthsCheckedOn)}) est dans le futur.`,
      });
  }
  return errors;
}

/** What a line of the export is made of: the participant's record and name. */
export interface FseParticipantCsvFacts extends FseParticipantData {
  lastName: string;
  firstName: string;
  birthYear: number | null;
  missing: readonly string[];
}

const SITUATIONS = Object.values(FseSituation);

export const FSE_PARTICIPANT_CSV_HEADER: readonly string[] = [
  'Nom',
  'Prénom',
  'Année de naissance',
  'Date d’entrée',
  'Genre',
  'Situation sur le marché du travail à l’entrée',
  'Niveau d’études (CITE)',
  'Réponse aux questions de situation',
  ...SITUATIONS.map((s) => FSE_SITUATION_LABELS[s]),
  'Date de sortie',
  'Situation à la sortie',
  'Date du suivi à 6 mois',
  'En emploi à 6 mois',
  'Situation améliorée à 6 mois',
  'Données manquantes',
];

const label = <K extends string>(labels: Record<K, string>, code: string | null) =>
  code === null ? null : (labels[code as K] ?? code);

/**
 * One participant as a line of the export. Situation columns: `Oui`/`Non` when answered, `Refus` when the
 * participant declined, empty when not asked yet.
 */
export function fseParticipantCsvRow(p: FseParticipantCsvFacts): CsvValue[] {
  const answered = p.situationsAnswered === null ? null : p.situationsAnswered ? 'Oui' : 'Refus de répondre';
  return [
    p.lastName,
    p.firstName,
    p.birthYear,
    csvDate(p.entryDate),
    label(FSE_GENDER_LABELS as Record<FseGender, string>, p.gender),
    label(FSE_LABOUR_MARKET_STATUS_LABELS as Record<FseLabourMarketStatus, string>, p.labourMarketStatus),
    label(FSE_ISCED_LEVEL_LABELS as Record<FseIscedLevel, string>, p.iscedLevel),
    answered,
    ...SITUATIONS.map((s) =>
      p.situationsAnswered === null ? null : p.situationsAnswered ? p.situations.includes(s) : 'Refus',
    ),
    csvDate(p.exitDate),
    label(FSE_EXIT_SITUATION_LABELS as Record<FseExitSituation, string>, p.exitSituation),
    csvDate(p.sixMonthsCheckedOn),
    p.sixMonthsEmployed,
    p.sixMonthsImprovedSituation,
    p.missing.join(', '),
  ];
}
