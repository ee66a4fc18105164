import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The boundary rules of ADR 0012 fail where they should: dependency-cruiser's API, with the repository's
 * .dependency-cruiser.cjs, on fixtures holding a cycle between two files, a cycle between two modules and a deep
 * import into another module. (`npm run lint` runs the same rules on apps/api/src and libs.)
 */
const root = join(__dirname, '..');

interface Result {
  violations: { rule: string; from: string; to: string; cycle?: string[] }[];
  moduleCycles: string[][];
}

function rules(...paths: string[]): Result {
  const out = execFileSync(process.execPath, [join(root, 'tools/fixtures/run-rules.mjs'), ...paths], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Result;
}

describe('dependency rules (ADR 0012)', () => {
  jest.setTimeout(60_000);

  it('no-circular refuses two files importing each other (a type import counts)', () => {
    const { violations } = rules('tools/fixtures/cycle');
    expect(violations).toEqual([
      expect.objectContaining({
        rule: 'no-circular',
        cycle: expect.arrayContaining(['tools/fixtures/cycle/first.ts', 'tools/fixtures/cycle/second.ts']),
      }),
    ]);
  });

  it('a cycle between modules is found even when no file imports itself, and a deep import is refused', () => {
    const { violations, moduleCycles } = rules('tools/fixtures/module-cycle');
    expect(moduleCycles).toEqual([['alpha', 'beta']]);
    expect(violations.filter((v) => v.rule === 'no-circular')).toEqual([]);
    expect(violations).toEqual([
      expect.objectContaining({
        rule: 'no-deep-module-import',
        from: 'tools/fixtures/module-cycle/modules/beta/deep.ts',
        to: 'tools/fixtures/module-cycle/modules/alpha/name.ts',
      }),
    ]);
  });
});
