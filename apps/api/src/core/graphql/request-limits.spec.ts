import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addTypenameToDocument } from '@apollo/client/utilities';
import {
  buildSchema,
  type DocumentNode,
  getNullableType,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  parse,
  print,
  Source,
  TokenKind,
  type TypeNode,
  typeFromAST,
} from 'graphql';
import { aliasFlood, directiveFlood, fragmentChain } from '@tremplin/api-testing';
import { ERROR_MESSAGES } from '@tremplin/domain';
import { loadConfig } from '../../config/app-config';
import {
  type GraphqlLimits,
  documentMeasures,
  limitRefusal,
  MAX_COUNTED_PAGE_SIZE,
  MAX_WALKED_SELECTIONS,
  measureDocument,
  tokenLimitMessage,
} from './request-limits';

const ROOT = resolve(__dirname, '../../../../..');
const schema = buildSchema(readFileSync(resolve(ROOT, 'apps/api/schema.graphql'), 'utf8'));
const config = loadConfig({});
const LIMITS: GraphqlLimits = {
  maxDepth: config.graphqlMaxDepth,
  maxAliases: config.graphqlMaxAliases,
  maxDirectives: config.graphqlMaxDirectives,
  maxTokens: config.graphqlMaxTokens,
  maxCost: config.graphqlMaxCost,
  introspection: false,
};

/** The web app's documents: every `*Document` of its generated clients (the `<name>.generated.ts` files under apps/web/src). */
function webDocuments(): [string, DocumentNode][] {
  return readdirSync(resolve(ROOT, 'apps/web/src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.generated.ts'))
    .sort()
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the web's generated modules, read as data
      const module = require(resolve(ROOT, 'apps/web/src', file)) as Record<string, unknown>;
      return Object.entries(module)
        .filter(([name]) => name.endsWith('Document'))
        .map(([name, doc]): [string, DocumentNode] => [name, doc as DocumentNode]);
    });
}

const PAGE_SIZE_NAMES = ['first', 'last'];

/** A value of the type for a variable or input field named `name`; page sizes at the largest the cost counts. */
function largest(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return largest(type.ofType, name);
  if (isListType(type)) return [largest(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) || PAGE_SIZE_NAMES.includes(f.name))
        .map((f) => [f.name, largest(f.type, f.name)]),
    );
  if (type.name === 'Int') return PAGE_SIZE_NAMES.includes(name) ? MAX_COUNTED_PAGE_SIZE : 1;
  if (type.name === 'Float') return 1;
  if (type.name === 'Boolean') return true;
  if (type.name === 'ID') return '00000000-0000-4000-8000-000000000000';
  return '2026-01-01';
}

/**
 * The variables that make a document cost the most: every required one given, every page size (`$first`, `$last`,
 * a filter's `first`) at MAX_COUNTED_PAGE_SIZE, above any page a field accepts.
 */
function largestVariables(doc: DocumentNode): Record<string, unknown> {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const variables: Record<string, unknown> = {};
  for (const v of op?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, v.type as TypeNode & { kind: Kind.NAMED_TYPE }) as GraphQLInputType;
    const name = v.variable.name.value;
    const input = getNullableType(type);
    if (
      isNonNullType(type) ||
      PAGE_SIZE_NAMES.includes(name) ||
      (isInputObjectType(input) && PAGE_SIZE_NAMES.some((f) => input.getFields()[f]))
    )
      variables[name] = largest(type, name);
  }
  return variables;
}

function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

function measure(text: string, variables: Record<string, unknown> = {}, s: GraphQLSchema = schema) {
  return measureDocument(s, parse(text), { variables });
}

describe('GraphQL request limits', () => {
  it('keep every document of the web app under every limit, with its largest variables', () => {
    const docs = webDocuments();
    expect(docs.length).toBeGreaterThan(100);
    const over: string[] = [];
    let costliest = { name: '', cost: 0 };
    for (const [name, doc] of docs) {
      // What Apollo Client sends: the document with `__typename` in every selection.
      const sent = addTypenameToDocument(doc);
      const variables = largestVariables(sent);
      const m = measureDocument(schema, sent, { variables });
      const t = tokens(print(sent));
      if (t > LIMITS.maxTokens) over.push(`${name}: ${t} jetons`);
      const refusal = limitRefusal(m, LIMITS);
      if (refusal) over.push(`${name}: ${refusal.message} (${JSON.stringify(m)})`);
      if (m.cost > costliest.cost) costliest = { name, cost: m.cost };
    }
    expect(over).toEqual([]);
    // The ceiling is not so high that the web app's costliest page is far below it.
    expect(costliest.cost).toBeGreaterThan(LIMITS.maxCost / 4);
  });

  it('counts nested lists by their page size: `first`, the default page, or 10 for a list without one', () => {
    // persons(1) + 100 × (edges(1) + 1 × (node(1) + id(1)))
    expect(measure(`{ persons(first: 100) { edges { node { id } } } }`).cost).toBe(1 + 100 * 3);
    expect(measure(`{ persons { edges { node { id } } } }`).cost).toBe(1 + 50 * 3);
    expect(measure(`query($n: Int) { persons(first: $n) { edges { node { id } } } }`, { n: 7 }).cost).toBe(1 + 7 * 3);
    // A page size beyond any the API accepts counts as the largest it does: the resolver refuses it anyway.
    expect(measure(`{ persons(first: 100000) { totalCount } }`).cost).toBe(1 + MAX_COUNTED_PAGE_SIZE);
    // A person's missions: no page size, 10 counted; inside 100 persons: 1 000.
    expect(measure(`{ persons(first: 100) { edges { node { missions { id } } } } }`).cost).toBe(
      1 + 100 * (1 + (1 + (1 + 10 * 1))),
    );
    // A filter's page size (fundableSources(filter: { first })) counts too; `__typename` is free.
    expect(
      measure(`{ fundableSources(filter: { first: 300, from: "2026-01-01", to: "2026-12-31", sourceKind: "X" }) {
        __typename sourceId } }`).cost,
    ).toBe(1 + 300 * 1);
  });

  it('keeps a measure per document and variables shape, never one that failed, and measures a new text afresh', () => {
    const measured = documentMeasures(schema, false);
    const doc = parse(`query P($n: Int, $f: PersonFilter, $c: Boolean!) {
      persons(first: $n, filter: $f) { edges { node { id missions @include(if: $c) { id } } } } }`);
    const fresh = (variables: Record<string, unknown>) =>
      measureDocument(schema, doc, { variables, operationName: 'P' });
    const cases: Record<string, unknown>[] = [
      { n: 7, f: { counsellorId: 'a' }, c: false },
      { n: 7, f: { counsellorId: 'b' }, c: false }, // same shape: the kept measure
      { n: 100, f: { counsellorId: 'a' }, c: false }, // another page size
      { n: 100, f: { counsellorId: 'a' }, c: true }, // the directive now selects missions
      { n: 7, f: { counsellorId: 'a', first: 3 }, c: true },
    ];
    for (const variables of cases) expect(measured(doc, variables, 'P')).toEqual(fresh(variables));
    expect(measured(doc, cases[3], 'P').cost).toBeGreaterThan(measured(doc, cases[2], 'P').cost);
    // Variables that do not coerce (an unknown enum value) stop the measure at 0, left to Apollo's coercion: not
    // kept for their shape, which a valid value shares (strings are emptied in the shape).
    const enums = buildSchema(`enum Kind { A B } type Item { id: ID items: [Item] }
      type Query { items(kind: Kind, first: Int): [Item] }`);
    const byKind = documentMeasures(enums, false);
    const kindDoc = parse(`query K($k: Kind) { items(kind: $k, first: 100) { id items { id } } }`);
    expect(byKind(kindDoc, { k: 'NOPE' }, 'K').cost).toBe(0);
    expect(byKind(kindDoc, { k: 'A' }, 'K').cost).toBe(1 + 100 * (1 + (1 + 10 * 1)));
    expect(byKind(kindDoc, { k: 'A' }, 'K')).toEqual(
      measureDocument(enums, kindDoc, { variables: { k: 'A' }, operationName: 'K' }),
    );
    // The same text parsed again is another document: measured, with the same answer.
    const again = parse(print(doc));
    expect(measured(again, cases[0], 'P')).toEqual(fresh(cases[0]));
  });

  it('measures depth through fragments, a fragment spread adding no level', () => {
    const inline = `{ persons { edges { node { counsellor { id } } } } }`;
    const spread = `{ persons { ...P } } fragment P on PersonConnection { edges { node { counsellor { id } } } }`;
    expect(measure(inline).depth).toBe(5);
    expect(measure(spread).depth).toBe(5);
  });

  it('refuses a 25-level fragment chain for its cost, measured without writing it out', () => {
    const text = fragmentChain(25);
    expect(Buffer.byteLength(text)).toBeLessThan(1024);
    const m = measure(text);
    expect(m).toMatchObject({ depth: 2, aliases: 0, directives: 0 });
    // 2^25 spreads: the cost walk stops after MAX_WALKED_SELECTIONS selections.
    expect(m.cost).toBe(Infinity);
    expect(limitRefusal(m, LIMITS)?.message).toBe(ERROR_MESSAGES.queryTooCostly(LIMITS.maxCost));
    // Aliases and directives in the last fragment are counted once per spread, still without writing it out.
    const flagged = fragmentChain(25).replace('me{id}', 'a: me @include(if: true) { id }');
    expect(measure(flagged)).toMatchObject({ aliases: 2 ** 25, directives: 2 ** 25 });
    expect(MAX_WALKED_SELECTIONS).toBeLessThan(2 ** 25);
  });

  it('refuses 1,000 aliases of persons(first: 100) for its aliases, and its cost alone would refuse it too', () => {
    const m = measure(aliasFlood(1000));
    expect(m.aliases).toBe(1000);
    expect(m.cost).toBeGreaterThan(LIMITS.maxCost);
    expect(limitRefusal(m, LIMITS)?.message).toBe(ERROR_MESSAGES.queryTooManyAliases(LIMITS.maxAliases));
    expect(limitRefusal(m, { ...LIMITS, maxAliases: 1000 })?.message).toBe(
      ERROR_MESSAGES.queryTooCostly(LIMITS.maxCost),
    );
    expect(limitRefusal(measure(aliasFlood(LIMITS.maxAliases)), LIMITS)).toBeNull();
  });

  it('counts directives, and leaves introspection unmeasured only where it is open', () => {
    expect(measure(directiveFlood(21)).directives).toBe(21);
    const introspection = parse(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`);
    expect(measureDocument(schema, introspection, { introspection: true })).toMatchObject({ depth: 0, cost: 0 });
    expect(measureDocument(schema, introspection, { introspection: false }).depth).toBe(8);
  });

  it('say in French which limit refused the request and what to do', () => {
    expect(limitRefusal({ depth: 11, aliases: 0, directives: 0, cost: 0 }, LIMITS)?.message).toBe(
      'Requête trop imbriquée : 10 niveaux au plus. Demandez ces données en plusieurs requêtes.',
    );
    expect(limitRefusal({ depth: 1, aliases: 16, directives: 0, cost: 0 }, LIMITS)?.message).toBe(
      'Requête refusée : 15 alias au plus. Demandez ces données en plusieurs requêtes.',
    );
    expect(limitRefusal({ depth: 1, aliases: 0, directives: 21, cost: 0 }, LIMITS)?.message).toBe(
      'Requête refusée : 20 directives au plus. Retirez les directives en trop.',
    );
    expect(limitRefusal({ depth: 1, aliases: 0, directives: 0, cost: 100_001 }, LIMITS)?.message).toBe(
      'Requête trop coûteuse : son coût estimé dépasse 100\u00a0000 unités. Demandez moins de lignes par page ou moins de listes imbriquées.',
    );
    expect(limitRefusal({ depth: 10, aliases: 15, directives: 20, cost: 100_000 }, LIMITS)).toBeNull();
  });

  it('words the parser’s token limit in French, and leaves other syntax errors alone', () => {
    let message = '';
    try {
      parse(`{ ${'id '.repeat(30)} }`, { maxLexicalTokens: 20 });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(tokenLimitMessage(message)).toBe(ERROR_MESSAGES.queryTooLong(20));
    expect(ERROR_MESSAGES.queryTooLong(2000)).toBe(
      'Requête trop longue : 2\u00a0000 éléments au plus. Demandez ces données en plusieurs requêtes.',
    );
    expect(tokenLimitMessage('Syntax Error: Expected Name, found <EOF>.')).toBeNull();
  });
});
