import { graphql } from '../../gql';

/** A partnership as the « Partenaires » page shows it: the landlord, its sites, the targets and this year's progress. */
export const PartnershipFieldsFragment = graphql(`
  fragment PartnershipFields on Partnership {
    id
    version
    startedOn
    endedOn
    partnerOrganisation {
      id
      name
      city
      kind
    }
    sites {
      id
      name
      city
    }
    hiringTargets {
      id
      year
      hires
      version
    }
    progress {
      year
      target
      hires
    }
  }
`);

/** A hiring need of one of the structure's partners. */
export const PartnerHiringNeedFieldsFragment = graphql(`
  fragment PartnerHiringNeedFields on HiringNeed {
    id
    version
    partnerOrganisation {
      id
      name
    }
    site {
      id
      name
      city
    }
    jobTitle
    positions
    startDate
    requirements
    status
    statusLabel
    enteredByPartner
  }
`);

/** The structure's partnerships (by partner name). */
export const PartnershipsDocument = graphql(`
  query Partnerships {
    partnerships {
      ...PartnershipFields
    }
  }
`);

/** The organisations a partnership can be made with (the administrator's catalogue). */
export const PartnershipCandidatesDocument = graphql(`
  query PartnershipCandidates {
    partnerOrganisations {
      id
      name
      city
      kind
    }
  }
`);

/** The hiring needs of the structure's active partners, in one status (OPEN by default on the server). */
export const PartnersHiringNeedsDocument = graphql(`
  query PartnersHiringNeeds($partnerOrganisationId: ID, $status: String) {
    hiringNeeds(partnerOrganisationId: $partnerOrganisationId, status: $status) {
      ...PartnerHiringNeedFields
    }
  }
`);

export const SavePartnershipDocument = graphql(`
  mutation SavePartnership($input: SavePartnershipInput!) {
    savePartnership(input: $input) {
      ...PartnershipFields
    }
  }
`);

export const SetHiringTargetDocument = graphql(`
  mutation SetHiringTarget($input: SetHiringTargetInput!) {
    setHiringTarget(input: $input) {
      ...PartnershipFields
    }
  }
`);

export const CreateHiringNeedDocument = graphql(`
  mutation CreateHiringNeed($input: CreateHiringNeedInput!) {
    createHiringNeed(input: $input) {
      ...PartnerHiringNeedFields
    }
  }
`);

export const UpdateHiringNeedDocument = graphql(`
  mutation UpdateHiringNeed($input: UpdateHiringNeedInput!) {
    updateHiringNeed(input: $input) {
      ...PartnerHiringNeedFields
    }
  }
`);
