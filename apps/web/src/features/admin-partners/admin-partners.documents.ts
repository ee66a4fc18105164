import { graphql } from '../../gql';

/** A reviewer's account as the administrator sees it. */
export const AdminPartnerReviewerFieldsFragment = graphql(`
  fragment AdminPartnerReviewerFields on PartnerReviewer {
    id
    email
    firstName
    lastName
    fullName
    active
    createdAt
    lastSignedInAt
  }
`);

/** A site of a partner organisation, with its version (renaming checks it). */
export const AdminPartnerSiteFieldsFragment = graphql(`
  fragment AdminPartnerSiteFields on PartnerSite {
    id
    name
    addressLine
    postalCode
    city
    version
  }
`);

/** A partner organisation, its sites and its reviewers' accounts. */
export const AdminPartnerOrganisationFieldsFragment = graphql(`
  fragment AdminPartnerOrganisationFields on AdminPartnerOrganisation {
    id
    name
    kind
    siret
    city
    updatedAt
    sites {
      ...AdminPartnerSiteFields
    }
    reviewers {
      ...AdminPartnerReviewerFields
    }
  }
`);

export const AdminPartnerOrganisationsDocument = graphql(`
  query AdminPartnerOrganisations {
    adminPartnerOrganisations {
      ...AdminPartnerOrganisationFields
    }
  }
`);

/** What every administration mutation does after it succeeds: the list is read again before the dialog closes. */
export const REFETCH_ORGANISATIONS = {
  refetchQueries: [AdminPartnerOrganisationsDocument],
  awaitRefetchQueries: true,
};

export const CreatePartnerOrganisationDocument = graphql(`
  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {
    createPartnerOrganisation(input: $input) {
      ...AdminPartnerOrganisationFields
    }
  }
`);

export const UpdatePartnerOrganisationDocument = graphql(`
  mutation UpdatePartnerOrganisation($input: UpdatePartnerOrganisationInput!) {
    updatePartnerOrganisation(input: $input) {
      ...AdminPartnerOrganisationFields
    }
  }
`);

export const AddPartnerSiteDocument = graphql(`
  mutation AddPartnerSite($input: AddPartnerSiteInput!) {
    addPartnerSite(input: $input) {
      ...AdminPartnerSiteFields
    }
  }
`);

export const UpdatePartnerSiteDocument = graphql(`
  mutation UpdatePartnerSite($input: UpdatePartnerSiteInput!) {
    updatePartnerSite(input: $input) {
      ...AdminPartnerSiteFields
    }
  }
`);

export const CreatePartnerReviewerDocument = graphql(`
  mutation CreatePartnerReviewer($input: CreatePartnerReviewerInput!) {
    createPartnerReviewer(input: $input) {
      initialPassword
      reviewer {
        ...AdminPartnerReviewerFields
      }
    }
  }
`);

export const DeactivatePartnerReviewerDocument = graphql(`
  mutation DeactivatePartnerReviewer($input: DeactivatePartnerReviewerInput!) {
    deactivatePartnerReviewer(input: $input) {
      ...AdminPartnerReviewerFields
    }
  }
`);

export const ReactivatePartnerReviewerDocument = graphql(`
  mutation ReactivatePartnerReviewer($input: ReactivatePartnerReviewerInput!) {
    reactivatePartnerReviewer(input: $input) {
      initialPassword
      reviewer {
        ...AdminPartnerReviewerFields
      }
    }
  }
`);

export const ResetPartnerReviewerPasswordDocument = graphql(`
  mutation ResetPartnerReviewerPassword($input: ResetPartnerReviewerPasswordInput!) {
    resetPartnerReviewerPassword(input: $input) {
      initialPassword
      reviewer {
        ...AdminPartnerReviewerFields
      }
    }
  }
`);
