import { ImportField } from '@tremplin/domain';
import { convertRow, type ConvertedRow } from '../import-rows';

/**
 * The part of an employee record (fiche salarié) of les emplois de l’inclusion that Tremplin reads — dépôt
 * `gip-inclusion/les-emplois`, `itou/api/employee_record_api/serializers.py`, `EmployeeRecordAPISerializer`
 * (docs/domain/les-emplois-sync.md). Everything else (situationSalarie, NIR…) is not read, hence not kept.
 */
export interface EmployeeRecord {
  siret?: unknown;
  mesure?: unknown;
  numeroAnnexe?: unknown;
  personnePhysique?: {
    passIae?: unknown;
    passDateDeb?: unknown;
    passDateFin?: unknown;
    nomUsage?: unknown;
    prenom?: unknown;
    dateNaissance?: unknown;
  } | null;
  adresse?: {
    adrTelephone?: unknown;
    adrMail?: unknown;
    adrNumeroVoie?: unknown;
    adrLibelleVoie?: unknown;
    adrCpltDistribution?: unknown;
    codepostalcedex?: unknown;
  } | null;
}

/** Each field read, named by its JSON path (what a refusal names, as a column names a spreadsheet's cell). */
const FIELDS: { path: string; field: ImportField; read: (r: EmployeeRecord) => unknown }[] = [
  { path: 'personnePhysique.nomUsage', field: ImportField.LAST_NAME, read: (r) => r.personnePhysique?.nomUsage },
  {
    path: 'personnePhysique.prenom',
    field: ImportField.FIRST_NAME,
    read: (r) => firstName(r.personnePhysique?.prenom),
  },
  {
    path: 'personnePhysique.dateNaissance',
    field: ImportField.BIRTH_DATE,
    read: (r) => r.personnePhysique?.dateNaissance,
  },
  { path: 'adresse.adrMail', field: ImportField.EMAIL, read: (r) => r.adresse?.adrMail },
  { path: 'adresse.adrTelephone', field: ImportField.PHONE, read: (r) => r.adresse?.adrTelephone },
  {
    path: 'adresse.adrNumeroVoie + adrLibelleVoie',
    field: ImportField.ADDRESS_LINE,
    read: (r) =>
      [r.adresse?.adrNumeroVoie, r.adresse?.adrLibelleVoie, r.adresse?.adrCpltDistribution]
        .filter((x) => typeof x === 'string' && x.trim())
        .join(' '),
  },
  { path: 'adresse.codepostalcedex', field: ImportField.POSTAL_CODE, read: (r) => r.adresse?.codepostalcedex },
  { path: 'personnePhysique.passIae', field: ImportField.PASS_NUMBER, read: (r) => r.personnePhysique?.passIae },
  { path: 'personnePhysique.passDateDeb', field: ImportField.PASS_START, read: (r) => r.personnePhysique?.passDateDeb },
  { path: 'personnePhysique.passDateFin', field: ImportField.PASS_END, read: (r) => r.personnePhysique?.passDateFin },
];
const HEADERS = FIELDS.map((f) => f.path);
const MAPPING = FIELDS.map((f) => f.field);

/** The platform writes first names in capitals without accents (`unidecode(...).upper()`): « JEAN-MARC » → « Jean-Marc ». */
function firstName(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  return v.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const cell = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export const recordSiret = (r: unknown): string =>
  r && typeof r === 'object' ? cell((r as EmployeeRecord).siret).replace(/\s/g, '') : '';
export const recordPass = (r: unknown): string =>
  r && typeof r === 'object' ? cell((r as EmployeeRecord).personnePhysique?.passIae).replace(/\s/g, '') : '';

/**
 * One employee record as the spreadsheet import's row (`convertRow`): the same readers, forms' validations and
 * rules, so a record is refused for exactly what a spreadsheet row would be, each problem naming its JSON field.
 * `position`: the record's rank in the platform's answer (1 = first of page 1).
 */
export function convertEmployeeRecord(record: unknown, position: number, today: string): ConvertedRow {
  const r: EmployeeRecord = record && typeof record === 'object' && !Array.isArray(record) ? record : {};
  const row = convertRow(
    HEADERS,
    MAPPING,
    { line: position, cells: FIELDS.map((f) => cell(f.read(r)).trim()) },
    { excelSerial: false, today },
  );
  if (!r.personnePhysique || typeof r.personnePhysique !== 'object') {
    row.problems.splice(0, row.problems.length, {
      column: 'personnePhysique',
      message:
        'Cette fiche salarié n’a pas de bloc « personnePhysique » (nom, prénom, date de naissance, PASS IAE) : elle ne peut pas être lue. Signalez-la au support des emplois de l’inclusion.',
    });
  } else if (!row.pass) {
    row.problems.push({
      column: 'personnePhysique.passIae',
      message: 'Cette fiche salarié n’a pas de numéro de PASS IAE : une fiche salarié en a toujours un.',
    });
  }
  return row;
}
