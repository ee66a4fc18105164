import { graphql } from '../../gql';

/** A report job as the « Rapports générés » list shows it: its parameters, its progress, its files when ready. */
export const ReportJobFieldsFragment = graphql(`
  fragment ReportJobFields on ReportJob {
    id
    kind
    kindLabel
    agreementId
    partnershipId
    status
    statusLabel
    progress
    progressLabel
    periodStart
    periodEnd
    subjectLabel
    requestedBy
    createdAt
    startedAt
    finishedAt
    error
    figuresSha256
    pdfSha256
    xlsxSha256
    pdfPages
    pdfUrl
    xlsxUrl
  }
`);

/** What a report can be on: the structure's agreements (with the report their funder expects) and partnerships. */
export const ReportSubjectsDocument = graphql(`
  query ReportSubjects {
    reportSubjects {
      agreements {
        id
        reference
        title
        funderName
        funderKind
        reportKind
        startDate
        endDate
      }
      partnerships {
        id
        partnerName
      }
    }
  }
`);

/** The structure's reports, newest first (`first` = how many; one more than shown tells whether there are more). */
export const ReportJobsDocument = graphql(`
  query ReportJobs($first: Int) {
    reportJobs(first: $first) {
      ...ReportJobFields
    }
  }
`);

export const GenerateReportDocument = graphql(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      ...ReportJobFields
    }
  }
`);
