/**
 * Types of the rows a raw statement reads, derived from the TypeORM entities (the schema's source): a column keeps
 * the type of its entity property, under its snake_case name (SnakeNamingStrategy). See docs/adr/0011-repositories.md.
 *
 *   type Line = RowOf<SessionAttendanceEntity, 'personId' | 'minutesAttended'>;
 *   // { person_id: string; minutes_attended: number | null }
 */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? Tail extends Uncapitalize<Tail>
    ? `${Lowercase<Head>}${SnakeCase<Tail>}`
    : `${Lowercase<Head>}_${SnakeCase<Uncapitalize<Tail>>}`
  : S;

/** The columns `K` of entity `E`, as a raw statement returns them (snake_case keys, the entity's types). */
export type RowOf<E, K extends keyof E & string> = { [P in K as SnakeCase<P>]: E[P] };

/** The row of one column of `E` read under another name (`AS alias`), e.g. `As<'total', number>`. */
export type As<Alias extends string, T> = { [P in Alias]: T };
