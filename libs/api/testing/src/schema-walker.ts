/**
 * Walks the live GraphQL schema (from introspection) to build, for any root operation, a call with arguments generated
 * from their types and a selection of its fields. Shared by the tests generated from the schema: the partner-access
 * test (issue 5) and the authorization matrix (issue 14). A new operation is covered by them without being listed.
 */

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
export interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
export interface FieldDef {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
export interface TypeDef {
  kind: string;
  name: string;
  fields: FieldDef[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}
export type OperationKind = 'query' | 'mutation';

// Deep enough for the deepest wrapping in the schema (`[[String!]!]!`: three wrappers around two lists), as graphql-js's
// own introspection query is.
const TYPE_REF = `kind name ${'ofType { kind name '.repeat(7)}${'}'.repeat(7)}`;
/** The introspection query the walker needs. */
export const SCHEMA_INTROSPECTION = `{ __schema { queryType { name } mutationType { name }
  types { kind name enumValues { name }
    fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } }
    inputFields { name defaultValue type { ${TYPE_REF} } } } } }`;

export const namedType = (t: TypeRef): TypeRef => (t.ofType ? namedType(t.ofType) : t);
export const typeString = (t: TypeRef): string =>
  t.kind === 'NON_NULL'
    ? `${typeString(t.ofType as TypeRef)}!`
    : t.kind === 'LIST'
      ? `[${typeString(t.ofType as TypeRef)}]`
      : (t.name as string);
export const isRequired = (v: InputValue) => v.type.kind === 'NON_NULL' && v.defaultValue === null;

/** A plausible value for a String argument or input field, from its name (so that checks on ids are reached). */
export function stringFor(name: string): string {
  const n = name.toLowerCase();
  if (n === 'decision') return 'DECLINE';
  if (/(Date|On)$/.test(name) || n === 'date' || n === 'from' || n === 'to') return '2026-06-01';
  if (n.endsWith('reason')) return 'OTHER';
  if (n === 'hoursstatus') return 'PENDING';
  if (n === 'status') return 'OPEN';
  if (n.includes('email')) return 'personne@example.org';
  if (n.includes('password')) return 'Mot-de-passe-test-2026';
  if (n === 'postalcode') return '76000';
  if (n === 'contracttype') return 'CDI';
  return 'Texte de test pour le parcours';
}

export function intFor(name: string): number {
  const n = name.toLowerCase();
  if (n === 'year') return 2026;
  if (n === 'offset') return 0;
  if (n === 'first') return 10;
  if (n.includes('minutes')) return 120;
  return 1;
}

/**
 * An id for an ID argument or input field: one id for all, or one chosen from the field's `path` (`input.personId`,
 * `ids`…), its name, and the operation.
 */
export type IdSource = string | ((name: string, path: string) => string);

/** Where an ID sits in an operation's arguments: `personId`, `input.hostOrganisationId`, `input.sourceIds`. */
export interface IdPosition {
  path: string;
  name: string;
}

/**
 * A value to send instead of the generated one for a non-ID argument or input field (`path`: `input.kind`), so that a
 * call passes validation and reaches the checks on its ids; undefined keeps the generated value.
 */
export type ValueOverride = (path: string, name: string, typeName: string) => unknown;

export class SchemaWalker {
  readonly types: Map<string, TypeDef>;
  readonly roots: { query: string; mutation: string };

  constructor(schema: { types: TypeDef[]; queryType: { name: string }; mutationType: { name: string } }) {
    this.types = new Map(schema.types.map((d) => [d.name, d]));
    this.roots = { query: schema.queryType.name, mutation: schema.mutationType.name };
  }

  /** Reads the schema of a running API through any client able to send a query. */
  static async load(client: { ok(query: string): Promise<Record<string, unknown>> }): Promise<SchemaWalker> {
    const { __schema } = (await client.ok(SCHEMA_INTROSPECTION)) as {
      __schema: ConstructorParameters<typeof SchemaWalker>[0];
    };
    return new SchemaWalker(__schema);
  }

  type(ref: TypeRef): TypeDef {
    return this.types.get(namedType(ref).name as string) as TypeDef;
  }

  rootFields(kind: OperationKind): { kind: OperationKind; field: FieldDef }[] {
    return ((this.types.get(kind === 'query' ? this.roots.query : this.roots.mutation) as TypeDef).fields ?? []).map(
      (f) => ({ kind, field: f }),
    );
  }

  allRootFields(): { kind: OperationKind; field: FieldDef }[] {
    return [...this.rootFields('query'), ...this.rootFields('mutation')];
  }

  /** A selection of every argument-free field, `depth` levels deep (objects), or nothing for a scalar. */
  selection(ref: TypeRef, depth: number): string {
    const def = this.type(ref);
    if (def.kind === 'SCALAR' || def.kind === 'ENUM') return '';
    if (def.kind !== 'OBJECT' || depth <= 0) return '{ __typename }';
    const parts = ['__typename'];
    for (const f of def.fields ?? []) {
      if (f.args.some(isRequired)) continue;
      const inner = this.type(f.type);
      if (inner.kind === 'OBJECT' || inner.kind === 'INTERFACE' || inner.kind === 'UNION') {
        if (depth > 1) parts.push(`${f.name} ${this.selection(f.type, depth - 1)}`);
      } else parts.push(f.name);
    }
    return `{ ${parts.join(' ')} }`;
  }

  /** A value of the type, every ID being `id` (or chosen by it from its path). */
  valueFor(
    ref: TypeRef,
    name: string,
    id: IdSource,
    path = name,
    seen: Set<string> = new Set(),
    override?: ValueOverride,
  ): unknown {
    if (ref.kind === 'NON_NULL') return this.valueFor(ref.ofType as TypeRef, name, id, path, seen, override);
    const named = namedType(ref).name as string;
    if (override && named !== 'ID') {
      const chosen = override(path, name, named);
      if (chosen !== undefined) return chosen;
    }
    if (ref.kind === 'LIST') return [this.valueFor(ref.ofType as TypeRef, name, id, path, seen, override)];
    const def = this.types.get(ref.name as string) as TypeDef;
    if (def.kind === 'ENUM') return (def.enumValues ?? [])[0]?.name;
    if (def.kind === 'INPUT_OBJECT') {
      if (seen.has(def.name)) return null;
      const out: Record<string, unknown> = {};
      for (const f of def.inputFields ?? [])
        out[f.name] = this.valueFor(f.type, f.name, id, `${path}.${f.name}`, new Set([...seen, def.name]), override);
      return out;
    }
    switch (def.name) {
      case 'ID':
        return typeof id === 'string' ? id : id(name, path);
      case 'Int':
        return intFor(name);
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2026-06-01T10:00:00.000Z';
      default:
        return stringFor(name);
    }
  }

  /** Whether the type (argument or input, recursively) holds an ID somewhere. */
  holdsId(ref: TypeRef, seen: Set<string> = new Set()): boolean {
    const def = this.type(ref);
    if (def.name === 'ID') return true;
    if (def.kind !== 'INPUT_OBJECT' || seen.has(def.name)) return false;
    return (def.inputFields ?? []).some((f) => this.holdsId(f.type, new Set([...seen, def.name])));
  }

  /** Every place an ID goes in the field's arguments (those the generated call sends). */
  idPositions(field: FieldDef): IdPosition[] {
    const out: IdPosition[] = [];
    const walk = (ref: TypeRef, name: string, path: string, seen: Set<string>) => {
      const def = this.type(ref);
      if (def.name === 'ID') out.push({ path, name });
      else if (def.kind === 'INPUT_OBJECT' && !seen.has(def.name))
        for (const f of def.inputFields ?? []) walk(f.type, f.name, `${path}.${f.name}`, new Set([...seen, def.name]));
    };
    for (const a of field.args) walk(a.type, a.name, a.name, new Set());
    return out;
  }

  /**
   * The call of a root field: its required arguments and those holding an id (optional root arguments without ids keep
   * their default — filters: the operation then returns what it can), and a selection `depth` levels deep.
   */
  operation(
    kind: OperationKind,
    field: FieldDef,
    id: IdSource,
    depth: number,
    override?: ValueOverride,
  ): { text: string; variables: Record<string, unknown> } {
    const variables: Record<string, unknown> = {};
    const decl: string[] = [];
    const args: string[] = [];
    field.args
      .filter((a) => isRequired(a) || this.holdsId(a.type))
      .forEach((a, i) => {
        decl.push(`$v${i}: ${typeString(a.type)}`);
        args.push(`${a.name}: $v${i}`);
        variables[`v${i}`] = this.valueFor(a.type, a.name, id, a.name, new Set(), override);
      });
    const text =
      `${kind} Walk${decl.length ? `(${decl.join(', ')})` : ''} ` +
      `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${this.selection(field.type, depth)} }`;
    return { text, variables };
  }
}
