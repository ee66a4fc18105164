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

export function decodeCursor(cursor: string, field: string, arity: number): unknown[] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === arity && v.every((x) => typeof x === 'string')) return v;
  } catch {
    /* fall through */
  }
  throw new BadUserInputError([{ field, message: ERROR_MESSAGES.invalidCursor }]);
}

export function pageRequest(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  arity: number,
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
    cursor: raw ? decodeCursor(raw, backward ? 'before' : 'after', arity) : null,
  };
}
