import { createHash } from 'node:crypto';
import { formatIsoDateFr, FundingSourceKind, SessionKind } from '@tremplin/domain';

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

/** A source as the statements below return it. */
export interface SourceRow {
  id: string;
  date: string;
  end_date: string;
  label: string;
  person_id: string | null;
  person_name: string | null;
  total: number;
  version: number;
}

/** The SELECT list of a source (dates as text, `AAAA-MM-JJ`). */
export function sourceColumns(spec: SourceSpec): string {
  return `x.id AS id, ${spec.date}::text AS date, ${spec.endDate}::text AS end_date, ${spec.label} AS label,
    ${spec.personId} AS person_id, ${spec.personName} AS person_name, ${spec.total} AS total, ${spec.version}::int AS version`;
}

/** An allocation of a source, as far as the source line's version is concerned. */
export interface AllocationStamp {
  id: string;
  version: number;
}

/**
 * The version of a source line as the allocation screen shows it: the source itself (its hours may be corrected) and
 * every allocation charged to it (added, grown, removed). An opaque token: the allocation sent with the token it was
 * based on is refused when the line changed since (docs/domain/concurrent-edits.md).
 */
export function sourceLineVersion(sourceVersion: number, allocations: readonly AllocationStamp[]): string {
  const stamps = [...allocations]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((a) => `${a.id}:${a.version}`)
    .join(',');
  return createHash('sha256').update(`${sourceVersion}|${stamps}`).digest('base64url').slice(0, 16);
}

/** How a source is named in a message: its label, its date(s), its person. */
export function describeSource(row: SourceRow): string {
  const when =
    row.date === row.end_date
      ? `du ${formatIsoDateFr(row.date)}`
      : `du ${formatIsoDateFr(row.date)} au ${formatIsoDateFr(row.end_date)}`;
  return `${row.label} ${when}${row.person_name ? ` (${row.person_name})` : ''}`;
}
