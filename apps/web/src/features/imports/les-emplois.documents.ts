import { graphql } from '../../gql';

export const LesEmploisLinkDocument = graphql(`
  query LesEmploisLink {
    lesEmploisLink {
      linked
      keyConfigured
      apiUrl
      tokenEnd
      linkedAt
      linkedByName
    }
  }
`);

export const LinkLesEmploisDocument = graphql(`
  mutation LinkLesEmplois($token: String!) {
    linkLesEmplois(token: $token) {
      linked
      keyConfigured
      apiUrl
      tokenEnd
      linkedAt
      linkedByName
    }
  }
`);

export const UnlinkLesEmploisDocument = graphql(`
  mutation UnlinkLesEmplois {
    unlinkLesEmplois {
      linked
      keyConfigured
      apiUrl
      tokenEnd
      linkedAt
      linkedByName
    }
  }
`);

export const SyncLesEmploisDocument = graphql(`
  mutation SyncLesEmplois {
    syncLesEmplois {
      counts {
        created
        completed
        unchanged
        refused
      }
      rows {
        ...ImportRowFields
      }
      log {
        id
      }
    }
  }
`);
