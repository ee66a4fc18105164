import { graphql } from '../../gql';

/** A year's hires against the target that applies (own or shared), with its percentage and who shares it. */
export const HiringProgressFieldsFragment = graphql(`
  fragment HiringProgressFields on HiringProgress {
    year
    target
    hires
    ownHires
    rateBp
    shared
    groupName
    sharedWith
  }
`);

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
    group {
      id
      name
    }
    progress {
      ...HiringProgressFields
    }
  }
`);

/** A target shared by several partnerships: its partnerships, its targets by year and this year's progress. */
export const PartnershipGroupFieldsFragment = graphql(`
  fragment PartnershipGroupFields on PartnershipGroup {
    id
    name
    version
    partnerships {
      id
      partnerOrganisation {
        id
        name
      }
    }
    hiringTargets {
      id
      year
      hires
      version
    }
    progress {
      ...HiringProgressFields
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

/** The structure's partnerships (by partner name) and the targets some of them share. */
export const PartnershipsDocument = graphql(`
  query Partnerships {
    partnerships {
      ...PartnershipFields
    }
    partnershipGroups {
      ...PartnershipGroupFields
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

export const SavePartnershipGroupDocument = graphql(`
  mutation SavePartnershipGroup($input: SavePartnershipGroupInput!) {
    savePartnershipGroup(input: $input) {
      ...PartnershipGroupFields
    }
  }
`);

export const DeletePartnershipGroupDocument = graphql(`
  mutation DeletePartnershipGroup($input: DeletePartnershipGroupInput!) {
    deletePartnershipGroup(input: $input) {
      ...PartnershipFields
    }
  }
`);

export const SetSharedHiringTargetDocument = graphql(`
  mutation SetSharedHiringTarget($input: SetSharedHiringTargetInput!) {
    setSharedHiringTarget(input: $input) {
      ...PartnershipGroupFields
    }
  }
`);
