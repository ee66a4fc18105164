import { graphql } from '../../gql';

export const RecordPathwayEventDocument = graphql(`
  mutation RecordPathwayEvent($input: RecordPathwayEventInput!) {
    recordPathwayEvent(input: $input) {
      id
      kind
      kindLabel
      occurredOn
      title
      notes
      confidential
    }
  }
`);
