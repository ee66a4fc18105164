import { Field, ObjectType } from '@nestjs/graphql';
import { ERROR_MESSAGES } from '@tremplin/domain';
import { BadUserInputError } from '../errors/app-errors';

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

export interface PageRequest {
  direction: 'forward' | 'backward';
  size: number;
  /** Decoded cursor to start after (forward) or before (backward). */
  cursor: unknown[] | null;
}

/** Opaque keyset cursor: base64url of the JSON of the sort key values. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What each value of a cursor is: a text of the sort key, or a row's id. */
export type CursorPart = 'text' | 'uuid';

const CURSOR_PART: Record<CursorPart, RegExp> = {
  // A sort key as the database wrote it: no control character (a NUL would reach PostgreSQL), 1,000 characters at most.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  text: /^[^\u0000-\u001F\u007F]{0,1000}$/u,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/**
 * A cursor this API wrote, or a BAD_USER_INPUT: a tampered one (not base64url JSON, wrong length, a value not of its
 * part's shape — an id that is no UUID) is refused here, before it reaches a statement.
 */
export function decodeCursor(cursor: string, field: string, shape: readonly CursorPart[]): unknown[] {
  try {
    const v: unknown = cursor.length <= 4000 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
    if (
      Array.isArray(v) &&
      v.length === shape.length &&
      v.every((x, i) => typeof x === 'string' && CURSOR_PART[shape[i]].test(x))
    )
      return v;
  } catch {
    /* fall through */
  }
  throw new BadUserInputError([{ field, message: ERROR_MESSAGES.invalidCursor }]);
}

export function pageRequest(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  shape: readonly CursorPart[],
): PageRequest {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null))
    throw new BadUserInputError([{ field: 'last', message: ERROR_MESSAGES.pagingDirection }]);
  const sizeField = backward ? 'last' : 'first';
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw new BadUserInputError([{ field: sizeField, message: ERROR_MESSAGES.pageSize(MAX_PAGE_SIZE) }]);
  const raw = backward ? args.before : args.after;
  return {
    direction: backward ? 'backward' : 'forward',
    size,
    cursor: raw ? decodeCursor(raw, backward ? 'before' : 'after', shape) : null,
  };
}
