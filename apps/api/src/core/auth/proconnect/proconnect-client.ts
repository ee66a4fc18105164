import type * as OpenIdClient from 'openid-client';
import type { ProConnectConfig } from '../../../config/app-config';

/**
 * The one file that speaks OpenID Connect, through `openid-client` 6 (a certified relying-party library). That
 * package is ESM only: it is loaded here, lazily, with `import()` (compiled to `require`, which Node 20.19+ accepts
 * for ES modules), so that nothing else — and no Jest test that does not sign in with ProConnect — ever loads it.
 * What ProConnect asks of a service and why: docs/domain/proconnect.md.
 */

/** The scopes Tremplin asks: the sub, the e-mail to bind the account, the names, the SIRET and the identity provider. */
export const PROCONNECT_SCOPES = 'openid email given_name usual_name uid siret idp_id';
/** ProConnect's one level of assurance for a service of this kind. */
export const PROCONNECT_ACR = 'eidas1';

/** What the browser must bring back: kept server-side (table `proconnect_login`). */
export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The claims Tremplin reads, from the signed userinfo JWT (ProConnect sends them there). */
export interface ProConnectClaims {
  sub: string;
  email: string | null;
  /** `false` only when the provider says so; ProConnect itself does not send it (docs/domain/proconnect.md). */
  emailVerified: boolean | null;
  givenName: string | null;
  usualName: string | null;
  siret: string | null;
  idpId: string | null;
  /** Kept for RP-initiated logout (`id_token_hint`). */
  idToken: string;
}

export interface ProConnectClient {
  authorizationRequest(): Promise<AuthorizationRequest>;
  /** Exchanges the code (PKCE, state and nonce checked by the library), then reads the signed userinfo. */
  callback(
    currentUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ProConnectClaims>;
  /** The provider's end-session address (RP-initiated logout), or null when it has none. */
  endSessionUrl(idToken: string, state: string): Promise<string | null>;
}

type Lib = typeof OpenIdClient;

let lib: Promise<Lib> | undefined;
function load(): Promise<Lib> {
  lib ??= import('openid-client');
  return lib;
}

/**
 * `http://` is accepted only for a provider on this machine (the tests' local provider); every other issuer must be
 * `https://` (the library refuses plain HTTP unless told).
 */
function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

export function createProConnectClient(config: ProConnectConfig): ProConnectClient {
  let discovered: Promise<OpenIdClient.Configuration> | undefined;
  const configuration = async (): Promise<OpenIdClient.Configuration> => {
    const client = await load();
    discovered ??= client
      .discovery(
        new URL(config.issuerUrl),
        config.clientId,
        {
          // ProConnect signs the ID token and the userinfo response with the algorithm registered for the service.
          id_token_signed_response_alg: 'RS256',
          userinfo_signed_response_alg: 'RS256',
        },
        client.ClientSecretPost(config.clientSecret),
        {
          execute: [
            ...(isLoopback(config.issuerUrl) ? [client.allowInsecureRequests] : []),
            // Verify the signatures of the ID token and of the userinfo JWT (ProConnect asks services to).
            client.enableNonRepudiationChecks,
          ],
          timeout: 10,
        },
      )
      .catch((e: unknown) => {
        discovered = undefined; // try again on the next sign-in
        throw e;
      });
    return discovered;
  };

  return {
    async authorizationRequest() {
      const client = await load();
      const c = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(c, {
        redirect_uri: config.redirectUri,
        scope: PROCONNECT_SCOPES,
        acr_values: PROCONNECT_ACR,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, state, nonce, codeVerifier };
    },

    async callback(currentUrl, expected) {
      const client = await load();
      const c = await configuration();
      const tokens = await client.authorizationCodeGrant(c, currentUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims || !tokens.id_token) throw new Error('Réponse ProConnect sans jeton d’identité');
      const info = await client.fetchUserInfo(c, tokens.access_token, idClaims.sub);
      const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
      return {
        sub: info.sub,
        email: text(info.email)?.toLowerCase() ?? null,
        emailVerified: typeof info.email_verified === 'boolean' ? info.email_verified : null,
        givenName: text(info.given_name),
        usualName: text(info['usual_name']),
        siret: text(info['siret']),
        idpId: text(info['idp_id']) ?? text(idClaims['idp_id']),
        idToken: tokens.id_token,
      };
    },

    async endSessionUrl(idToken, state) {
      const client = await load();
      const c = await configuration();
      if (!c.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(c, {
        id_token_hint: idToken,
        state,
        post_logout_redirect_uri: config.postLogoutRedirectUri,
      }).href;
    },
  };
}
