import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * One Apollo client for the session. Same-origin cookie auth (the API serves the app, or Vite proxies /graphql);
 * `apollo-require-preflight` satisfies Apollo Server's CSRF prevention for every kind of request.
 * When the server says the session is over, `onSessionEnded` sends the person back to the sign-in page; when it says
 * the account must enrol in two-factor sign-in first, `onTwoFactorEnrolmentRequired` sends them to its enrolment.
 * Data masking is on (ADR 0013): a query's result holds only the fields the query selects itself; a fragment's fields
 * are read by the component that owns it, with `useFragment`.
 */
export function createApolloClient(
  onSessionEnded: () => void,
  onTwoFactorEnrolmentRequired?: () => void,
): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (['Me', 'SignIn', 'VerifyTwoFactorSignIn'].includes(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED'))
      onSessionEnded();
    // The structure has just required two-factor sign-in of this account: only its enrolment is open now.
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'TWO_FACTOR_ENROLMENT_REQUIRED')
    )
      onTwoFactorEnrolmentRequired?.();
  });
  return new ApolloClient({
    link: ApolloLink.from([
      errorLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            person: {
              read: (existing, { args, toReference }) =>
                existing ?? toReference({ __typename: 'Person', id: args?.['id'] }),
            },
          },
        },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
    dataMasking: true,
  });
}
