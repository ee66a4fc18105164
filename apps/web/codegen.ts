import type { CodegenConfig } from '@graphql-codegen/cli';

/** The web app's types come from the API's committed schema; `npm run codegen` rewrites src/gql (never edited). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: false, scalars: { DateTime: 'string' } },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write --log-level warn'] },
};
export default config;
