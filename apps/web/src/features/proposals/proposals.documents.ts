import { graphql } from '../../gql';

/** A hiring need, as the counsellor picks it: partner — job — site — start date. */
export const HiringNeedOptionFieldsFragment = graphql(`
  fragment HiringNeedOptionFields on HiringNeed {
    id
    jobTitle
    positions
    startDate
    status
    statusLabel
    partnerOrganisation {
      id
      name
    }
    site {
      id
      name
      city
    }
  }
`);

/** Fields of a proposal shown in the person file, with its history. */
export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on Proposal {
    id
    personId
    status
    statusLabel
    consentGivenOn
    shareFullName
    shareContact
    consentWithdrawnAt
    message
    proposedAt
    decidedAt
    declineReason
    declineReasonLabel
    decisionComment
    withdrawnAt
    withdrawalReason
    version
    hiringNeed {
      ...HiringNeedOptionFields
    }
    hire {
      id
      contractTypeLabel
      startDate
      weeklyMinutes
      jobTitle
    }
    events {
      id
      kind
      kindLabel
      occurredAt
      actorLabel
      reason
      reasonLabel
      comment
    }
  }
`);

/** The person's proposals (newest first) and the open needs of the structure's partners. */
export const PersonProposalsDocument = graphql(`
  query PersonProposals($personId: ID!) {
    proposals(personId: $personId) {
      ...ProposalFields
    }
  }
`);

export const OpenHiringNeedsDocument = graphql(`
  query OpenHiringNeeds {
    hiringNeeds {
      ...HiringNeedOptionFields
    }
  }
`);

/** Exactly what the employer would see with these options. */
export const ProposalPreviewDocument = graphql(`
  query ProposalPreview($input: ProposalPreviewInput!) {
    proposalPreview(input: $input) {
      ...TraineeCardFields
    }
  }
`);

export const ProposeTraineeDocument = graphql(`
  mutation ProposeTrainee($input: ProposeTraineeInput!) {
    proposeTrainee(input: $input) {
      ...ProposalFields
    }
  }
`);

export const WithdrawProposalDocument = graphql(`
  mutation WithdrawProposal($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const WithdrawProposalConsentDocument = graphql(`
  mutation WithdrawProposalConsent($input: WithdrawProposalConsentInput!) {
    withdrawProposalConsent(input: $input) {
      ...ProposalFields
    }
  }
`);

export const RecordHireFromProposalDocument = graphql(`
  mutation RecordHireFromProposal($input: RecordHireFromProposalInput!) {
    recordHireFromProposal(input: $input) {
      ...ProposalFields
    }
  }
`);
