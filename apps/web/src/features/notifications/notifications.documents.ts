import { graphql } from '../../gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

/** My latest notifications and how many are unread (polled by the header's bell). */
export const NotificationsDocument = graphql(`
  query Notifications($first: Int) {
    notifications(first: $first) {
      unreadCount
      items {
        ...NotificationFields
      }
    }
  }
`);

/** Marks some of my notifications (`ids`) or all of them (`all`) as read. */
export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
      items {
        ...NotificationFields
      }
    }
  }
`);
