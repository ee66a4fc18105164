import { graphql } from '../../gql';

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
      }
      employmentContracts {
        id
        startDate
      }
      missions {
        id
        startDate
        minutes
      }
      attendances {
        id
        minutesAttended
        session {
          id
          kind
          sessionDate
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
