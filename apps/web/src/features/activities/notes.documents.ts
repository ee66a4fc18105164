import { graphql } from '../../gql';

export const PersonNotesDocument = graphql(`
  query PersonNotes($id: ID!) {
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
    }
  }
`);

/** recordPathwayEvent for follow-up interviews and case notes (named apart from the other tabs' uses). */
