import { graphql } from '../../gql';

/** A hiring need as the portal lists and edits it. */
export const PortalHiringNeedFieldsFragment = graphql(`
  fragment PortalHiringNeedFields on HiringNeed {
    id
    jobTitle
    positions
    startDate
    requirements
    status
    statusLabel
    enteredByPartner
    sharedWithPartners
    version
    site {
      id
      name
      city
    }
  }
`);

/** One line of the proposals inbox (and the head of the proposal page). */
export const PortalProposalFieldsFragment = graphql(`
  fragment PortalProposalFields on PortalProposal {
    id
    status
    statusLabel
    proposedAt
    structureName
    traineeName
    certificationTitle
    decidedAt
    declineReason
    declineReasonLabel
    decisionComment
    version
    hiringNeed {
      id
      jobTitle
      startDate
      site {
        id
        name
        city
      }
    }
  }
`);

/** One mission at the organisation, with the review of its hours. */
export const PortalMissionFieldsFragment = graphql(`
  fragment PortalMissionFields on PortalMission {
    id
    structureName
    kindLabel
    site
    startDate
    endDate
    minutes
    hoursStatus
    hoursStatusLabel
    hoursReviewComment
    hoursReviewedAt
    traineeName
    version
  }
`);

/** The portal's home figures: organisation, counts, this year's hiring progress (overall and per structure). */
export const PortalOverviewDocument = graphql(`
  query PortalOverview($year: Int) {
    portalOverview(year: $year) {
      organisationName
      proposalsAwaitingDecision
      hoursAwaitingConfirmation
      progress {
        ...HiringProgressFields
      }
      partnerships {
        structureName
        progress {
          ...HiringProgressFields
        }
      }
    }
  }
`);

export const PortalProposalsDocument = graphql(`
  query PortalProposals($status: [String!], $first: Int, $offset: Int) {
    portalProposals(status: $status, first: $first, offset: $offset) {
      totalCount
      items {
        ...PortalProposalFields
      }
    }
  }
`);

export const PortalMissionsDocument = graphql(`
  query PortalMissions($hoursStatus: [String!], $first: Int, $offset: Int) {
    portalMissions(hoursStatus: $hoursStatus, first: $first, offset: $offset) {
      totalCount
      items {
        ...PortalMissionFields
      }
    }
  }
`);

export const PortalHiringNeedsDocument = graphql(`
  query PortalHiringNeeds($status: String) {
    portalHiringNeeds(status: $status) {
      ...PortalHiringNeedFields
    }
  }
`);

export const PortalSitesDocument = graphql(`
  query PortalSites {
    portalSites {
      id
      name
      addressLine
      postalCode
      city
      version
    }
  }
`);

/** A proposal's event, as its history shows it. */
export const PortalProposalEventFieldsFragment = graphql(`
  fragment PortalProposalEventFields on ProposalEvent {
    id
    kind
    kindLabel
    occurredAt
    actorLabel
    reason
    reasonLabel
    comment
  }
`);

/** One proposal with its trainee card and its history. NOT_FOUND when it is not (or no longer) shared with me. */
export const PortalProposalDocument = graphql(`
  query PortalProposal($id: ID!) {
    portalProposal(id: $id) {
      proposal {
        ...PortalProposalFields
      }
      card {
        ...TraineeCardFields
      }
      events {
        ...PortalProposalEventFields
      }
    }
  }
`);

export const PortalDecideProposalDocument = graphql(`
  mutation PortalDecideProposal($input: DecideProposalInput!) {
    portalDecideProposal(input: $input) {
      proposal {
        ...PortalProposalFields
      }
      card {
        ...TraineeCardFields
      }
      events {
        ...PortalProposalEventFields
      }
    }
  }
`);

export const PortalConfirmMissionHoursDocument = graphql(`
  mutation PortalConfirmMissionHours($input: ConfirmMissionHoursInput!) {
    portalConfirmMissionHours(input: $input) {
      ...PortalMissionFields
    }
  }
`);

export const PortalDisputeMissionHoursDocument = graphql(`
  mutation PortalDisputeMissionHours($input: DisputeMissionHoursInput!) {
    portalDisputeMissionHours(input: $input) {
      ...PortalMissionFields
    }
  }
`);

export const PortalCreateHiringNeedDocument = graphql(`
  mutation PortalCreateHiringNeed($input: PortalCreateHiringNeedInput!) {
    portalCreateHiringNeed(input: $input) {
      ...PortalHiringNeedFields
    }
  }
`);

export const PortalUpdateHiringNeedDocument = graphql(`
  mutation PortalUpdateHiringNeed($input: UpdateHiringNeedInput!) {
    portalUpdateHiringNeed(input: $input) {
      ...PortalHiringNeedFields
    }
  }
`);

export const PortalShareHiringNeedDocument = graphql(`
  mutation PortalShareHiringNeed($input: ShareHiringNeedInput!) {
    portalShareHiringNeed(input: $input) {
      ...PortalHiringNeedFields
    }
  }
`);

export const PortalCreateSiteDocument = graphql(`
  mutation PortalCreateSite($input: CreatePartnerSiteInput!) {
    portalCreateSite(input: $input) {
      id
      name
      addressLine
      postalCode
      city
      version
    }
  }
`);
