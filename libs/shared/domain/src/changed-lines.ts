/**
 * Multi-row editors (an attendance sheet, the lines an allocation charges, a person's blocks): each line the caller
 * sends carries the version it was based on; a line someone else changed since is refused with CONFLICT, and
 * `extensions.changedLines` says which lines changed and what they hold now, so that the screen can show them,
 * keep the user's own entries and let her save them again. Rules: docs/domain/concurrent-edits.md.
 */

/** A line as the caller sent it: what identifies it, and the version it was read at (null: no such line then). */
export interface SentLine<V = number> {
  key: string;
  version: V | null;
}

/** A line as it stands now. */
export interface CurrentLine<C, V = number> {
  version: V;
  values: C;
}

/** One item of `extensions.changedLines`. */
export interface ChangedLine<C = Record<string, unknown>, V = number> {
  /** The input line it answers, e.g. `entries.3`. */
  field: string;
  /** What identifies the line: the person of a sheet, the source of an allocation, the block of an evaluation. */
  key: string;
  /** The version the caller's line was based on (null: the line did not exist when she read it). */
  sentVersion: V | null;
  /** Its version now (null: the line no longer exists). */
  version: V | null;
  /** Its values now (null: the line no longer exists). */
  current: C | null;
}

/**
 * The sent lines whose version is no longer the current one: a line read at a version that moved since, a line
 * read absent that someone else created meanwhile, or a line read present that no longer exists. In input order.
 */
export function changedLines<C, V = number>(
  sent: readonly SentLine<V>[],
  current: ReadonlyMap<string, CurrentLine<C, V>>,
  fieldOf: (index: number) => string,
): ChangedLine<C, V>[] {
  return sent.flatMap((line, i) => {
    const now = current.get(line.key);
    const version = now ? now.version : null;
    if (version === line.version) return [];
    return [{ field: fieldOf(i), key: line.key, sentVersion: line.version, version, current: now ? now.values : null }];
  });
}
