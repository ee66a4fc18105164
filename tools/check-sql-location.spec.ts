import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * `tools/check-sql-location.mjs` (run by `npm run lint`) finds SQL where ADR 0011 forbids it and not in prose: its
 * `sqlLines` on samples, through a child process (the check is an ES module).
 */
const root = join(__dirname, '..');

function sqlLines(text: string): number[] {
  const script = `import('./tools/check-sql-location.mjs').then((m) =>
    process.stdout.write(JSON.stringify(m.sqlLines(${JSON.stringify(text)}).map(([line]) => line))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as number[];
}

describe('check-sql-location (ADR 0011)', () => {
  jest.setTimeout(30_000);

  it('finds statements, clauses and DDL, at the line where each starts', () => {
    const sample = [
      'const a = `SELECT id',
      '  FROM person WHERE id = $1`;',
      "await db.query('INSERT INTO note (body) VALUES ($1)');",
      "const b = 'UPDATE person SET stage = $2 WHERE id = $1';",
      "const c = 'DELETE FROM note';",
      "const d = 'SELECT pg_backend_pid() AS pid';",
      'const e = `CREATE ROLE tremplin_app LOGIN`;',
      "const f = 'GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO app';",
      "const g = 'SELECT 1 FROM session FOR UPDATE SKIP LOCKED';",
      "const h = 'WITH page AS (SELECT 1) SELECT * FROM page';",
      "const i = 'TRUNCATE note';",
      "const j = 'SELECT set_config($1, $2, true)';",
    ].join('\n');
    expect(sqlLines(sample)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('leaves prose and comments alone: a select of a form, « FOR UPDATE » named in a comment', () => {
    const sample = [
      '/**',
      ' * Options of a select (the empty choice is added by the form).',
      " * The report queue claims its rows with 'FOR UPDATE SKIP LOCKED'.",
      ' */',
      '// rows are locked `FOR UPDATE` in id order, then SELECT … FROM is read once',
      "const label = 'Select the person from the list';",
      "const url = 'http://example.org/select';",
    ].join('\n');
    expect(sqlLines(sample)).toEqual([]);
  });
});
