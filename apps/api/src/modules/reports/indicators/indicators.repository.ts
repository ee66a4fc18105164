/**
 * The SQL of the indicators (docs/adr/0011-repositories.md): one "records" statement per indicator family, and what
 * the dashboard and the funder reports read around them. Every records query yields the same columns:
 *   code, record_id, person_id, label (« Nom Prénom »), date, value, detail, extra (jsonb: table columns)
 * and a figure is `count(*)` or `sum(value)` of the records of its code — the dashboard, its drill-down and the
 * reports' tables all read the same records, so that a figure and the list behind it cannot disagree.
 * A family is one statement whatever the data: codes come from CROSS JOIN LATERAL (VALUES …) with an inclusion flag.
 * Running a family's records query: its figures (one statement: `count(*)` and `sum(value)` per code, plus the
 * per-month series of the codes asked, over `generate_series` of the period's months), a page of the records of one
 * code, or all the records of some codes (a report's table). Records are ordered by date, label, then their id.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  CONTRACT_STATUS_LABELS,
  ContractStatus,
  EMPLOYMENT_CONTRACT_KIND_LABELS,
  MISSION_KIND_LABELS,
  PathwayStage,
  DYNAMIC_EXIT_CATEGORIES,
  EXIT_CATEGORY_LABELS,
  EXIT_REASONS,
  ExitCategory,
  FSE_EXIT_SITUATION_LABELS,
  FSE_GENDER_LABELS,
  FSE_ISCED_LEVEL_LABELS,
  FSE_LABOUR_MARKET_STATUS_LABELS,
  FseLabourMarketStatus,
  FseSituation,
  PATHWAY_STAGE_LABELS,
  PROPOSAL_STATUS_LABELS,
  SessionKind,
  AGE_BAND_LABELS,
  AgeBand,
  DEFAULT_OPCO_HOURLY_RATE_CENTS,
  FundingSourceKind,
} from '@tremplin/domain';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../../database/repository';
import type { FunderEntity, FundingAgreementEntity } from '../../funding';
import type { CodeAggregate, FamilyFigures, IndicatorRecord, RecordScope, RecordSubject } from '@tremplin/api-reports';

/** Positional parameters of one statement. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(v: unknown, cast?: string): string {
    this.values.push(v);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}

export interface IndicatorFamily {
  key: string;
  /** The codes this family produces (a variable one ends with `.`: a prefix). */
  owns(code: string): boolean;
  /**
   * The SQL of the family's records (`code, record_id, person_id, label, date, value, detail, extra`). `wanted`: the
   * only codes the caller keeps (a table, a drill-down) — a family may leave the others out of its statement; without
   * it, every code (the figures).
   */
  records(p: SqlParams, scope: RecordScope, subject?: RecordSubject, wanted?: readonly string[]): string;
}

/**
 * A row of a family's `VALUES (code, included, d, detail)` list, evaluated for each record: its code (a literal, or a
 * prefix followed by the SQL of the rest: `rest`), when the record counts under it, the date it counts at, a detail.
 */
export interface CodeRow {
  code: string;
  rest?: string;
  included: string;
  date: string;
  detail: string;
}

/**
 * The `VALUES` rows of `rows`, only those that can produce a `wanted` code when given (each row is computed for every
 * record: for a table of one code, the other rows are work for nothing).
 */
export function codeRows(rows: readonly CodeRow[], wanted?: readonly string[]): string {
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const kept = wanted
    ? rows.filter((r) => wanted.some((w) => (r.rest === undefined ? w === r.code : w.startsWith(r.code))))
    : rows;
  if (!kept.length) return `(NULL::text, false, NULL::date, NULL::text)`;
  return kept
    .map(
      (r) =>
        `(${r.rest === undefined ? quote(r.code) : `${quote(r.code)} || ${r.rest}`}, ${r.included}, ${r.date}, ${quote(r.detail)})`,
    )
    .join(',\n        ');
}

const PERSON_LABEL = `(p.last_name || ' ' || p.first_name)`;

/** `CASE expr WHEN 'A' THEN 'label A' … ELSE expr END` from a catalogue of labels (labels are ours, quoted safely). */
export function sqlLabel(expr: string, labels: Record<string, string>): string {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  return `(CASE ${expr} ${Object.entries(labels)
    .map(([k, v]) => `WHEN ${q(k)} THEN ${q(v)}`)
    .join(' ')} ELSE ${expr}::text END)`;
}

function scoped(p: SqlParams, scope: RecordScope, alias: string): string {
  return scope.structureId === null ? 'true' : `${alias}.structure_id = ${p.add(scope.structureId, 'uuid')}`;
}

function inPeriod(p: SqlParams, scope: RecordScope, expr: string): string {
  return `${expr} BETWEEN ${p.add(scope.start, 'date')} AND ${p.add(scope.end, 'date')}`;
}

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

const EXIT_REASON_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(EXIT_REASONS).map(([k, v]) => [k, v.label]),
);

/**
 * Every employment of person `p` with the structure (docs/domain/figures.md, « Entrées »): employment contracts of any
 * kind, professionalisation contracts once started, missions (mises à disposition, missions test, remplacements) with
 * hours. Columns `id, d` (the start), `source` (tie-break: contract, contrat pro, mission), and with `detail`, what it is.
 */
function employmentsSql(detail: boolean): string {
  const text = (sql: string) => (detail ? `, ${sql} AS detail` : '');
  return `
      SELECT c.id, c.start_date AS d, 1 AS source${text(sqlLabel('c.kind', EMPLOYMENT_CONTRACT_KIND_LABELS))}
        FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
      UNION ALL
      SELECT k.id, k.start_date, 2${text(`'Contrat de professionnalisation — ' || k.job_title`)}
        FROM professionalisation_contract k
       WHERE k.structure_id = p.structure_id AND k.person_id = p.id AND k.status IN (${sqlList(STARTED_CONTRACT_STATUSES)})
      UNION ALL
      SELECT m.id, m.start_date, 3${text(`${sqlLabel('m.kind', MISSION_KIND_LABELS)} || ' chez ' || o.name`)}
        FROM mission m ${detail ? 'JOIN partner_organisation o ON o.id = m.host_organisation_id' : ''}
       WHERE m.structure_id = p.structure_id AND m.person_id = p.id AND m.minutes > 0`;
}

/** A professionalisation contract is employment once started: in force, completed, broken or renewed. */
const STARTED_CONTRACT_STATUSES = [
  ContractStatus.ACTIVE,
  ContractStatus.COMPLETED,
  ContractStatus.BROKEN,
  ContractStatus.RENEWED,
];

/** The transitions of person `p` ordered from the latest (the effective date, then the order they were recorded). */
const LATEST_FIRST = 'ORDER BY st.effective_on DESC, st.created_at DESC, st.id DESC';

/**
 * Persons of the scope read from their stage history as of the period (docs/domain/figures.md, « Personnes suivies et
 * étapes »): the stage at the period's end (the latest transition effective on or before it; before any transition,
 * the stage the first one left — none when it was the entry into the pathway; without history, the current stage),
 * the persons followed in the period (pathway begun by its end, not exited before its start) by that stage, those of
 * them employed by the structure at some point of the period (`pathway.employed`, the GIP's « salariés en
 * parcours »), and those still in the pathway at its end. A person moving after the period changes none of it.
 */
export const PATHWAY_FAMILY: IndicatorFamily = {
  key: 'pathway',
  owns: (code) => code.startsWith('stage.') || code.startsWith('pathway.'),
  records: (p, scope) => {
    const start = p.add(scope.start, 'date');
    const end = p.add(scope.end, 'date');
    return `
    SELECT c.code, p.id AS record_id, p.id AS person_id, ${PERSON_LABEL} AS label, c.d AS date, 1::bigint AS value,
           'Étape à la fin de la période : ' || ${sqlLabel('s.stage::text', PATHWAY_STAGE_LABELS)} AS detail,
           jsonb_build_object('startedOn', s.started_on, 'employed', w.employed,
                              'stage', ${sqlLabel('s.stage::text', PATHWAY_STAGE_LABELS)}) AS extra
      FROM person p
      LEFT JOIN LATERAL (
        SELECT count(*) AS n, min(st.effective_on) AS first_on,
               (array_agg(st.from_stage ORDER BY st.effective_on, st.created_at, st.id))[1] AS first_from,
               (array_agg(st.to_stage ${LATEST_FIRST}) FILTER (WHERE st.effective_on <= ${end}))[1] AS at_end,
               max(st.effective_on) FILTER (WHERE st.effective_on <= ${end}) AS at_end_since,
               (array_agg(st.to_stage ${LATEST_FIRST}) FILTER (WHERE st.effective_on < ${start}))[1] AS before_start
          FROM stage_transition st WHERE st.structure_id = p.structure_id AND st.person_id = p.id) h ON true
      LEFT JOIN LATERAL (SELECT min(u.d) AS d FROM (${employmentsSql(false)}) u) fe ON true
      LEFT JOIN referral r ON r.structure_id = p.structure_id AND r.person_id = p.id
     CROSS JOIN LATERAL (SELECT
        CASE WHEN h.n > 0 AND h.first_from IS NULL THEN h.first_on
             ELSE least((p.created_at AT TIME ZONE 'Europe/Paris')::date, h.first_on, fe.d, r.referred_on) END AS started_on,
        CASE WHEN h.at_end IS NOT NULL THEN h.at_end WHEN h.n > 0 THEN h.first_from ELSE p.stage END AS stage,
        CASE WHEN h.before_start IS NOT NULL THEN h.before_start WHEN h.n > 0 THEN h.first_from ELSE p.stage END
          AS stage_before) s
     CROSS JOIN LATERAL (SELECT s.started_on <= ${end} AND s.stage IS NOT NULL
                                AND s.stage_before IS DISTINCT FROM '${PathwayStage.EXITED}' AS followed) f
     CROSS JOIN LATERAL (SELECT f.followed AND (
          EXISTS (SELECT 1 FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
                     AND c.start_date <= ${end} AND (c.end_date IS NULL OR c.end_date >= ${start}))
          OR EXISTS (SELECT 1 FROM professionalisation_contract k
                      WHERE k.structure_id = p.structure_id AND k.person_id = p.id
                        AND k.status IN (${sqlList(STARTED_CONTRACT_STATUSES)}) AND k.start_date <= ${end}
                        AND least(k.end_date, coalesce(k.broken_on, k.end_date)) >= ${start})
          OR EXISTS (SELECT 1 FROM mission m WHERE m.structure_id = p.structure_id AND m.person_id = p.id
                        AND m.minutes > 0 AND m.start_date <= ${end} AND m.end_date >= ${start})) AS employed) w
     CROSS JOIN LATERAL (VALUES
        ('stage.' || s.stage::text, f.followed, coalesce(h.at_end_since, s.started_on)),
        ('pathway.followed', f.followed, s.started_on),
        ('pathway.employed', w.employed, s.started_on),
        ('pathway.at_end', f.followed AND s.stage <> '${PathwayStage.EXITED}', s.started_on)
     ) AS c(code, included, d)
     WHERE c.included AND ${scoped(p, scope, 'p')}`;
  },
};

/**
 * Entries: the start of each person's first employment with the structure (any kind, missions included), when it
 * falls in the period — counted once per person, in the month of that start (docs/domain/figures.md, « Entrées »).
 */
export const ENTRIES_FAMILY: IndicatorFamily = {
  key: 'entries',
  owns: (code) => code === 'entries',
  records: (p, scope) => `
    SELECT 'entries' AS code, fe.id AS record_id, p.id AS person_id, ${PERSON_LABEL} AS label, fe.d AS date,
           1::bigint AS value, fe.detail, jsonb_build_object('employment', fe.detail) AS extra
      FROM person p
     CROSS JOIN LATERAL (SELECT u.id, u.d, u.detail FROM (${employmentsSql(true)}) u
                          ORDER BY u.d, u.source, u.id LIMIT 1) fe
     WHERE ${scoped(p, scope, 'p')} AND ${inPeriod(p, scope, 'fe.d')}`,
};

/**
 * Exits of the period: all (and per category, counted or not), counted (presence rule, and per category: those add up
 * to `exits.counted`), examined, dynamic, durable.
 */
export const EXITS_FAMILY: IndicatorFamily = {
  key: 'exits',
  owns: (code) => code.startsWith('exits.'),
  records: (p, scope) => `
    SELECT c.code, e.id AS record_id, e.person_id, ${PERSON_LABEL} AS label, e.exit_date AS date, 1::bigint AS value,
           ${sqlLabel('e.category', EXIT_CATEGORY_LABELS)} || ' — '
             || ${sqlLabel('e.reason', EXIT_REASON_LABELS)}
             || CASE WHEN e.counts THEN ' — comptabilisée : ' ELSE ' — non comptabilisée : ' END
             || e.presence_explanation AS detail,
           jsonb_build_object(
             'reason', ${sqlLabel('e.reason', EXIT_REASON_LABELS)},
             'category', ${sqlLabel('e.category', EXIT_CATEGORY_LABELS)},
             'counts', e.counts,
             'minutesWorked', e.minutes_worked,
             'explanation', e.presence_explanation) AS extra
      FROM pathway_exit e
      JOIN person p ON p.id = e.person_id AND p.structure_id = e.structure_id
     CROSS JOIN LATERAL (VALUES
        ('exits.total', true),
        ('exits.' || e.category, true),
        ('exits.counted', e.counts),
        ('exits.counted.' || e.category, e.counts),
        ('exits.examined', e.counts AND e.category <> '${ExitCategory.WITHDRAWN}'),
        ('exits.dynamic', e.counts AND e.category IN (${sqlList(DYNAMIC_EXIT_CATEGORIES)})),
        ('exits.durable', e.counts AND e.category = '${ExitCategory.SUSTAINABLE_JOB}')
     ) AS c(code, included)
     WHERE c.included AND ${scoped(p, scope, 'e')} AND ${inPeriod(p, scope, 'e.exit_date')}`,
};

/**
 * Professionalisation contracts of the scope in force at some point of the period: started (in force, completed,
 * broken or renewed), begun by its end and not ended (or broken) before its start. `k` is the contract.
 */
function contractsInForce(p: SqlParams, scope: RecordScope, alias = 'k'): string {
  return `${scoped(p, scope, alias)} AND ${alias}.status IN (${sqlList(STARTED_CONTRACT_STATUSES)})
       AND ${alias}.start_date <= ${p.add(scope.end, 'date')}
       AND least(${alias}.end_date, coalesce(${alias}.broken_on, ${alias}.end_date)) >= ${p.add(scope.start, 'date')}`;
}

/**
 * Training: per attendance line of a TRAINING session of the period, the minutes the session scheduled
 * (`training.scheduled`) and those attended; per professionalisation contract in force in the period, the training
 * hours its CERFA plans for the whole contract (`training.contract_planned`, docs/domain/figures.md, « Formation »).
 */
export const TRAINING_FAMILY: IndicatorFamily = {
  key: 'training',
  owns: (code) => code.startsWith('training.'),
  records: (p, scope) => `
    SELECT c.code, a.id AS record_id, a.person_id, ${PERSON_LABEL} AS label, s.session_date AS date, c.v AS value,
           s.title || coalesce(' (' || s.training_body || ')', '') AS detail, NULL::jsonb AS extra
      FROM session_attendance a
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
      JOIN person p ON p.id = a.person_id AND p.structure_id = a.structure_id
     CROSS JOIN LATERAL (VALUES ('training.scheduled', s.planned_minutes::bigint),
                                ('training.attended', a.minutes_attended::bigint)) AS c(code, v)
     WHERE s.kind = '${SessionKind.TRAINING}' AND ${scoped(p, scope, 's')} AND ${inPeriod(p, scope, 's.session_date')}
    UNION ALL
    SELECT 'training.contract_planned', k.id, k.person_id, ${PERSON_LABEL}, k.start_date,
           k.planned_training_minutes::bigint,
           'Contrat de professionnalisation — ' || k.job_title || ' — ' || ${sqlLabel('k.status', CONTRACT_STATUS_LABELS)}
             || ' (jusqu’au ' || to_char(least(k.end_date, coalesce(k.broken_on, k.end_date)), 'DD/MM/YYYY') || ')',
           jsonb_build_object('startDate', k.start_date, 'endDate', k.end_date, 'brokenOn', k.broken_on)
      FROM professionalisation_contract k
      JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
     WHERE ${contractsInForce(p, scope)}`,
};

/**
 * Certifications: each person × certification with an exam session in the period, judged at their latest session of
 * the period on the latest result of every block up to then (`certificationOutcome`: FULL when every block is
 * acquired, PARTIAL when some are; a block only partly acquired does not count).
 */
export const CERTIFICATIONS_FAMILY: IndicatorFamily = {
  key: 'certifications',
  owns: (code) => code.startsWith('certifications.'),
  records: (p, scope) => `
    SELECT c.code, o.id AS record_id, o.person_id, ${PERSON_LABEL} AS label, o.session_date AS date, 1::bigint AS value,
           o.title || ' — ' || o.acquired || ' bloc(s) acquis sur ' || o.blocks AS detail,
           jsonb_build_object('certification', o.title, 'acquired', o.acquired, 'blocks', o.blocks) AS extra
      FROM (
        SELECT cand.*, cert.title,
               (SELECT count(*) FROM certification_block b WHERE b.certification_id = cand.certification_id)::int AS blocks,
               (SELECT count(*) FROM (
                  SELECT DISTINCT ON (r.block_id) r.result
                    FROM exam_result r
                    JOIN exam_session s2 ON s2.id = r.exam_session_id AND s2.structure_id = r.structure_id
                    JOIN certification_block b2 ON b2.id = r.block_id AND b2.certification_id = cand.certification_id
                   WHERE s2.structure_id = cand.structure_id AND s2.person_id = cand.person_id
                     AND s2.certification_id = cand.certification_id AND s2.session_date <= cand.session_date
                   ORDER BY r.block_id, s2.session_date DESC, s2.created_at DESC, s2.id DESC) latest
                 WHERE latest.result = 'FULL')::int AS acquired
          FROM (SELECT DISTINCT ON (es.person_id, es.certification_id)
                       es.id, es.structure_id, es.person_id, es.certification_id, es.session_date
                  FROM exam_session es
                 WHERE ${scoped(p, scope, 'es')} AND ${inPeriod(p, scope, 'es.session_date')}
                 ORDER BY es.person_id, es.certification_id, es.session_date DESC, es.created_at DESC, es.id DESC) cand
          JOIN certification cert ON cert.id = cand.certification_id
      ) o
      JOIN person p ON p.id = o.person_id AND p.structure_id = o.structure_id
     CROSS JOIN LATERAL (VALUES
        ('certifications.candidates', true),
        ('certifications.full', o.blocks > 0 AND o.acquired >= o.blocks),
        ('certifications.partial', o.acquired > 0 AND NOT (o.blocks > 0 AND o.acquired >= o.blocks))
     ) AS c(code, included)
     WHERE c.included`,
};

function retentionRecords(p: SqlParams, scope: RecordScope, hireFilter: string): string {
  return `
    SELECT c.code, r.id AS record_id, r.person_id, ${PERSON_LABEL} AS label, r.checked_on AS date, 1::bigint AS value,
           h.employer_name || ' — ' || r.months_after || ' mois : '
             || CASE WHEN r.still_employed THEN 'toujours en poste' ELSE 'plus en poste' END AS detail,
           jsonb_build_object('employer', h.employer_name, 'hireStart', h.start_date, 'monthsAfter', r.months_after,
                              'stillEmployed', r.still_employed) AS extra
      FROM retention_check r
      JOIN hire h ON h.id = r.hire_id AND h.structure_id = r.structure_id
      JOIN person p ON p.id = r.person_id AND p.structure_id = r.structure_id
     CROSS JOIN LATERAL (VALUES ('retention.' || r.months_after || '.checked', true),
                                ('retention.' || r.months_after || '.employed', r.still_employed)) AS c(code, included)
     WHERE c.included AND r.months_after IN (6, 12) AND ${hireFilter}
       AND ${scoped(p, scope, 'r')} AND ${inPeriod(p, scope, 'r.checked_on')}`;
}

/** Hires starting in the period, and the 6- and 12-month retention checks made in the period. */
export const EMPLOYMENT_FAMILY: IndicatorFamily = {
  key: 'employment',
  owns: (code) => code === 'hires' || code.startsWith('retention.'),
  records: (p, scope) => `
    SELECT 'hires' AS code, h.id AS record_id, h.person_id, ${PERSON_LABEL} AS label, h.start_date AS date,
           1::bigint AS value, h.employer_name || ' — ' || h.contract_type || coalesce(' — ' || h.job_title, '') AS detail,
           jsonb_build_object('employer', h.employer_name, 'contractType', h.contract_type, 'jobTitle', h.job_title) AS extra
      FROM hire h
      JOIN person p ON p.id = h.person_id AND p.structure_id = h.structure_id
     WHERE ${scoped(p, scope, 'h')} AND ${inPeriod(p, scope, 'h.start_date')}
    UNION ALL ${retentionRecords(p, scope, 'true')}`,
};

/** The first and last day of the calendar years the period touches (hiring targets are yearly). */
function periodYears(p: SqlParams, scope: RecordScope): { from: string; to: string } {
  return {
    from: `make_date(extract(year FROM ${p.add(scope.start, 'date')})::int, 1, 1)`,
    to: `make_date(extract(year FROM ${p.add(scope.end, 'date')})::int, 12, 31)`,
  };
}

/** `ps` active at some point of the period. */
function activeInPeriod(p: SqlParams, scope: RecordScope, alias: string): string {
  return `${alias}.started_on <= ${p.add(scope.end, 'date')}
             AND (${alias}.ended_on IS NULL OR ${alias}.ended_on >= ${p.add(scope.start, 'date')})`;
}

/**
 * The partnerships whose hires count towards a hiring target shown for the period, each with its target holder
 * (`holder`, the figure's code): a partnership with its own targets, active in the period, is its own holder
 * (`partnership.<id>`); the partnerships of a group sharing a target are all held by the group
 * (`partnership.group.<id>`) when one of them is active in the period (docs/domain/figures.md, « Objectifs »).
 */
function targetHoldersSql(p: SqlParams, scope: RecordScope): string {
  return `SELECT ps.id, ps.structure_id, ps.partner_organisation_id, ps.group_id,
                 CASE WHEN ps.group_id IS NULL THEN 'partnership.' || ps.id
                      ELSE 'partnership.group.' || ps.group_id END AS holder
            FROM partnership ps
           WHERE ${scoped(p, scope, 'ps')}
             AND CASE WHEN ps.group_id IS NULL THEN ${activeInPeriod(p, scope, 'ps')}
                      ELSE EXISTS (SELECT 1 FROM partnership a WHERE a.group_id = ps.group_id
                                      AND ${activeInPeriod(p, scope, 'a')}) END`;
}

/** Hiring-target progress per target holder: hires at its landlord(s) starting in the period's year(s). */
export const PARTNERSHIPS_FAMILY: IndicatorFamily = {
  key: 'partnerships',
  owns: (code) => code.startsWith('partnership.'),
  records: (p, scope) => {
    const y = periodYears(p, scope);
    return `
    SELECT ps.holder AS code, h.id AS record_id, h.person_id, ${PERSON_LABEL} AS label,
           h.start_date AS date, 1::bigint AS value, h.employer_name || ' — ' || h.contract_type AS detail,
           NULL::jsonb AS extra
      FROM (${targetHoldersSql(p, scope)}) ps
      JOIN hire h ON h.structure_id = ps.structure_id AND h.employer_organisation_id = ps.partner_organisation_id
      JOIN person p ON p.id = h.person_id AND p.structure_id = h.structure_id
     WHERE h.start_date BETWEEN ${y.from} AND ${y.to}`;
  },
};

/** A target holder of the period: its code, its landlord(s) (by name), its group's name and its target. */
export interface TargetHolderRow {
  code: string;
  group_name: string | null;
  landlords: string;
  structure_name: string;
  target: number | null;
}

/**
 * The target holders of the period (see `targetHoldersSql`) with their landlords' names, the structure's, and the sum
 * of their targets of the period's years (null when none is set). Ordered by name (the group's, else the landlord's).
 */
export function partnershipTargetsSql(p: SqlParams, scope: RecordScope): string {
  const y = periodYears(p, scope);
  return `
    WITH hs AS (${targetHoldersSql(p, scope)})
    SELECT hs.holder AS code, min(g.name) AS group_name, string_agg(o.name, ', ' ORDER BY o.name) AS landlords,
           min(st.name) AS structure_name,
           (SELECT sum(t.hires) FROM hiring_target t
             WHERE coalesce('partnership.group.' || t.group_id, 'partnership.' || t.partnership_id) = hs.holder
               AND t.year BETWEEN extract(year FROM ${y.from})::int AND extract(year FROM ${y.to})::int)::int AS target
      FROM hs
      JOIN partner_organisation o ON o.id = hs.partner_organisation_id
      JOIN structure st ON st.id = hs.structure_id
      LEFT JOIN partnership_group g ON g.id = hs.group_id
     GROUP BY hs.holder
     ORDER BY coalesce(min(g.name), min(o.name)), min(st.name), hs.holder`;
}

/** Professionalisation contracts by stored status. */
export const CONTRACTS_FAMILY: IndicatorFamily = {
  key: 'contracts',
  owns: (code) => code.startsWith('contracts.'),
  records: (p, scope) => `
    SELECT 'contracts.' || c.status AS code, c.id AS record_id, c.person_id, ${PERSON_LABEL} AS label,
           c.start_date AS date, 1::bigint AS value,
           c.job_title || ' — ' || ${sqlLabel('c.status', CONTRACT_STATUS_LABELS)} AS detail, NULL::jsonb AS extra
      FROM professionalisation_contract c
      JOIN person p ON p.id = c.person_id AND p.structure_id = c.structure_id
     WHERE ${scoped(p, scope, 'c')}`,
};

/** Mission hours: missions starting in the period, their minutes. */
export const MISSIONS_FAMILY: IndicatorFamily = {
  key: 'missions',
  owns: (code) => code === 'missions.minutes',
  records: (p, scope) => `
    SELECT 'missions.minutes' AS code, m.id AS record_id, m.person_id, ${PERSON_LABEL} AS label, m.start_date AS date,
           m.minutes::bigint AS value, 'Mission chez ' || o.name || coalesce(' (' || m.site || ')', '') AS detail,
           jsonb_build_object('host', o.name, 'endDate', m.end_date, 'kind', m.kind) AS extra
      FROM mission m
      JOIN partner_organisation o ON o.id = m.host_organisation_id
      JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
     WHERE ${scoped(p, scope, 'm')} AND ${inPeriod(p, scope, 'm.start_date')}`,
};

/** The dashboard's families, in section order. */
export const DASHBOARD_FAMILIES: IndicatorFamily[] = [
  PATHWAY_FAMILY,
  ENTRIES_FAMILY,
  EXITS_FAMILY,
  TRAINING_FAMILY,
  CERTIFICATIONS_FAMILY,
  EMPLOYMENT_FAMILY,
  PARTNERSHIPS_FAMILY,
  CONTRACTS_FAMILY,
];

/**
 * Age in whole years on the entry date, from the person's birth date (the participant record keeps the birth year
 * only, which cannot give an exact age): the year difference, less one when the entry falls before the birthday in
 * its year — the arithmetic of `ageOn` (a birthday on 29/02 comes on 01/03 in other years, as in PostgreSQL's age()).
 */
const AGE_SQL = `(extract(year FROM f.entry_date)::int - extract(year FROM p.birth_date)::int
  - CASE WHEN to_char(f.entry_date, 'MMDD') < to_char(p.birth_date, 'MMDD') THEN 1 ELSE 0 END)`;
/**
 * `ageBand` in SQL. person.birth_date is required, so a participant with an entry date always has a band; `missing`
 * would only come from an exit recorded without an entry date, which the participant form refuses.
 */
const AGE_BAND_SQL = `(CASE WHEN f.entry_date IS NULL THEN NULL
  WHEN ${AGE_SQL} < 18 THEN '${AgeBand.UNDER_18}' WHEN ${AGE_SQL} < 30 THEN '${AgeBand.FROM_18_TO_29}'
  WHEN ${AGE_SQL} >= 55 THEN '${AgeBand.FROM_55}' ELSE '${AgeBand.FROM_30_TO_54}' END)`;

const UNEMPLOYED_STATUSES = [FseLabourMarketStatus.LONG_TERM_UNEMPLOYED, FseLabourMarketStatus.UNEMPLOYED];

/** The breakdown rows of a moment (`entry` or `exit`): gender, age band at entry and ISCED level, missing included. */
function fseProfileRows(moment: 'entry' | 'exit', included: string, date: string): CodeRow[] {
  return [
    { code: `fse.${moment}.gender.`, rest: `coalesce(f.gender, 'missing')`, included, date, detail: 'Genre' },
    {
      code: `fse.${moment}.age.`,
      rest: `coalesce(ab.age_band, 'missing')`,
      included,
      date,
      detail: 'Âge à l’entrée',
    },
    {
      code: `fse.${moment}.isced.`,
      rest: `coalesce(f.isced_level, 'missing')`,
      included,
      date,
      detail: 'Niveau d’études',
    },
  ];
}

/** The rows of the FSE+ family's `VALUES` list, over one participant `f`. */
const FSE_ROWS: CodeRow[] = [
  {
    code: 'fse.participants',
    included: 'f.at_entry OR f.at_exit OR f.checked',
    date: 'coalesce(f.entry_date, f.exit_date)',
    detail: 'Participant·e',
  },
  {
    code: 'fse.short_operation',
    included: 'f.short_op',
    date: 'coalesce(f.entry_date, f.exit_date)',
    detail: 'Personne accompagnée par une opération d’un jour ou moins (pas un·e participant·e)',
  },
  { code: 'fse.entry.total', included: 'f.at_entry', date: 'f.entry_date', detail: 'Entrée' },
  ...fseProfileRows('entry', 'f.at_entry', 'f.entry_date'),
  {
    code: 'fse.entry.status.',
    rest: `coalesce(f.labour_market_status, 'missing')`,
    included: 'f.at_entry',
    date: 'f.entry_date',
    detail: 'Situation sur le marché du travail',
  },
  {
    code: 'fse.entry.unemployed',
    included: `f.at_entry AND f.labour_market_status IN (${sqlList(UNEMPLOYED_STATUSES)})`,
    date: 'f.entry_date',
    detail: 'Chômeur·se, y compris de longue durée',
  },
  ...Object.values(FseSituation).map((v) => ({
    code: `fse.entry.situation.${v}`,
    included: `f.at_entry AND '${v}' = ANY(f.situations)`,
    date: 'f.entry_date',
    detail: 'Situation à l’entrée',
  })),
  {
    code: 'fse.entry.situations.declined',
    included: 'f.at_entry AND f.situations_answered IS NOT TRUE',
    date: 'f.entry_date',
    detail: 'Questions de situation non répondues',
  },
  { code: 'fse.exit.total', included: 'f.at_exit', date: 'f.exit_date', detail: 'Sortie' },
  ...fseProfileRows('exit', 'f.at_exit', 'f.exit_date'),
  {
    code: 'fse.exit.situation.',
    rest: `coalesce(f.exit_situation, 'missing')`,
    included: 'f.at_exit',
    date: 'f.exit_date',
    detail: 'Situation à la sortie',
  },
  { code: 'fse.six_months.checked', included: 'f.checked', date: 'f.six_months_checked_on', detail: 'Suivi à 6 mois' },
  {
    code: 'fse.six_months.employed',
    included: 'f.checked AND f.six_months_employed IS TRUE',
    date: 'f.six_months_checked_on',
    detail: 'En emploi 6 mois après la sortie',
  },
  {
    code: 'fse.six_months.improved',
    included: 'f.checked AND f.six_months_improved_situation IS TRUE',
    date: 'f.six_months_checked_on',
    detail: 'Situation améliorée 6 mois après la sortie',
  },
];

/**
 * FSE+ participants of the agreement (IAE-RULES §4, Reg. 2021/1057 Annex I):
 * - at entry (entry date in the period) by gender, exact age band at entry, ISCED level and labour-market status,
 *   missing data included; the unemployed including the long-term unemployed; the situations declared at entry
 *   (disability, third-country national, foreign background, minority, homelessness, rural area — counts only: the
 *   participants' table never lists who declared what);
 * - at exit (exit date in the period) by gender, age band at entry, ISCED level (the characteristics collected at
 *   entry: nothing else is stored at exit) and by situation at exit (the labour-market outcome);
 * - 6-month outcomes (check in the period).
 * `fse.participants` lists everyone with an entry, exit or check in the period (the participants' table).
 * An operation of one day or less creates no participant (§4): when the agreement's end date is not after its start
 * date, nobody is counted and the persons enrolled are listed under `fse.short_operation` instead. The rule is applied
 * to the operation (the agreement), as written; a participant's own stay is not judged by it.
 * Training minutes are summed per participant by a correlated sub-query (index lookups on the person's attendance):
 * a grouped join over the agreement's attendance was tried, and without fresh planner statistics (right after a bulk
 * import) PostgreSQL nested-looped it — 117 s instead of 1.8 s for 15,000 participants. The figures' statement does
 * not read the minutes, and PostgreSQL does not compute them there.
 */
export const FSE_FAMILY: IndicatorFamily = {
  key: 'fse',
  owns: (code) => code.startsWith('fse.'),
  records: (p, scope, subject, wanted) => {
    const agreementId = p.add(subject?.agreementId ?? null, 'uuid');
    return `
    SELECT c.code, f.id AS record_id, f.person_id, ${PERSON_LABEL} AS label, c.d AS date, 1::bigint AS value,
           c.detail, jsonb_build_object(
             'entryDate', f.entry_date,
             'gender', ${sqlLabel('f.gender', FSE_GENDER_LABELS)},
             'ageBand', ${sqlLabel('ab.age_band', AGE_BAND_LABELS)},
             'isced', ${sqlLabel('f.isced_level', FSE_ISCED_LEVEL_LABELS)},
             'status', ${sqlLabel('f.labour_market_status', FSE_LABOUR_MARKET_STATUS_LABELS)},
             'exitDate', f.exit_date,
             'exitSituation', ${sqlLabel('f.exit_situation', FSE_EXIT_SITUATION_LABELS)},
             'sixMonthsCheckedOn', f.six_months_checked_on,
             'sixMonthsEmployed', f.six_months_employed,
             'sixMonthsImproved', f.six_months_improved_situation,
             'trainingMinutes', f.training_minutes) AS extra
      FROM (SELECT f0.*, op.counts AND w.entry AS at_entry, op.counts AND w.exit AS at_exit,
                   op.counts AND w.checked AS checked, NOT op.counts AND (w.entry OR w.exit OR w.checked) AS short_op,
                   coalesce((SELECT sum(a.minutes_attended) FROM session_attendance a
                               JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                              WHERE a.structure_id = f0.structure_id AND a.person_id = f0.person_id
                                AND s.kind = '${SessionKind.TRAINING}'
                                AND ${inPeriod(p, scope, 's.session_date')}), 0)::int AS training_minutes
              FROM fse_participant f0
              JOIN funding_agreement ag ON ag.id = f0.agreement_id AND ag.structure_id = f0.structure_id
             CROSS JOIN LATERAL (SELECT ag.end_date > ag.start_date AS counts) op
             CROSS JOIN LATERAL (SELECT
                     f0.entry_date IS NOT NULL AND ${inPeriod(p, scope, 'f0.entry_date')} AS entry,
                     f0.exit_date IS NOT NULL AND ${inPeriod(p, scope, 'f0.exit_date')} AS exit,
                     f0.six_months_checked_on IS NOT NULL AND ${inPeriod(p, scope, 'f0.six_months_checked_on')} AS checked) w
             WHERE ${scoped(p, scope, 'f0')} AND f0.agreement_id = ${agreementId}) f
      JOIN person p ON p.id = f.person_id AND p.structure_id = f.structure_id
     -- The age band once per participant (OFFSET 0 keeps PostgreSQL from copying the expression into every use).
     CROSS JOIN LATERAL (SELECT ${AGE_BAND_SQL} AS age_band OFFSET 0) ab
     CROSS JOIN LATERAL (VALUES ${codeRows(FSE_ROWS, wanted)}
     ) AS c(code, included, d, detail)
     WHERE c.included`;
  },
};

/** The amount the OPCO owes for a justified number of minutes (`opcoAmountCents`), in SQL. */
const OPCO_AMOUNT_SQL = `((o.justified::bigint * o.rate + 30) / 60)`;

/**
 * OPCO: the contracts of the structure whose OPCO is the agreement's funder, active at some point in the period
 * (started, completed, broken or renewed, with dates overlapping it). Justified minutes = TRAINING minutes attended in
 * the period within the contract's dates (until its break), capped at the planned minutes; amount = `opcoAmountCents`
 * at the contract's rate, else the OPCO's, else 9,15 €.
 */
export const OPCO_FAMILY: IndicatorFamily = {
  key: 'opco',
  owns: (code) => code.startsWith('opco.'),
  records: (p, scope, subject) => {
    const start = p.add(scope.start, 'date');
    const end = p.add(scope.end, 'date');
    return `
    SELECT c.code, o.id AS record_id, o.person_id, ${PERSON_LABEL} AS label, o.start_date AS date, c.v AS value,
           o.job_title || ' — ' || ${sqlLabel('o.status', CONTRACT_STATUS_LABELS)} AS detail,
           jsonb_build_object('status', ${sqlLabel('o.status', CONTRACT_STATUS_LABELS)}, 'startDate', o.start_date,
             'endDate', o.end_date, 'brokenOn', o.broken_on, 'fileNumber', o.opco_file_number,
             'plannedMinutes', o.planned_training_minutes, 'attendedMinutes', o.attended,
             'justifiedMinutes', o.justified, 'hourlyRateCents', o.rate, 'amountCents', ${OPCO_AMOUNT_SQL}) AS extra
      FROM (
        SELECT k.*, least(k.attended, k.planned_training_minutes) AS justified
          FROM (
            SELECT ct.id, ct.structure_id, ct.person_id, ct.status, ct.job_title, ct.start_date, ct.end_date, ct.broken_on,
                   ct.opco_file_number, ct.planned_training_minutes,
                   coalesce(ct.hourly_rate_cents, fu.hourly_rate_cents, ${DEFAULT_OPCO_HOURLY_RATE_CENTS})::bigint AS rate,
                   coalesce((SELECT sum(a.minutes_attended)
                               FROM session_attendance a
                               JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                              WHERE a.structure_id = ct.structure_id AND a.person_id = ct.person_id
                                AND s.kind = '${SessionKind.TRAINING}'
                                AND s.session_date >= greatest(ct.start_date, ${start})
                                AND s.session_date <= least(ct.end_date, coalesce(ct.broken_on, ct.end_date), ${end})
                   ), 0)::int AS attended
              FROM professionalisation_contract ct
              JOIN funder fu ON fu.id = ct.opco_funder_id AND fu.structure_id = ct.structure_id
             WHERE ${contractsInForce(p, scope, 'ct')}
               AND ct.opco_funder_id = ${p.add(subject?.opcoFunderId ?? null, 'uuid')}
          ) k
      ) o
      JOIN person p ON p.id = o.person_id AND p.structure_id = o.structure_id
     CROSS JOIN LATERAL (VALUES ('opco.contracts', 1::bigint), ('opco.planned', o.planned_training_minutes::bigint),
                                ('opco.attended', o.attended::bigint),
                                ('opco.justified', o.justified::bigint), ('opco.amount', ${OPCO_AMOUNT_SQL})
     ) AS c(code, v)`;
  },
};

/**
 * A landlord partnership: proposals to the landlord made in the period (by status; validated = validated or hired),
 * hires at the landlord starting in the period (all, and from a proposal), hires in the period's year(s) against the
 * target, and the 6/12-month retention checks of hires at the landlord made in the period. When the partnership shares
 * its target (a group), `partnership.group_hires_year` holds the hires of the period's year(s) at every landlord of
 * the group, the figure the shared target is compared with (docs/domain/figures.md, « Objectifs »).
 */
export const PARTNERSHIP_REPORT_FAMILY: IndicatorFamily = {
  key: 'partnership',
  owns: (code) => code.startsWith('partnership.') || code.startsWith('retention.'),
  records: (p, scope, subject) => {
    const y = periodYears(p, scope);
    const ps = `(${partnershipsSqlAny(p, subject)})`;
    return `
    SELECT c.code, pr.id AS record_id, pr.person_id, ${PERSON_LABEL} AS label,
           (pr.proposed_at AT TIME ZONE 'Europe/Paris')::date AS date, 1::bigint AS value,
           n.job_title || ' — ' || ${sqlLabel('pr.status', PROPOSAL_STATUS_LABELS)} AS detail,
           jsonb_build_object('need', n.job_title, 'status', ${sqlLabel('pr.status', PROPOSAL_STATUS_LABELS)},
                              'validated', pr.status IN ('VALIDATED', 'HIRED')) AS extra
      FROM ${ps} ps
      JOIN proposal pr ON pr.structure_id = ps.structure_id AND pr.partner_organisation_id = ps.partner_organisation_id
      JOIN hiring_need n ON n.id = pr.hiring_need_id
      JOIN person p ON p.id = pr.person_id AND p.structure_id = pr.structure_id
     CROSS JOIN LATERAL (VALUES ('partnership.proposals', true), ('partnership.proposals.' || pr.status, true),
                                ('partnership.validated', pr.status IN ('VALIDATED', 'HIRED'))) AS c(code, included)
     WHERE c.included AND ${inPeriod(p, scope, `(pr.proposed_at AT TIME ZONE 'Europe/Paris')::date`)}
    UNION ALL
    SELECT c.code, h.id AS record_id, h.person_id, ${PERSON_LABEL} AS label, h.start_date AS date, 1::bigint AS value,
           h.employer_name || ' — ' || h.contract_type || coalesce(' — ' || h.job_title, '') AS detail,
           jsonb_build_object('contractType', h.contract_type, 'jobTitle', h.job_title, 'employer', h.employer_name,
                              'fromProposal', hp.hire_id IS NOT NULL, 'inPeriod', c.in_period) AS extra
      FROM (SELECT m.structure_id, m.partner_organisation_id, m.group_id, m.id = s.id AS is_subject
              FROM ${ps} s JOIN partnership m ON m.id = s.id OR m.group_id = s.group_id) ps
      JOIN hire h ON h.structure_id = ps.structure_id AND h.employer_organisation_id = ps.partner_organisation_id
      JOIN person p ON p.id = h.person_id AND p.structure_id = h.structure_id
      LEFT JOIN (SELECT DISTINCT hire_id FROM proposal WHERE hire_id IS NOT NULL) hp ON hp.hire_id = h.id
     CROSS JOIN LATERAL (SELECT ${inPeriod(p, scope, 'h.start_date')} AS in_period) ip
     CROSS JOIN LATERAL (VALUES ('partnership.hires_year', ps.is_subject, ip.in_period),
                                ('partnership.hires', ps.is_subject AND ip.in_period, ip.in_period),
                                ('partnership.hires.from_proposals',
                                 ps.is_subject AND ip.in_period AND hp.hire_id IS NOT NULL, ip.in_period),
                                ('partnership.group_hires_year', ps.group_id IS NOT NULL, ip.in_period)
     ) AS c(code, included, in_period)
     WHERE c.included AND h.start_date BETWEEN ${y.from} AND ${y.to}
    UNION ALL ${retentionRecords(
      p,
      scope,
      `EXISTS (SELECT 1 FROM ${ps} ps WHERE ps.structure_id = h.structure_id AND ps.partner_organisation_id = h.employer_organisation_id)`,
    )}`;
  },
};

/** The partnership reported on, whatever its dates (the report is asked for it). */
function partnershipsSqlAny(p: SqlParams, subject?: RecordSubject): string {
  return `SELECT id, structure_id, partner_organisation_id, group_id FROM partnership WHERE id = ${p.add(
    subject?.partnershipId ?? null,
    'uuid',
  )}`;
}

// ---- Running a family's records query ----

/** What runs a statement: an EntityManager (a transaction), or any `{ query }` (the benchmark's raw pool). */
export type Db = Pick<EntityManager, 'query'>;

const ORDER = `ORDER BY r.date NULLS LAST, r.label, r.record_id`;

interface RawRecord {
  code: string;
  record_id: string;
  person_id: string | null;
  label: string;
  date: string | Date | null;
  /** `date` as text (YYYY-MM-DD): pg returns a \`date\` column as a JS Date, which GraphQL would print as a number. */
  date_iso: string | null;
  value: string | number;
  detail: string | null;
  extra: Record<string, unknown> | null;
}

function toRecord(r: RawRecord): IndicatorRecord {
  return {
    code: r.code,
    recordId: r.record_id,
    personId: r.person_id,
    label: r.label,
    date: r.date_iso,
    value: Number(r.value),
    detail: r.detail,
    extra: r.extra,
  };
}

/** The figures of one family (one statement). */
export async function familyFigures(
  db: Db,
  family: IndicatorFamily,
  scope: RecordScope,
  subject?: RecordSubject,
  monthlyCodes: string[] = [],
): Promise<FamilyFigures> {
  const p = new SqlParams();
  const records = family.records(p, scope, subject);
  const monthly = monthlyCodes.length
    ? `UNION ALL
       SELECT c.code, to_char(m.month, 'YYYY-MM') AS month, count(r.record_id)::int AS n,
              coalesce(sum(r.value), 0)::bigint AS total
         FROM generate_series(date_trunc('month', ${p.add(scope.start, 'date')}::timestamp),
                              ${p.add(scope.end, 'date')}::timestamp, interval '1 month') AS m(month)
        CROSS JOIN unnest(${p.add(monthlyCodes, 'text[]')}) AS c(code)
         LEFT JOIN rec r ON r.code = c.code AND date_trunc('month', r.date::timestamp) = m.month
        GROUP BY c.code, m.month`
    : '';
  const rows: { code: string; month: string | null; n: number; total: string }[] = await db.query(
    `WITH rec AS (${records})
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     ${monthly}
     ORDER BY 1, 2 NULLS FIRST`,
    p.values,
  );
  const byCode = new Map<string, CodeAggregate>();
  const monthlyMap = new Map<string, CodeAggregate[]>();
  const months: string[] = [];
  for (const r of rows) {
    const agg = { count: Number(r.n), sum: Number(r.total) };
    if (r.month === null) byCode.set(r.code, agg);
    else {
      if (!months.includes(r.month)) months.push(r.month);
      const list = monthlyMap.get(r.code) ?? [];
      list.push(agg);
      monthlyMap.set(r.code, list);
    }
  }
  months.sort();
  return { byCode, months, monthly: monthlyMap };
}

/** A page of the records of one code, with their total count and the sum of their values (one statement). */
export async function recordsPage(
  db: Db,
  family: IndicatorFamily,
  scope: RecordScope,
  code: string,
  first: number,
  offset: number,
  subject?: RecordSubject,
): Promise<{ totalCount: number; sum: number; items: IndicatorRecord[] }> {
  const p = new SqlParams();
  const records = family.records(p, scope, subject, [code]);
  const rows: (RawRecord & { total_count: number; total_sum: string })[] = await db.query(
    `WITH rec AS (${records}), sel AS (SELECT * FROM rec WHERE code = ${p.add(code, 'text')})
     SELECT (SELECT count(*) FROM sel)::int AS total_count, (SELECT coalesce(sum(value), 0) FROM sel)::bigint AS total_sum,
            page.*, page.date::text AS date_iso
       FROM (SELECT 1) AS one
       LEFT JOIN LATERAL (SELECT * FROM sel r ${ORDER} LIMIT ${p.add(first, 'int')} OFFSET ${p.add(offset, 'int')}) page
         ON true`,
    p.values,
  );
  const head = rows[0];
  return {
    totalCount: Number(head?.total_count ?? 0),
    sum: Number(head?.total_sum ?? 0),
    items: rows.filter((r) => r.record_id !== null).map(toRecord),
  };
}

/** Every record of the given codes (a report's table), each record once, in order (one statement). */
export async function recordsOf(
  db: Db,
  family: IndicatorFamily,
  scope: RecordScope,
  codes: string[],
  subject?: RecordSubject,
): Promise<IndicatorRecord[]> {
  const p = new SqlParams();
  const records = family.records(p, scope, subject, codes);
  const rows: RawRecord[] = await db.query(
    `WITH rec AS (${records})
     SELECT DISTINCT ON (r.date, r.label, r.record_id) r.*, r.date::text AS date_iso
       FROM rec r WHERE r.code = ANY(${p.add(codes, 'text[]')})
      ${ORDER}`,
    p.values,
  );
  return rows.map(toRecord);
}

// ---- The repository ----

/** An agreement a report is on, with its funder and its structure (dates as text, the amount as pg gives a bigint). */
export type AgreementRow = RowOf<
  FundingAgreementEntity,
  'id' | 'reference' | 'title' | 'funderId' | 'coFinancingRateBp' | 'hourlyRateCents' | 'startDate' | 'endDate'
> &
  As<'funder_name', FunderEntity['name']> &
  As<'funder_kind', FunderEntity['kind']> &
  As<'amount_granted_cents', string> &
  As<'structure_name', string>;

/** The sums an agreement's consumption is computed from (bigint sums, as text). */
export interface AgreementChargesRow {
  training: string;
  mission: string;
  staff_minutes: string;
  staff_cost: string;
  expense: string;
}

/** A partnership a report is on: its landlord, its structure, its group and landlords, its target of the period. */
export interface PartnershipReportRow {
  id: string;
  partner_name: string;
  structure_name: string;
  group_name: string | null;
  landlords: string | null;
  target: number | null;
}

/** The structure's targets of a year, as stored. */
export interface StructureTargetRow {
  dynamic_exit_rate_bp: number;
  durable_employment_rate_bp: number;
}

const SNAPSHOT_SCOPE: RecordScope = { structureId: SNAPSHOT_UUID, start: '2026-01-01', end: '2026-12-31' };
const SNAPSHOT_NETWORK: RecordScope = { structureId: null, start: '2026-01-01', end: '2026-12-31' };

@Injectable()
export class IndicatorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The figures of one family (one statement), with the per-month series of `monthlyCodes`. */
  @SqlSnapshot({ name: 'pathway', params: [PATHWAY_FAMILY, SNAPSHOT_SCOPE] })
  @SqlSnapshot({ name: 'pathway, réseau', params: [PATHWAY_FAMILY, SNAPSHOT_NETWORK] })
  @SqlSnapshot({ name: 'entries', params: [ENTRIES_FAMILY, SNAPSHOT_SCOPE, undefined, ['entries']] })
  @SqlSnapshot({ name: 'exits', params: [EXITS_FAMILY, SNAPSHOT_SCOPE, undefined, ['exits.total']] })
  @SqlSnapshot({
    name: 'training',
    params: [TRAINING_FAMILY, SNAPSHOT_SCOPE, undefined, ['training.scheduled', 'training.attended']],
  })
  @SqlSnapshot({ name: 'certifications', params: [CERTIFICATIONS_FAMILY, SNAPSHOT_SCOPE] })
  @SqlSnapshot({ name: 'employment', params: [EMPLOYMENT_FAMILY, SNAPSHOT_SCOPE] })
  @SqlSnapshot({ name: 'partnerships', params: [PARTNERSHIPS_FAMILY, SNAPSHOT_SCOPE] })
  @SqlSnapshot({ name: 'contracts', params: [CONTRACTS_FAMILY, SNAPSHOT_SCOPE] })
  @SqlSnapshot({ name: 'missions', params: [MISSIONS_FAMILY, SNAPSHOT_SCOPE] })
  @SqlSnapshot({ name: 'fse', params: [FSE_FAMILY, SNAPSHOT_SCOPE, { agreementId: SNAPSHOT_UUID }] })
  @SqlSnapshot({ name: 'opco', params: [OPCO_FAMILY, SNAPSHOT_SCOPE, { opcoFunderId: SNAPSHOT_UUID }] })
  @SqlSnapshot({
    name: 'partnership report',
    params: [PARTNERSHIP_REPORT_FAMILY, SNAPSHOT_SCOPE, { partnershipId: SNAPSHOT_UUID }],
  })
  figures(
    family: IndicatorFamily,
    scope: RecordScope,
    subject?: RecordSubject,
    monthlyCodes: string[] = [],
    tx: EntityManager = this.db.manager,
  ): Promise<FamilyFigures> {
    return familyFigures(tx, family, scope, subject, monthlyCodes);
  }

  /** A page of the records of one code, with their count and the sum of their values (one statement). */
  @SqlSnapshot({ params: [EXITS_FAMILY, SNAPSHOT_SCOPE, 'exits.total', 50, 0] })
  recordsPage(
    family: IndicatorFamily,
    scope: RecordScope,
    code: string,
    first: number,
    offset: number,
    subject?: RecordSubject,
    tx: EntityManager = this.db.manager,
  ): Promise<{ totalCount: number; sum: number; items: IndicatorRecord[] }> {
    return recordsPage(tx, family, scope, code, first, offset, subject);
  }

  /** Every record of the given codes (a report's table), each record once, in order (one statement). */
  @SqlSnapshot({
    name: 'fse',
    params: [FSE_FAMILY, SNAPSHOT_SCOPE, ['fse.participants'], { agreementId: SNAPSHOT_UUID }],
  })
  @SqlSnapshot({ name: 'pathway', params: [PATHWAY_FAMILY, SNAPSHOT_SCOPE, ['pathway.followed']] })
  records(
    family: IndicatorFamily,
    scope: RecordScope,
    codes: string[],
    subject?: RecordSubject,
    tx: EntityManager = this.db.manager,
  ): Promise<IndicatorRecord[]> {
    return recordsOf(tx, family, scope, codes, subject);
  }

  /** The hiring-target holders of the period with their landlords and targets (see `partnershipTargetsSql`). */
  @SqlSnapshot({ params: [SNAPSHOT_SCOPE] })
  partnershipTargets(scope: RecordScope, tx: EntityManager = this.db.manager): Promise<TargetHolderRow[]> {
    const p = new SqlParams();
    return tx.query(partnershipTargetsSql(p, scope), p.values);
  }

  /** The structure's targets of `year`, or null when it set none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 2026] })
  async structureTarget(
    structureId: string,
    year: number,
    tx: EntityManager = this.db.manager,
  ): Promise<StructureTargetRow | null> {
    const rows: StructureTargetRow[] = await tx.query(
      `SELECT dynamic_exit_rate_bp, durable_employment_rate_bp FROM structure_target
            WHERE structure_id = $1 AND year = $2`,
      [structureId, year],
    );
    return rows[0] ?? null;
  }

  /** An agreement of the structure with its funder and the structure's name, or null (any text as id). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async agreement(
    structureId: string,
    agreementId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<AgreementRow | null> {
    const rows: AgreementRow[] = await tx.query(
      `SELECT a.id, a.reference, a.title, a.funder_id, f.name AS funder_name, f.kind AS funder_kind,
              a.amount_granted_cents, a.co_financing_rate_bp, a.hourly_rate_cents, s.name AS structure_name,
              a.start_date::text AS start_date, a.end_date::text AS end_date
         FROM funding_agreement a
         JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
         JOIN structure s ON s.id = a.structure_id
        WHERE a.structure_id = $1 AND a.id::text = $2`,
      [structureId, agreementId],
    );
    return rows[0] ?? null;
  }

  /** The sums an agreement's consumption is computed from, as the funding module computes them (one row). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async agreementCharges(
    structureId: string,
    agreementId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<AgreementChargesRow | null> {
    const rows: AgreementChargesRow[] = await tx.query(
      `SELECT coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $3), 0) AS training,
                coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $4), 0) AS mission,
                coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $5), 0) AS staff_minutes,
                coalesce(sum((fa.quantity::bigint * st.hourly_cost_cents + 30) / 60) FILTER (WHERE fa.source_kind = $5), 0) AS staff_cost,
                coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $6), 0) AS expense
           FROM funding_allocation fa
           LEFT JOIN staff_time_entry st ON st.id = fa.staff_time_entry_id AND st.structure_id = fa.structure_id
          WHERE fa.structure_id = $1 AND fa.agreement_id = $2`,
      [
        structureId,
        agreementId,
        FundingSourceKind.TRAINING_ATTENDANCE,
        FundingSourceKind.MISSION,
        FundingSourceKind.STAFF_TIME,
        FundingSourceKind.EXPENSE,
      ],
    );
    return rows[0] ?? null;
  }

  /**
   * A partnership of the structure with its landlord, its group (and the group's landlords) and the target of the
   * period's years: its own, or the one its group shares (a partnership in a group has none of its own). Null: none.
   */
  @SqlSnapshot({ params: [SNAPSHOT_SCOPE, SNAPSHOT_UUID] })
  async partnership(
    scope: RecordScope,
    partnershipId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipReportRow | null> {
    const rows: PartnershipReportRow[] = await tx.query(
      `SELECT ps.id, o.name AS partner_name, s.name AS structure_name, g.name AS group_name,
              (SELECT string_agg(mo.name, ', ' ORDER BY mo.name) FROM partnership m
                 JOIN partner_organisation mo ON mo.id = m.partner_organisation_id WHERE m.group_id = ps.group_id) AS landlords,
              (SELECT sum(t.hires) FROM hiring_target t WHERE (t.partnership_id = ps.id OR t.group_id = ps.group_id)
                  AND t.year BETWEEN extract(year FROM $3::date)::int AND extract(year FROM $4::date)::int)::int AS target
         FROM partnership ps
         JOIN partner_organisation o ON o.id = ps.partner_organisation_id
         JOIN structure s ON s.id = ps.structure_id
         LEFT JOIN partnership_group g ON g.id = ps.group_id
        WHERE ps.structure_id = $1 AND ps.id::text = $2`,
      [scope.structureId, partnershipId, scope.start, scope.end],
    );
    return rows[0] ?? null;
  }
}
