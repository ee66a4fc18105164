// Apollo Client's data masking with GraphQL Codegen's masked types (`inlineFragmentTypes: 'mask'` in
// apps/web/codegen.ts): `FragmentType`, `MaybeMasked` and `Unmasked` follow the generated `' $fragmentRefs'` and
// `' $fragmentName'` markers, so a component sees only the fields its own operation or fragment selects.
import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: it adds the supertype's members
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
