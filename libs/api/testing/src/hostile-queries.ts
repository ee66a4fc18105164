/**
 * GraphQL documents built to make a server work for nothing, under a few kilobytes each: what the request limits
 * (apps/api/src/core/graphql/request-limits.ts, docs/security.md) must refuse in milliseconds. Shared by the tests
 * and the benchmark (`npm run bench:limits`).
 */

/** `n` fragments, each spreading the next one twice: 2^n spreads once written out; 25 levels fit in under 1 KB. */
export function fragmentChain(n: number): string {
  let text = '{...F0}';
  for (let i = 0; i < n; i++) text += ` fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`;
  return `${text} fragment F${n} on Query{me{id}}`;
}

/** `n` aliases of a full page of the caseload: 1,000 of them once answered 121 MB. */
export function aliasFlood(n: number): string {
  const page = 'persons(first: 100) { totalCount edges { node { id firstName lastName } } }';
  return `{ ${Array.from({ length: n }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
}

/** A selection `levels` fields deep (`{ a { a { … id } } }`): refused for its depth before its fields are checked. */
export function deepQuery(levels: number): string {
  return `{ ${'a { '.repeat(levels - 1)}id${' }'.repeat(levels - 1)} }`;
}

/** One field asked `n` times: some `n` lexical tokens. */
export function tokenFlood(n: number): string {
  return `{ me { ${'id '.repeat(n)}} }`;
}

/** One field under `n` directives. */
export function directiveFlood(n: number): string {
  return `{ me ${'@include(if: true) '.repeat(n)}{ id } }`;
}
