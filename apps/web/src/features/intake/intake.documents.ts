import { graphql } from '../../gql';

export const PersonIntakeDocument = graphql(`
  query PersonIntake($id: ID!) {
    person(id: $id) {
      id
      version
      informationGivenOn
      consentGivenOn
      referral {
        id
        version
        prescriberKind
        prescriberKindLabel
        prescriberMasked
        prescriberOrganisation
        prescriberContactName
        prescriberContactPhone
        prescriberContactEmail
        referredOn
      }
      eligibilityDiagnoses {
        id
        author
        authorLabel
        authorName
        diagnosedOn
        validUntil
        valid
        expiredProofCount
        criteriaWithheld
        criteria {
          code
          label
          level
          sensitive
          proofLabel
          proofReference
          proofDate
          proofExpiresOn
          proofExpired
        }
      }
      passIae {
        id
        version
        number
        startDate
        endDate
        officialEndDate
        computedEndDate
        waitingPeriodEndsOn
        status
        statusLabel
        suspensions {
          id
          startDate
          endDate
          reason
          reasonLabel
        }
        prolongations {
          id
          requestedOn
          startDate
          endDate
          days
          reason
          reasonLabel
        }
      }
      employmentContracts {
        id
        startDate
      }
    }
  }
`);

export const RecordConsentDocument = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      version
      informationGivenOn
      consentGivenOn
    }
  }
`);

export const RecordReferralDocument = graphql(`
  mutation RecordReferral($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      id
      version
    }
  }
`);

export const RecordEligibilityDiagnosisDocument = graphql(`
  mutation RecordEligibilityDiagnosis($input: RecordEligibilityDiagnosisInput!) {
    recordEligibilityDiagnosis(input: $input) {
      id
      valid
      validUntil
    }
  }
`);

export const RecordPassIaeDocument = graphql(`
  mutation RecordPassIae($input: RecordPassIaeInput!) {
    recordPassIae(input: $input) {
      id
      version
      endDate
    }
  }
`);

export const SuspendPassIaeDocument = graphql(`
  mutation SuspendPassIae($input: SuspendPassIaeInput!) {
    suspendPassIae(input: $input) {
      id
      version
      endDate
    }
  }
`);

export const ProlongPassIaeDocument = graphql(`
  mutation ProlongPassIae($input: ProlongPassIaeInput!) {
    prolongPassIae(input: $input) {
      id
      version
      endDate
    }
  }
`);
