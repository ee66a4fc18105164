import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  isInterfaceType,
  type GraphQLField,
} from 'graphql';
import type { DataSource } from 'typeorm';
import type { GraphqlClient } from '@tremplin/api-testing';
import { ERROR_MESSAGES } from '@tremplin/domain';
import { hostileTextCells, outOfRangeDateCells, uuidIdsOwnedOrNot } from './repositories/database-catalog.repository';
import { SQL_INJECTION_PAYLOADS } from './repositories/core-hostile.repository';

export { hostileTextCells, outOfRangeDateCells };

/**
 * A fuzz test over the schema (issue 14, acceptance; docs/security.md « Fuzz »): every mutation of the schema called
 * with random and hostile values built from each argument's type, by a director of a seeded structure. Shared by the
 * fixed-seed slice of the integration tests (schema-fuzz.int-spec.ts) and the nightly-sized run (`npm run test:fuzz`).
 */

/** mulberry32: a tiny seeded PRNG (32-bit state), enough to replay a run from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings meant to break something: control, bidi and zero-width characters, very long, SQL, HTML, odd Unicode. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'Du\u0000pont',
  '\u0000',
  'a\u0001b\u001Fc\u007F',
  'bell\u0007',
  'C1\u0085\u009F',
  'Dupont\u202Egnp.exe',
  '\u202Aa\u202Bb\u202Cc\u202Dd',
  '\u2066iso\u2069',
  'In\u200Bès',
  'zwj\u200Dzwnj\u200C',
  '\uFEFFBOM',
  'word\u2060joiner',
  'ligne 1\nligne 2',
  'tab\tulation',
  'crlf\r\nfin',
  'sep\u2028para\u2029',
  ...SQL_INJECTION_PAYLOADS,
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  '%00%0d%0a',
  '\\u0000',
  '😀👩‍🍳🇫🇷',
  '\uD800',
  'x'.repeat(10_001),
  'é'.repeat(70_000),
  '0000-01-01',
  '1899-12-31',
  '2101-01-01',
  '99999-12-31',
  '2026-02-30',
  '2026-13-01',
  'not-a-date',
  '-1',
  'NaN',
  'Infinity',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'pas-un-uuid',
];

const INTS = [0, 1, -1, 2, 7, 60, 480, 1440, 2100, 10_000, 2_147_483_647, -2_147_483_648, 100_000_000];
const FLOATS = [0, -0, 0.5, -1, -0.0001, 1.5, 99.999, 100, 100.0001, 1e9, 1e15, 9.007e15, 1e20, 1e308, -1e308, 5e-324];
const DATE_TIMES = [
  '2026-03-02T10:00:00.000Z',
  '1800-01-01T00:00:00.000Z',
  '2200-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  'pas une date',
  '2026-02-30T00:00:00Z',
];

/** Ids the calls pick from: by table (rows of the director's structure), other structures' rows, and none. */
export interface IdPools {
  own: Map<string, string[]>;
  ownAll: string[];
  other: string[];
}

/** The ids of every table having an `id` uuid column, split between the structure and the others. */
export async function collectIds(db: DataSource, structureId: string): Promise<IdPools> {
  const own = new Map<string, string[]>();
  const other: string[] = [];
  const rows = await uuidIdsOwnedOrNot(db, structureId);
  for (const r of rows) {
    if (r.own) own.set(r.t, [...(own.get(r.t) ?? []), r.id]);
    else other.push(r.id);
  }
  return { own, ownAll: rows.filter((r) => r.own).map((r) => r.id), other };
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Builds random values of the schema's input types. */
export class ValueMaker {
  constructor(
    private readonly random: () => number,
    private readonly ids: IdPools,
  ) {}

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  /** A plausible value for a text field, from its name and description (codes listed there, dates, e-mails). */
  private plausibleString(name: string, description: string | undefined | null): string {
    const codes = (description ?? '').match(/\b[A-Z][A-Z0-9_]{2,}\b/g);
    if (codes?.length && this.chance(0.8)) return this.pick(codes);
    if (/(Date|On|^from|^to)$/.test(name) || /AAAA-MM-JJ/.test(description ?? ''))
      return `20${this.pick(['24', '25', '26', '27'])}-0${1 + Math.floor(this.random() * 9)}-${10 + Math.floor(this.random() * 18)}`;
    if (/email/i.test(name)) return `fuzz${Math.floor(this.random() * 1e6)}@exemple.fr`;
    if (/phone/i.test(name)) return '06 12 34 56 78';
    if (/postalCode/i.test(name)) return '76000';
    if (/siret/i.test(name)) return '73282932000074';
    if (/password/i.test(name)) return 'Cheval-Batterie-Agrafe-2026';
    return this.pick(['Texte ordinaire', 'Rouen', 'Dupont', 'Entretien de suivi', 'Résidence Grieu']);
  }

  private id(name: string): string {
    const r = this.random();
    if (r < 0.6) {
      const table = snake(name.replace(/Ids?$/, '')).replace(/^_/, '');
      const byTable = [...this.ids.own.entries()].find(([t]) => t === table || t.endsWith(`_${table}`))?.[1];
      const pool = byTable?.length ? byTable : this.ids.ownAll;
      if (pool.length) return this.pick(pool);
    }
    if (r < 0.8 && this.ids.other.length) return this.pick(this.ids.other);
    return this.pick(['00000000-0000-0000-0000-000000000000', crypto.randomUUID(), 'pas-un-uuid', '1', '\u0000', '']);
  }

  value(type: GraphQLInputType, name: string, description?: string | null, depth = 0): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, name, description, depth);
    if (isListType(type)) {
      const r = this.random();
      const n = r < 0.25 ? 0 : r < 0.9 ? 1 + Math.floor(this.random() * 3) : this.pick([50, 300, 2000]);
      return Array.from({ length: n }, () => this.value(type.ofType, name, description, depth + 1));
    }
    if (isEnumType(type)) {
      return this.chance(0.85) ? this.pick(type.getValues()).name : this.pick(['PAS_UNE_VALEUR', '', 'null']);
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return {};
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type);
        if (!required && this.chance(0.4)) continue;
        if (required && this.chance(0.02)) continue; // a required field left out
        out[field.name] =
          !required && this.chance(0.1) ? null : this.value(field.type, field.name, field.description, depth + 1);
      }
      if (this.chance(0.03)) out['champEnTrop'] = 'x';
      return out;
    }
    if (isScalarType(type)) {
      const hostile = this.chance(0.35);
      switch (type.name) {
        case 'String':
          return hostile ? this.pick(HOSTILE_STRINGS) : this.plausibleString(name, description);
        case 'ID':
          return hostile ? this.pick(HOSTILE_STRINGS) : this.id(name);
        case 'Int':
          if (this.chance(0.04)) return this.pick(['NaN', 1.5, '12', 1e40]);
          return this.chance(0.7) ? this.pick(INTS) : Math.floor(this.random() * 200_000) - 1000;
        case 'Float':
          if (this.chance(0.04)) return this.pick(['NaN', 'Infinity', '1e400', true]);
          return this.chance(0.7) ? this.pick(FLOATS) : this.random() * 10_000 - 100;
        case 'Boolean':
          return this.chance(0.95) ? this.chance(0.5) : this.pick(['true', 0, null]);
        case 'DateTime':
          return this.pick(DATE_TIMES);
        default:
          return this.pick(HOSTILE_STRINGS);
      }
    }
    return null;
  }
}

/** `{ __typename }` for an object result, nothing for a scalar one. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || isUnionType(named) || isInterfaceType(named) ? ' { __typename }' : '';
}

const printType = (t: GraphQLInputType): string => String(t);

/** The document of one mutation, every argument a variable. */
export function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const vars = args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection(field)} }`;
}

/**
 * Mutations the fuzz leaves out, and why: each would shut the director out of every later call, so the rest of the run
 * would test nothing. Signing out ends her session; requiring two-factor sign-in of the direction sends her to the
 * enrolment (only a boolean argument: nothing hostile to send; its rules are tested in two-factor.int-spec.ts).
 */
export const FUZZ_SKIPPED_MUTATIONS = new Set(['signOut', 'setStructureTwoFactorRequired']);
/** Mutations called without the director's session (signing in as someone else would replace it). */
export const FUZZ_ANONYMOUS_MUTATIONS = new Set(['signIn']);

export interface FuzzFigures {
  seed: number;
  calls: number;
  mutations: number;
  /** Calls by outcome: the code of the first error, or OK. */
  codes: Record<string, number>;
  httpStatuses: Record<string, number>;
  /** Calls answered with an internal error or a 5xx: the mutation, the variables (cut) and the answer. */
  failures: { mutation: string; status: number; variables: string; errors: string }[];
  /**
   * Calls the database refused as data (formatError's last resort, ERROR_MESSAGES.invalidValue / notFound), by
   * mutation: not failures, but a check missing at the field.
   */
  databaseRefusals: Record<string, number>;
  durationMs: number;
}

/** Runs `calls` mutation calls, round-robin over the mutations (each gets its share), values drawn from `seed`. */
export async function runFuzz(
  schema: GraphQLSchema,
  client: GraphqlClient,
  anonymous: GraphqlClient,
  ids: IdPools,
  { calls, seed }: { calls: number; seed: number },
): Promise<FuzzFigures> {
  const random = mulberry32(seed);
  const maker = new ValueMaker(random, ids);
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter(
    (f) => !FUZZ_SKIPPED_MUTATIONS.has(f.name),
  );
  const figures: FuzzFigures = {
    seed,
    calls: 0,
    mutations: mutations.length,
    codes: {},
    httpStatuses: {},
    failures: [],
    databaseRefusals: {},
    durationMs: 0,
  };
  const started = Date.now();
  for (let i = 0; i < calls; i++) {
    const field = mutations[i % mutations.length];
    const variables: Record<string, unknown> = {};
    for (const a of field.args) variables[a.name] = maker.value(a.type, a.name, a.description);
    const r = await (FUZZ_ANONYMOUS_MUTATIONS.has(field.name) ? anonymous : client).request(
      mutationDocument(field),
      variables,
    );
    figures.calls++;
    const code = r.errors?.length ? String(r.errors[0].extensions?.code ?? 'SANS_CODE') : 'OK';
    figures.codes[code] = (figures.codes[code] ?? 0) + 1;
    figures.httpStatuses[r.status] = (figures.httpStatuses[r.status] ?? 0) + 1;
    if (
      (r.errors ?? []).some((e) => e.message === ERROR_MESSAGES.invalidValue || e.message === ERROR_MESSAGES.notFound)
    )
      figures.databaseRefusals[field.name] = (figures.databaseRefusals[field.name] ?? 0) + 1;
    const internal = r.status >= 500 || (r.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
    if (internal)
      figures.failures.push({
        mutation: field.name,
        status: r.status,
        variables: JSON.stringify(variables).slice(0, 600),
        errors: JSON.stringify(r.errors).slice(0, 300),
      });
  }
  figures.durationMs = Date.now() - started;
  return figures;
}
