import { graphql } from '../../gql';

export const TwoFactorStatusDocument = graphql(`
  query TwoFactorStatus {
    twoFactorStatus {
      enabled
      enabledAt
      recoveryCodesLeft
      requiredByStructure
    }
  }
`);

export const StartTwoFactorEnrolmentDocument = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      otpauthUri
      qrCodeDataUrl
    }
  }
`);

export const ConfirmTwoFactorEnrolmentDocument = graphql(`
  mutation ConfirmTwoFactorEnrolment($input: TwoFactorCodeInput!) {
    confirmTwoFactorEnrolment(input: $input)
  }
`);

export const RegenerateRecoveryCodesDocument = graphql(`
  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {
    regenerateRecoveryCodes(input: $input)
  }
`);

export const DisableTwoFactorDocument = graphql(`
  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input)
  }
`);

export const StructureTwoFactorRequiredDocument = graphql(`
  query StructureTwoFactorRequired {
    structureTwoFactorRequired
  }
`);

export const SetStructureTwoFactorRequiredDocument = graphql(`
  mutation SetStructureTwoFactorRequired($required: Boolean!) {
    setStructureTwoFactorRequired(required: $required)
  }
`);

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      device
      address
      current
    }
  }
`);

export const EndSessionDocument = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const EndOtherSessionsDocument = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);
