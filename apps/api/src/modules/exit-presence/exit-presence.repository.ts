import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type ExitContractFact,
  type ExitHireFact,
  FunderKind,
  SessionKind,
  type StructureKind,
} from '@tremplin/domain';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { CountedHours, ExitScope } from './exit-presence.types';

/** A row of the presence statement (see `presenceSql`). */
export interface PresenceRawRow {
  person_id: string;
  exit_id: string | null;
  structure_id: string;
  structure_kind: StructureKind;
  exit_date: string;
  reason: string | null;
  contract_start: string | null;
  annex_reference: string | null;
  annex_start: string | null;
  annex_end: string | null;
  minutes_worked: number;
  hours?: CountedHours[] | null;
  hires?: ExitHireFact[] | null;
  contracts?: ExitContractFact[] | null;
}

/** Every recorded exit in `scope` (one row per person: an exit per person). */
const RECORDED_TARGET = `SELECT e.id AS exit_id, e.structure_id, e.person_id, e.exit_date, e.reason
    FROM pathway_exit e
   WHERE EXISTS (SELECT 1 FROM unnest($1::uuid[], $2::uuid[]) AS w(structure_id, person_id)
                  WHERE w.structure_id = e.structure_id AND (w.person_id IS NULL OR w.person_id = e.person_id))`;

/** An exit not recorded yet: $1 structure, $2 person, $3 exit date, $4 reason. */
const VIRTUAL_TARGET = `SELECT NULL::uuid AS exit_id, $1::uuid AS structure_id, $2::uuid AS person_id, $3::date AS exit_date,
         $4::varchar AS reason`;

/**
 * The statement. `counted` is THE definition of the hours worked (docs/domain/exits.md § « Heures travaillées ») —
 * missions started from the annex's first day to the exit, attendance at TRAINING sessions dated in the same days,
 * and the imported months' hours (`worked_month`) of those days — summed for the rule and listed for the exit tab, so
 * that both always agree. The hours are summed per person once (`worked`, a grouped join): a sum per exit correlated
 * to `counted` made the refresh of every exit quadratic (minutes at start on 21,000 exits).
 */
function presenceSql(target: string, details: boolean): string {
  const json = (sql: string) => `coalesce((${sql}), '[]'::json)`;
  return `WITH target AS (${target}),
  af AS (
    SELECT DISTINCT ON (t.person_id) t.person_id, a.reference, a.start_date, a.end_date
      FROM target t
      JOIN funding_agreement a ON a.structure_id = t.structure_id AND a.start_date <= t.exit_date
      JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id AND f.kind = '${FunderKind.DDETS_AIDE_AU_POSTE}'
     ORDER BY t.person_id, a.start_date DESC, a.created_at DESC, a.id DESC),
  counted AS (
    SELECT t.person_id, 'MISSION' AS source, m.id, m.start_date, m.end_date, m.minutes, m.kind, o.name AS label,
           m.site AS place
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN mission m ON m.structure_id = t.structure_id AND m.person_id = t.person_id
       AND m.start_date BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date
      JOIN partner_organisation o ON o.id = m.host_organisation_id
    UNION ALL
    SELECT t.person_id, 'TRAINING', a.id, s.session_date, s.session_date, a.minutes_attended, s.kind, s.title,
           s.training_body
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN session_attendance a ON a.structure_id = t.structure_id AND a.person_id = t.person_id
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
       AND s.kind = '${SessionKind.TRAINING}'
       AND s.session_date BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date
    UNION ALL
    SELECT t.person_id, 'WORKED_MONTH', w.id, w.month, (w.month + interval '1 month' - interval '1 day')::date,
           w.minutes, 'WORKED_MONTH', 'Heures du mois (import)', NULL
      FROM target t LEFT JOIN af ON af.person_id = t.person_id
      JOIN worked_month w ON w.structure_id = t.structure_id AND w.person_id = t.person_id
       AND w.month BETWEEN coalesce(af.start_date, '-infinity'::date) AND t.exit_date),
  worked AS (SELECT k.person_id, sum(k.minutes) AS minutes FROM counted k GROUP BY k.person_id)
  SELECT t.person_id, t.exit_id, t.structure_id, st.kind AS structure_kind, t.exit_date::text AS exit_date, t.reason,
         (SELECT min(c.start_date)::text FROM employment_contract c
           WHERE c.structure_id = t.structure_id AND c.person_id = t.person_id) AS contract_start,
         af.reference AS annex_reference, af.start_date::text AS annex_start, af.end_date::text AS annex_end,
         coalesce(wk.minutes, 0)::int AS minutes_worked${
           details
             ? `,
         ${json(`SELECT json_agg(json_build_object('source', k.source, 'id', k.id, 'startDate', k.start_date::text,
                   'endDate', k.end_date::text, 'minutes', k.minutes, 'kind', k.kind, 'label', k.label, 'place', k.place)
                   ORDER BY k.start_date, k.source, k.label, k.id)
                   FROM counted k WHERE k.person_id = t.person_id`)} AS hours,
         ${json(`SELECT json_agg(json_build_object('contractType', h.contract_type, 'startDate', h.start_date::text,
                   'employerName', h.employer_name) ORDER BY h.start_date)
                   FROM hire h WHERE h.structure_id = t.structure_id AND h.person_id = t.person_id`)} AS hires,
         ${json(`SELECT json_agg(json_build_object('kind', c.kind, 'startDate', c.start_date::text,
                   'endDate', c.end_date::text) ORDER BY c.start_date)
                   FROM employment_contract c WHERE c.structure_id = t.structure_id AND c.person_id = t.person_id`)} AS contracts`
             : ''
         }
    FROM target t
    JOIN structure st ON st.id = t.structure_id
    LEFT JOIN af ON af.person_id = t.person_id
    LEFT JOIN worked wk ON wk.person_id = t.person_id`;
}

/** The text of the statement the rule reads its facts with (part of the rule's fingerprint). */
export function presenceStatementText(): string {
  return presenceSql(RECORDED_TARGET, false);
}

const RULE_KEY = 'exit_presence_rule';

/** The stored figures of one exit, as the refresh writes them. */
export interface ExitFigures {
  exitId: string;
  counts: boolean;
  explanation: string;
  minutesWorked: number;
  contractStart: string | null;
}

/**
 * The SQL of the exits and of their minimum-presence figures (docs/adr/0011-repositories.md, docs/domain/exits.md).
 * `exit-presence.ts` holds the rule and the refresh around these statements.
 */
@Injectable()
export class ExitPresenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The facts of the recorded exits in `scope` (one statement); `details` adds the hours, hires and contracts. */
  @SqlSnapshot({ params: [[{ structureId: SNAPSHOT_UUID, personId: SNAPSHOT_UUID }], true] })
  recordedFacts(
    scope: readonly ExitScope[],
    details: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<PresenceRawRow[]> {
    return tx.query(presenceSql(RECORDED_TARGET, details), [
      scope.map((s) => s.structureId),
      scope.map((s) => s.personId),
    ]);
  }

  /** The facts of an exit about to be recorded, with the details (one statement). */
  @SqlSnapshot({
    params: [{ structureId: SNAPSHOT_UUID, personId: SNAPSHOT_UUID, exitDate: '2026-06-30', reason: null }],
  })
  async plannedFacts(
    p: { structureId: string; personId: string; exitDate: string; reason: string | null },
    tx: EntityManager = this.db.manager,
  ): Promise<PresenceRawRow> {
    const [row]: PresenceRawRow[] = await tx.query(presenceSql(VIRTUAL_TARGET, true), [
      p.structureId,
      p.personId,
      p.exitDate,
      p.reason,
    ]);
    return row;
  }

  /** The transaction-level advisory lock of these structures' exit figures, in a stable order. */
  @SqlSnapshot({ params: [[SNAPSHOT_UUID]] })
  async lock(structureIds: readonly string[], tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
      `SELECT count(pg_advisory_xact_lock(k)) FROM (
         SELECT hashtextextended('tremplin.exit_presence.' || id::text, 0) AS k FROM unnest($1::uuid[]) AS id ORDER BY 1) x`,
      [[...structureIds]],
    );
  }

  /** Writes the figures that changed (one statement); returns how many exits changed. */
  @SqlSnapshot({
    params: [[{ exitId: SNAPSHOT_UUID, counts: true, explanation: 'Compte', minutesWorked: 0, contractStart: null }]],
  })
  async updateFigures(figures: readonly ExitFigures[], tx: EntityManager = this.db.manager): Promise<number> {
    const [, changed]: [unknown, number] = await tx.query(
      `UPDATE pathway_exit e
          SET counts = v.counts, presence_explanation = v.explanation, minutes_worked = v.minutes_worked,
              contract_start = v.contract_start, updated_at = now()
         FROM unnest($1::uuid[], $2::boolean[], $3::text[], $4::int[], $5::date[])
              AS v(id, counts, explanation, minutes_worked, contract_start)
        WHERE e.id = v.id
          AND (e.counts, e.presence_explanation, e.minutes_worked, e.contract_start)
              IS DISTINCT FROM (v.counts, v.explanation, v.minutes_worked, v.contract_start)`,
      [
        figures.map((f) => f.exitId),
        figures.map((f) => f.counts),
        figures.map((f) => f.explanation),
        figures.map((f) => f.minutesWorked),
        figures.map((f) => f.contractStart),
      ],
    );
    return changed;
  }

  /** Every structure with a recorded exit. */
  @SqlSnapshot({ params: [] })
  async structuresWithExits(tx: EntityManager = this.db.manager): Promise<string[]> {
    const structures: { id: string }[] = await tx.query(`SELECT DISTINCT structure_id AS id FROM pathway_exit`);
    return structures.map((s) => s.id);
  }

  /**
   * The fingerprint of the rule the stored exit figures were computed with, locked until the transaction ends (so
   * that of two instances starting together, one recomputes and the other then finds the new fingerprint).
   */
  @SqlSnapshot({ params: [] })
  async lockRuleFingerprint(tx: EntityManager = this.db.manager): Promise<string | null> {
    await tx.query(`INSERT INTO app_state (key, value) VALUES ($1, '') ON CONFLICT (key) DO NOTHING`, [RULE_KEY]);
    const [row]: { value: string }[] = await tx.query(`SELECT value FROM app_state WHERE key = $1 FOR UPDATE`, [
      RULE_KEY,
    ]);
    return row?.value || null;
  }

  /** Records the fingerprint of the rule the stored figures now follow. */
  @SqlSnapshot({ params: ['0000'] })
  async saveRuleFingerprint(fingerprint: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(`UPDATE app_state SET value = $2, updated_at = now() WHERE key = $1`, [RULE_KEY, fingerprint]);
  }
}
