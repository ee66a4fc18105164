import {
  checkOfficialEndDate,
  checkPassNumber,
  checkWorkedMonth,
  type CellReading,
  type FieldError,
  ImportField,
  IMPORT_FIELD_LABELS,
  monthOfHeader,
  normalizePassNumber,
  readContractKind,
  readDay,
  readExitReason,
  readHours,
  readPrescriberKind,
} from '@tremplin/domain';
import { validateInput } from '../../core/graphql/validation.pipe';
import { checkContractDates } from '../activities';
import { RecordEmploymentContractInput } from '../activities';
import { RecordPassIaeInput } from '../intake';
import { RecordReferralInput } from '../intake';
import { checkExitAfterContract } from '../outcomes';
import { RecordExitInput } from '../outcomes';
import { CreatePersonInput } from '../persons';
import { checkStageChangeDate } from '../stages';
import type { ImportProblem } from './import.entities';

/** The person a row's record inputs name before the person exists (the forms' inputs require one). */
const PENDING_PERSON = '00000000-0000-4000-8000-000000000000';

/** A row turned into the inputs the forms would send, each checked by the form's own rules. */
export interface ConvertedRow {
  line: number;
  name: string;
  problems: ImportProblem[];
  person: CreatePersonInput;
  referral: RecordReferralInput | null;
  pass: { number: string; startDate: string; officialEndDate: string | null } | null;
  contract: RecordEmploymentContractInput | null;
  months: { month: string; minutes: number; column: string }[];
  exit: RecordExitInput | null;
  /** The header of the column feeding `field` (« Date de naissance (colonne absente) » without one). */
  column(field: ImportField): string;
}

const DAY_FIELDS = new Set([
  ImportField.BIRTH_DATE,
  ImportField.REFERRED_ON,
  ImportField.PASS_START,
  ImportField.PASS_END,
  ImportField.CONTRACT_START,
  ImportField.CONTRACT_END,
  ImportField.EXIT_DATE,
]);

/**
 * Reads one row through the mapping (column index → field) into the forms' inputs: each cell read by its field's
 * reader (dates, hours, catalogues), then each input validated as the API validates the form, then the forms' own
 * rules (docs/domain/caseload-import.md § Contrôles). Problems name the column. Rules that need the database
 * (homonyms, the person's existing records) are the service's.
 */
export function convertRow(
  headers: readonly string[],
  mapping: readonly (ImportField | null)[],
  row: { line: number; cells: readonly string[] },
  ctx: { excelSerial: boolean; today: string },
): ConvertedRow {
  const problems: ImportProblem[] = [];
  const failed = new Set<ImportField>();
  const indexOf = (field: ImportField) => mapping.indexOf(field);
  const column = (field: ImportField) =>
    indexOf(field) >= 0 ? headers[indexOf(field)] : `${IMPORT_FIELD_LABELS[field]} (colonne absente)`;
  const text = (field: ImportField) => (indexOf(field) >= 0 ? (row.cells[indexOf(field)] ?? '').trim() : '');
  const refuse = (field: ImportField, message: string) => {
    failed.add(field);
    problems.push({ column: column(field), message });
  };
  const read = <T>(field: ImportField, reader: (t: string) => CellReading<T>): T | undefined => {
    const t = text(field);
    if (t === '') return undefined;
    const r = reader(t);
    if (r.error !== undefined) refuse(field, r.error);
    return r.value;
  };
  const day = (field: ImportField) =>
    DAY_FIELDS.has(field) ? read(field, (t) => readDay(t, { excelSerial: ctx.excelSerial })) : undefined;
  /** The form's validation of `plain`; each error reported at its field's column unless that cell was unreadable. */
  const form = <T extends object>(cls: new () => T, plain: object, fields: Record<string, ImportField>): T => {
    const { input, errors } = validateInput(cls, plain);
    for (const e of errors) report(e, fields);
    return input;
  };
  const report = (e: FieldError, fields: Record<string, ImportField>) => {
    const field = fields[e.field];
    if (field && failed.has(field)) return;
    if (field) refuse(field, e.message);
    else problems.push({ column: '—', message: e.message });
  };
  const any = (...fields: ImportField[]) => fields.some((f) => text(f) !== '');

  const person = form(
    CreatePersonInput,
    {
      lastName: text(ImportField.LAST_NAME),
      firstName: text(ImportField.FIRST_NAME),
      birthDate: day(ImportField.BIRTH_DATE) ?? (failed.has(ImportField.BIRTH_DATE) ? 'invalide' : ''),
      email: text(ImportField.EMAIL) || null,
      phone: text(ImportField.PHONE) || null,
      addressLine: text(ImportField.ADDRESS_LINE) || null,
      postalCode: text(ImportField.POSTAL_CODE) || null,
      city: text(ImportField.CITY) || null,
    },
    {
      lastName: ImportField.LAST_NAME,
      firstName: ImportField.FIRST_NAME,
      birthDate: ImportField.BIRTH_DATE,
      email: ImportField.EMAIL,
      phone: ImportField.PHONE,
      addressLine: ImportField.ADDRESS_LINE,
      postalCode: ImportField.POSTAL_CODE,
      city: ImportField.CITY,
    },
  );

  let referral: RecordReferralInput | null = null;
  const referralFields = [
    ImportField.PRESCRIBER_KIND,
    ImportField.PRESCRIBER_ORGANISATION,
    ImportField.PRESCRIBER_CONTACT_NAME,
    ImportField.REFERRED_ON,
  ];
  if (any(...referralFields))
    referral = form(
      RecordReferralInput,
      {
        personId: PENDING_PERSON,
        prescriberKind: read(ImportField.PRESCRIBER_KIND, readPrescriberKind),
        prescriberOrganisation: text(ImportField.PRESCRIBER_ORGANISATION),
        prescriberContactName: text(ImportField.PRESCRIBER_CONTACT_NAME) || null,
        referredOn: day(ImportField.REFERRED_ON) ?? '',
      },
      {
        prescriberKind: ImportField.PRESCRIBER_KIND,
        prescriberOrganisation: ImportField.PRESCRIBER_ORGANISATION,
        prescriberContactName: ImportField.PRESCRIBER_CONTACT_NAME,
        referredOn: ImportField.REFERRED_ON,
      },
    );

  let pass: ConvertedRow['pass'] = null;
  if (any(ImportField.PASS_NUMBER, ImportField.PASS_START, ImportField.PASS_END)) {
    const input = form(
      RecordPassIaeInput,
      {
        personId: PENDING_PERSON,
        number: text(ImportField.PASS_NUMBER),
        startDate: day(ImportField.PASS_START) ?? '',
        officialEndDate: day(ImportField.PASS_END) ?? null,
      },
      { number: ImportField.PASS_NUMBER, startDate: ImportField.PASS_START, officialEndDate: ImportField.PASS_END },
    );
    const number = normalizePassNumber(input.number ?? '');
    const numberError = failed.has(ImportField.PASS_NUMBER) ? null : checkPassNumber(number);
    if (numberError) refuse(ImportField.PASS_NUMBER, numberError);
    const official = input.officialEndDate ?? null;
    const officialError =
      official && !failed.has(ImportField.PASS_START) ? checkOfficialEndDate(official, input.startDate) : null;
    if (officialError) refuse(ImportField.PASS_END, officialError.message);
    pass = { number, startDate: input.startDate, officialEndDate: official };
  }

  let contract: RecordEmploymentContractInput | null = null;
  if (any(ImportField.CONTRACT_KIND, ImportField.CONTRACT_START, ImportField.CONTRACT_END, ImportField.WEEKLY_HOURS)) {
    contract = form(
      RecordEmploymentContractInput,
      {
        personId: PENDING_PERSON,
        kind: read(ImportField.CONTRACT_KIND, readContractKind),
        startDate: day(ImportField.CONTRACT_START) ?? '',
        endDate: day(ImportField.CONTRACT_END) ?? null,
        weeklyMinutes: read(ImportField.WEEKLY_HOURS, readHours),
      },
      {
        kind: ImportField.CONTRACT_KIND,
        startDate: ImportField.CONTRACT_START,
        endDate: ImportField.CONTRACT_END,
        weeklyMinutes: ImportField.WEEKLY_HOURS,
      },
    );
    const datesError = failed.has(ImportField.CONTRACT_START) ? null : checkContractDates(contract);
    if (datesError && !failed.has(ImportField.CONTRACT_END)) refuse(ImportField.CONTRACT_END, datesError.message);
  }

  const months: ConvertedRow['months'] = [];
  mapping.forEach((field, i) => {
    if (field !== ImportField.MONTH_HOURS) return;
    const header = headers[i];
    const month = monthOfHeader(header);
    const t = (row.cells[i] ?? '').trim();
    if (!month) {
      problems.push({
        column: header,
        message: `L’en-tête « ${header} » ne nomme pas de mois : écrivez-le par exemple « Heures 01/2026 » ou « Heures janvier 2026 ».`,
      });
      return;
    }
    if (t === '') return;
    const hours = readHours(t);
    const error = hours.error ?? checkWorkedMonth(month, hours.value as number, ctx.today);
    if (error) problems.push({ column: header, message: error });
    else months.push({ month, minutes: hours.value as number, column: header });
  });

  let exit: RecordExitInput | null = null;
  if (any(ImportField.EXIT_DATE, ImportField.EXIT_REASON)) {
    exit = form(
      RecordExitInput,
      {
        personId: PENDING_PERSON,
        exitDate: day(ImportField.EXIT_DATE) ?? '',
        reason: read(ImportField.EXIT_REASON, readExitReason),
      },
      { exitDate: ImportField.EXIT_DATE, reason: ImportField.EXIT_REASON },
    );
    if (!failed.has(ImportField.EXIT_DATE)) {
      const dateError =
        checkStageChangeDate({
          what: 'La date de sortie',
          date: exit.exitDate,
          today: ctx.today,
          lastEffectiveOn: null,
        }) ??
        (contract && !failed.has(ImportField.CONTRACT_START)
          ? checkExitAfterContract(exit.exitDate, contract.startDate)
          : null);
      if (dateError) refuse(ImportField.EXIT_DATE, dateError);
    }
  }

  return {
    line: row.line,
    name: [person.lastName?.toUpperCase(), person.firstName].filter(Boolean).join(' ') || '—',
    problems,
    person,
    referral,
    pass,
    contract,
    months,
    exit,
    column,
  };
}
