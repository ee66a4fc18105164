import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The committed `schema.graphql`: the live schema, sorted, with a header. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------

${printSchema(lexicographicSortSchema(schema))}
`;
}

export const SCHEMA_FILE = 'apps/api/schema.graphql';
