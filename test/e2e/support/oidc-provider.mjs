// A local OpenID provider standing in for ProConnect in the e2e tests (never the network): `oidc-provider` 9 (ESM),
// run as a child process by test/e2e/support/oidc-provider-process.ts. It behaves as ProConnect does for a service
// (docs/domain/proconnect.md): authorization code flow with PKCE, state and nonce, ProConnect's scopes and claims
// (email, given_name, usual_name, uid, siret, idp_id), acr `eidas1`, ID token and userinfo signed (RS256, userinfo as
// a JWT), client_secret_post at the token endpoint, RP-initiated logout.
//
// Usage: node oidc-provider.mjs '<json>' with { port, clientId, clientSecret, redirectUri, postLogoutRedirectUri,
// accounts: { <login>: { sub, email, given_name, usual_name, siret, idp_id } } }. Prints « ready <issuer> » once
// listening. The sign-in page is a minimal French form: « Identifiant » (a key of `accounts`), then « Se connecter ».
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { URLSearchParams } from 'node:url';
import Provider from 'oidc-provider';

const options = JSON.parse(process.argv[2] ?? '{}');
const issuer = `http://127.0.0.1:${options.port}`;
const accounts = options.accounts ?? {};
const SCOPES = ['openid', 'email', 'given_name', 'usual_name', 'uid', 'siret', 'idp_id'];

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', use: 'sig', alg: 'RS256' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: options.clientId,
      client_secret: options.clientSecret,
      redirect_uris: [options.redirectUri],
      post_logout_redirect_uris: [options.postLogoutRedirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: 'RS256',
      userinfo_signed_response_alg: 'RS256',
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  scopes: SCOPES,
  claims: {
    openid: ['sub'],
    email: ['email'],
    given_name: ['given_name'],
    usual_name: ['usual_name'],
    uid: ['uid'],
    siret: ['siret'],
    idp_id: ['idp_id'],
  },
  acrValues: ['eidas1'],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    jwtUserinfo: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = page(
          'Déconnexion',
          `${form}<p>Se déconnecter du fournisseur d’identité de test ?</p>
           <button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter du fournisseur</button>`,
        );
      },
    },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: async (_ctx, id) => {
    const account = Object.entries(accounts).find(([, a]) => a.sub === id)?.[1];
    if (!account) return undefined;
    return {
      accountId: id,
      claims: async () => ({ ...account, uid: account.uid ?? account.sub }),
    };
  },
  ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 60, AuthorizationCode: 30, IdToken: 3600 },
});

function page(title, body) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title} · Fournisseur d’identité de test</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
}

function escape(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readForm(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return Object.fromEntries(new URLSearchParams(raw));
}

function loginForm(uid, error) {
  return page(
    'Connexion au fournisseur d’identité de test',
    `${error ? `<p role="alert">${escape(error)}</p>` : ''}
     <form method="post" action="/interaction/${uid}">
       <label for="login">Identifiant</label> <input id="login" name="login" required autofocus>
       <button type="submit">Se connecter</button>
     </form>`,
  );
}

const handler = provider.callback();
const server = createServer(async (req, res) => {
  const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? '/', issuer).pathname);
  if (!match) return handler(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    const html = (status, body) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method === 'GET') return html(200, loginForm(details.uid));
    const { login } = await readForm(req);
    const account = accounts[login];
    if (!account) return html(200, loginForm(details.uid, `Identifiant inconnu : ${login}`));
    // Signed in and consented at once, as ProConnect does for a service it knows.
    const grant = new provider.Grant({ accountId: account.sub, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub, acr: 'eidas1', amr: ['pwd'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  } catch (e) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Interaction impossible : ${e instanceof Error ? e.message : String(e)}`);
  }
});

server.listen(options.port, '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
