// Généré par « npm run codegen » depuis le .graphql voisin : ne pas modifier.
import type * as Types from '../../gql/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export const FseParticipantFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FseParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FseParticipant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labourMarketStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iscedLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'situations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'situationsAnswered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitSituation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsCheckedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsEmployed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsImprovedSituation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.FseParticipantFieldsFragment, unknown>;
export const FseParticipantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FseParticipants' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FseParticipantFields' } }],
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
      name: { kind: 'Name', value: 'FseParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FseParticipant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labourMarketStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iscedLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'situations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'situationsAnswered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitSituation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsCheckedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsEmployed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsImprovedSituation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.FseParticipantsQuery, Types.FseParticipantsQueryVariables>;
export const EnrolFseParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnrolFseParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EnrolFseParticipantInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enrolFseParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FseParticipantFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FseParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FseParticipant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labourMarketStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iscedLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'situations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'situationsAnswered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitSituation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsCheckedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsEmployed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsImprovedSituation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.EnrolFseParticipantMutation, Types.EnrolFseParticipantMutationVariables>;
export const UpdateFseParticipantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateFseParticipant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateFseParticipantInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateFseParticipant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FseParticipantFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FseParticipantFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FseParticipant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
          { kind: 'Field', name: { kind: 'Name', value: 'labourMarketStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'iscedLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'situations' } },
          { kind: 'Field', name: { kind: 'Name', value: 'situationsAnswered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitSituation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsCheckedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsEmployed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sixMonthsImprovedSituation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.UpdateFseParticipantMutation, Types.UpdateFseParticipantMutationVariables>;
export const FseParticipantsCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FseParticipantsCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agreementId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fseParticipantsCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agreementId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agreementId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.FseParticipantsCsvQuery, Types.FseParticipantsCsvQueryVariables>;
