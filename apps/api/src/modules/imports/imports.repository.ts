import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DiagnosisAuthor, type ImportField, PathwayStage } from '@tremplin/domain';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { PassIaeEntity } from '../intake';
import { ReferralEntity } from '../intake';
import { PathwayExitEntity } from '../outcomes';
import { PersonEntity } from '../persons';
import { StageTransitionEntity } from '../stages';
import { StructureEntity } from '../structures';
import { ImportLogEntity, ImportMappingEntity, ImportUploadEntity } from './import.entities';
import { LesEmploisLinkEntity } from './les-emplois/les-emplois-link.entity';

/** A person the import may match (birth date as `YYYY-MM-DD` text). */
export type ExistingPerson = RowOf<
  PersonEntity,
  'id' | 'firstName' | 'lastName' | 'email' | 'phone' | 'addressLine' | 'postalCode' | 'city' | 'stage'
> &
  As<'birth_date', string>;

/** What a matched person already has, as read in one statement (dates as `YYYY-MM-DD`). */
export type PersonFactsRow = RowOf<PersonEntity, 'id'> &
  As<'referral', { prescriber_kind: string; prescriber_organisation: string; referred_on: string } | null> &
  As<'passes', { number: string; start_date: string; end_date: string; official_end_date: string | null }[] | null> &
  As<'contracts', { kind: string; start_date: string; end_date: string | null; weekly_minutes: number }[] | null> &
  As<'months', { month: string; minutes: number }[] | null> &
  As<'exit', { exit_date: string; reason: string } | null> &
  As<'last_stage_change_on', string | null> &
  As<'valid_prescriber_diagnosis', boolean>;

/** The contact details filled on existing persons (one array per column, in the order of `ids`). */
export interface ContactFills {
  ids: string[];
  email: (string | null)[];
  phone: (string | null)[];
  addressLine: (string | null)[];
  postalCode: (string | null)[];
  city: (string | null)[];
}

type Rows<E> = QueryDeepPartialEntity<E>[];

const SNAPSHOT_DAY = '2026-01-15';
const SNAPSHOT_RECORD = { structureId: SNAPSHOT_UUID, personId: SNAPSHOT_UUID, createdById: SNAPSHOT_UUID };

/**
 * The SQL of the caseload import (docs/adr/0010-caseload-import.md) and of the sync of les emplois de l’inclusion:
 * the uploads, mappings, logs and links, and the batch reads and writes of the persons' records — one statement per
 * kind of record, whatever the rows (docs/adr/0011-repositories.md).
 */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One import (spreadsheet or les emplois de l’inclusion) at a time per structure: a second one waits for the first
   * one's transaction, then finds its persons.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async lock(structureId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('tremplin:import'), hashtext($1))`, [structureId]);
  }

  /** Drops the uploads older than `hours`. */
  @SqlSnapshot({ params: [24] })
  async deleteStaleUploads(hours: number, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`DELETE FROM import_upload WHERE created_at < now() - make_interval(hours => $1)`, [hours]);
  }

  @SqlSnapshot({
    params: [{ structureId: SNAPSHOT_UUID, uploadedById: SNAPSHOT_UUID, fileName: 'a.csv', sha256: '0', content: '' }],
  })
  saveUpload(
    upload: Pick<ImportUploadEntity, 'structureId' | 'uploadedById' | 'fileName' | 'sha256' | 'content'>,
    tx: EntityManager = this.db.manager,
  ): Promise<ImportUploadEntity> {
    const repo = tx.getRepository(ImportUploadEntity);
    return repo.save(repo.create(upload));
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findUpload(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<ImportUploadEntity | null> {
    return tx.getRepository(ImportUploadEntity).findOneBy({ id, structureId });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async deleteUpload(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.getRepository(ImportUploadEntity).delete({ id, structureId });
  }

  /** The structure's remembered mapping (header → field). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  mapping(structureId: string, tx: EntityManager = this.db.manager): Promise<ImportMappingEntity | null> {
    return tx.getRepository(ImportMappingEntity).findOneBy({ structureId });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, { nom: null }] })
  async saveMapping(
    structureId: string,
    columns: Record<string, ImportField | null>,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(ImportMappingEntity).upsert({ structureId, columns }, ['structureId']);
  }

  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        importedById: SNAPSHOT_UUID,
        fileName: 'a.csv',
        sha256: '0',
        createdCount: 0,
        completedCount: 0,
        unchangedCount: 0,
        refusedCount: 0,
        rows: [],
      },
    ],
  })
  saveLog(
    log: Pick<
      ImportLogEntity,
      | 'structureId'
      | 'importedById'
      | 'fileName'
      | 'sha256'
      | 'createdCount'
      | 'completedCount'
      | 'unchangedCount'
      | 'refusedCount'
      | 'rows'
    >,
    tx: EntityManager = this.db.manager,
  ): Promise<ImportLogEntity> {
    const repo = tx.getRepository(ImportLogEntity);
    return repo.save(repo.create(log));
  }

  /** The structure's last imports, latest first, with who ran them. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 20] })
  logs(structureId: string, first: number, tx: EntityManager = this.db.manager): Promise<ImportLogEntity[]> {
    return tx.getRepository(ImportLogEntity).find({
      where: { structureId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: first,
      relations: { importedBy: true },
    });
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  log(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<ImportLogEntity | null> {
    return tx.getRepository(ImportLogEntity).findOne({ where: { id, structureId }, relations: { importedBy: true } });
  }

  /** The structure (its kind decides the PASS IAE rules; its SIRET, the records of les emplois read). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  structure(structureId: string, tx: EntityManager = this.db.manager): Promise<StructureEntity> {
    return tx.getRepository(StructureEntity).findOneByOrFail({ id: structureId });
  }

  /** The structure's persons born on one of `birthDates`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_DAY]] })
  personsByBirthDates(
    structureId: string,
    birthDates: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ExistingPerson[]> {
    return tx.query(
      `SELECT id, first_name, last_name, birth_date::text AS birth_date, email, phone, address_line, postal_code, city, stage
         FROM person WHERE structure_id = $1 AND birth_date = ANY($2::date[])`,
      [structureId, birthDates],
    );
  }

  /** The holder of each PASS IAE number among `numbers` (the latest PASS of that number), by number. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, ['999990000001']] })
  async personsByPass(
    structureId: string,
    numbers: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<Map<string, ExistingPerson>> {
    if (!numbers.length) return new Map();
    const rows: (ExistingPerson & RowOf<PassIaeEntity, 'number'>)[] = await tx.query(
      `SELECT DISTINCT ON (pass.number) pass.number, p.id, p.first_name, p.last_name, p.birth_date::text AS birth_date,
              p.email, p.phone, p.address_line, p.postal_code, p.city, p.stage
         FROM pass_iae pass JOIN person p ON p.id = pass.person_id AND p.structure_id = pass.structure_id
        WHERE pass.structure_id = $1 AND pass.number = ANY($2::text[])
        ORDER BY pass.number, pass.start_date DESC`,
      [structureId, [...new Set(numbers)]],
    );
    return new Map(rows.map((r) => [r.number.trim(), r]));
  }

  /** The records of the matched persons, in one statement (`today`: whether a prescriber's diagnosis is valid). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], SNAPSHOT_DAY] })
  async factsOf(
    structureId: string,
    personIds: readonly string[],
    today: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PersonFactsRow[]> {
    if (!personIds.length) return [];
    return tx.query(
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
  }

  /** Creates the persons (one statement); their ids, in order. */
  @SqlSnapshot({
    params: [
      [
        {
          structureId: SNAPSHOT_UUID,
          firstName: 'Awa',
          lastName: 'Diallo',
          birthDate: '1990-01-01',
          stage: PathwayStage.RECRUITMENT,
          sortKey: 'diallo awa',
        },
      ],
    ],
  })
  async insertPersons(persons: Rows<PersonEntity>, tx: EntityManager = this.db.manager): Promise<string[]> {
    if (!persons.length) return [];
    const inserted = await tx.getRepository(PersonEntity).insert(persons);
    return inserted.identifiers.map((i) => i.id as string);
  }

  /** Fills the contact details the persons did not have (a detail on record is kept), in one statement. */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      { ids: [SNAPSHOT_UUID], email: ['a@b.fr'], phone: [null], addressLine: [null], postalCode: [null], city: [null] },
    ],
  })
  async fillContacts(structureId: string, fills: ContactFills, tx: EntityManager = this.db.manager): Promise<void> {
    if (!fills.ids.length) return;
    await tx.query(
      `UPDATE person p SET email = coalesce(p.email, v.email), phone = coalesce(p.phone, v.phone),
              address_line = coalesce(p.address_line, v.address_line), postal_code = coalesce(p.postal_code, v.postal_code),
              city = coalesce(p.city, v.city), version = p.version + 1, updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS v(id, email, phone, address_line, postal_code, city)
        WHERE p.structure_id = $1 AND p.id = v.id`,
      [structureId, fills.ids, fills.email, fills.phone, fills.addressLine, fills.postalCode, fills.city],
    );
  }

  @SqlSnapshot({
    params: [
      [
        {
          ...SNAPSHOT_RECORD,
          prescriberKind: 'FRANCE_TRAVAIL',
          prescriberOrganisation: 'France Travail',
          referredOn: SNAPSHOT_DAY,
        },
      ],
    ],
  })
  async insertReferrals(rows: Rows<ReferralEntity>, tx: EntityManager = this.db.manager): Promise<void> {
    if (rows.length) await tx.getRepository(ReferralEntity).insert(rows);
  }

  @SqlSnapshot({
    params: [[{ ...SNAPSHOT_RECORD, number: '999990000001', startDate: SNAPSHOT_DAY, endDate: '2028-01-14' }]],
  })
  async insertPasses(rows: Rows<PassIaeEntity>, tx: EntityManager = this.db.manager): Promise<void> {
    if (rows.length) await tx.getRepository(PassIaeEntity).insert(rows);
  }

  @SqlSnapshot({
    params: [
      [
        {
          ...SNAPSHOT_RECORD,
          exitDate: SNAPSHOT_DAY,
          reason: 'CDI',
          category: 'SUSTAINABLE_EMPLOYMENT',
          counts: false,
          presenceExplanation: '',
          contractStart: null,
          minutesWorked: 0,
          comment: null,
        },
      ],
    ],
  })
  async insertExits(rows: Rows<PathwayExitEntity>, tx: EntityManager = this.db.manager): Promise<void> {
    if (rows.length) await tx.getRepository(PathwayExitEntity).insert(rows);
  }

  @SqlSnapshot({
    params: [
      [
        {
          ...SNAPSHOT_RECORD,
          fromStage: PathwayStage.RECRUITMENT,
          toStage: PathwayStage.EXITED,
          effectiveOn: SNAPSHOT_DAY,
          reason: 'CDI',
          overrideReason: null,
          missingEvidence: [],
        },
      ],
    ],
  })
  async insertStageTransitions(rows: Rows<StageTransitionEntity>, tx: EntityManager = this.db.manager): Promise<void> {
    if (rows.length) await tx.getRepository(StageTransitionEntity).insert(rows);
  }

  /** Moves the persons to `stage` (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], PathwayStage.EXITED] })
  async setStage(
    structureId: string,
    personIds: readonly string[],
    stage: PathwayStage,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `UPDATE person SET stage = $3, version = version + 1, updated_at = now() WHERE structure_id = $1 AND id = ANY($2::uuid[])`,
      [structureId, personIds, stage],
    );
  }

  /** The structure's link to les emplois de l’inclusion, with who linked it. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  lesEmploisLink(structureId: string, tx: EntityManager = this.db.manager): Promise<LesEmploisLinkEntity | null> {
    return tx.getRepository(LesEmploisLinkEntity).findOne({ where: { structureId }, relations: { linkedBy: true } });
  }

  /** The link alone (the token to decrypt). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  lesEmploisToken(structureId: string, tx: EntityManager = this.db.manager): Promise<LesEmploisLinkEntity | null> {
    return tx.getRepository(LesEmploisLinkEntity).findOneBy({ structureId });
  }

  /** Links (or links again) the structure's account of les emplois de l’inclusion. */
  @SqlSnapshot({
    params: [{ structureId: SNAPSHOT_UUID, tokenCiphertext: 'x', tokenEnd: 'abcd', linkedById: SNAPSHOT_UUID }],
  })
  async saveLesEmploisLink(
    link: Pick<LesEmploisLinkEntity, 'structureId' | 'tokenCiphertext' | 'tokenEnd' | 'linkedById'>,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.getRepository(LesEmploisLinkEntity).upsert(link, ['structureId']);
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  async deleteLesEmploisLink(structureId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.getRepository(LesEmploisLinkEntity).delete({ structureId });
  }
}
