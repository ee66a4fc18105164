import { createHash } from 'node:crypto';
import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  checkNewPass,
  DiagnosisAuthor,
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
import { EmploymentContractEntity } from '../activities/activity.entities';
import { WorkedMonthEntity } from '../activities/worked-month.entity';
import { PassIaeEntity } from '../intake/pass-iae.entity';
import { ReferralEntity } from '../intake/referral.entity';
import { ExitPresenceService } from '../outcomes/exit-presence.service';
import { checkExitAfterContract } from '../outcomes/exits.service';
import { PathwayExitEntity } from '../outcomes/outcome.entities';
import { PersonEntity } from '../persons/person.entity';
import { checkStageChangeDate } from '../stages/stage-change.rules';
import { StageTransitionEntity } from '../stages/stage-transition.entity';
import { StructureEntity } from '../structures/structure.entity';
import { convertRow, type ConvertedRow } from './import-rows';
import {
  ImportLogEntity,
  ImportMappingEntity,
  type ImportProblem,
  type ImportRowResult,
  ImportUploadEntity,
} from './import.entities';
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

interface ExistingPerson {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  email: string | null;
  phone: string | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  stage: PathwayStage;
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
    await this.db.query(`DELETE FROM import_upload WHERE created_at < now() - make_interval(hours => $1)`, [
      UPLOAD_KEEP_HOURS,
    ]);
    const repo = this.db.getRepository(ImportUploadEntity);
    const upload = await repo.save(
      repo.create({
        structureId,
        uploadedById: userId,
        fileName,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
        content: file.buffer,
      }),
    );
    return { upload, sheet, proposedMapping: await this.propose(this.db.manager, structureId, sheet.headers) };
  }

  /** The upload, read again, with its mapping proposal. */
  async preview(structureId: string, uploadId: string): Promise<ImportPreview> {
    const upload = await this.findUpload(this.db.manager, structureId, uploadId);
    const sheet = await readSpreadsheet(upload.content);
    return { upload, sheet, proposedMapping: await this.propose(this.db.manager, structureId, sheet.headers) };
  }

  private async propose(m: EntityManager, structureId: string, headers: string[]): Promise<(ImportField | null)[]> {
    const remembered = await m.getRepository(ImportMappingEntity).findOneBy({ structureId });
    return proposeMapping(headers, remembered?.columns ?? {});
  }

  private async findUpload(m: EntityManager, structureId: string, id: string): Promise<ImportUploadEntity> {
    const upload = isUuid(id) ? await m.getRepository(ImportUploadEntity).findOneBy({ id, structureId }) : null;
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
        await lockImports(m, structureId);
        const upload = await this.findUpload(m, structureId, input.uploadId);
        const sheet = await readSpreadsheet(upload.content);
        checkMapping(sheet.headers, input.mapping);
        const run = await this.apply(m, structureId, userId, sheet, input.mapping, today);
        if (dryRun) throw new DryRunRollback(run);
        await this.remember(m, structureId, sheet.headers, input.mapping);
        const log = await m.getRepository(ImportLogEntity).save(
          m.getRepository(ImportLogEntity).create({
            structureId,
            importedById: userId,
            fileName: upload.fileName,
            sha256: upload.sha256,
            createdCount: run.counts.CREATED,
            completedCount: run.counts.COMPLETED,
            unchangedCount: run.counts.UNCHANGED,
            refusedCount: run.counts.REFUSED,
            rows: run.rows,
          }),
        );
        await m.getRepository(ImportUploadEntity).delete({ id: upload.id, structureId });
        return { ...run, log };
      });
    } catch (e) {
      if (e instanceof DryRunRollback) return e.run;
      throw e;
    }
  }

  private async remember(m: EntityManager, structureId: string, headers: string[], mapping: (ImportField | null)[]) {
    const repo = m.getRepository(ImportMappingEntity);
    const previous = await repo.findOneBy({ structureId });
    const columns = { ...(previous?.columns ?? {}) };
    headers.forEach((h, i) => (columns[normalizeHeader(h)] = mapping[i] ?? null));
    await repo.upsert({ structureId, columns }, ['structureId']);
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
   * with a constant number of statements. To be called inside a transaction holding `lockImports`.
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
    const kind = (await m.getRepository(StructureEntity).findOneByOrFail({ id: structureId })).kind;
    const byPass = await this.personsByPass(
      m,
      structureId,
      valid.flatMap((r) => (r.pass ? [r.pass.number] : [])),
    );
    const byBirth: ExistingPerson[] = await m.query(
      `SELECT id, first_name, last_name, birth_date::text AS birth_date, email, phone, address_line, postal_code, city, stage
         FROM person WHERE structure_id = $1 AND birth_date = ANY($2::date[])`,
      [structureId, [...new Set(valid.map((r) => r.person.birthDate))]],
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

  private async personsByPass(
    m: EntityManager,
    structureId: string,
    numbers: string[],
  ): Promise<Map<string, ExistingPerson>> {
    if (!numbers.length) return new Map();
    const rows: (ExistingPerson & { number: string })[] = await m.query(
      `SELECT DISTINCT ON (pass.number) pass.number, p.id, p.first_name, p.last_name, p.birth_date::text AS birth_date,
              p.email, p.phone, p.address_line, p.postal_code, p.city, p.stage
         FROM pass_iae pass JOIN person p ON p.id = pass.person_id AND p.structure_id = pass.structure_id
        WHERE pass.structure_id = $1 AND pass.number = ANY($2::text[])
        ORDER BY pass.number, pass.start_date DESC`,
      [structureId, [...new Set(numbers)]],
    );
    return new Map(rows.map((r) => [r.number.trim(), r]));
  }

  /** The records of the matched persons, in one statement. */
  private async factsOf(
    m: EntityManager,
    structureId: string,
    personIds: string[],
    today: string,
  ): Promise<Map<string, PersonFacts>> {
    if (!personIds.length) return new Map();
    const rows: {
      id: string;
      referral: PersonFacts['referral'];
      passes: PersonFacts['passes'] | null;
      contracts: PersonFacts['contracts'] | null;
      months: { month: string; minutes: number }[] | null;
      exit: PersonFacts['exit'];
      last_stage_change_on: string | null;
      valid_prescriber_diagnosis: boolean;
    }[] = await m.query(
      `SELECT p.id,
              (SELECT jsonb_build_object('prescriber_kind', r.prescriber_kind, 'prescriber_organisation', r.prescriber_organisation,
                        'referred_on', r.referred_on) FROM referral r WHERE r.structure_id = $1 AND r.person_id = p.id) AS referral,
              (SELECT jsonb_agg(jsonb_build_object('number', trim(x.number), 'start_date', x.start_date, 'end_date', x.end_date,
                        'official_end_date', x.official_end_date) ORDER BY x.start_date, x.created_at)
                 FROM pass_iae x WHERE x.structure_id = $1 AND x.person_id = p.id) AS passes,
              (SELECT jsonb_agg(jsonb_build_object('kind', c.kind, 'start_date', c.start_date, 'end_date', c.end_date,
                        'weekly_minutes', c.weekly_minutes) ORDER BY c.start_date)
                 FROM employment_contract c WHERE c.structure_id = $1 AND c.person_id = p.id) AS contracts,
              (SELECT jsonb_agg(jsonb_build_object('month', w.month, 'minutes', w.minutes))
                 FROM worked_month w WHERE w.structure_id = $1 AND w.person_id = p.id) AS months,
              (SELECT jsonb_build_object('exit_date', e.exit_date, 'reason', e.reason)
                 FROM pathway_exit e WHERE e.structure_id = $1 AND e.person_id = p.id) AS exit,
              (SELECT max(t.effective_on)::text FROM stage_transition t
                WHERE t.structure_id = $1 AND t.person_id = p.id) AS last_stage_change_on,
              EXISTS (SELECT 1 FROM eligibility_diagnosis d
                       WHERE d.structure_id = $1 AND d.person_id = p.id AND d.author = $3
                         AND d.diagnosed_on <= $4::date AND d.valid_until >= $4::date) AS valid_prescriber_diagnosis
         FROM person p WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[])`,
      [structureId, personIds, DiagnosisAuthor.PRESCRIBER, today],
    );
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
      const inserted = await m.getRepository(PersonEntity).insert(
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
      );
      fresh.forEach(([, plan], i) => (plan.personId = inserted.identifiers[i].id as string));
    }
    const fills = all.filter(([, p]) => p.existing && Object.keys(p.fill).length);
    if (fills.length) {
      const values = (key: (typeof CONTACT_FIELDS)[number]['key']) =>
        fills.map(([, p]) => p.fill[key] ?? null) as (string | null)[];
      await m.query(
        `UPDATE person p SET email = coalesce(p.email, v.email), phone = coalesce(p.phone, v.phone),
                address_line = coalesce(p.address_line, v.address_line), postal_code = coalesce(p.postal_code, v.postal_code),
                city = coalesce(p.city, v.city), version = p.version + 1, updated_at = now()
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
                AS v(id, email, phone, address_line, postal_code, city)
          WHERE p.structure_id = $1 AND p.id = v.id`,
        [
          structureId,
          fills.map(([, p]) => p.personId),
          values('email'),
          values('phone'),
          values('addressLine'),
          values('postalCode'),
          values('city'),
        ],
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
    if (referrals.length) await m.getRepository(ReferralEntity).insert(referrals);
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
    if (passes.length) await m.getRepository(PassIaeEntity).insert(passes);
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
    await m.getRepository(PathwayExitEntity).insert(
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
    );
    await m.getRepository(StageTransitionEntity).insert(
      exits.map(([row, p]) => ({
        ...base(p),
        fromStage: p.stage,
        toStage: PathwayStage.EXITED,
        effectiveOn: row.exit?.exitDate as string,
        reason: EXIT_REASONS[row.exit?.reason as ExitReason].label,
        overrideReason: null,
        missingEvidence: [],
      })),
    );
    await m.query(
      `UPDATE person SET stage = $3, version = version + 1, updated_at = now() WHERE structure_id = $1 AND id = ANY($2::uuid[])`,
      [structureId, exits.map(([, p]) => p.personId), PathwayStage.EXITED],
    );
  }

  async logs(structureId: string, first: number): Promise<ImportLogEntity[]> {
    return this.db.getRepository(ImportLogEntity).find({
      where: { structureId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: first,
      relations: { importedBy: true },
    });
  }

  async log(structureId: string, id: string): Promise<ImportLogEntity> {
    const log = isUuid(id)
      ? await this.db
          .getRepository(ImportLogEntity)
          .findOne({ where: { id, structureId }, relations: { importedBy: true } })
      : null;
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

/**
 * One import (spreadsheet or les emplois de l’inclusion) at a time per structure: a second one waits for the first
 * one's transaction, then finds its persons.
 */
export async function lockImports(m: EntityManager, structureId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('tremplin:import'), hashtext($1))`, [structureId]);
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
