// Flat ESLint config for the whole workspace. Project boundaries are enforced with Nx tags (ADR 0012):
// - scope: api may use api and shared, web may use web and shared, shared only shared;
// - type: app > feature > data-access > util; testing (test helpers) only in tests, e2e uses anything.
// The modules inside apps/api are checked by dependency-cruiser (.dependency-cruiser.cjs, in `npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

/** What a project of each type may depend on (application code; tests get `testing` too, below). */
const TYPE_CONSTRAINTS = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:data-access', 'type:util'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:app', 'type:testing', 'type:data-access', 'type:util'] },
];

/** Test files and test support inside the applications, which may use the `type:testing` libraries. */
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.spec.tsx',
  '**/*.int-spec.ts',
  '**/*-fixture.ts',
  'apps/api/src/testing/**/*.ts',
  'apps/api/src/database/tools/**/*.ts',
];

// ADR 0011: where SQL may be written — repositories and migrations, nothing else (`node tools/check-sql-location.mjs`,
// run by `npm run lint`, checks every tracked file the same way, tools included).
const SQL_ALLOWED = ['**/*.repository.ts', '**/migrations/**'];
/** The query runner's own wrapper, which forwards each statement it retries (no SQL text of its own). */
const QUERY_CALL_ALLOWED = ['apps/api/src/database/statement-retry.ts'];
const SQL_TEXT =
  '/\\b(SELECT|INSERT INTO|DELETE FROM|UPDATE [a-z_]+ SET|FOR UPDATE|WITH [a-z_]+ AS|TRUNCATE [a-z_]+|(CREATE|ALTER|DROP) (TABLE|ROLE|DATABASE|INDEX|SCHEMA))\\b/';

const SQL_CALLS = ['query', 'createQueryBuilder'].map((name) => ({
  selector: `CallExpression[callee.property.name='${name}']`,
  message: `« .${name}( » : le SQL vit dans un *.repository.ts (ADR 0011).`,
}));
const SQL_LITERALS = ['Literal', 'TemplateElement'].map((node) => ({
  selector: `${node}[${node === 'Literal' ? 'value' : 'value.raw'}=${SQL_TEXT}]`,
  message: 'Texte SQL : il vit dans un *.repository.ts (ADR 0011).',
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/tmp/**',
      '**/.nx/**',
      '**/.data/**',
      'apps/web/src/gql/**',
      '**/vite.config.*.timestamp-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:test', 'scope:api', 'scope:web', 'scope:shared'],
            },
            ...TYPE_CONSTRAINTS,
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', disallowTypeAnnotations: false, fixStyle: 'inline-type-imports' },
      ],
    },
  },
  {
    // Tests and test support may use the testing libraries (never application code: TYPE_CONSTRAINTS above).
    files: TEST_FILES,
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:test', 'scope:api', 'scope:web', 'scope:shared'],
            },
            ...TYPE_CONSTRAINTS.map((c) =>
              c.sourceTag === 'type:util'
                ? c
                : { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] },
            ),
          ],
        },
      ],
    },
  },
  {
    // Nest relies on emitted decorator metadata: constructor parameter types must stay value imports.
    files: ['apps/api/**/*.ts', 'libs/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts', 'libs/web/**/*.tsx', 'libs/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*'],
              message: 'Le domaine partagé reste pur : ni Nest, ni TypeORM, ni React.',
            },
          ],
        },
      ],
    },
  },
  {
    // The reports library (ADR 0012) draws reports from their figures: no Nest, no database (the API's reports module
    // reads the figures and runs the jobs).
    files: ['libs/api/reports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', 'pg-*', '@tremplin/api-database', '@electric-sql/*'],
              message: 'La bibliothèque des rapports ne dépend ni de Nest ni de la base (ADR 0012).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // ADR 0011: SQL lives in repositories (and migrations). Outside them: no raw query, no query builder, no SQL text —
    // in the application, the libraries and the tests alike.
    files: ['apps/api/src/**/*.ts', 'libs/api/**/*.ts', 'test/**/*.ts'],
    ignores: [...SQL_ALLOWED, ...QUERY_CALL_ALLOWED],
    rules: { 'no-restricted-syntax': ['error', ...SQL_CALLS, ...SQL_LITERALS] },
  },
  { files: QUERY_CALL_ALLOWED, rules: { 'no-restricted-syntax': ['error', ...SQL_LITERALS] } },
  prettier,
);
