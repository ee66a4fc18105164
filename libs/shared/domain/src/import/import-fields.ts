/**
 * The caseload import (docs/domain/caseload-import.md): the fields a column of the structure's spreadsheet can feed,
 * their French labels, the header synonyms that propose them, and the outcomes of a row.
 */
import { normalizeForSearch } from '../person-rules';

export enum ImportField {
  LAST_NAME = 'LAST_NAME',
  FIRST_NAME = 'FIRST_NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  ADDRESS_LINE = 'ADDRESS_LINE',
  POSTAL_CODE = 'POSTAL_CODE',
  CITY = 'CITY',
  PRESCRIBER_KIND = 'PRESCRIBER_KIND',
  PRESCRIBER_ORGANISATION = 'PRESCRIBER_ORGANISATION',
  PRESCRIBER_CONTACT_NAME = 'PRESCRIBER_CONTACT_NAME',
  REFERRED_ON = 'REFERRED_ON',
  PASS_NUMBER = 'PASS_NUMBER',
  PASS_START = 'PASS_START',
  PASS_END = 'PASS_END',
  CONTRACT_KIND = 'CONTRACT_KIND',
  CONTRACT_START = 'CONTRACT_START',
  CONTRACT_END = 'CONTRACT_END',
  WEEKLY_HOURS = 'WEEKLY_HOURS',
  /** Hours worked in the month named by the column's header (« Heures 01/2026 »): one column per month. */
  MONTH_HOURS = 'MONTH_HOURS',
  EXIT_DATE = 'EXIT_DATE',
  EXIT_REASON = 'EXIT_REASON',
}

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  [ImportField.LAST_NAME]: 'Nom',
  [ImportField.FIRST_NAME]: 'Prénom',
  [ImportField.BIRTH_DATE]: 'Date de naissance',
  [ImportField.EMAIL]: 'E-mail',
  [ImportField.PHONE]: 'Téléphone',
  [ImportField.ADDRESS_LINE]: 'Adresse',
  [ImportField.POSTAL_CODE]: 'Code postal',
  [ImportField.CITY]: 'Ville',
  [ImportField.PRESCRIBER_KIND]: 'Type de prescripteur',
  [ImportField.PRESCRIBER_ORGANISATION]: 'Organisme prescripteur',
  [ImportField.PRESCRIBER_CONTACT_NAME]: 'Référent·e du prescripteur',
  [ImportField.REFERRED_ON]: 'Date d’orientation',
  [ImportField.PASS_NUMBER]: 'N° PASS IAE',
  [ImportField.PASS_START]: 'Début du PASS IAE',
  [ImportField.PASS_END]: 'Fin du PASS IAE (les emplois de l’inclusion)',
  [ImportField.CONTRACT_KIND]: 'Type de contrat',
  [ImportField.CONTRACT_START]: 'Début du contrat',
  [ImportField.CONTRACT_END]: 'Fin du contrat',
  [ImportField.WEEKLY_HOURS]: 'Heures par semaine (contrat)',
  [ImportField.MONTH_HOURS]: 'Heures travaillées du mois',
  [ImportField.EXIT_DATE]: 'Date de sortie',
  [ImportField.EXIT_REASON]: 'Motif de sortie',
};

/**
 * Headers that propose each field, compared once normalised (`normalizeHeader`: no accents, case, punctuation).
 * Those of les emplois de l’inclusion's export of applications are included (« Nom candidat », « Numéro PASS IAE »,
 * « Début PASS IAE », « Fin PASS IAE »…: docs/domain/caseload-import.md § En-têtes).
 */
export const IMPORT_FIELD_SYNONYMS: Record<Exclude<ImportField, ImportField.MONTH_HOURS>, readonly string[]> = {
  [ImportField.LAST_NAME]: ['nom', 'nom de naissance', 'nom de famille', 'nom d usage', 'nom candidat', 'nom salarie'],
  [ImportField.FIRST_NAME]: ['prenom', 'prenoms', 'prenom candidat', 'prenom salarie'],
  [ImportField.BIRTH_DATE]: ['date de naissance', 'naissance', 'ne le', 'ne e le', 'date de naissance candidat', 'ddn'],
  [ImportField.EMAIL]: ['e mail', 'email', 'mail', 'courriel', 'adresse e mail', 'adresse mail', 'email candidat'],
  [ImportField.PHONE]: ['telephone', 'tel', 'portable', 'mobile', 'telephone candidat', 'n de telephone'],
  [ImportField.ADDRESS_LINE]: ['adresse', 'adresse postale', 'rue'],
  [ImportField.POSTAL_CODE]: ['code postal', 'cp'],
  [ImportField.CITY]: ['ville', 'commune', 'ville candidat'],
  [ImportField.PRESCRIBER_KIND]: ['type de prescripteur', 'type prescripteur', 'prescripteur type', 'type d orienteur'],
  [ImportField.PRESCRIBER_ORGANISATION]: [
    'prescripteur',
    'organisme prescripteur',
    'nom organisation prescripteur',
    'orienteur',
    'structure prescriptrice',
  ],
  [ImportField.PRESCRIBER_CONTACT_NAME]: [
    'referent prescripteur',
    'conseiller prescripteur',
    'nom utilisateur prescripteur',
    'referent',
  ],
  [ImportField.REFERRED_ON]: ['date d orientation', 'date orientation', 'oriente le', 'date de la candidature'],
  [ImportField.PASS_NUMBER]: [
    'n pass iae',
    'numero pass iae',
    'pass iae',
    'numero de pass iae',
    'n pass',
    'numero pass',
  ],
  [ImportField.PASS_START]: ['debut pass', 'debut pass iae', 'date de debut du pass iae', 'date debut pass'],
  [ImportField.PASS_END]: ['fin pass', 'fin pass iae', 'date de fin du pass iae', 'date fin pass'],
  [ImportField.CONTRACT_KIND]: ['type de contrat', 'contrat', 'nature du contrat'],
  [ImportField.CONTRACT_START]: [
    'debut contrat',
    'debut du contrat',
    'date de debut du contrat',
    'date d embauche',
    'date d entree',
    'dates de debut d embauche',
  ],
  [ImportField.CONTRACT_END]: ['fin contrat', 'fin du contrat', 'date de fin du contrat', 'dates de fin d embauche'],
  [ImportField.WEEKLY_HOURS]: [
    'heures hebdo',
    'heures par semaine',
    'duree hebdomadaire',
    'duree hebdo',
    'heures hebdomadaires',
    'temps de travail hebdomadaire',
  ],
  [ImportField.EXIT_DATE]: ['date de sortie', 'sortie le', 'date sortie'],
  [ImportField.EXIT_REASON]: ['motif de sortie', 'motif sortie', 'type de sortie'],
};

/** A header as compared: accents, case, apostrophes and punctuation dropped, spaces collapsed (« N° PASS IAE » → `n pass iae`). */
export function normalizeHeader(header: string): string {
  return normalizeForSearch(header.replace(/°/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const MONTHS_FR: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

/**
 * The month an hours column stands for, read from its header: « Heures 01/2026 », « Heures janvier 2026 », « H. janv.
 * 2026 », « Heures 2026-01 ». `YYYY-MM-01`, or `null` when the header names no month.
 */
export function monthOfHeader(header: string): string | null {
  const h = normalizeHeader(header);
  if (!/^(heures?|h|nb heures|heures travaillees)\b/.test(h)) return null;
  const pad = (m: number) => String(m).padStart(2, '0');
  let m = /\b(\d{1,2}) (\d{4})$/.exec(h);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${pad(Number(m[1]))}-01`;
  m = /\b(\d{4}) (\d{1,2})$/.exec(h);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${pad(Number(m[2]))}-01`;
  m = /\b([a-z]+) (\d{4})$/.exec(h);
  if (m && MONTHS_FR[m[1]]) return `${m[2]}-${pad(MONTHS_FR[m[1]])}-01`;
  return null;
}

/**
 * The mapping proposed for a file's headers: first what this structure chose last time for the same header
 * (`remembered`, by normalised header), else the field whose synonym is the header, else a month's hours column,
 * else nothing. A field is proposed for one column only (the first one).
 */
export function proposeMapping(
  headers: readonly string[],
  remembered: Readonly<Record<string, ImportField | null>> = {},
): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  const bySynonym = new Map<string, ImportField>();
  for (const [field, synonyms] of Object.entries(IMPORT_FIELD_SYNONYMS) as [ImportField, readonly string[]][])
    for (const s of synonyms) bySynonym.set(s, field);
  return headers.map((header) => {
    const key = normalizeHeader(header);
    const field =
      key in remembered
        ? remembered[key]
        : (bySynonym.get(key) ?? (monthOfHeader(header) ? ImportField.MONTH_HOURS : null));
    if (!field) return null;
    if (field === ImportField.MONTH_HOURS) return monthOfHeader(header) ? field : null;
    if (taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** What happened to one row of the file. */
export enum ImportOutcome {
  /** A new person, with what the row carries. */
  CREATED = 'CREATED',
  /** A person already followed: what the row adds (a PASS, a contract, months of hours, the exit…) was added. */
  COMPLETED = 'COMPLETED',
  /** A person already followed, and nothing of the row is missing from their file. */
  UNCHANGED = 'UNCHANGED',
  /** Nothing of the row is imported: each problem names its column. */
  REFUSED = 'REFUSED',
}

export const IMPORT_OUTCOME_LABELS: Record<ImportOutcome, string> = {
  [ImportOutcome.CREATED]: 'créée',
  [ImportOutcome.COMPLETED]: 'complétée',
  [ImportOutcome.UNCHANGED]: 'inchangée',
  [ImportOutcome.REFUSED]: 'refusée',
};

/** The largest file accepted (docs/adr/0010-caseload-import.md). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The most rows one file may hold. */
export const IMPORT_MAX_ROWS = 5000;
