import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isObjectType,
  TypeInfo,
  validate,
  ValidationContext,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { type ComplexityEstimator, createComplexityRule } from 'graphql-query-complexity';
import { ERROR_MESSAGES } from '@tremplin/domain';

/**
 * What one GraphQL request may ask, checked on the parsed document before Apollo validates it, for every caller,
 * signed in or not. Each check is linear in the document: a fragment is measured once, however often it is spread.
 * See docs/security.md for the values and the reasons.
 */
export interface GraphqlLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens: the parser itself stops past it (Apollo's `parseOptions.maxTokens`). */
  maxTokens: number;
  maxCost: number;
  /** Introspection is open (outside production): its own fields are not measured, so that tools keep working. */
  introspection: boolean;
}

/** The size of a page when a paged field is not given one (`pageRequest`'s default). */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page any paged field accepts (allocations, fundable sources): a larger `first` is counted as this. */
export const MAX_COUNTED_PAGE_SIZE = 500;
/** A list without a page size (a person's missions, an agreement's counsellors) is counted as this many items. */
export const UNPAGED_LIST_SIZE = 10;
/**
 * Past this many selections walked (fragments spread as often as they are), the cost is not computed further and the
 * request is refused. A document that spreads no fragment twice has fewer selections than tokens (2,000 by default):
 * only fragments spread again and again reach it. The web app's largest document has about a hundred.
 */
export const MAX_WALKED_SELECTIONS = 2_000;

export interface DocumentMeasure {
  depth: number;
  aliases: number;
  directives: number;
  /** Infinity when the document has more than MAX_WALKED_SELECTIONS selections once its fragments are spread. */
  cost: number;
}

type Limit = 'depth' | 'aliases' | 'directives' | 'cost';

/** A request refused for its size: answered like a validation error (400, GRAPHQL_VALIDATION_FAILED), in French. */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly limit: Limit | 'tokens',
    message: string,
  ) {
    super(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
  }
}

const PAGE_SIZE_ARGS = ['first', 'last'];

/** The page size a field is asked for, if it is a paged field (`first`/`last`, or `first` in its filter input). */
function pageSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  let paged = false;
  let size: unknown;
  for (const arg of field.args) {
    if (PAGE_SIZE_ARGS.includes(arg.name)) {
      paged = true;
      size ??= args[arg.name];
    } else {
      const input = getNullableType(arg.type);
      if (isInputObjectType(input) && input.getFields()['first']) {
        paged = true;
        size ??= (args[arg.name] as Record<string, unknown> | null | undefined)?.['first'];
      }
    }
  }
  if (!paged) return undefined;
  if (typeof size !== 'number' || !Number.isInteger(size)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(size, 1), MAX_COUNTED_PAGE_SIZE);
}

const pageTypesOf = new WeakMap<GraphQLSchema, Set<string>>();

/**
 * The object types a paged field returns (`PersonConnection`, `NotificationPage`…): their list (`edges`, `items`) is
 * the page itself, already counted at the paged field.
 */
function pageTypes(schema: GraphQLSchema): Set<string> {
  let set = pageTypesOf.get(schema);
  if (!set) {
    set = new Set();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const returned = getNullableType(field.type);
        if (isObjectType(returned) && pageSize(field, {}) !== undefined) set.add(returned.name);
      }
    }
    pageTypesOf.set(schema, set);
  }
  return set;
}

/**
 * The cost of a field: itself, plus what it selects times the number of items it returns — the page size asked
 * (`first`, `last`, `filter.first`; the default page otherwise), UNPAGED_LIST_SIZE for a list without one, 1 for an
 * object. Nested lists multiply: `persons(first: 100) { edges { node { missions { id } } } }` costs about
 * 100 × 10 missions. Meta fields (`__typename`) are free; so is introspection where it is open.
 */
function costEstimator(schema: GraphQLSchema, introspection: boolean): ComplexityEstimator {
  const pages = pageTypes(schema);
  return ({ type, field, args, childComplexity }) => {
    if (field.name === '__typename' || (introspection && field.name.startsWith('__'))) return 0;
    const size = pageSize(field, args);
    const list = isListType(getNullableType(field.type));
    const items = size ?? (list ? (pages.has(type.name) ? 1 : UNPAGED_LIST_SIZE) : 1);
    return 1 + items * childComplexity;
  };
}

/**
 * The cost of the operation Apollo will run (see `costEstimator`), with the request's variables. `measured` is false
 * when the walk stopped on an error Apollo's validation or variable coercion reports (the cost is then 0): such a
 * figure says nothing of another request with the same document.
 */
function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  introspection: boolean,
): { cost: number; measured: boolean } {
  const typeInfo = new TypeInfo(schema);
  // Errors reported here (an argument of the wrong type, an unknown variable, variables that do not coerce — the walk
  // then stops at 0) are left to Apollo's validation and coercion.
  let reported = false;
  const context = new ValidationContext(schema, document, typeInfo, () => void (reported = true));
  const visitor = createComplexityRule({
    maximumComplexity: Number.MAX_SAFE_INTEGER,
    estimators: [costEstimator(schema, introspection)],
    variables,
    operationName,
    maxQueryNodes: MAX_WALKED_SELECTIONS,
  })(context);
  try {
    visit(document, visitWithTypeInfo(typeInfo, visitor));
  } catch {
    if (visitor.evaluatedNodes >= MAX_WALKED_SELECTIONS) return { cost: Infinity, measured: true };
    // Anything else is a document Apollo's validation refuses (a bad directive argument, an anonymous operation
    // named in the request…): not a cost to measure.
    return { cost: 0, measured: false };
  }
  return { cost: visitor.complexity, measured: !reported };
}

/** Depth, aliases and directives of the document's deepest/largest operation, by GraphQL Armor's rules. */
function shapeOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  introspection: boolean,
): Pick<DocumentMeasure, 'depth' | 'aliases' | 'directives'> {
  const shape = { depth: 0, aliases: 0, directives: 0 };
  const measured = (what: keyof typeof shape) => ({
    n: Infinity,
    propagateOnRejection: false,
    onAccept: [(_: unknown, { n }: { n: number }) => void (shape[what] = Math.max(shape[what], n))],
  });
  validate(schema, document, [
    // A fragment spread is no deeper than its fields: `{ persons { ...F } }` is as deep as the query written out.
    maxDepthRule({ ...measured('depth'), flattenFragments: true, ignoreIntrospection: introspection }),
    maxAliasesRule({ ...measured('aliases'), allowList: [] }),
    maxDirectivesRule(measured('directives')),
  ]);
  return shape;
}

/** Everything the limits look at, for one request. Linear in the document; the cost walk is bounded. */
export function measureDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { variables?: Record<string, unknown>; operationName?: string; introspection?: boolean } = {},
): DocumentMeasure {
  const introspection = options.introspection ?? false;
  return {
    ...shapeOf(schema, document, introspection),
    cost: measureCost(schema, document, options.variables, options.operationName, introspection).cost,
  };
}

/**
 * What of a request's variables its cost may depend on: their structure, numbers and booleans, with every string
 * emptied. The cost reads variables only through page sizes (`first`/`last`, Int) and `@include`/`@skip` (Boolean);
 * a string (an id, a date, a name, an enum value) can only make the variables' coercion fail, and a measure that
 * failed is never kept (`measureCost`). Requests differing only by ids — a caseload per counsellor, a person file per
 * person — then share one measure.
 */
export function variablesShape(operationName: string | undefined, variables: Record<string, unknown> | undefined) {
  return `${operationName ?? ''}\u0000${JSON.stringify(variables ?? null, (_key, value: unknown) => (typeof value === 'string' ? '' : value))}`;
}

/** Past this many variable shapes for one document, its kept measures are dropped and kept again from scratch. */
const MAX_SHAPES_PER_DOCUMENT = 64;

/**
 * `measureDocument`, kept per parsed document (Apollo hands the same `DocumentNode` again for a query text it has
 * seen, from its document store) and, for the cost, per variables shape (`variablesShape`): a page asked again
 * measures nothing. A new text is a new document: hostile documents sent once each are measured as before.
 */
export function documentMeasures(schema: GraphQLSchema, introspection: boolean) {
  const shapes = new WeakMap<DocumentNode, Pick<DocumentMeasure, 'depth' | 'aliases' | 'directives'>>();
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ): DocumentMeasure => {
    let shape = shapes.get(document);
    if (!shape) shapes.set(document, (shape = shapeOf(schema, document, introspection)));
    const key = variablesShape(operationName, variables);
    let byShape = costs.get(document);
    let cost = byShape?.get(key);
    if (cost === undefined) {
      const measure = measureCost(schema, document, variables, operationName, introspection);
      cost = measure.cost;
      if (measure.measured) {
        if (!byShape || byShape.size >= MAX_SHAPES_PER_DOCUMENT) costs.set(document, (byShape = new Map()));
        byShape.set(key, cost);
      }
    }
    return { ...shape, cost };
  };
}

/** The refusal for the first limit the measure goes past, or null. */
export function limitRefusal(measure: DocumentMeasure, limits: GraphqlLimits): QueryLimitError | null {
  if (measure.depth > limits.maxDepth)
    return new QueryLimitError('depth', ERROR_MESSAGES.queryTooDeep(limits.maxDepth));
  if (measure.aliases > limits.maxAliases)
    return new QueryLimitError('aliases', ERROR_MESSAGES.queryTooManyAliases(limits.maxAliases));
  if (measure.directives > limits.maxDirectives)
    return new QueryLimitError('directives', ERROR_MESSAGES.queryTooManyDirectives(limits.maxDirectives));
  if (measure.cost > limits.maxCost) return new QueryLimitError('cost', ERROR_MESSAGES.queryTooCostly(limits.maxCost));
  return null;
}

/** graphql-js's own refusal when `parseOptions.maxTokens` stops the parser (« more that » in graphql 16.15). */
const TOKENS_REFUSAL = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** The French message for the parser's token limit, or null for any other parse error. */
export function tokenLimitMessage(message: string): string | null {
  const m = TOKENS_REFUSAL.exec(message);
  return m ? ERROR_MESSAGES.queryTooLong(Number(m[1])) : null;
}

/**
 * Checks every request against `limits` once Apollo has parsed it and before it validates it: refused requests are
 * answered 400 with a French message, and nothing else runs for them (not even the session is read). A document
 * Apollo already validated comes from its cache without being parsed again: it is then checked before it runs (its
 * variables may change its cost).
 */
export function graphqlLimitsPlugin(limits: GraphqlLimits): ApolloServerPlugin {
  // One cache per schema (Apollo keeps one; a new schema is measured afresh).
  const measuresBySchema = new WeakMap<GraphQLSchema, ReturnType<typeof documentMeasures>>();
  const check = (ctx: GraphQLRequestContext<object>) => {
    if (!ctx.document) return;
    let measure = measuresBySchema.get(ctx.schema);
    if (!measure) measuresBySchema.set(ctx.schema, (measure = documentMeasures(ctx.schema, limits.introspection)));
    const refusal = limitRefusal(measure(ctx.document, ctx.request.variables, ctx.request.operationName), limits);
    if (refusal) throw refusal;
  };
  return {
    async requestDidStart() {
      let checked = false;
      return {
        // Called once the document is parsed, right before Apollo validates it (a throw here stops the request;
        // the hook `parsingDidStart` returns is not awaited, so it cannot).
        async validationDidStart(ctx) {
          checked = true;
          check(ctx);
        },
        async didResolveOperation(ctx) {
          if (!checked) check(ctx);
        },
      };
    },
    // Apollo answers an error thrown before validation as an unexpected one (500, logged): the refusal thrown
    // after parsing is rethrown here, and Apollo then answers it as it is (400, our message).
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof QueryLimitError) throw error;
    },
  };
}
