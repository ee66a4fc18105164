import { graphql } from '../../gql';

/** What an agreement's figures are made of: hours charged, eligible cost, funded amount against the grant. */
export const AgreementConsumptionFieldsFragment = graphql(`
  fragment AgreementConsumptionFields on AgreementConsumption {
    allocatedMinutes
    chargedCents
    fundedCents
    grantedCents
    remainingCents
    consumedPercent
  }
`);

/** The funders of the structure, each with its agreements and how much of each grant is consumed. */
export const FundersDocument = graphql(`
  query Funders {
    funders {
      id
      kind
      kindLabel
      name
      hourlyRateCents
      contactEmail
      version
      agreements {
        id
        reference
        title
        startDate
        endDate
        amountGrantedCents
        coFinancingRateBp
        sourceKinds
        consumption {
          ...AgreementConsumptionFields
        }
      }
    }
  }
`);

export const FundingAgreementDocument = graphql(`
  query FundingAgreement($id: ID!) {
    fundingAgreement(id: $id) {
      id
      version
      funderId
      funder {
        id
        kind
        kindLabel
        name
        hourlyRateCents
      }
      reference
      title
      startDate
      endDate
      amountGrantedCents
      coFinancingRateBp
      hourlyRateCents
      sourceKinds
      scope
      indicators
      indicatorLabels
      consumption {
        ...AgreementConsumptionFields
      }
    }
  }
`);

/** The agreement's allocations, latest first (the API lists `first` at most). */
export const FundingAllocationsDocument = graphql(`
  query FundingAllocations($id: ID!, $first: Int) {
    fundingAgreement(id: $id) {
      id
      reference
      allocations(first: $first) {
        id
        agreementId
        sourceKind
        sourceKindLabel
        sourceId
        quantity
        unit
        sourceDate
        sourceLabel
        personName
        version
      }
    }
  }
`);

export const CreateFunderDocument = graphql(`
  mutation CreateFunder($input: CreateFunderInput!) {
    createFunder(input: $input) {
      id
      name
      kind
      kindLabel
      hourlyRateCents
      contactEmail
      version
    }
  }
`);

export const UpdateFunderDocument = graphql(`
  mutation UpdateFunder($input: UpdateFunderInput!) {
    updateFunder(input: $input) {
      id
      name
      kind
      kindLabel
      hourlyRateCents
      contactEmail
      version
    }
  }
`);

export const CreateFundingAgreementDocument = graphql(`
  mutation CreateFundingAgreement($input: CreateFundingAgreementInput!) {
    createFundingAgreement(input: $input) {
      id
      reference
      title
      version
    }
  }
`);

export const UpdateFundingAgreementDocument = graphql(`
  mutation UpdateFundingAgreement($input: UpdateFundingAgreementInput!) {
    updateFundingAgreement(input: $input) {
      id
      reference
      title
      version
    }
  }
`);
