// Généré par « npm run codegen » depuis le .graphql voisin : ne pas modifier.
import type * as Types from '../../gql/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export const TraineeCardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TraineeCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TraineeCard' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'structureName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'certification' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'obtained' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'blocks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resultLabel' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evaluations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'blockTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'levelLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluatedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evaluatorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'training' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attendedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedMinutes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'site' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursStatusLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tutorFeedback' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.TraineeCardFieldsFragment, unknown>;
