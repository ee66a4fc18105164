import { graphql } from '../../gql';

export const AccountLinkDocument = graphql(`
  query AccountLink($token: String!) {
    accountLink(token: $token) {
      kind
      email
      firstName
      lastName
    }
  }
`);

export const SetPasswordWithLinkDocument = graphql(`
  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {
    setPasswordWithLink(input: $input)
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const AdminStructuresDocument = graphql(`
  query AdminStructures {
    adminStructures {
      id
      name
      kind
      siret
      city
      departement
      conventionNumber
      conventionStartsOn
      conventionEndsOn
      annexNumber
      annexStartsOn
      annexEndsOn
      hiringTarget
      active
      staffCount
      updatedAt
    }
  }
`);

export const CreateStructureDocument = graphql(`
  mutation CreateStructure($input: CreateStructureInput!) {
    createStructure(input: $input) {
      id
      name
    }
  }
`);

export const UpdateStructureDocument = graphql(`
  mutation UpdateStructure($input: UpdateStructureInput!) {
    updateStructure(input: $input) {
      id
      name
      updatedAt
    }
  }
`);

export const SetStructureActiveDocument = graphql(`
  mutation SetStructureActive($input: SetStructureActiveInput!) {
    setStructureActive(input: $input) {
      id
      active
    }
  }
`);

export const StaffMembersDocument = graphql(`
  query StaffMembers($structureId: ID) {
    staffMembers(structureId: $structureId) {
      id
      email
      fullName
      role
      status
    }
  }
`);

export const InviteStaffDocument = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      emailSent
      link
      member {
        id
        fullName
      }
    }
  }
`);

export const ChangeStaffRoleDocument = graphql(`
  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {
    changeStaffRole(input: $input) {
      id
      role
    }
  }
`);

export const DeactivateStaffDocument = graphql(`
  mutation DeactivateStaff($input: StaffRefInput!) {
    deactivateStaff(input: $input) {
      id
      status
    }
  }
`);

export const ReactivateStaffDocument = graphql(`
  mutation ReactivateStaff($input: StaffRefInput!) {
    reactivateStaff(input: $input) {
      id
      status
    }
  }
`);
