import { graphql } from '../../gql';

/** Where the file stands in its retention (direction only). */
export const PersonDataRetentionDocument = graphql(`
  query PersonDataRetention($personId: ID!) {
    personDataRetention(personId: $personId) {
      personId
      lastContactOn
      anonymisationOn
      legalHoldReason
      legalHoldUntil
      fseHoldUntil
      noticeSentAt
      anonymisedAt
    }
  }
`);

export const SetPersonLegalHoldDocument = graphql(`
  mutation SetPersonLegalHold($input: SetPersonLegalHoldInput!) {
    setPersonLegalHold(input: $input) {
      personId
      lastContactOn
      anonymisationOn
      legalHoldReason
      legalHoldUntil
      fseHoldUntil
      noticeSentAt
      anonymisedAt
    }
  }
`);

export const LiftPersonLegalHoldDocument = graphql(`
  mutation LiftPersonLegalHold($input: LiftPersonLegalHoldInput!) {
    liftPersonLegalHold(input: $input) {
      personId
      lastContactOn
      anonymisationOn
      legalHoldReason
      legalHoldUntil
      fseHoldUntil
      noticeSentAt
      anonymisedAt
    }
  }
`);
