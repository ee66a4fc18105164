import { createHash } from 'node:crypto';
import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  checkNewPass,
  effectivePassEndDate,
  EXIT_REASONS,
  type ExitReason,
  formatIsoDateFr,
  formatMinutes,
  IMPORT_FIELD_LABELS,
  IMPORT_MAX_BYTES,
  ImportField,
  ImportOutcome,
  normalizeForSearch,
  normalizeHeader,
  passEndDate,
  PathwayStage,
  proposeMapping,
  type StructureKind,
  todayInParis,
} from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { EmploymentContractEntity } from '../activities';
import { WorkedMonthEntity } from '../activities';
import { ExitPresenceService } from '../exit-presence';
import { checkExitAfterContract } from '../outcomes';
import { checkStageChangeDate } from '../stages';
import { convertRow, type ConvertedRow } from './import-rows';
import type { ImportLogEntity, ImportProblem, ImportRowResult, ImportUploadEntity } from './import.entities';
import { type ExistingPerson, ImportsRepository } from './imports.repository';
import { readSpreadsheet, type Sheet } from './spreadsheet';
import { CLOCK, type Clock } from '../../core/clock/clock';

/** An upload not imported is deleted after this many hours (docs/adr/0010-caseload-import.md). */
export const UPLOAD_KEEP_HOURS = 24;

export const IMPORT_MESSAGES = {
  uploadNotFound:
    'Ce fichier n’est plus disponible (importé, ou déposé il y a plus de 24 heures) : déposez-le de nouveau.',
  logNotFound: 'Ce journal d’import est introuvable dans votre structure.',
  tooLarge: `Le fichier dépasse ${IMPORT_MAX_BYTES / 1024 / 1024} Mo : enregistrez seulement la feuille des personnes, ou découpez-le.`,
  noFile: 'Choisissez le fichier de votre tableur (CSV ou .xlsx) à déposer.',
} as const;

export interface ImportPreview {
  upload: ImportUploadEntity;
  sheet: Sheet;
  proposedMapping: (ImportField | null)[];
}

export interface ImportRun {
  rows: ImportRowResult[];
  counts: Record<ImportOutcome, number>;
  log: ImportLogEntity | null;
}

/** Thrown at the end of a dry run so that its transaction is rolled back. */
class DryRunRollback extends Error {
  constructor(readonly run: ImportRun) {
    super('dry run');
  }
}

/** What a person already has, read for every matched person at once (docs/adr/0010-caseload-import.md). */
interface PersonFacts {
  referral: { prescriber_kind: string; prescriber_organisation: string; referred_on: string } | null;
  passes: { number: string; start_date: string; end_date: string; official_end_date: string | null }[];
  contracts: { kind: string; start_date: string; end_date: string | null; weekly_minutes: number }[];
  months: Map<string, number>;
  exit: { exit_date: string; reason: string } | null;
  lastStageChangeOn: string | null;
  validPrescriberDiagnosis: boolean;
}

const nameKey = (lastName: string, firstName: string, birthDate: string) =>
  `${normalizeForSearch(lastName)}|${normalizeForSearch(firstName)}|${birthDate}`;

const CONTACT_FIELDS = [
  { key: 'email', column: 'email', field: ImportField.EMAIL },
  { key: 'phone', column: 'phone', field: ImportField.PHONE },
  { key: 'addressLine', column: 'address_line', field: ImportField.ADDRESS_LINE },
  { key: 'postalCode', column: 'postal_code', field: ImportField.POSTAL_CODE },
  { key: 'city', column: 'city', field: ImportField.CITY },
] as const;

/**
 * The caseload import (issue 15, point 8; docs/adr/0010-caseload-import.md, docs/domain/caseload-import.md): a file
 * is uploaded and kept until imported; its columns are mapped (proposed from the headers, remembered per structure);
 * a dry run and the import run the same code in one transaction — rolled back for the dry run —, idempotent on the
 * natural keys (PASS IAE number, else name and birth date), with a constant number of statements whatever the rows.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exitPresence: ExitPresenceService,
    private readonly repository: ImportsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Keeps an uploaded file for the import (after checking it reads), and drops the uploads left too long. */
  async upload(
    structureId: string,
    userId: string,
    file: { originalname: string; buffer: Buffer } | undefined,
  ): Promise<ImportPreview> {
    if (!file?.buffer?.length) throw new BadUserInputError([{ field: 'file', message: IMPORT_MESSAGES.noFile }]);
    if (file.buffer.length > IMPORT_MAX_BYTES)
      throw new BadUserInputError([{ field: 'file', message: IMPORT_MESSAGES.tooLarge }]);
    const sheet = await readSpreadsheet(file.buffer);
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255) || 'import';
    await this.repository.deleteStaleUploads(UPLOAD_KEEP_HOURS);
    const upload = await this.repository.saveUpload({
      structureId,
      uploadedById: userId,
      fileName,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      content: file.buffer,
    });
    return { upload, sheet, proposedMapping: await this.propose(this.db.manager, structureId, sheet.headers) };
  }

  /** The upload, read again, with its mapping proposal. */
  async preview(structureId: string, uploadId: string): Promise<ImportPreview> {
    const upload = await this.findUpload(this.db.manager, structureId, uploadId);
    const sheet = await readSpreadsheet(upload.content);
    return { upload, sheet, proposedMapping: await this.propose(this.db.manager, structureId, sheet.headers) };
  }

  private async propose(m: EntityManager, structureId: string, headers: string[]): Promise<(ImportField | null)[]> {
    const remembered = await this.repository.mapping(structureId, m);
    return proposeMapping(headers, remembered?.columns ?? {});
  }

  private async findUpload(m: EntityManager, structureId: string, id: string): Promise<ImportUploadEntity> {
    const upload = isUuid(id) ? await this.repository.findUpload(structureId, id, m) : null;
    if (!upload) throw new NotFoundError(IMPORT_MESSAGES.uploadNotFound);
    return upload;
  }

  /**
   * The dry run (`dryRun`: everything is done, then rolled back) or the import (one transaction). Both return every
   * row's outcome; the import also keeps its log, remembers the mapping and deletes the uploaded file.
   */
  async run(
    structureId: string,
    userId: string,
    input: { uploadId: string; mapping: (ImportField | null)[] },
    dryRun: boolean,
    today = todayInParis(this.clock.now()),
  ): Promise<ImportRun> {
    try {
      return await this.db.transaction(async (m) => {
        await this.repository.lock(structureId, m);
        const upload = await this.findUpload(m, structureId, input.uploadId);
        const sheet = await readSpreadsheet(upload.content);
        checkMapping(sheet.headers, input.mapping);
        const run = await this.apply(m, structureId, userId, sheet, input.mapping, today);
        if (dryRun) throw new DryRunRollback(run);
        await this.remember(m, structureId, sheet.headers, input.mapping);
        const log = await this.repository.saveLog(
          {
            structureId,
            importedById: userId,
            fileName: upload.fileName,
            sha256: upload.sha256,
            createdCount: run.counts.CREATED,
            completedCount: run.counts.COMPLETED,
            unchangedCount: run.counts.UNCHANGED,
            refusedCount: run.counts.REFUSED,
            rows: run.rows,
          },
          m,
        );
        await this.repository.deleteUpload(structureId, upload.id, m);
        return { ...run, log };
      });
    } catch (e) {
      if (e instanceof DryRunRollback) return e.run;
      throw e;
    }
  }

  private async remember(m: EntityManager, structureId: string, headers: string[], mapping: (ImportField | null)[]) {
    const previous = await this.repository.mapping(structureId, m);
    const columns = { ...(previous?.columns ?? {}) };
    headers.forEach((h, i) => (columns[normalizeHeader(h)] = mapping[i] ?? null));
    await this.repository.saveMapping(structureId, columns, m);
  }

  /** Reads the rows, decides each one's outcome against what the structure has, and writes what is missing. */
  private async apply(
    m: EntityManager,
    structureId: string,
    userId: string,
    sheet: Sheet,
    mapping: (ImportField | null)[],
    today: string,
  ): Promise<ImportRun> {
    const rows = sheet.rows.map((r) =>
      convertRow(sheet.headers, mapping, r, { excelSerial: sheet.format === 'XLSX', today }),
    );
    return this.applyRows(m, structureId, userId, rows, today);
  }

  /**
   * The upsert shared by every way of bringing persons in — the spreadsheet import and the sync of les emplois de
   * l’inclusion (`LesEmploisService`): rows already converted to the forms' inputs are matched on the natural keys
   * (PASS IAE number, else name and birth date), checked against each person's file, and what is missing is written,
   * with a constant number of statements. To be called inside a transaction holding `ImportsRepository.lock`.
   */
  async applyRows(
    m: EntityManager,
    structureId: string,
    userId: string,
    rows: ConvertedRow[],
    today: string,
    duplicateMessage: (earlierLine: number) => string = duplicateInFile,
  ): Promise<ImportRun> {
    refuseDuplicates(rows, duplicateMessage);

    const valid = rows.filter((r) => !r.problems.length);
    const kind = (await this.repository.structure(structureId, m)).kind;
    const byPass = await this.repository.personsByPass(
      structureId,
      valid.flatMap((r) => (r.pass ? [r.pass.number] : [])),
      m,
    );
    const byBirth = await this.repository.personsByBirthDates(
      structureId,
      [...new Set(valid.map((r) => r.person.birthDate))],
      m,
    );
    const byName = new Map(byBirth.map((p) => [nameKey(p.last_name, p.first_name, p.birth_date), p]));

    // Each row's person: by PASS number, else by name and birth date; a PASS of someone else is refused.
    const matched = new Map<ConvertedRow, ExistingPerson>();
    for (const row of valid) {
      const key = nameKey(row.person.lastName, row.person.firstName, row.person.birthDate);
      const owner = row.pass ? byPass.get(row.pass.number) : undefined;
      if (owner && nameKey(owner.last_name, owner.first_name, owner.birth_date) !== key) {
        row.problems.push({
          column: row.column(ImportField.PASS_NUMBER),
          message:
            `Le PASS IAE n° ${row.pass?.number} est déjà enregistré pour ${owner.first_name} ${owner.last_name} ` +
            `dans votre structure : un PASS IAE est personnel, vérifiez le numéro.`,
        });
        continue;
      }
      const person = owner ?? byName.get(key);
      if (person) matched.set(row, person);
    }
    const facts = await this.factsOf(m, structureId, [...new Set([...matched.values()].map((p) => p.id))], today);

    // What each row adds; a rule that needs the person's file refuses the row here, before anything is written.
    const plans = new Map<ConvertedRow, RowPlan>();
    for (const row of rows) {
      if (row.problems.length) continue;
      const person = matched.get(row) ?? null;
      const plan = planRow(row, person, person ? facts.get(person.id) : undefined, kind, today);
      if (row.problems.length) continue;
      plans.set(row, plan);
    }

    await this.write(m, structureId, userId, kind, plans);

    const results: ImportRowResult[] = rows.map((row) => {
      const plan = plans.get(row);
      if (!plan)
        return {
          line: row.line,
          outcome: ImportOutcome.REFUSED,
          name: row.name,
          personId: matched.get(row)?.id ?? null,
          changes: [],
          problems: row.problems,
          notes: [],
        };
      const outcome = !plan.existing
        ? ImportOutcome.CREATED
        : plan.changes.length
          ? ImportOutcome.COMPLETED
          : ImportOutcome.UNCHANGED;
      return {
        line: row.line,
        outcome,
        name: row.name,
        personId: plan.personId,
        changes: plan.changes,
        problems: [],
        notes: plan.notes,
      };
    });
    const counts = { CREATED: 0, COMPLETED: 0, UNCHANGED: 0, REFUSED: 0 } as Record<ImportOutcome, number>;
    for (const r of results) counts[r.outcome] += 1;
    return { rows: results, counts, log: null };
  }

  /** The records of the matched persons, in one statement. */
  private async factsOf(
    m: EntityManager,
    structureId: string,
    personIds: string[],
    today: string,
  ): Promise<Map<string, PersonFacts>> {
    const rows = await this.repository.factsOf(structureId, personIds, today, m);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          referral: r.referral,
          passes: r.passes ?? [],
          contracts: r.contracts ?? [],
          months: new Map((r.months ?? []).map((x) => [x.month, x.minutes])),
          exit: r.exit,
          lastStageChangeOn: r.last_stage_change_on,
          validPrescriberDiagnosis: r.valid_prescriber_diagnosis,
        },
      ]),
    );
  }

  /** Writes every plan: one statement per kind of record, whatever the number of rows. */
  private async write(
    m: EntityManager,
    structureId: string,
    userId: string,
    kind: StructureKind,
    plans: Map<ConvertedRow, RowPlan>,
  ): Promise<void> {
    const all = [...plans.entries()];
    const fresh = all.filter(([, p]) => !p.existing);
    if (fresh.length) {
      const ids = await this.repository.insertPersons(
        fresh.map(([row]) => ({
          structureId,
          firstName: row.person.firstName,
          lastName: row.person.lastName,
          birthDate: row.person.birthDate,
          email: row.person.email?.toLowerCase() ?? null,
          phone: row.person.phone ?? null,
          addressLine: row.person.addressLine ?? null,
          postalCode: row.person.postalCode ?? null,
          city: row.person.city ?? null,
          counsellorId: null,
          stage: PathwayStage.RECRUITMENT,
          sortKey: normalizeForSearch(`${row.person.lastName} ${row.person.firstName}`).slice(0, 210),
        })),
        m,
      );
      fresh.forEach(([, plan], i) => (plan.personId = ids[i]));
    }
    const fills = all.filter(([, p]) => p.existing && Object.keys(p.fill).length);
    if (fills.length) {
      const values = (key: (typeof CONTACT_FIELDS)[number]['key']) =>
        fills.map(([, p]) => p.fill[key] ?? null) as (string | null)[];
      await this.repository.fillContacts(
        structureId,
        {
          ids: fills.map(([, p]) => p.personId),
          email: values('email'),
          phone: values('phone'),
          addressLine: values('addressLine'),
          postalCode: values('postalCode'),
          city: values('city'),
        },
        m,
      );
    }
    const base = (p: RowPlan) => ({ structureId, personId: p.personId, createdById: userId });
    const referrals = all.flatMap(([row, p]) =>
      p.addReferral && row.referral
        ? [
            {
              ...base(p),
              prescriberKind: row.referral.prescriberKind,
              prescriberOrganisation: row.referral.prescriberOrganisation,
              prescriberContactName: row.referral.prescriberContactName ?? null,
              prescriberContactEmail: null,
              prescriberContactPhone: null,
              referredOn: row.referral.referredOn,
            },
          ]
        : [],
    );
    if (referrals.length) await this.repository.insertReferrals(referrals, m);
    const passes = all.flatMap(([row, p]) =>
      p.addPass && row.pass
        ? [
            {
              ...base(p),
              number: row.pass.number,
              startDate: row.pass.startDate,
              officialEndDate: row.pass.officialEndDate,
              endDate: effectivePassEndDate(passEndDate(row.pass.startDate, [], []), row.pass.officialEndDate),
            },
          ]
        : [],
    );
    if (passes.length) await this.repository.insertPasses(passes, m);
    const contracts = all.flatMap(([row, p]) =>
      p.addContract && row.contract
        ? [
            {
              ...base(p),
              kind: row.contract.kind,
              startDate: row.contract.startDate,
              endDate: row.contract.endDate ?? null,
              weeklyMinutes: row.contract.weeklyMinutes,
            },
          ]
        : [],
    );
    // Written here, not through the repository: the presence rule's inputs (exit-presence-paths.int-spec.ts scans the
    // services' writes of them).
    if (contracts.length) await m.getRepository(EmploymentContractEntity).insert(contracts);
    const months = all.flatMap(([, p]) => p.addMonths.map((x) => ({ ...base(p), month: x.month, minutes: x.minutes })));
    if (months.length) await m.getRepository(WorkedMonthEntity).insert(months);

    // Exits last: their minimum-presence rule counts the contracts and hours just written (same transaction).
    const exits = all.filter(([row, p]) => p.addExit && row.exit);
    if (exits.length) await this.writeExits(m, structureId, base, exits);
    // Every imported person's exit — new, or recorded before and now with more hours or contracts — judged on what is
    // now on record, by the refresh every write path uses (docs/domain/exits.md § « Toujours à jour »).
    await this.exitPresence.refreshPersons(
      m,
      structureId,
      all.map(([, p]) => p.personId),
    );
  }

  private async writeExits(
    m: EntityManager,
    structureId: string,
    base: (p: RowPlan) => { structureId: string; personId: string; createdById: string },
    exits: [ConvertedRow, RowPlan][],
  ): Promise<void> {
    await this.repository.insertExits(
      exits.map(([row, p]) => {
        const exit = row.exit as NonNullable<ConvertedRow['exit']>;
        return {
          ...base(p),
          exitDate: exit.exitDate,
          reason: exit.reason,
          category: EXIT_REASONS[exit.reason as ExitReason].category,
          // Judged just below by the one refresh every write path uses (docs/domain/exits.md § « Toujours à jour »).
          counts: false,
          presenceExplanation: '',
          contractStart: null,
          minutesWorked: 0,
          comment: null,
        };
      }),
      m,
    );
    await this.repository.insertStageTransitions(
      exits.map(([row, p]) => ({
        ...base(p),
        fromStage: p.stage,
        toStage: PathwayStage.EXITED,
        effectiveOn: row.exit?.exitDate as string,
        reason: EXIT_REASONS[row.exit?.reason as ExitReason].label,
        overrideReason: null,
        missingEvidence: [],
      })),
      m,
    );
    await this.repository.setStage(
      structureId,
      exits.map(([, p]) => p.personId),
      PathwayStage.EXITED,
      m,
    );
  }

  async logs(structureId: string, first: number): Promise<ImportLogEntity[]> {
    return this.repository.logs(structureId, first);
  }

  async log(structureId: string, id: string): Promise<ImportLogEntity> {
    const log = isUuid(id) ? await this.repository.log(structureId, id) : null;
    if (!log) throw new NotFoundError(IMPORT_MESSAGES.logNotFound);
    return log;
  }
}

/** What one row adds to the structure's files. */
interface RowPlan {
  existing: boolean;
  personId: string;
  stage: PathwayStage;
  fill: Partial<Record<(typeof CONTACT_FIELDS)[number]['key'], string>>;
  addReferral: boolean;
  addPass: boolean;
  addContract: boolean;
  addMonths: { month: string; minutes: number }[];
  addExit: boolean;
  changes: string[];
  notes: ImportProblem[];
}

/** The mapping must fit the file: one entry per column, a field once (months aside), and the natural key's fields. */
function checkMapping(headers: string[], mapping: (ImportField | null)[]): void {
  if (mapping.length !== headers.length)
    throw new BadUserInputError([
      {
        field: 'mapping',
        message: `Le fichier a ${headers.length} colonnes et ${mapping.length} choix ont été envoyés : rechargez la page.`,
      },
    ]);
  const seen = new Map<ImportField, string>();
  mapping.forEach((field, i) => {
    if (!field || field === ImportField.MONTH_HOURS) return;
    const before = seen.get(field);
    if (before)
      throw new BadUserInputError([
        {
          field: 'mapping',
          message: `Les colonnes « ${before} » et « ${headers[i]} » vont toutes deux dans « ${IMPORT_FIELD_LABELS[field]} » : gardez-en une seule.`,
        },
      ]);
    seen.set(field, headers[i]);
  });
  const missing = [ImportField.LAST_NAME, ImportField.FIRST_NAME, ImportField.BIRTH_DATE].filter((f) => !seen.has(f));
  if (missing.length)
    throw new BadUserInputError([
      {
        field: 'mapping',
        message: `Choisissez la colonne de ${missing.map((f) => `« ${IMPORT_FIELD_LABELS[f]} »`).join(', ')} : le nom, le prénom et la date de naissance reconnaissent la personne.`,
      },
    ]);
}

const duplicateInFile = (line: number) =>
  `Cette personne figure déjà ligne ${line} du fichier (même N° PASS IAE, ou mêmes nom, prénom et date de naissance) : gardez une seule ligne par personne.`;

/** A later row for the same person as an earlier one (same PASS number, or same name and birth date) is refused. */
function refuseDuplicates(rows: ConvertedRow[], message: (earlierLine: number) => string): void {
  const firstByKey = new Map<string, ConvertedRow>();
  for (const row of rows) {
    if (row.problems.length) continue;
    const keys = [
      ...(row.pass ? [`pass:${row.pass.number}`] : []),
      `name:${nameKey(row.person.lastName, row.person.firstName, row.person.birthDate)}`,
    ];
    const earlier = keys.map((k) => firstByKey.get(k)).find(Boolean);
    if (earlier) {
      row.problems.push({
        column: row.column(ImportField.LAST_NAME),
        message: message(earlier.line),
      });
      continue;
    }
    for (const k of keys) firstByKey.set(k, row);
  }
}

const differs = (column: string, kept: string, given: string): ImportProblem => ({
  column,
  message: `Tremplin garde « ${kept} » ; le fichier dit « ${given} ». Corrigez la fiche si le fichier a raison.`,
});

/** Decides what the row adds to the person (new, or found by the natural key) and what it says differently. */
function planRow(
  row: ConvertedRow,
  person: ExistingPerson | null,
  facts: PersonFacts | undefined,
  kind: StructureKind,
  today: string,
): RowPlan {
  const plan: RowPlan = {
    existing: !!person,
    personId: person?.id ?? '',
    stage: person?.stage ?? PathwayStage.RECRUITMENT,
    fill: {},
    addReferral: false,
    addPass: false,
    addContract: false,
    addMonths: [],
    addExit: false,
    changes: person ? [] : ['fiche créée'],
    notes: [],
  };
  const f = facts ?? {
    referral: null,
    passes: [],
    contracts: [],
    months: new Map<string, number>(),
    exit: null,
    lastStageChangeOn: null,
    validPrescriberDiagnosis: false,
  };

  if (person)
    for (const c of CONTACT_FIELDS) {
      const raw = row.person[c.key];
      const given = c.key === 'email' ? raw?.toLowerCase() : raw;
      if (!given) continue;
      const kept = person[c.column];
      if (kept === null) {
        plan.fill[c.key] = given;
        plan.changes.push(`${IMPORT_FIELD_LABELS[c.field].toLowerCase()} ajouté·e`);
      } else if (kept !== given) plan.notes.push(differs(row.column(c.field), kept, given));
    }

  if (row.referral) {
    const r = row.referral;
    if (!f.referral) {
      plan.addReferral = true;
      plan.changes.push(`orientation du ${formatIsoDateFr(r.referredOn)}`);
    } else if (
      f.referral.prescriber_kind !== r.prescriberKind ||
      f.referral.prescriber_organisation !== r.prescriberOrganisation ||
      f.referral.referred_on !== r.referredOn
    )
      plan.notes.push(
        differs(
          row.column(ImportField.PRESCRIBER_ORGANISATION),
          `${f.referral.prescriber_organisation}, ${formatIsoDateFr(f.referral.referred_on)}`,
          `${r.prescriberOrganisation}, ${formatIsoDateFr(r.referredOn)}`,
        ),
      );
  }

  if (row.pass) {
    const p = row.pass;
    const same = f.passes.find((x) => x.number === p.number);
    if (same) {
      if (same.start_date !== p.startDate || (p.officialEndDate && same.official_end_date !== p.officialEndDate))
        plan.notes.push(
          differs(
            row.column(ImportField.PASS_START),
            `du ${formatIsoDateFr(same.start_date)} au ${formatIsoDateFr(same.end_date)}`,
            `du ${formatIsoDateFr(p.startDate)}${p.officialEndDate ? ` au ${formatIsoDateFr(p.officialEndDate)}` : ''}`,
          ),
        );
    } else {
      const previous = f.passes[f.passes.length - 1];
      // A further PASS after the one on file: the rule of the PASS IAE form (`checkNewPass`).
      const problem = previous
        ? checkNewPass(p, {
            previous: { number: previous.number, endDate: previous.end_date },
            structureKind: kind,
            hasValidPrescriberDiagnosis: f.validPrescriberDiagnosis,
            today,
          })
        : null;
      if (problem) {
        row.problems.push({
          column: row.column(problem.field === 'startDate' ? ImportField.PASS_START : ImportField.PASS_NUMBER),
          message: problem.message,
        });
        return plan;
      }
      plan.addPass = true;
      plan.changes.push(`PASS IAE n° ${p.number}`);
    }
  }

  if (row.contract) {
    const c = row.contract;
    const same = f.contracts.find((x) => x.start_date === c.startDate);
    if (!same) {
      plan.addContract = true;
      plan.changes.push(`contrat du ${formatIsoDateFr(c.startDate)}`);
    } else if (
      same.kind !== c.kind ||
      (same.end_date ?? null) !== (c.endDate ?? null) ||
      same.weekly_minutes !== c.weeklyMinutes
    )
      plan.notes.push(
        differs(
          row.column(ImportField.CONTRACT_START),
          `contrat du ${formatIsoDateFr(same.start_date)}${same.end_date ? ` au ${formatIsoDateFr(same.end_date)}` : ''}, ${formatMinutes(same.weekly_minutes)} par semaine`,
          `contrat du ${formatIsoDateFr(c.startDate)}${c.endDate ? ` au ${formatIsoDateFr(c.endDate)}` : ''}, ${formatMinutes(c.weeklyMinutes)} par semaine`,
        ),
      );
  }

  for (const x of row.months) {
    const kept = f.months.get(x.month);
    if (kept === undefined) plan.addMonths.push({ month: x.month, minutes: x.minutes });
    else if (kept !== x.minutes) plan.notes.push(differs(x.column, formatMinutes(kept), formatMinutes(x.minutes)));
  }
  if (plan.addMonths.length)
    plan.changes.push(plan.addMonths.length === 1 ? 'heures d’un mois' : `heures de ${plan.addMonths.length} mois`);

  if (row.exit) {
    const e = row.exit;
    if (f.exit) {
      if (f.exit.exit_date !== e.exitDate || f.exit.reason !== e.reason)
        plan.notes.push(
          differs(
            row.column(ImportField.EXIT_DATE),
            `sortie du ${formatIsoDateFr(f.exit.exit_date)}`,
            `sortie du ${formatIsoDateFr(e.exitDate)}`,
          ),
        );
    } else {
      // The exit form's date rules against the person's file: after the last stage change and the first contract.
      const contractStarts = [
        ...f.contracts.map((c) => c.start_date),
        ...(row.contract ? [row.contract.startDate] : []),
      ];
      const contractStart = contractStarts.length ? contractStarts.reduce((a, b) => (a < b ? a : b)) : null;
      const problem =
        checkStageChangeDate({
          what: 'La date de sortie',
          date: e.exitDate,
          today,
          lastEffectiveOn: f.lastStageChangeOn,
        }) ?? checkExitAfterContract(e.exitDate, contractStart);
      if (problem) {
        row.problems.push({ column: row.column(ImportField.EXIT_DATE), message: problem });
        return plan;
      }
      plan.addExit = true;
      plan.changes.push(`sortie du ${formatIsoDateFr(e.exitDate)}`);
    }
  }
  return plan;
}
