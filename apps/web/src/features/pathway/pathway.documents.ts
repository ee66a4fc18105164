import { graphql } from '../../gql';

export const PersonHeaderDocument = graphql(`
  query PersonHeader($id: ID!) {
    person(id: $id) {
      id
      firstName
      lastName
      age
      stage
      version
      counsellor {
        id
        fullName
      }
      passIae {
        id
        endDate
        statusLabel
      }
      alerts {
        code
        label
        severity
        message
        dueDate
      }
    }
  }
`);

export const PersonPathwayDocument = graphql(`
  query PersonPathway($id: ID!) {
    person(id: $id) {
      id
      stage
      version
      nextStageGate {
        toStage
        missing
      }
      stageHistory {
        id
        fromStage
        toStage
        effectiveOn
        reason
        overrideReason
        missingEvidence
        author {
          id
          fullName
        }
      }
      timeline {
        id
        date
        kind
        kindLabel
        title
        detail
        confidential
      }
    }
  }
`);

export const ChangeStageDocument = graphql(`
  mutation ChangeStage($input: ChangeStageInput!) {
    changeStage(input: $input) {
      id
      stage
      version
    }
  }
`);
