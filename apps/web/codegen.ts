import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web app's GraphQL client code comes from the API's committed schema and the `.graphql` files beside the
 * features (`npm run codegen`; generated files are never edited, `npm run check:generated` checks them):
 * - `src/gql/graphql.ts`: the types of every operation and fragment, and the inputs and enums they use (types only);
 * - `<name>.generated.ts` beside each `<name>.graphql`: its typed documents (`XDocument`, `XFragmentDoc`), so that a
 *   page's chunk holds only the documents its code imports (no map of every document, as the `client` preset's
 *   `graphql()` had, which put all of them into whichever chunk called it).
 *
 * Data masking (Apollo Client's `dataMasking: true`, ADR 0013): a fragment's fields are typed only where the fragment
 * is read (`useFragment` with its `XFragmentDoc`); an operation or fragment that spreads it gets a reference
 * (`' $fragmentRefs'`) instead of the fields (`inlineFragmentTypes: 'mask'`), except where the spread carries Apollo's
 * `@unmask` (`customDirectives.apolloUnmask`). `src/app/apollo-masking.d.ts` tells Apollo Client these are the types.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  config: {
    useTypeImports: true,
    scalars: { DateTime: 'string' },
    inlineFragmentTypes: 'mask',
    customDirectives: { apolloUnmask: true },
  },
  generates: {
    'apps/web/src/gql/graphql.ts': {
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations'],
    },
    'apps/web/src/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', baseTypesPath: 'gql/graphql.ts' },
      plugins: [
        { add: { content: '// Généré par « npm run codegen » depuis le .graphql voisin : ne pas modifier.' } },
        'typed-document-node',
      ],
      config: { importOperationTypesFrom: 'Types' },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write --log-level warn'] },
};
export default config;
