import { graphql } from '../../gql';

/**
 * The trainee card: the only view of a person a partner ever gets. Shared by the counsellor's preview
 * (`proposalPreview`) and the partner portal (`portalProposal`), so that both render exactly the same thing.
 */
export const TraineeCardFieldsFragment = graphql(`
  fragment TraineeCardFields on TraineeCard {
    displayName
    phone
    email
    structureName
    message
    certification {
      title
      code
      statusLabel
      obtained
      blocks {
        code
        title
        levelLabel
        evaluatedOn
        resultLabel
      }
    }
    evaluations {
      blockTitle
      levelLabel
      evaluatedOn
      evaluatorName
      comment
    }
    training {
      attendedMinutes
      plannedMinutes
    }
    missions {
      id
      kindLabel
      site
      startDate
      endDate
      minutes
      hoursStatus
      hoursStatusLabel
      tutorFeedback
    }
  }
`);
