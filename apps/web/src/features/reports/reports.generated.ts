// Généré par « npm run codegen » depuis le .graphql voisin : ne pas modifier.
import type * as Types from '../../gql/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export const ReportJobFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnershipId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progressLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'figuresSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'xlsxSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfPages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'xlsxUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.ReportJobFieldsFragment, unknown>;
export const ReportSubjectsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportSubjects' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportSubjects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agreements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'funderName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'funderKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reportKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.ReportSubjectsQuery, Types.ReportSubjectsQueryVariables>;
export const ReportJobsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportJobs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportJobs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportJobFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnershipId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progressLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'figuresSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'xlsxSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfPages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'xlsxUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.ReportJobsQuery, Types.ReportJobsQueryVariables>;
export const GenerateReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GenerateReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GenerateReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'generateReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportJobFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportJobFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportJob' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agreementId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnershipId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progressLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'figuresSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'xlsxSha256' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfPages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'xlsxUrl' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<Types.GenerateReportMutation, Types.GenerateReportMutationVariables>;
