// ADR 0011: SQL text lives in repositories (`*.repository.ts`, `*.repository.mjs`) and migrations, nowhere else —
// not in services, the database layer's helpers, test builders, specs or tools. This walks every tracked source file
// (`git ls-files`) and prints each line holding SQL outside them; it exits 1 if it finds one.
// `node tools/check-sql-location.mjs [path…]` checks only the files under the given paths.
// ESLint's `no-restricted-syntax` refuses the same in TypeScript as it is typed; this check is the whole-tree answer
// to « does git grep find SQL outside repositories and migrations? », JavaScript tools included.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Statements and clauses as SQL spells them (upper case, as this codebase writes SQL), not English prose. */
export const SQL_PATTERNS = [
  /\bSELECT\b[\s\S]{0,400}?\bFROM\b/,
  /\bSELECT\s+(?:1|true|now\(\)|pg_|set_config|current_|count\(|\$\d|'[^']*'::)/,
  /\bINSERT INTO\b/,
  /\bDELETE FROM\b/,
  /\bUPDATE\s+"?[a-z_]+"?\s+(?:AS\s+\w+\s+)?SET\b/,
  /\bFOR (?:NO KEY )?UPDATE\b/,
  /\bWITH\s+(?:RECURSIVE\s+)?[a-z_]+\s+AS\s*\(/,
  /\b(?:CREATE|ALTER|DROP)\s+(?:TABLE|ROLE|DATABASE|SCHEMA|INDEX|EXTENSION|FUNCTION|TRIGGER|VIEW|TYPE|USER)\b/,
  /\b(?:GRANT|REVOKE)\s+[A-Z, ]+\s+ON\b/,
  /\bTRUNCATE\s+(?:TABLE\s+)?"?[a-z_]/,
  /\bSET\s+(?:ROLE|LOCAL|SESSION)\b/,
  /\bLOCK TABLE\b/,
  /\b(?:PREPARE|EXECUTE|DEALLOCATE)\s+"?[a-z_]+"?\s*(?:\(|AS\b|;|$)/,
  /\bpg_(?:terminate_backend|cancel_backend|advisory_(?:xact_)?lock|try_advisory_(?:xact_)?lock)\s*\(/,
];

/** Where SQL belongs: repositories and migrations. */
const ALLOWED = [/\.repository\.(?:ts|mjs)$/, /(?:^|\/)migrations\//];
/** Not source: SQL snapshots of the repositories, documentation, generated code, and this check with the lint rule. */
const NOT_SOURCE = [
  /\.(?:sql|md|graphql|json|ya?ml|csv|txt|html|css|svg|lock)$/,
  /^apps\/web\/src\/gql\//,
  /\.generated\.ts$/,
  /^tools\/check-sql-location\.(?:mjs|spec\.ts)$/,
  /^eslint\.config\.mjs$/,
];
const SOURCE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;

/** `text` without its comments (kept as blank lines, so that line numbers hold): a comment may name a clause. */
function withoutComments(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (c, before) => before);
}

/** Lines of `text` holding SQL: statements may span lines, so each match is reported at the line it starts on. */
export function sqlLines(source) {
  const text = withoutComments(source);
  const found = new Map();
  for (const pattern of SQL_PATTERNS) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of text.matchAll(global)) {
      const line = text.slice(0, m.index).split('\n').length;
      if (!found.has(line)) found.set(line, source.split('\n')[line - 1].trim().slice(0, 120));
    }
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]);
}

export function misplacedSql(paths = []) {
  const files = execFileSync('git', ['ls-files', '--', ...paths], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && SOURCE.test(f) && !ALLOWED.some((p) => p.test(f)) && !NOT_SOURCE.some((p) => p.test(f)));
  const out = [];
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // deleted in the working tree
    }
    for (const [line, excerpt] of sqlLines(text)) out.push(`${file}:${line}: ${excerpt}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = misplacedSql(process.argv.slice(2));
  if (found.length) {
    process.stderr.write(
      `${found.join('\n')}\n\n${found.length} ligne(s) de SQL hors des dépôts (*.repository.ts) et des migrations (ADR 0011).\n`,
    );
    process.exit(1);
  }
  process.stdout.write('SQL : uniquement dans les dépôts et les migrations.\n');
}
