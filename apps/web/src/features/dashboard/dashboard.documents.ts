import { graphql } from '../../gql';

/** The dashboard of a period: sections of figures (with their target and definition) and charts. */
export const DashboardDocument = graphql(`
  query Dashboard($periodStart: String!, $periodEnd: String!, $structureId: ID) {
    dashboard(periodStart: $periodStart, periodEnd: $periodEnd, structureId: $structureId) {
      periodStart
      periodEnd
      structureName
      sections {
        title
        figures {
          code
          label
          value
          unit
          targetValue
          targetLabel
          percentValue
          percentOf
          definition
          drillable
          parts {
            role
            code
            label
            value
            unit
            definition
            drillable
          }
        }
        charts {
          code
          kind
          title
          unit
          categories
          series {
            label
            values
            links {
              code
              label
              month
              periodStart
              periodEnd
            }
          }
        }
      }
    }
  }
`);

/** The records behind a figure (of one month of the period, for a monthly chart's value), a page at a time. */
export const DashboardRecordsDocument = graphql(`
  query DashboardRecords(
    $code: String!
    $periodStart: String!
    $periodEnd: String!
    $month: String
    $first: Int
    $offset: Int
  ) {
    dashboardRecords(
      code: $code
      periodStart: $periodStart
      periodEnd: $periodEnd
      month: $month
      first: $first
      offset: $offset
    ) {
      code
      label
      periodStart
      periodEnd
      month
      totalCount
      items {
        personId
        label
        date
        value
        unit
        detail
      }
    }
  }
`);

/** The structure's targets, year by year. */
export const StructureTargetsDocument = graphql(`
  query StructureTargets {
    structureTargets {
      id
      year
      dynamicExitRateBp
      durableEmploymentRateBp
      version
    }
  }
`);

export const SetStructureTargetDocument = graphql(`
  mutation SetStructureTarget($input: SetStructureTargetInput!) {
    setStructureTarget(input: $input) {
      id
      year
      dynamicExitRateBp
      durableEmploymentRateBp
      version
    }
  }
`);

/** The structures an administrator may look at one by one (a director gets their own only). */
export const DashboardStructuresDocument = graphql(`
  query DashboardStructures {
    dashboardStructures {
      id
      name
    }
  }
`);
