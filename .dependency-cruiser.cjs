/**
 * Module boundaries of the API (ADR 0012), checked by `npm run lint` (`depcruise apps/api/src libs --config
 * .dependency-cruiser.cjs`) and by `tools/dependency-rules.spec.ts` on a fixture.
 */
// The modules of the API (and the fixtures of tools/dependency-rules.spec.ts).
const MODULES = '^(?:apps/api/src|tools/fixtures/[^/]+)/modules/';
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file must not reach itself through its imports (type imports included): break the cycle (ADR 0012).',
      from: { path: '^(apps/api/src|libs|tools/fixtures)/' },
      to: { circular: true },
    },
    {
      name: 'no-deep-module-import',
      severity: 'error',
      comment:
        'A module is used through its public API only, modules/<m>/index.ts (run node tools/codemods/module-imports.mjs).',
      from: { path: `${MODULES}([^/]+)/` },
      to: { path: `${MODULES}[^/]+/.`, pathNot: [`${MODULES}$1/`, `${MODULES}[^/]+/index\\.ts$`] },
    },
    {
      name: 'no-deep-module-import-from-outside',
      severity: 'error',
      comment:
        'Outside the modules (testing, tools, the app), a module is used through its index only; core and database ' +
        'may name an entity file (loading the index would load services that import core back: a load cycle).',
      from: { path: '^apps/api/src/', pathNot: [MODULES, '^apps/api/src/(core|database)/'] },
      to: { path: `${MODULES}[^/]+/.`, pathNot: `${MODULES}[^/]+/index\\.ts$` },
    },
    {
      name: 'core-through-index-or-entity',
      severity: 'error',
      comment: 'core and database use a module through its index, or name one of its entity files (ADR 0012).',
      from: { path: '^apps/api/src/(core|database)/' },
      to: { path: `${MODULES}[^/]+/.`, pathNot: [`${MODULES}[^/]+/index\\.ts$`, '\\.entit(y|ies)\\.ts$'] },
    },
    {
      name: 'core-not-into-modules',
      severity: 'error',
      comment:
        'core and database sit below the modules. The files listed in pathNot are the known exceptions (the schema ' +
        "registry, the seeds, and core/auth's use of the users and structures entities): do not add to them.",
      from: {
        path: '^apps/api/src/(core|database)/',
        pathNot: [
          '\\.(int-)?spec\\.ts$',
          '^apps/api/src/database/entities\\.ts$',
          '^apps/api/src/database/seeds/',
          '^apps/api/src/core/auth/',
          '^apps/api/src/core/access/person-access\\.ts$',
          '^apps/api/src/core/access/access\\.repository\\.ts$',
          '^apps/api/src/core/graphql/data-loaders\\.ts$',
        ],
      },
      to: { path: MODULES },
    },
    {
      name: 'reports-testing-in-tests-only',
      severity: 'error',
      comment:
        'The PDF read-back of the reports library (@tremplin/api-reports/testing) is test code: tests and test support ' +
        'only, never the application or the library itself (it is left out of the build).',
      from: {
        path: '^(apps/api/src|libs/api/reports/src)/',
        pathNot: [
          '\\.(int-)?spec\\.ts$',
          '-fixture\\.ts$',
          '^apps/api/src/testing/',
          '^apps/api/src/database/tools/',
          '^libs/api/reports/src/testing/',
        ],
      },
      to: { path: '^libs/api/reports/src/testing/' },
    },
    {
      name: 'libs-not-into-apps',
      severity: 'error',
      comment: 'Libraries never import an application.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '(^|/)dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
