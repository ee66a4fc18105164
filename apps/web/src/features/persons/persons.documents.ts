import { graphql } from '../../gql';

export const PersonsDocument = graphql(`
  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {
    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          firstName
          lastName
          age
          stage
          city
          counsellor {
            id
            fullName
          }
          nextDeadline
          alerts {
            code
            label
            severity
            message
          }
        }
      }
    }
  }
`);

export const PersonDocument = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      version
      firstName
      lastName
      birthDate
      age
      sex
      stage
      email
      phone
      addressLine
      postalCode
      city
      counsellor {
        id
        fullName
      }
      updatedAt
    }
  }
`);

export const CounsellorsDocument = graphql(`
  query Counsellors {
    counsellors {
      id
      fullName
      role
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      firstName
      lastName
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      version
      firstName
      lastName
      birthDate
      age
      sex
      stage
      email
      phone
      addressLine
      postalCode
      city
      counsellor {
        id
        fullName
      }
      updatedAt
    }
  }
`);
