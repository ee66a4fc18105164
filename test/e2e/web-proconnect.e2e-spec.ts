import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@tremplin/api-testing';
import {
  passwordSignInPolicies,
  proConnectBindings,
  proConnectIdentities,
  userCount,
} from './support/e2e-database.repository';
import { type ApiProcess, freePort, startApiProcess } from './support/api-process';
import { describeInBrowser, launchChromium } from './support/browser';
import { DEMO_PASSWORD } from './support/contract-steps';
import { type OidcProviderProcess, startOidcProvider } from './support/oidc-provider-process';
import { accessibilityCheck, frenchContext } from './support/web-session';
import { enrolTwoFactor, nextTotpCode } from './support/two-factor-steps';

/**
 * Issue 15, point 6, in Chromium: signing in with ProConnect, against a local OpenID provider started by the test
 * (support/oidc-provider.mjs, `oidc-provider` 9 — never the network). The demo director's first sign-in binds her
 * account by e-mail; her second, under another e-mail with the same subject, finds it by subject; she stops
 * passwords for her team; an unknown identity is refused in French and nothing is created; the counsellor's right
 * password is then refused, pointing to ProConnect. Signing out goes through the provider's logout. Axe on every
 * screen of Tremplin.
 */
const DIRECTOR = 'sophie.lefebvre@rouen-insertion.demo';
const COUNSELLOR = 'claire.martin@rouen-insertion.demo';
const accessible = accessibilityCheck('proconnect');

describeInBrowser('web app: signing in with ProConnect', (chromiumPath) => {
  let database: TestDatabase;
  let provider: OidcProviderProcess;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase('tremplin_e2e_proconnect');
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({
      clientId: 'tremplin-test',
      clientSecret: 'secret-du-client-de-test',
      redirectUri: `${publicUrl}/api/auth/proconnect/callback`,
      postLogoutRedirectUri: `${publicUrl}/api/auth/proconnect/logout-callback`,
      accounts: {
        sophie: {
          sub: 'pc-sub-sophie',
          email: DIRECTOR,
          given_name: 'Sophie',
          usual_name: 'Lefebvre',
          siret: '12345678901234',
          idp_id: 'fi-test',
        },
        // The same person (same subject) after her e-mail changed at her identity provider.
        'sophie-nouvelle-adresse': {
          sub: 'pc-sub-sophie',
          email: 'sophie.lefebvre@nouvelle-adresse.fr',
          given_name: 'Sophie',
          usual_name: 'Lefebvre',
          idp_id: 'fi-test',
        },
        inconnue: { sub: 'pc-sub-inconnue', email: 'inconnue@exemple.fr', given_name: 'Ines', usual_name: 'Connue' },
      },
    });
    api = await startApiProcess({
      databaseUrl: database.url,
      serveWeb: true,
      port,
      env: {
        SEED_DEMO: 'true',
        PUBLIC_URL: publicUrl,
        PROCONNECT_ISSUER_URL: provider.issuer,
        PROCONNECT_CLIENT_ID: 'tremplin-test',
        PROCONNECT_CLIENT_SECRET: 'secret-du-client-de-test',
      },
    });
    db = new Client({ connectionString: database.url });
    await db.connect();
    browser = await launchChromium(chromiumPath);
    page = await (await frenchContext(browser, api.url)).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await api?.stop();
    await provider?.stop();
    await database?.drop();
  });

  const proConnectSignIn = async (login: string) => {
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).click();
    // The provider's own sign-in page (not Tremplin's).
    await page.getByLabel('Identifiant').fill(login);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  };
  const signOut = async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    // Through the provider's logout (RP-initiated), then back to Tremplin's sign-in page.
    await page.getByRole('button', { name: 'Se déconnecter du fournisseur' }).click();
    await page.waitForURL(/\/connexion\?deconnecte=1$/);
    await page.getByText('Vous êtes déconnecté·e.').waitFor();
  };
  const identities = () => proConnectIdentities(db);

  it('shows the ProConnect button on the sign-in page', async () => {
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).waitFor();
    await page.getByRole('link', { name: /Qu’est-ce que ProConnect/ }).waitFor();
    await accessible(page, 'connexion');
  });

  it('binds the director’s account on her first ProConnect sign-in, by her e-mail (audited)', async () => {
    await proConnectSignIn('sophie');
    await page.waitForURL(/\/personnes$/);
    await page.getByText('Sophie Lefebvre').first().waitFor();
    expect(await identities()).toEqual([
      { subject: 'pc-sub-sophie', email: DIRECTOR, idp_id: 'fi-test', account: DIRECTOR },
    ]);
    expect(await proConnectBindings(db, DIRECTOR)).toEqual([
      { details: { provider: 'PROCONNECT', rebound: false, idpId: 'fi-test' } },
    ]);
    await signOut();
  });

  it('finds her by subject on the next sign-in, whatever e-mail the provider gives now', async () => {
    await proConnectSignIn('sophie-nouvelle-adresse');
    await page.waitForURL(/\/personnes$/);
    await page.getByText('Sophie Lefebvre').first().waitFor();
    expect(await identities()).toHaveLength(1);
  });

  it('asks for the second factor after ProConnect when the account turned two-factor sign-in on', async () => {
    const secret = await enrolTwoFactor(page);
    await signOut();
    await proConnectSignIn('sophie');
    await page.getByRole('heading', { name: 'Vérification en deux étapes' }).waitFor();
    await accessible(page, 'proconnect-second-facteur');
    expect((await page.context().cookies()).some((c) => c.name === 'tremplin_session')).toBe(false);
    await page.getByLabel('Code de vérification').fill(await nextTotpCode(secret));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForURL(/\/personnes$/);
    await page.getByText('Sophie Lefebvre').first().waitFor();
  });

  it('lets the director keep ProConnect only for her team', async () => {
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('link', { name: 'Connexion de l’équipe' }).click();
    await page.getByRole('heading', { name: 'Connexion de l’équipe' }).waitFor();
    await page.getByLabel('Avec un mot de passe ou avec ProConnect').waitFor();
    await accessible(page, 'connexion-equipe');
    await page.getByLabel('Avec ProConnect seulement').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Choix enregistré.').waitFor();
    await accessible(page, 'connexion-equipe-enregistree');
    expect(await passwordSignInPolicies(db)).toEqual([{ allowed: false }]);
    await signOut();
  });

  it('refuses an identity with no Tremplin account, in French, and creates nothing', async () => {
    const before = await userCount(db);
    await proConnectSignIn('inconnue');
    await page.waitForURL(/\/connexion\?proconnect=refus$/);
    const alert = page.getByRole('alert');
    await alert.getByText(/Aucun compte Tremplin pour inconnue@exemple\.fr\. Demandez une invitation/).waitFor();
    await accessible(page, 'refus-compte-inconnu');
    expect(await userCount(db)).toBe(before);
    expect(await identities()).toHaveLength(1);
    // Said once: the page read again no longer shows it.
    await page.reload();
    await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('refuses the counsellor’s right password once the structure chose ProConnect only, pointing to it', async () => {
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(COUNSELLOR);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page
      .getByRole('alert')
      .getByText(/Votre structure a choisi la connexion avec ProConnect/)
      .waitFor();
    await accessible(page, 'refus-mot-de-passe');
    expect(page.url()).toMatch(/\/connexion$/);
  });
});
