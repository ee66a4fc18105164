import { randomUUID } from 'node:crypto';
import {
  buildPartnerOrganisation,
  buildPartnerSite,
  buildStructure,
  buildUser,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { UserSessionEntity } from '../../core/auth/user-session.entity';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PartnerOrganisationEntity } from '../structures';
import { UserEntity } from '../users';
import { PartnerSiteEntity } from './partner.entities';

const REVIEWER = `id email firstName lastName fullName active createdAt lastSignedInAt`;
const ORGANISATION = `id name kind siret city updatedAt sites { id name addressLine postalCode city version }
  reviewers { ${REVIEWER} }`;
const LIST = `query { adminPartnerOrganisations { ${ORGANISATION} } }`;
const CREATE = `mutation($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { ${ORGANISATION} } }`;
const UPDATE = `mutation($input: UpdatePartnerOrganisationInput!) { updatePartnerOrganisation(input: $input) { ${ORGANISATION} } }`;
const SITE = `id name addressLine postalCode city version`;
const ADD_SITE = `mutation($input: AddPartnerSiteInput!) { addPartnerSite(input: $input) { ${SITE} } }`;
const UPDATE_SITE = `mutation($input: UpdatePartnerSiteInput!) { updatePartnerSite(input: $input) { ${SITE} } }`;
const CREDENTIALS = `reviewer { ${REVIEWER} } initialPassword`;
const CREATE_REVIEWER = `mutation($input: CreatePartnerReviewerInput!) { createPartnerReviewer(input: $input) { ${CREDENTIALS} } }`;
const DEACTIVATE = `mutation($input: DeactivatePartnerReviewerInput!) { deactivatePartnerReviewer(input: $input) { ${REVIEWER} } }`;
const REACTIVATE = `mutation($input: ReactivatePartnerReviewerInput!) { reactivatePartnerReviewer(input: $input) { ${CREDENTIALS} } }`;
const RESET = `mutation($input: ResetPartnerReviewerPasswordInput!) { resetPartnerReviewerPassword(input: $input) { ${CREDENTIALS} } }`;
const PORTAL = `query { me { partnerOrganisation { id name } } portalOverview { organisationName } portalSites { id name } }`;

/** A valid SIRET (Luhn) that the builders never produce. */
const SIRET = '73282932000074';

interface Org {
  id: string;
  name: string;
  updatedAt: string;
  sites: { id: string; name: string; version: number }[];
  reviewers: { id: string; email: string; active: boolean }[];
}

describe('administration of partner organisations, their sites and reviewers', () => {
  let t: TestApp;
  let admin: GraphqlClient;
  let director: GraphqlClient;
  let counsellor: GraphqlClient;
  let reviewer: GraphqlClient;

  const TABLES = {
    partner_organisation: PartnerOrganisationEntity,
    partner_site: PartnerSiteEntity,
    app_user: UserEntity,
    user_session: UserSessionEntity,
  };
  const count = (table: keyof typeof TABLES): Promise<number> => t.db.getRepository(TABLES[table]).count();
  const counts = async () => ({
    organisations: await count('partner_organisation'),
    sites: await count('partner_site'),
    users: await count('app_user'),
    sessions: await count('user_session'),
  });
  const signIn = async (email: string, password: string): Promise<GraphqlClient> => {
    const c = t.client();
    await c.signIn(email, password);
    return c;
  };
  /** A one-time password opens nothing but « change it » (issue 15): signs in, is refused, replaces it. */
  const NEW_PASSWORD = 'lanterne violette sous la pluie';
  const signInOnce = async (email: string, oneTime: string): Promise<GraphqlClient> => {
    const c = await signIn(email, oneTime);
    expect((await c.fail(PORTAL)).message).toMatch(/^Votre mot de passe est provisoire/);
    await c.ok(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, {
      i: { currentPassword: oneTime, newPassword: NEW_PASSWORD },
    });
    return c;
  };
  const list = async (): Promise<Org[]> => (await admin.ok(LIST)).adminPartnerOrganisations;

  beforeAll(async () => {
    t = await startTestApp();
    const s = await buildStructure(t.db);
    const a = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    admin = await signIn(a.email, a.password);
    director = await signedInAs(t, Role.DIRECTOR, s.id);
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);
    reviewer = await signedInAsReviewer(t, (await buildPartnerOrganisation(t.db)).id);
  });
  afterAll(() => t?.close());

  it('answers FORBIDDEN to directors, counsellors and reviewers, and changes nothing', async () => {
    const landlord = await buildPartnerOrganisation(t.db, { name: 'Bailleur interdit' });
    const site = await buildPartnerSite(t.db, landlord.id);
    const victim = await buildUser(t.db, { role: Role.PARTNER_REVIEWER, partnerOrganisationId: landlord.id });
    const before = await counts();
    const calls: [string, Record<string, unknown>][] = [
      [LIST, {}],
      [CREATE, { input: { name: 'Intrus Habitat', kind: 'SOCIAL_LANDLORD' } }],
      [UPDATE, { input: { id: landlord.id, name: 'X', kind: 'OTHER', updatedAt: new Date().toISOString() } }],
      [ADD_SITE, { input: { partnerOrganisationId: landlord.id, name: 'Site intrus' } }],
      [UPDATE_SITE, { input: { id: site.id, version: 1, name: 'Renommé' } }],
      [
        CREATE_REVIEWER,
        { input: { partnerOrganisationId: landlord.id, email: 'intrus@test.fr', firstName: 'A', lastName: 'B' } },
      ],
      [DEACTIVATE, { input: { id: victim.id } }],
      [REACTIVATE, { input: { id: victim.id } }],
      [RESET, { input: { id: victim.id } }],
    ];
    for (const [who, client] of [
      ['director', director],
      ['counsellor', counsellor],
      ['reviewer', reviewer],
    ] as const)
      for (const [query, variables] of calls) {
        const e = await client.fail(query, variables);
        expect({ who, query: query.slice(0, 40), code: e.extensions?.code }).toEqual({
          who,
          query: query.slice(0, 40),
          code: 'FORBIDDEN',
        });
      }
    expect((await t.client().fail(LIST)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
    // The victim still signs in: nothing was deactivated nor reset.
    await signIn(victim.email, victim.password);
  });

  it('lets the administrator create and update an organisation, refusing bad input, duplicates and stale edits', async () => {
    const before = await counts();
    const bad = await admin.fail(CREATE, {
      input: { name: '  ', kind: 'SOCIAL_LANDLORD', siret: '732 829 320 00075' },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fieldErrors).toEqual([
      { field: 'name', message: 'Le nom de l’organisation est obligatoire.' },
      { field: 'siret', message: expect.stringMatching(/^Le SIRET n’est pas valide/) },
    ]);
    expect((await admin.fail(CREATE, { input: { name: 'X', kind: 'PRIVATE' } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await counts()).toEqual(before);

    const { createPartnerOrganisation: created } = await admin.ok(CREATE, {
      input: { name: ' Seine Habitat ', kind: 'SOCIAL_LANDLORD', siret: '732 829 320 00074', city: 'Rouen' },
    });
    expect(created).toMatchObject({
      name: 'Seine Habitat',
      kind: 'SOCIAL_LANDLORD',
      siret: SIRET,
      city: 'Rouen',
      sites: [],
      reviewers: [],
    });

    const sameName = await admin.fail(CREATE, { input: { name: 'SEINE HABITAT', kind: 'OTHER' } });
    expect(sameName.extensions?.code).toBe('CONFLICT');
    expect(sameName.extensions?.fieldErrors).toEqual([{ field: 'name', message: expect.stringContaining('Seine') }]);
    const sameSiret = await admin.fail(CREATE, { input: { name: 'Autre', kind: 'OTHER', siret: SIRET } });
    expect(sameSiret.extensions?.code).toBe('CONFLICT');
    expect(sameSiret.extensions?.fieldErrors?.[0].field).toBe('siret');
    expect(await count('partner_organisation')).toBe(before.organisations + 1);

    const edit = {
      id: created.id,
      name: 'Seine Habitat Métropole',
      kind: 'SOCIAL_LANDLORD',
      siret: null,
      city: 'Rouen',
    };
    const { updatePartnerOrganisation: updated } = await admin.ok(UPDATE, {
      input: { ...edit, updatedAt: created.updatedAt },
    });
    expect(updated).toMatchObject({ id: created.id, name: 'Seine Habitat Métropole', siret: null });
    expect(updated.updatedAt).not.toBe(created.updatedAt);
    // Someone saved since this admin opened the form: refused, nothing overwritten.
    const stale = await admin.fail(UPDATE, { input: { ...edit, name: 'Écrasé', updatedAt: created.updatedAt } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/modifiée par quelqu’un d’autre/);
    await buildPartnerOrganisation(t.db, { name: 'Déjà Pris' });
    const clash = await admin.fail(UPDATE, { input: { ...edit, name: 'déjà pris', updatedAt: updated.updatedAt } });
    expect(clash.extensions?.fieldErrors?.[0].field).toBe('name');
    // Keeping its own name is no duplicate.
    await admin.ok(UPDATE, { input: { ...edit, city: 'Le Havre', updatedAt: updated.updatedAt } });
    const unknown = await admin.fail(UPDATE, { input: { ...edit, id: randomUUID(), updatedAt: updated.updatedAt } });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');

    const names = (await list()).map((o) => o.name);
    expect(names).toContain('Seine Habitat Métropole');
    expect(names).not.toContain('Écrasé');
  });

  it('lets the administrator add and rename sites, refusing duplicates and stale versions', async () => {
    const landlord = await buildPartnerOrganisation(t.db, { name: 'Logéal' });
    const other = await buildPartnerOrganisation(t.db, { name: 'Autre Logeur' });
    await buildPartnerSite(t.db, other.id, { name: 'Résidence Les Tilleuls' });
    const before = await count('partner_site');
    const bad = await admin.fail(ADD_SITE, {
      input: { partnerOrganisationId: landlord.id, name: '', postalCode: '7600' },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fieldErrors?.map((f) => f.field)).toEqual(['name', 'postalCode']);
    expect(
      (await admin.fail(ADD_SITE, { input: { partnerOrganisationId: 'nope', name: 'Site' } })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect(await count('partner_site')).toBe(before);

    // Another organisation's site of the same name is no duplicate.
    const { addPartnerSite: site } = await admin.ok(ADD_SITE, {
      input: { partnerOrganisationId: landlord.id, name: 'Résidence Les Tilleuls', postalCode: '76000', city: 'Rouen' },
    });
    expect(site).toMatchObject({ name: 'Résidence Les Tilleuls', postalCode: '76000', city: 'Rouen', version: 1 });
    const { addPartnerSite: second } = await admin.ok(ADD_SITE, {
      input: { partnerOrganisationId: landlord.id, name: 'Agence Nord' },
    });
    const dup = await admin.fail(ADD_SITE, {
      input: { partnerOrganisationId: landlord.id, name: 'résidence les tilleuls' },
    });
    expect(dup.extensions?.code).toBe('CONFLICT');
    expect(dup.extensions?.fieldErrors?.[0].field).toBe('name');

    const { updatePartnerSite: renamed } = await admin.ok(UPDATE_SITE, {
      input: { id: site.id, version: 1, name: 'Résidence Les Érables', postalCode: '76000', city: 'Rouen' },
    });
    expect(renamed).toMatchObject({ id: site.id, name: 'Résidence Les Érables', version: 2 });
    expect(
      (await admin.fail(UPDATE_SITE, { input: { id: site.id, version: 1, name: 'Écrasé' } })).extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await admin.fail(UPDATE_SITE, { input: { id: second.id, version: 1, name: 'Résidence les érables' } }))
        .extensions?.fieldErrors?.[0].field,
    ).toBe('name');
    const mine = (await list()).find((o) => o.id === landlord.id)!;
    expect(mine.sites.map((s) => s.name)).toEqual(['Agence Nord', 'Résidence Les Érables']);
  });

  it('creates a reviewer with a one-time password: they sign in and see their organisation’s portal only', async () => {
    const landlord = await buildPartnerOrganisation(t.db, { name: 'Habitat Caux' });
    await buildPartnerSite(t.db, landlord.id, { name: 'Résidence du Port' });
    const neighbour = await buildPartnerOrganisation(t.db, { name: 'Voisin Habitat' });
    await buildPartnerSite(t.db, neighbour.id, { name: 'Résidence du Voisin' });
    const input = {
      partnerOrganisationId: landlord.id,
      email: ' RH@Habitat-Caux.FR ',
      firstName: 'Inès',
      lastName: 'Moreau',
    };

    const before = await count('app_user');
    for (const wrong of [
      { ...input, email: 'pas-une-adresse' },
      { ...input, firstName: ' ' },
      { ...input, lastName: 'x'.repeat(101) },
    ])
      expect((await admin.fail(CREATE_REVIEWER, { input: wrong })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await admin.fail(CREATE_REVIEWER, { input: { ...input, partnerOrganisationId: randomUUID() } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(await count('app_user')).toBe(before);

    const { createPartnerReviewer } = await admin.ok(CREATE_REVIEWER, { input });
    const password: string = createPartnerReviewer.initialPassword;
    expect(password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect(createPartnerReviewer.reviewer).toMatchObject({
      email: 'rh@habitat-caux.fr',
      fullName: 'Inès Moreau',
      active: true,
      lastSignedInAt: null,
    });
    const { passwordHash: hash, role } = await t.db
      .getRepository(UserEntity)
      .findOneByOrFail({ id: createPartnerReviewer.reviewer.id });
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(password);
    expect(role).toBe(Role.PARTNER_REVIEWER);

    // The address is unique whatever its case, across every role.
    const dup = await admin.fail(CREATE_REVIEWER, { input: { ...input, email: 'rh@HABITAT-caux.fr' } });
    expect(dup.extensions?.code).toBe('CONFLICT');
    expect(dup.extensions?.fieldErrors?.[0].field).toBe('email');
    const staff = await buildUser(t.db, { role: Role.ADMINISTRATOR, email: 'alex@tremplin.test' });
    expect(
      (await admin.fail(CREATE_REVIEWER, { input: { ...input, email: staff.email.toUpperCase() } })).extensions?.code,
    ).toBe('CONFLICT');
    // The reviewer and the administrator built above; no account of the refused attempts.
    expect(await count('app_user')).toBe(before + 2);

    const inès = await signInOnce('Rh@habitat-caux.fr', password);
    const portal = await inès.ok(PORTAL);
    expect(portal.me.partnerOrganisation).toEqual({ id: landlord.id, name: 'Habitat Caux' });
    expect(portal.portalOverview.organisationName).toBe('Habitat Caux');
    expect(portal.portalSites.map((s: { name: string }) => s.name)).toEqual(['Résidence du Port']);
    expect((await inès.fail(LIST)).extensions?.code).toBe('FORBIDDEN');

    const listed = (await list()).find((o) => o.id === landlord.id)!;
    expect(listed.reviewers).toEqual([
      expect.objectContaining({ email: 'rh@habitat-caux.fr', active: true, lastSignedInAt: expect.any(String) }),
    ]);
  });

  it('deactivates a reviewer: their sessions end and they can no longer sign in; reactivation gives a new password', async () => {
    const landlord = await buildPartnerOrganisation(t.db, { name: 'Habitat Bray' });
    const { createPartnerReviewer } = await admin.ok(CREATE_REVIEWER, {
      input: {
        partnerOrganisationId: landlord.id,
        email: 'site@habitat-bray.fr',
        firstName: 'Paul',
        lastName: 'Lenoir',
      },
    });
    const { id } = createPartnerReviewer.reviewer;
    const first: string = createPartnerReviewer.initialPassword;
    const office = await signInOnce('site@habitat-bray.fr', first);
    const phone = await signIn('site@habitat-bray.fr', NEW_PASSWORD);
    await office.ok(PORTAL);

    const { deactivatePartnerReviewer } = await admin.ok(DEACTIVATE, { input: { id } });
    expect(deactivatePartnerReviewer).toMatchObject({ id, active: false });
    const n = await t.db.getRepository(UserSessionEntity).countBy({ userId: id });
    expect(n).toBe(0);
    for (const session of [office, phone])
      expect((await session.fail(PORTAL)).extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await t.client().fail(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: 'site@habitat-bray.fr', password: first },
    });
    expect(refused.message).toBe('Adresse e-mail ou mot de passe incorrect.');
    // Again: nothing more to do, same answer.
    expect((await admin.ok(DEACTIVATE, { input: { id } })).deactivatePartnerReviewer.active).toBe(false);
    expect((await admin.fail(RESET, { input: { id } })).extensions?.code).toBe('CONFLICT');

    const { reactivatePartnerReviewer } = await admin.ok(REACTIVATE, { input: { id } });
    expect(reactivatePartnerReviewer.reviewer.active).toBe(true);
    const second: string = reactivatePartnerReviewer.initialPassword;
    expect(second).not.toBe(first);
    expect((await admin.fail(REACTIVATE, { input: { id } })).extensions?.code).toBe('CONFLICT');
    const back = await signInOnce('site@habitat-bray.fr', second);
    await back.ok(PORTAL);

    // A new password ends the sessions opened with the old one.
    const { resetPartnerReviewerPassword } = await admin.ok(RESET, { input: { id } });
    expect((await back.fail(PORTAL)).extensions?.code).toBe('UNAUTHENTICATED');
    await signIn('site@habitat-bray.fr', resetPartnerReviewerPassword.initialPassword);

    // Only reviewers' accounts are managed here: a counsellor's or an unknown id is not found.
    const staff = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: (await buildStructure(t.db)).id });
    for (const other of [staff.id, 'nope'])
      expect((await admin.fail(DEACTIVATE, { input: { id: other } })).extensions?.code).toBe('NOT_FOUND');
    await signIn(staff.email, staff.password);
  });

  it('lists every organisation with its sites and reviewers in a constant number of statements', async () => {
    await list();
    const { statements: few } = await t.statementsOf(list);
    for (let i = 0; i < 3; i++) {
      const o = await buildPartnerOrganisation(t.db);
      await buildPartnerSite(t.db, o.id);
      await buildUser(t.db, { role: Role.PARTNER_REVIEWER, partnerOrganisationId: o.id });
    }
    expect((await t.statementsOf(list)).statements).toBe(few);
  });
});
