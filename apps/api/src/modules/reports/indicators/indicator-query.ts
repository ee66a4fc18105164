/**
 * Running a family's records query: its figures (one statement: `count(*)` and `sum(value)` per code, plus the
 * per-month series of the codes asked, over `generate_series` of the period's months), a page of the records of one
 * code, or all the records of some codes (a report's table). Records are ordered by date, label, then their id.
 */
import type { EntityManager } from 'typeorm';
import { type IndicatorFamily, type RecordScope, type RecordSubject, SqlParams } from './indicator-records';

export interface CodeAggregate {
  count: number;
  sum: number;
}

export interface FamilyFigures {
  byCode: Map<string, CodeAggregate>;
  /** Months `YYYY-MM` of the period, in order (only when monthly codes were asked). */
  months: string[];
  /** Per monthly code, the aggregate of each month (same order as `months`). */
  monthly: Map<string, CodeAggregate[]>;
}

export interface IndicatorRecord {
  code: string;
  recordId: string;
  personId: string | null;
  label: string;
  date: string | null;
  value: number;
  detail: string | null;
  extra: Record<string, unknown> | null;
}

type Db = Pick<EntityManager, 'query'>;

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
