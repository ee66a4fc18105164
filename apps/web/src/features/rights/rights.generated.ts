// Généré par « npm run codegen » depuis le .graphql voisin : ne pas modifier.
import type * as Types from '../../gql/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

export const PersonDataRetentionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonDataRetention' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'personDataRetention' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastContactOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisationOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalHoldReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalHoldUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fseHoldUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeSentAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.PersonDataRetentionQuery, Types.PersonDataRetentionQueryVariables>;
export const SetPersonLegalHoldDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPersonLegalHold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPersonLegalHoldInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPersonLegalHold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastContactOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisationOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalHoldReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalHoldUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fseHoldUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeSentAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.SetPersonLegalHoldMutation, Types.SetPersonLegalHoldMutationVariables>;
export const LiftPersonLegalHoldDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LiftPersonLegalHold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LiftPersonLegalHoldInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'liftPersonLegalHold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastContactOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisationOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalHoldReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalHoldUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fseHoldUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeSentAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.LiftPersonLegalHoldMutation, Types.LiftPersonLegalHoldMutationVariables>;
