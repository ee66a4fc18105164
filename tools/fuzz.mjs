// `npm run test:fuzz`: the schema fuzz at nightly size (apps/api/src/testing/schema-fuzz.int-spec.ts, docs/security.md
// « Fuzz »). FUZZ_CALLS (10,000 by default) calls from FUZZ_SEED (14 by default); prints its figures and writes them
// to tmp/fuzz-<seed>-<calls>.json. Exits non-zero if a call got an internal error or a control character was stored.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_CALLS: process.env.FUZZ_CALLS ?? '10000', FUZZ_SEED: process.env.FUZZ_SEED ?? '14' };
const r = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--disable-warning=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '-c',
    'jest.int.config.js',
    'apps/api/src/testing/schema-fuzz.int-spec.ts',
  ],
  { stdio: 'inherit', env },
);
process.exit(r.status ?? 1);
