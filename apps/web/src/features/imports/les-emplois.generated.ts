// Généré par « npm run codegen » depuis le .graphql voisin : ne pas modifier.
import type * as Types from '../../gql/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

export const LesEmploisLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LesEmploisLink' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lesEmploisLink' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'linked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyConfigured' } },
                { kind: 'Field', name: { kind: 'Name', value: 'apiUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.LesEmploisLinkQuery, Types.LesEmploisLinkQueryVariables>;
export const LinkLesEmploisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkLesEmplois' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkLesEmplois' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'linked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyConfigured' } },
                { kind: 'Field', name: { kind: 'Name', value: 'apiUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.LinkLesEmploisMutation, Types.LinkLesEmploisMutationVariables>;
export const UnlinkLesEmploisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnlinkLesEmplois' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlinkLesEmplois' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'linked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyConfigured' } },
                { kind: 'Field', name: { kind: 'Name', value: 'apiUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.UnlinkLesEmploisMutation, Types.UnlinkLesEmploisMutationVariables>;
export const SyncLesEmploisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SyncLesEmplois' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'syncLesEmplois' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refused' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImportRowFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'log' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'problems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.SyncLesEmploisMutation, Types.SyncLesEmploisMutationVariables>;
