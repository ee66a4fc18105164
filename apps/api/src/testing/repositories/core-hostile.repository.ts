/**
 * SQL injection attempts the schema fuzzer sends as text values: they must reach the database as parameters and be
 * stored (or refused) as text, never run (ADR 0011: SQL text lives in repositories, even as test data).
 */
export const SQL_INJECTION_PAYLOADS: readonly string[] = [
  "'; DROP TABLE person; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
];
