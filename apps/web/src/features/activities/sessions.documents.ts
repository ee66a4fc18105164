import { graphql } from '../../gql';

export const CollectiveSessionsDocument = graphql(`
  query CollectiveSessions($kind: String, $from: String, $to: String) {
    collectiveSessions(kind: $kind, from: $from, to: $to) {
      id
      kind
      kindLabel
      title
      trainingBody
      sessionDate
      plannedMinutes
      certificationBlockId
      certificationBlock {
        id
        code
        title
      }
      attendances {
        id
        minutesAttended
        absence
        absenceLabel
        version
        person {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

/** The certifications and their blocks, to tie a session to the block it works on. */
export const SessionCertificationsDocument = graphql(`
  query SessionCertifications {
    certifications {
      id
      title
      blocks {
        id
        code
        title
        position
      }
    }
  }
`);

export const CreateCollectiveSessionDocument = graphql(`
  mutation CreateCollectiveSession($input: CreateCollectiveSessionInput!) {
    createCollectiveSession(input: $input) {
      id
      kind
      kindLabel
      title
      trainingBody
      sessionDate
      plannedMinutes
      certificationBlockId
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      plannedMinutes
      attendances {
        id
        minutesAttended
        absence
        absenceLabel
        version
        person {
          id
          firstName
          lastName
        }
      }
    }
  }
`);
