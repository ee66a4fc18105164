import { graphql } from '../../gql';

export const PersonTutoringDocument = graphql(`
  query PersonTutoring($id: ID!) {
    person(id: $id) {
      id
      targetCertification {
        id
        title
      }
      tutorings {
        id
        startDate
        endDate
        active
        tutor {
          id
          fullName
          side
          sideLabel
          jobTitle
          partnerOrganisation {
            id
            name
          }
        }
      }
      skillsProgress {
        block {
          id
          code
          title
          position
        }
        level
        levelLabel
        evaluatedOn
        history {
          level
          levelLabel
          evaluatedOn
          evaluatorName
        }
        version
      }
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
    }
    tutors {
      id
      fullName
      side
      sideLabel
      jobTitle
      activeTraineeCount
      partnerOrganisation {
        id
        name
      }
    }
    partnerOrganisations {
      id
      name
      city
    }
  }
`);

export const AssignTutorDocument = graphql(`
  mutation AssignTutor($input: AssignTutorInput!) {
    assignTutor(input: $input) {
      id
      startDate
      endDate
      active
    }
  }
`);

export const EndTutoringDocument = graphql(`
  mutation EndTutoring($input: EndTutoringInput!) {
    endTutoring(input: $input) {
      id
      endDate
      active
    }
  }
`);

export const CreateTutorDocument = graphql(`
  mutation CreateTutor($input: CreateTutorInput!) {
    createTutor(input: $input) {
      id
      fullName
      side
    }
  }
`);

export const RecordSkillsEvaluationDocument = graphql(`
  mutation RecordSkillsEvaluation($input: RecordSkillsEvaluationInput!) {
    recordSkillsEvaluation(input: $input) {
      id
      blockId
      level
      evaluatedOn
    }
  }
`);

/** recordPathwayEvent for tutor meetings and interview simulations (named apart from the other tabs' uses). */
