import { graphql } from '../../gql';

export const FseParticipantFieldsFragment = graphql(`
  fragment FseParticipantFields on FseParticipant {
    id
    agreementId
    personId
    personName
    version
    entryDate
    gender
    labourMarketStatus
    iscedLevel
    birthYear
    situations
    situationsAnswered
    exitDate
    exitSituation
    sixMonthsCheckedOn
    sixMonthsEmployed
    sixMonthsImprovedSituation
    missing
    complete
  }
`);

export const FseParticipantsDocument = graphql(`
  query FseParticipants($id: ID!) {
    fundingAgreement(id: $id) {
      id
      reference
      participants {
        ...FseParticipantFields
      }
    }
  }
`);

export const EnrolFseParticipantDocument = graphql(`
  mutation EnrolFseParticipant($input: EnrolFseParticipantInput!) {
    enrolFseParticipant(input: $input) {
      ...FseParticipantFields
    }
  }
`);

export const UpdateFseParticipantDocument = graphql(`
  mutation UpdateFseParticipant($input: UpdateFseParticipantInput!) {
    updateFseParticipant(input: $input) {
      ...FseParticipantFields
    }
  }
`);

export const FseParticipantsCsvDocument = graphql(`
  query FseParticipantsCsv($agreementId: ID!) {
    fseParticipantsCsv(agreementId: $agreementId) {
      filename
      content
    }
  }
`);
