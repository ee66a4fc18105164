import { createHash } from 'node:crypto';
import { formatIsoDateFr } from '@tremplin/domain';

/** A source as the statements of `AllocationsRepository` return it (`SOURCE_SPECS`, `sourceColumns`). */
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
