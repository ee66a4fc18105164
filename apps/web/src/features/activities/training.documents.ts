import { graphql } from '../../gql';

export const PersonTrainingDocument = graphql(`
  query PersonTraining($id: ID!) {
    person(id: $id) {
      id
      trainingHours {
        plannedMinutes
        plannedToDateMinutes
        attendedMinutes
      }
      attendances {
        id
        minutesAttended
        absence
        absenceLabel
        session {
          id
          kind
          kindLabel
          title
          trainingBody
          sessionDate
          plannedMinutes
        }
      }
    }
  }
`);
