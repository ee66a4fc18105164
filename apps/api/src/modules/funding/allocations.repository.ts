import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FundingSourceKind, SessionKind } from '@tremplin/domain';
import { groupByKey, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { FundingAgreementEntity, FundingAllocationEntity } from './funding.entities';
import type { AllocationStamp, SourceRow } from './funding-sources';

/**
 * How each kind of fundable source is read in SQL: its table (alias `x`, the row that is locked), what names it,
 * its date(s), its person and its total quantity (minutes or cents). Every statement of the funding module that
 * touches sources goes through these, so a source reads the same in lists, labels, messages and under the lock.
 */
export interface SourceSpec {
  /** The column of `funding_allocation` pointing at this source. */
  allocationColumn: 'attendance_id' | 'mission_id' | 'staff_time_entry_id' | 'expense_id';
  /** FROM clause: the source `x` (same structure joins only) and what names it. */
  from: string;
  /** Extra condition on `x` (the training sessions only, for attendance). */
  where: string;
  date: string;
  endDate: string;
  label: string;
  personId: string;
  personName: string;
  total: string;
  /** The source row's own version (1 for a source that never changes once recorded). */
  version: string;
}

const PERSON_NAME = `p.first_name || ' ' || p.last_name`;

export const SOURCE_SPECS: Record<FundingSourceKind, SourceSpec> = {
  [FundingSourceKind.TRAINING_ATTENDANCE]: {
    allocationColumn: 'attendance_id',
    from: `session_attendance x
      JOIN collective_session s ON s.id = x.session_id AND s.structure_id = x.structure_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id`,
    where: `s.kind = '${SessionKind.TRAINING}'`,
    date: 's.session_date',
    endDate: 's.session_date',
    label: `'Formation « ' || s.title || ' »' || coalesce(' (' || s.training_body || ')', '')`,
    personId: 'x.person_id',
    personName: PERSON_NAME,
    total: 'x.minutes_attended',
    version: 'x.version',
  },
  [FundingSourceKind.MISSION]: {
    allocationColumn: 'mission_id',
    from: `mission x
      JOIN partner_organisation o ON o.id = x.host_organisation_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id`,
    where: 'true',
    date: 'x.start_date',
    endDate: 'x.end_date',
    label: `'Mission chez ' || o.name || coalesce(' (' || x.site || ')', '')`,
    personId: 'x.person_id',
    personName: PERSON_NAME,
    total: 'x.minutes',
    version: 'x.version',
  },
  [FundingSourceKind.STAFF_TIME]: {
    allocationColumn: 'staff_time_entry_id',
    from: `staff_time_entry x
      JOIN app_user u ON u.id = x.user_id
      LEFT JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id`,
    where: 'true',
    date: 'x.worked_on',
    endDate: 'x.worked_on',
    label: `u.first_name || ' ' || u.last_name || ' — ' || x.description`,
    personId: 'x.person_id',
    personName: PERSON_NAME,
    total: 'x.minutes',
    version: '1',
  },
  [FundingSourceKind.EXPENSE]: {
    allocationColumn: 'expense_id',
    from: 'expense x',
    where: 'true',
    date: 'x.incurred_on',
    endDate: 'x.incurred_on',
    label: `x.label || coalesce(' (' || x.proof_reference || ')', '')`,
    personId: 'NULL::uuid',
    personName: 'NULL::text',
    total: 'x.amount_cents',
    version: '1',
  },
};

/** The SELECT list of a source (dates as text, `AAAA-MM-JJ`). */
export function sourceColumns(spec: SourceSpec): string {
  return `x.id AS id, ${spec.date}::text AS date, ${spec.endDate}::text AS end_date, ${spec.label} AS label,
    ${spec.personId} AS person_id, ${spec.personName} AS person_name, ${spec.total} AS total, ${spec.version}::int AS version`;
}

const KINDS = Object.values(FundingSourceKind);
const TRAINING = FundingSourceKind.TRAINING_ATTENDANCE;

/** What each agreement funds of one source, with the versions of those allocations (`existingAllocations`). */
export interface ExistingAllocationRow {
  source_id: string;
  agreement_id: string;
  reference: string;
  quantity: number;
  stamps: AllocationStamp[];
}

/** A source with what is charged of it (`sourcesWhere`). */
export type FundableSourceRow = SourceRow & {
  allocated: number;
  allocations: { agreementId: string; agreementReference: string; quantity: number }[];
  stamps: AllocationStamp[];
};

/** Which sources `sourcesWhere` reads (each condition is skipped when absent). */
export interface SourcesFilter {
  id?: string;
  from?: string;
  to?: string;
  personId?: string | null;
  onlyRemaining?: boolean;
  first?: number;
}

/** The sums of one agreement's allocations by kind (`chargeRows`; bigint sums come back as text). */
export interface ChargeRow {
  agreement_id: string;
  training: string;
  mission: string;
  staff_minutes: string;
  staff_cost: string;
  expense: string;
}

/** The SQL of allocations under the double-funding guard, fundable sources, staff time and expenses (ADR 0011). */
@Injectable()
export class AllocationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The agreement, held `FOR SHARE` (its period and kinds cannot change until the transaction ends). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  agreementForShare(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<FundingAgreementEntity | null> {
    return tx
      .getRepository(FundingAgreementEntity)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.structureId = :structureId', { id, structureId })
      .setLock('pessimistic_read')
      .getOne();
  }

  /**
   * Locks the sources in id order and reads them. Attendance lines first take their sessions `FOR SHARE`: an
   * attendance sheet being saved holds its session `FOR UPDATE` and rewrites its lines in sheet order, so the two
   * requests queue on the session instead of locking the same lines in two orders.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, TRAINING, [SNAPSHOT_UUID]], name: 'training' })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, FundingSourceKind.MISSION, [SNAPSHOT_UUID]], name: 'mission' })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, FundingSourceKind.STAFF_TIME, [SNAPSHOT_UUID]], name: 'staff-time' })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, FundingSourceKind.EXPENSE, [SNAPSHOT_UUID]], name: 'expense' })
  async lockSources(
    structureId: string,
    kind: FundingSourceKind,
    ids: string[],
    tx: EntityManager = this.db.manager,
  ): Promise<SourceRow[]> {
    const spec = SOURCE_SPECS[kind];
    if (kind === FundingSourceKind.TRAINING_ATTENDANCE)
      await tx.query(
        `SELECT s.id FROM collective_session s
          WHERE s.structure_id = $1
            AND s.id IN (SELECT a.session_id FROM session_attendance a WHERE a.structure_id = $1 AND a.id = ANY($2::uuid[]))
          ORDER BY s.id FOR SHARE`,
        [structureId, ids],
      );
    return tx.query(
      `SELECT ${sourceColumns(spec)} FROM ${spec.from}
        WHERE x.structure_id = $1 AND x.id = ANY($2::uuid[]) AND ${spec.where}
        ORDER BY x.id FOR UPDATE OF x`,
      [structureId, ids],
    );
  }

  /** What each agreement already funds of each source, and the allocations' versions (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, TRAINING, [SNAPSHOT_UUID]] })
  existingAllocations(
    structureId: string,
    kind: FundingSourceKind,
    sourceIds: string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ExistingAllocationRow[]> {
    const column = SOURCE_SPECS[kind].allocationColumn;
    return tx.query(
      `SELECT fa.${column} AS source_id, fa.agreement_id, ag.reference, sum(fa.quantity)::int AS quantity,
              json_agg(json_build_object('id', fa.id, 'version', fa.version)) AS stamps
         FROM funding_allocation fa
         JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
        WHERE fa.structure_id = $1 AND fa.${column} = ANY($2::uuid[])
        GROUP BY fa.${column}, fa.agreement_id, ag.reference`,
      [structureId, sourceIds],
    );
  }

  /** Grows the agreement's existing allocations of these sources by the quantities (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, TRAINING, [SNAPSHOT_UUID], [60]] })
  async increaseAllocations(
    structureId: string,
    agreementId: string,
    kind: FundingSourceKind,
    sourceIds: string[],
    quantities: number[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    const spec = SOURCE_SPECS[kind];
    await tx.query(
      `UPDATE funding_allocation fa SET quantity = fa.quantity + r.q, version = fa.version + 1, updated_at = now()
             FROM unnest($3::uuid[], $4::int[]) AS r(source_id, q)
            WHERE fa.structure_id = $1 AND fa.agreement_id = $2 AND fa.${spec.allocationColumn} = r.source_id`,
      [structureId, agreementId, sourceIds, quantities],
    );
  }

  /** Inserts one allocation per source to the agreement (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, SNAPSHOT_UUID, TRAINING, [SNAPSHOT_UUID], [60]] })
  async insertAllocations(
    structureId: string,
    userId: string,
    agreementId: string,
    kind: FundingSourceKind,
    sourceIds: string[],
    quantities: number[],
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    const spec = SOURCE_SPECS[kind];
    await tx.query(
      `INSERT INTO funding_allocation (structure_id, created_by_id, agreement_id, source_kind, ${spec.allocationColumn}, quantity)
           SELECT $1, $2, $3, $4, r.source_id, r.q FROM unnest($5::uuid[], $6::int[]) AS r(source_id, q)`,
      [structureId, userId, agreementId, kind, sourceIds, quantities],
    );
  }

  /** Deletes the allocation if it is still at `version` (any version when null); its agreement, null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 1] })
  async deleteAllocation(
    structureId: string,
    id: string,
    version: number | null,
    tx: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const [rows]: [{ agreement_id: string }[], number] = await tx.query(
      `DELETE FROM funding_allocation WHERE id = $1 AND structure_id = $2 AND ($3::int IS NULL OR version = $3)
         RETURNING agreement_id`,
      [id, structureId, version],
    );
    return rows.length ? rows[0].agreement_id : null;
  }

  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findAllocation(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<FundingAllocationEntity | null> {
    return tx.getRepository(FundingAllocationEntity).findOneBy({ id, structureId });
  }

  /** The structure's user of one of `roles`, null when none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, ['COUNSELLOR']] })
  async structureUser(
    structureId: string,
    userId: string,
    roles: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string } | null> {
    const [user]: { id: string }[] = await tx.query(
      `SELECT id FROM app_user WHERE id = $1 AND structure_id = $2 AND role::text = ANY($3::text[])`,
      [userId, structureId, roles],
    );
    return user ?? null;
  }

  /** Records staff time; its id. */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      SNAPSHOT_UUID,
      {
        userId: SNAPSHOT_UUID,
        personId: null,
        workedOn: '2026-01-05',
        minutes: 60,
        hourlyCostCents: 3000,
        description: 'x',
      },
    ],
  })
  async insertStaffTime(
    structureId: string,
    callerId: string,
    entry: {
      userId: string;
      personId: string | null;
      workedOn: string;
      minutes: number;
      hourlyCostCents: number;
      description: string;
    },
    tx: EntityManager = this.db.manager,
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO staff_time_entry (structure_id, created_by_id, user_id, person_id, worked_on, minutes, hourly_cost_cents, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        structureId,
        callerId,
        entry.userId,
        entry.personId,
        entry.workedOn,
        entry.minutes,
        entry.hourlyCostCents,
        entry.description,
      ],
    );
    return row.id;
  }

  /** Records an expense; its id. */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      SNAPSHOT_UUID,
      { incurredOn: '2026-01-05', label: 'x', amountCents: 100, proofReference: null },
    ],
  })
  async insertExpense(
    structureId: string,
    userId: string,
    expense: { incurredOn: string; label: string; amountCents: number; proofReference: string | null },
    tx: EntityManager = this.db.manager,
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO expense (structure_id, created_by_id, incurred_on, label, amount_cents, proof_reference)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [structureId, userId, expense.incurredOn, expense.label, expense.amountCents, expense.proofReference],
    );
    return row.id;
  }

  /** Sources of one kind matching `where`, with what each agreement funds of them (one statement). */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      TRAINING,
      { from: '2026-01-01', to: '2026-12-31', personId: null, onlyRemaining: true, first: 50 },
    ],
    name: 'training',
  })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, FundingSourceKind.MISSION, { id: SNAPSHOT_UUID }], name: 'mission' })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, FundingSourceKind.STAFF_TIME, { id: SNAPSHOT_UUID }], name: 'staff-time' })
  @SqlSnapshot({ params: [SNAPSHOT_UUID, FundingSourceKind.EXPENSE, { id: SNAPSHOT_UUID }], name: 'expense' })
  sourcesWhere(
    structureId: string,
    kind: FundingSourceKind,
    where: SourcesFilter,
    tx: EntityManager = this.db.manager,
  ): Promise<FundableSourceRow[]> {
    const spec = SOURCE_SPECS[kind];
    return tx.query(
      `SELECT src.*, coalesce(al.allocated, 0)::int AS allocated, coalesce(al.allocations, '[]'::json) AS allocations,
              coalesce(al.stamps, '[]'::json) AS stamps
           FROM (SELECT ${sourceColumns(spec)} FROM ${spec.from}
                  WHERE x.structure_id = $1 AND ${spec.where}
                    AND ($2::uuid IS NULL OR x.id = $2::uuid)
                    AND ($3::date IS NULL OR ${spec.date} >= $3::date)
                    AND ($4::date IS NULL OR ${spec.date} <= $4::date)
                    AND ($5::uuid IS NULL OR ${spec.personId} = $5::uuid)) src
           LEFT JOIN LATERAL (
                 SELECT sum(fa.quantity) AS allocated,
                        json_agg(json_build_object('agreementId', ag.id, 'agreementReference', ag.reference, 'quantity', fa.quantity)
                                 ORDER BY ag.reference) AS allocations,
                        json_agg(json_build_object('id', fa.id, 'version', fa.version)) AS stamps
                   FROM funding_allocation fa
                   JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
                  WHERE fa.structure_id = $1 AND fa.${spec.allocationColumn} = src.id) al ON true
          WHERE NOT $6::boolean OR src.total > coalesce(al.allocated, 0)
          ORDER BY src.date, src.label, src.person_name NULLS FIRST, src.id
          LIMIT $7`,
      [
        structureId,
        where.id ?? null,
        where.from ?? null,
        where.to ?? null,
        where.personId ?? null,
        where.onlyRemaining ?? false,
        where.first ?? 1,
      ],
    );
  }

  /** The sums each agreement's consumption is computed from, for many agreements in one statement. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  chargeRows(
    structureId: string,
    agreementIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<ChargeRow[]> {
    return tx.query(
      `SELECT fa.agreement_id,
              coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $3), 0) AS training,
              coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $4), 0) AS mission,
              coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $5), 0) AS staff_minutes,
              coalesce(sum((fa.quantity::bigint * st.hourly_cost_cents + 30) / 60) FILTER (WHERE fa.source_kind = $5), 0) AS staff_cost,
              coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $6), 0) AS expense
         FROM funding_allocation fa
         LEFT JOIN staff_time_entry st ON st.id = fa.staff_time_entry_id AND st.structure_id = fa.structure_id
        WHERE fa.structure_id = $1 AND fa.agreement_id = ANY($2::uuid[])
        GROUP BY fa.agreement_id`,
      [
        structureId,
        [...agreementIds],
        FundingSourceKind.TRAINING_ATTENDANCE,
        FundingSourceKind.MISSION,
        FundingSourceKind.STAFF_TIME,
        FundingSourceKind.EXPENSE,
      ],
    );
  }

  /** The latest `first` allocations of each agreement (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID], 20] })
  async allocationsByAgreements(
    structureId: string,
    agreementIds: readonly string[],
    first: number,
    tx: EntityManager = this.db.manager,
  ): Promise<FundingAllocationEntity[][]> {
    const rows = await tx
      .getRepository(FundingAllocationEntity)
      .createQueryBuilder('fa')
      .where(
        `fa.id IN (SELECT ranked.id FROM (
            SELECT f.id, row_number() OVER (PARTITION BY f.agreement_id ORDER BY f.created_at DESC, f.id DESC) AS n
              FROM funding_allocation f WHERE f.structure_id = :structureId AND f.agreement_id IN (:...agreementIds)
          ) ranked WHERE ranked.n <= :first)`,
        { structureId, agreementIds, first },
      )
      .andWhere('fa.structureId = :structureId', { structureId })
      .orderBy('fa.createdAt', 'DESC')
      .addOrderBy('fa.id', 'DESC')
      .getMany();
    return groupByKey(agreementIds, rows, (r) => r.agreementId);
  }

  /** Sources of one kind by id (one statement). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, TRAINING, [SNAPSHOT_UUID]] })
  sourcesByIds(
    structureId: string,
    kind: FundingSourceKind,
    sourceIds: readonly string[],
    tx: EntityManager = this.db.manager,
  ): Promise<SourceRow[]> {
    const spec = SOURCE_SPECS[kind];
    return tx.query(
      `SELECT ${sourceColumns(spec)} FROM ${spec.from} WHERE x.structure_id = $1 AND x.id = ANY($2::uuid[])`,
      [structureId, [...sourceIds]],
    );
  }
}

/** The CASE expression reading the start (or end) date of an allocation `fa`'s source, whatever its kind. */
export function allocationSourceDate(end: boolean): string {
  const date = (kind: FundingSourceKind) => {
    const spec = SOURCE_SPECS[kind];
    return `(SELECT ${end ? spec.endDate : spec.date} FROM ${spec.from} WHERE x.id = fa.${spec.allocationColumn} AND x.structure_id = fa.structure_id)`;
  };
  return `CASE fa.source_kind ${KINDS.map((k) => `WHEN '${k}' THEN ${date(k)}`).join(' ')} END`;
}
