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
