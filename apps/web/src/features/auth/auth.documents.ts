import { graphql } from '../../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      firstName
      lastName
      fullName
      email
      role
      permissions
      mustChangePassword
      structure {
        id
        name
        kind
        city
      }
      partnerOrganisation {
        id
        name
      }
      twoFactorEnrolmentRequired
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      fullName
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** The second step of a sign-in when two-factor sign-in is on (a code of the app or a recovery code). */
export const VerifyTwoFactorSignInDocument = graphql(`
  mutation VerifyTwoFactorSignIn($input: TwoFactorCodeInput!) {
    verifyTwoFactorSignIn(input: $input) {
      id
      fullName
    }
  }
`);
