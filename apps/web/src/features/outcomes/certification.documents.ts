import { graphql } from '../../gql';

export const PersonCertificationDocument = graphql(`
  query PersonCertification($id: ID!) {
    person(id: $id) {
      id
      version
      certificationOutcome
      certificationOutcomeLabel
      targetCertification {
        id
        title
        rncpCode
        level
        certifier
        blocks {
          id
          code
          title
          position
        }
      }
      examSessions {
        id
        sessionDate
        centre
        outcome
        outcomeLabel
        certification {
          id
          title
        }
        results {
          block {
            id
            code
            title
          }
          result
          resultLabel
        }
      }
    }
    certifications {
      id
      title
      rncpCode
      level
      certifier
    }
  }
`);

export const SetTargetCertificationDocument = graphql(`
  mutation SetTargetCertification($input: SetTargetCertificationInput!) {
    setTargetCertification(input: $input) {
      id
      version
    }
  }
`);

export const RecordExamSessionDocument = graphql(`
  mutation RecordExamSession($input: RecordExamSessionInput!) {
    recordExamSession(input: $input) {
      id
      outcome
    }
  }
`);
