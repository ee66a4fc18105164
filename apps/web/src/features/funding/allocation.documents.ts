import { graphql } from '../../gql';

/** The lines of one kind of source in a period, with what is already charged to agreements and what remains. */
export const FundableSourcesDocument = graphql(`
  query FundableSources($filter: FundableSourcesFilter!) {
    fundableSources(filter: $filter) {
      sourceKind
      sourceId
      date
      label
      personId
      personName
      unit
      totalQuantity
      allocatedQuantity
      remainingQuantity
      allocations {
        agreementId
        agreementReference
        quantity
      }
      version
    }
  }
`);

export const AllocateFundingDocument = graphql(`
  mutation AllocateFunding($input: AllocateFundingInput!) {
    allocateFunding(input: $input) {
      id
      version
      consumption {
        allocatedMinutes
        chargedCents
        fundedCents
        grantedCents
        remainingCents
        consumedPercent
      }
    }
  }
`);

export const RemoveFundingAllocationDocument = graphql(`
  mutation RemoveFundingAllocation($input: RemoveFundingAllocationInput!) {
    removeFundingAllocation(input: $input) {
      id
      version
    }
  }
`);

export const RecordStaffTimeDocument = graphql(`
  mutation RecordStaffTime($input: RecordStaffTimeInput!) {
    recordStaffTime(input: $input) {
      sourceKind
      sourceId
      date
      label
      personName
      unit
      totalQuantity
    }
  }
`);

export const RecordExpenseDocument = graphql(`
  mutation RecordExpense($input: RecordExpenseInput!) {
    recordExpense(input: $input) {
      sourceKind
      sourceId
      date
      label
      unit
      totalQuantity
    }
  }
`);
