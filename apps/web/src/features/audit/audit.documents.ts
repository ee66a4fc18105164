import { graphql } from '../../gql';

/** Who did what on a person's file (partner reads, proposals, hours reviews), newest first, a page at a time. */
export const PersonAuditLogDocument = graphql(`
  query PersonAuditLog($personId: ID!, $first: Int, $offset: Int) {
    personAuditLog(personId: $personId, first: $first, offset: $offset) {
      totalCount
      items {
        id
        occurredAt
        action
        actionLabel
        actorLabel
        actorRole
        actorRoleLabel
        actorOrganisation
        subjectType
        details
      }
    }
  }
`);
