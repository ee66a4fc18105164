import { graphql } from '../../gql';

export const PersonRecruitmentDocument = graphql(`
  query PersonRecruitment($id: ID!) {
    person(id: $id) {
      id
      events {
        id
        kind
        kindLabel
        occurredOn
        title
        notes
        confidential
        author {
          id
          fullName
        }
      }
      immersions {
        id
        hostName
        hostTutorName
        objective
        objectiveLabel
        startDate
        endDate
        days
        comment
        hostOrganisation {
          id
          name
        }
      }
      missions {
        id
        kind
        kindLabel
        site
        startDate
        endDate
        minutes
        tutorFeedback
        hoursStatus
        hoursStatusLabel
        hoursReviewedAt
        hoursReviewComment
        version
        hostOrganisation {
          id
          name
        }
      }
      admissionDecisions {
        id
        outcome
        outcomeLabel
        decidedOn
        comment
      }
      employmentContracts {
        id
        kind
        kindLabel
        startDate
        endDate
        weeklyMinutes
      }
    }
    partnerOrganisations {
      id
      name
      city
    }
  }
`);

export const RecordImmersionDocument = graphql(`
  mutation RecordImmersion($input: RecordImmersionInput!) {
    recordImmersion(input: $input) {
      id
      hostName
      hostTutorName
      objective
      objectiveLabel
      startDate
      endDate
      days
    }
  }
`);

export const RecordAdmissionDecisionDocument = graphql(`
  mutation RecordAdmissionDecision($input: RecordAdmissionDecisionInput!) {
    recordAdmissionDecision(input: $input) {
      id
      outcome
      outcomeLabel
      decidedOn
      comment
    }
  }
`);

export const RecordEmploymentContractDocument = graphql(`
  mutation RecordEmploymentContract($input: RecordEmploymentContractInput!) {
    recordEmploymentContract(input: $input) {
      id
      kind
      kindLabel
      startDate
      endDate
      weeklyMinutes
    }
  }
`);
