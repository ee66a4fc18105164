import { graphql } from '../../gql';

export const PersonMissionsDocument = graphql(`
  query PersonMissions($id: ID!) {
    person(id: $id) {
      id
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
        placementStatus {
          level
          message
          minutesInWindow
        }
      }
      placementTotals {
        hostOrganisationId
        hostOrganisation {
          id
          name
        }
        level
        message
        minutesInWindow
        windowStart
        windowEnd
      }
    }
    partnerOrganisations {
      id
      name
      city
    }
  }
`);

export const RecordMissionDocument = graphql(`
  mutation RecordMission($input: RecordMissionInput!) {
    recordMission(input: $input) {
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
      version
      hostOrganisation {
        id
        name
      }
      placementStatus {
        level
        message
        minutesInWindow
      }
    }
  }
`);

/** A correction of a mission's hours not yet confirmed by the employer (a disputed one goes back to « à confirmer »). */
export const CorrectMissionHoursDocument = graphql(`
  mutation CorrectMissionHours($input: CorrectMissionHoursInput!) {
    correctMissionHours(input: $input) {
      id
      startDate
      endDate
      minutes
      tutorFeedback
      hoursStatus
      hoursStatusLabel
      hoursReviewedAt
      hoursReviewComment
      version
    }
  }
`);
