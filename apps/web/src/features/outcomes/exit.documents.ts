import { graphql } from '../../gql';

/** What the presence rule counted: the annex and its period, the contract start, the missions and training hours. */
export const ExitPresenceFieldsFragment = graphql(`
  fragment ExitPresenceFields on ExitPresence {
    counts
    explanation
    rule
    ruleKind
    exitDate
    contractStart
    annex {
      reference
      startDate
      endDate
    }
    minutesWorked
    hours {
      source
      id
      kindLabel
      startDate
      endDate
      minutes
      label
      place
    }
  }
`);

export const PersonExitDocument = graphql(`
  query PersonExit($id: ID!) {
    person(id: $id) {
      id
      stage
      hires {
        id
        employerName
        employerOrganisation {
          id
          name
        }
        contractType
        contractTypeLabel
        startDate
        weeklyMinutes
        jobTitle
        retentionChecks {
          id
          monthsAfter
          checkedOn
          stillEmployed
          comment
        }
        nextRetentionCheck {
          monthsAfter
          dueOn
        }
      }
      exit {
        id
        exitDate
        reason
        reasonLabel
        category
        categoryLabel
        counts
        presenceExplanation
        minutesWorked
        contractStart
        comment
        warnings
        presence {
          ...ExitPresenceFields
        }
      }
    }
    partnerOrganisations {
      id
      name
      city
    }
  }
`);

export const RecordHireDocument = graphql(`
  mutation RecordHire($input: RecordHireInput!) {
    recordHire(input: $input) {
      id
    }
  }
`);

export const RecordRetentionCheckDocument = graphql(`
  mutation RecordRetentionCheck($input: RecordRetentionCheckInput!) {
    recordRetentionCheck(input: $input) {
      id
      retentionChecks {
        id
        monthsAfter
        checkedOn
        stillEmployed
      }
      nextRetentionCheck {
        monthsAfter
        dueOn
      }
    }
  }
`);

export const RecordExitDocument = graphql(`
  mutation RecordExit($input: RecordExitInput!) {
    recordExit(input: $input) {
      id
      exitDate
      counts
    }
  }
`);

export const PersonExitPreviewDocument = graphql(`
  query PersonExitPreview($id: ID!, $exitDate: String!, $reason: String) {
    person(id: $id) {
      id
      exitPreview(exitDate: $exitDate, reason: $reason) {
        presence {
          ...ExitPresenceFields
        }
        errors {
          field
          message
        }
        warnings
      }
    }
  }
`);
