import { graphql } from '../../gql';

export const ImportUploadDocument = graphql(`
  query ImportUpload($id: ID!) {
    importUpload(id: $id) {
      id
      fileName
      format
      encoding
      delimiter
      headers
      proposedMapping
      rowCount
      sampleRows
    }
  }
`);

export const ImportRowFieldsFragment = graphql(`
  fragment ImportRowFields on ImportRow {
    line
    outcome
    outcomeLabel
    name
    personId
    changes
    problems {
      column
      message
    }
    notes {
      column
      message
    }
  }
`);

export const DryRunImportDocument = graphql(`
  mutation DryRunImport($input: RunImportInput!) {
    dryRunImport(input: $input) {
      counts {
        created
        completed
        unchanged
        refused
      }
      rows {
        ...ImportRowFields
      }
    }
  }
`);

export const RunImportDocument = graphql(`
  mutation RunImport($input: RunImportInput!) {
    runImport(input: $input) {
      counts {
        created
        completed
        unchanged
        refused
      }
      rows {
        ...ImportRowFields
      }
      log {
        id
      }
    }
  }
`);

export const ImportLogsDocument = graphql(`
  query ImportLogs {
    importLogs {
      id
      fileName
      sha256
      createdAt
      importedByName
      counts {
        created
        completed
        unchanged
        refused
      }
    }
  }
`);
