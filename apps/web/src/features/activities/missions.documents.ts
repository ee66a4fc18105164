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
