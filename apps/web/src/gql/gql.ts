/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Me {\n    me {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      role\n      permissions\n      structure {\n        id\n        name\n        kind\n        city\n      }\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      fullName\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          age\n          stage\n          city\n          counsellor {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n': typeof types.PersonsDocument;
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n': typeof types.PersonDocument;
  '\n  query Counsellors {\n    counsellors {\n      id\n      fullName\n      role\n    }\n  }\n': typeof types.CounsellorsDocument;
  '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n': typeof types.CreatePersonDocument;
  '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n': typeof types.UpdatePersonDocument;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      role\n      permissions\n      structure {\n        id\n        name\n        kind\n        city\n      }\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      fullName\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          age\n          stage\n          city\n          counsellor {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n':
    types.PersonsDocument,
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n':
    types.PersonDocument,
  '\n  query Counsellors {\n    counsellors {\n      id\n      fullName\n      role\n    }\n  }\n':
    types.CounsellorsDocument,
  '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n':
    types.CreatePersonDocument,
  '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n':
    types.UpdatePersonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      role\n      permissions\n      structure {\n        id\n        name\n        kind\n        city\n      }\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      role\n      permissions\n      structure {\n        id\n        name\n        kind\n        city\n      }\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      fullName\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      fullName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          age\n          stage\n          city\n          counsellor {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          age\n          stage\n          city\n          counsellor {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Counsellors {\n    counsellors {\n      id\n      fullName\n      role\n    }\n  }\n',
): (typeof documents)['\n  query Counsellors {\n    counsellors {\n      id\n      fullName\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
