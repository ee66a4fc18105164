import {
  buildPartnerOrganisation,
  buildPerson,
  buildPersons,
  buildStructure,
  buildUser,
  pathwayRows,
  type GraphqlClient,
} from '@tremplin/api-testing';
import { addDays, addMonths, PathwayStage, Role, StructureKind, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PassIaeEntity } from '../intake';
import { PersonEntity } from './person.entity';

const PERSON_FIELDS = `id firstName lastName birthDate age email phone postalCode city stage version counsellor { id fullName } structure { id name }`;
const GET = `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const LIST = `query($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {
  persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id firstName lastName age stage counsellor { id fullName } structure { id } } }
  } }`;
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`;

interface Page {
  persons: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; lastName: string; structure: { id: string }; counsellor: { id: string } | null };
    }[];
  };
}

describe('persons: caseload, record, tenancy', () => {
  let t: TestApp;
  let a: GraphqlClient; // counsellor of structure A
  let structureA: { id: string };
  let structureB: { id: string };
  let counsellorA: { id: string };
  let counsellorB: { id: string };
  let personB: { id: string; lastName: string };

  const countPersons = () => t.db.getRepository(PersonEntity).count();

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db, { name: 'Structure A' });
    structureB = await buildStructure(t.db, { name: 'Structure B' });
    const userA = await buildUser(t.db, {
      role: Role.COUNSELLOR,
      structureId: structureA.id,
      firstName: 'Claire',
      lastName: 'Alpha',
    });
    counsellorA = userA;
    counsellorB = await buildUser(t.db, {
      role: Role.COUNSELLOR,
      structureId: structureB.id,
      firstName: 'Bruno',
      lastName: 'Beta',
    });
    personB = await buildPerson(t.db, structureB.id, {
      firstName: 'Zoé',
      lastName: 'Secrète',
      counsellorId: counsellorB.id,
    });
    await buildPerson(t.db, structureA.id, { firstName: 'Hélène', lastName: 'Dubois', counsellorId: counsellorA.id });
    await buildPerson(t.db, structureA.id, { firstName: 'Marc', lastName: 'Durand' });
    a = t.client();
    await a.signIn(userA.email, userA.password);
  });
  afterAll(() => t?.close());

  describe('tenancy: another structure’s persons are invisible and untouchable', () => {
    it('reading a structure-B person by id is NOT_FOUND', async () => {
      const e = await a.fail(GET, { id: personB.id });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(e.message).toBe('Cette personne est introuvable dans votre structure.');
    });

    it('updating a structure-B person by id is NOT_FOUND and changes nothing', async () => {
      const before = await t.db.getRepository(PersonEntity).findBy({ id: personB.id });
      const e = await a.fail(UPDATE, {
        input: { id: personB.id, version: 1, firstName: 'Pirate', lastName: 'Pirate', birthDate: '1990-01-01' },
      });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await t.db.getRepository(PersonEntity).findBy({ id: personB.id })).toEqual(before);
    });

    it('never lists a structure-B person, whatever the filter', async () => {
      for (const filter of [{}, { search: 'Secrète' }, { search: 'zoe' }, { counsellorId: counsellorB.id }]) {
        const page = await a.ok<Page>(LIST, { filter, first: 100 });
        expect(page.persons.edges.map((e) => e.node.structure.id).every((id) => id === structureA.id)).toBe(true);
        expect(page.persons.edges.find((e) => e.node.id === personB.id)).toBeUndefined();
      }
      expect((await a.ok<Page>(LIST, { filter: { counsellorId: counsellorB.id } })).persons.totalCount).toBe(0);
    });

    it('does not accept a structure from input, nor a referent of another structure', async () => {
      const withStructure = await a.fail(CREATE, {
        input: { firstName: 'A', lastName: 'B', birthDate: '1990-01-01', structureId: structureB.id },
      });
      expect(withStructure.extensions?.code).toBe('BAD_USER_INPUT');
      const foreignReferent = await a.fail(CREATE, {
        input: { firstName: 'A', lastName: 'B', birthDate: '1990-01-01', counsellorId: counsellorB.id },
      });
      expect(foreignReferent.extensions?.code).toBe('BAD_USER_INPUT');
      expect(foreignReferent.extensions?.fieldErrors).toEqual([
        { field: 'counsellorId', message: expect.stringContaining('n’existe pas dans votre structure') },
      ]);
    });

    it('creates in the caller’s structure', async () => {
      const { createPerson } = await a.ok(CREATE, {
        input: {
          firstName: ' Inès ',
          lastName: 'Roux',
          birthDate: '1995-04-12',
          counsellorId: counsellorA.id,
          email: 'Ines.Roux@Exemple.fr',
        },
      });
      expect(createPerson).toMatchObject({
        firstName: 'Inès',
        lastName: 'Roux',
        structure: { id: structureA.id },
        counsellor: { fullName: 'Claire Alpha' },
        email: 'ines.roux@exemple.fr',
        version: 1,
        stage: 'RECRUITMENT',
      });
      const b = t.client();
      const userB = await buildUser(t.db, { role: Role.DIRECTOR, structureId: structureB.id });
      await b.signIn(userB.email, userB.password);
      expect((await b.fail(GET, { id: createPerson.id })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('the person’s sex (the FSE+ gender codes)', () => {
    it('is recorded at creation, changed by an update, and read with its French label', async () => {
      const { createPerson } = await a.ok(CREATE.replace('version', 'version sex sexLabel'), {
        input: { firstName: 'Awa', lastName: 'Diallo', birthDate: '1992-03-04', sex: 'WOMAN' },
      });
      expect(createPerson).toMatchObject({ sex: 'WOMAN', sexLabel: 'Femme' });
      const { updatePerson } = await a.ok(UPDATE.replace('version', 'version sex sexLabel'), {
        input: {
          id: createPerson.id,
          version: createPerson.version,
          firstName: 'Awa',
          lastName: 'Diallo',
          birthDate: '1992-03-04',
          sex: 'NON_BINARY',
        },
      });
      expect(updatePerson).toMatchObject({ sex: 'NON_BINARY', sexLabel: 'Non binaire' });
      const [row] = (await t.db.getRepository(PersonEntity).findBy({ id: createPerson.id })).map((r) => ({
        sex: r.sex,
      }));
      expect(row).toEqual({ sex: 'NON_BINARY' });
    });
  });

  describe('bad input is refused with a French message and changes nothing', () => {
    const valid = { firstName: 'Léa', lastName: 'Martin', birthDate: '1990-05-01' };
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['empty last name', { lastName: '   ' }, 'lastName', /Le nom est obligatoire/],
      ['empty first name', { firstName: '' }, 'firstName', /Le prénom est obligatoire/],
      ['impossible birth date', { birthDate: '1990-02-30' }, 'birthDate', /n’existe pas/],
      ['future birth date', { birthDate: '2099-01-01' }, 'birthDate', /futur/],
      ['malformed birth date', { birthDate: '01/05/1990' }, 'birthDate', /n’existe pas/],
      ['malformed email', { email: 'lea.martin@' }, 'email', /L’adresse e-mail n’est pas valide/],
      ['bad postal code', { postalCode: '7600' }, 'postalCode', /5 chiffres/],
      ['bad phone', { phone: 'abc' }, 'phone', /téléphone/],
      ['a sex outside the list', { sex: 'F' }, 'sex', /Choisissez le sexe dans la liste : Femme, Homme ou Non binaire/],
    ];
    it.each(cases)('%s', async (_label, change, field, message) => {
      const before = await countPersons();
      const e = await a.fail(CREATE, { input: { ...valid, ...change } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(e.message).toMatch(message);
      expect(await countPersons()).toBe(before);
    });

    it('reports every wrong field at once', async () => {
      const e = await a.fail(CREATE, { input: { firstName: '', lastName: '', birthDate: '2020-13-01', email: 'x' } });
      expect((e.extensions?.fieldErrors ?? []).map((f) => f.field).sort()).toEqual([
        'birthDate',
        'email',
        'firstName',
        'lastName',
      ]);
    });

    it('an unknown or malformed id is NOT_FOUND', async () => {
      for (const id of ['0b7f6a5e-0000-4000-8000-00000000ffff', 'pas-un-id']) {
        expect((await a.fail(GET, { id })).extensions?.code).toBe('NOT_FOUND');
        expect((await a.fail(UPDATE, { input: { ...valid, id, version: 1 } })).extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('a bad update changes nothing', async () => {
      const p = await buildPerson(t.db, structureA.id, { lastName: 'Intacte' });
      const before = await t.db.getRepository(PersonEntity).findBy({ id: p.id });
      const e = await a.fail(UPDATE, {
        input: { id: p.id, version: 1, firstName: 'X', lastName: '', birthDate: '1990-01-01' },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.db.getRepository(PersonEntity).findBy({ id: p.id })).toEqual(before);
    });
  });

  describe('concurrent edits', () => {
    it('refuses a save based on a stale version (CONFLICT) and keeps the first one', async () => {
      const p = await buildPerson(t.db, structureA.id, { lastName: 'Concurrente' });
      const base = { id: p.id, version: 1, birthDate: '1990-01-15' };
      const first = await a.ok(UPDATE, { input: { ...base, firstName: 'Première', lastName: 'Concurrente' } });
      expect(first.updatePerson.version).toBe(2);
      const e = await a.fail(UPDATE, { input: { ...base, firstName: 'Seconde', lastName: 'Concurrente' } });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toMatch(/modifiée par quelqu’un d’autre/);
      const [row] = (await t.db.getRepository(PersonEntity).findBy({ id: p.id })).map((r) => ({
        first_name: r.firstName,
        version: r.version,
      }));
      expect(row).toEqual({ first_name: 'Première', version: 2 });
    });

    it('of two simultaneous saves of one version, exactly one wins', async () => {
      const p = await buildPerson(t.db, structureA.id, { lastName: 'Simultanée' });
      const save = (firstName: string) =>
        a.request(UPDATE, {
          input: { id: p.id, version: 1, firstName, lastName: 'Simultanée', birthDate: '1990-01-15' },
        });
      const results = await Promise.all([save('Un'), save('Deux')]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    });
  });

  describe('caseload paging, search and filter', () => {
    let paging: TestApp['db'];
    let c: GraphqlClient;
    let counsellor: { id: string };
    beforeAll(async () => {
      paging = t.db;
      const s = await buildStructure(paging, { name: 'Structure paginée' });
      const user = await buildUser(paging, { role: Role.COUNSELLOR, structureId: s.id });
      counsellor = user;
      await buildPersons(paging, s.id, 120, user.id);
      await buildPerson(paging, s.id, { firstName: 'Éloïse', lastName: 'Lefèvre-Guérin' });
      c = t.client();
      await c.signIn(user.email, user.password);
    });

    it('walks forward and back with stable keyset cursors and a total count', async () => {
      const p1 = await c.ok<Page>(LIST, { first: 50 });
      expect(p1.persons.totalCount).toBe(121);
      expect(p1.persons.edges).toHaveLength(50);
      expect(p1.persons.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const p2 = await c.ok<Page>(LIST, { first: 50, after: p1.persons.pageInfo.endCursor });
      const p3 = await c.ok<Page>(LIST, { first: 50, after: p2.persons.pageInfo.endCursor });
      expect(p3.persons.edges).toHaveLength(21);
      expect(p3.persons.pageInfo.hasNextPage).toBe(false);
      const all = [...p1.persons.edges, ...p2.persons.edges, ...p3.persons.edges].map((e) => e.node.lastName);
      expect(new Set(all).size).toBe(121);
      expect(all[0]).toBe('Lefèvre-Guérin');
      const back = await c.ok<Page>(LIST, { last: 50, before: p3.persons.pageInfo.startCursor });
      expect(back.persons.edges.map((e) => e.node.id)).toEqual(p2.persons.edges.map((e) => e.node.id));
      expect(back.persons.pageInfo.hasPreviousPage).toBe(true);
    });

    it('searches by name without accents or case, and filters by counsellor', async () => {
      const s = await c.ok<Page>(LIST, { filter: { search: 'eloise LEFEVRE' } });
      expect(s.persons.edges.map((e) => e.node.lastName)).toEqual(['Lefèvre-Guérin']);
      const mine = await c.ok<Page>(LIST, { filter: { counsellorId: counsellor.id } });
      expect(mine.persons.totalCount).toBe(120);
      const wildcard = await c.ok<Page>(LIST, { filter: { search: '%' } });
      expect(wildcard.persons.totalCount).toBe(0);
    });

    it('refuses a page size over 100 and a forged cursor', async () => {
      expect((await c.fail(LIST, { first: 101 })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'first' }],
      });
      expect((await c.fail(LIST, { after: 'bidon' })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('issues a constant number of SQL statements whatever the page size', async () => {
      const statements = async (first: number) => {
        await c.ok(`{ me { id } }`); // session touched, warm
        const { result: page, statements } = await t.statementsOf(() => c.ok<Page>(LIST, { first }));
        expect(page.persons.edges).toHaveLength(first);
        return statements;
      };
      const small = await statements(5);
      const full = await statements(50);
      const max = await statements(100);
      expect(full).toBe(small);
      expect(max).toBe(small);
      // session lookup + page + count + one batch per relation (counsellor, structure)
      expect(small).toBeLessThanOrEqual(5);
    });
  });

  describe('caseload filters by stage and by alert', () => {
    let c: GraphqlClient;
    let structure: { id: string };
    const today = todayInParis();
    const names = (page: Page) => page.persons.edges.map((e) => e.node.lastName);
    const person = (lastName: string, stage: PathwayStage) =>
      buildPerson(t.db, structure.id, { firstName: 'Test', lastName, stage });

    beforeAll(async () => {
      structure = await buildStructure(t.db, { name: 'AI des alertes', kind: StructureKind.AI });
      const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: structure.id });
      c = t.client();
      await c.signIn(user.email, user.password);
      const s = structure.id;
      const host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });

      const passeur = await person('Passeur', PathwayStage.RECRUITMENT); // PASS ending in 30 days
      await pathwayRows.pass(t.db, s, passeur.id, { number: '999992600100', endDate: addDays(today, 30) });
      const justin = await person('Justin', PathwayStage.RECRUITMENT); // a 3-month proof dated 4 months ago
      await pathwayRows.diagnosis(t.db, s, justin.id, {
        diagnosedOn: addMonths(today, -4),
        criteria: [{ code: 'DETLD_24_MONTHS', proofDate: addMonths(today, -4) }],
      });
      const presset = await person('Presset', PathwayStage.TRAINING); // attended half of the training hours
      const session = await pathwayRows.session(t.db, s, {
        kind: 'TRAINING',
        sessionDate: addDays(today, -1),
        plannedMinutes: 6 * 60,
      });
      await pathwayRows.attendance(t.db, s, presset.id, session.id, { minutesAttended: 3 * 60 });
      const plafonnier = await person('Plafonnier', PathwayStage.TRAINING); // 410 h at one host
      await pathwayRows.mission(t.db, s, plafonnier.id, host.id, {
        startDate: addMonths(today, -3),
        endDate: addDays(today, -2),
        minutes: 410 * 60,
      });
      const suivi = await person('Suivi', PathwayStage.EXITED); // hired 6 months ago, no check
      await pathwayRows.hire(t.db, s, suivi.id, { startDate: addMonths(today, -6) });
      await person('Calme', PathwayStage.TRAINING);
      const sortant = await person('Sortant', PathwayStage.EXITED); // exited: a PASS ending is no alert any more
      await pathwayRows.pass(t.db, s, sortant.id, { number: '999992600101', endDate: addDays(today, 30) });
      for (let i = 1; i <= 6; i++) {
        const p = await person(`Pass0${i}`, i <= 3 ? PathwayStage.RECRUITMENT : PathwayStage.SECURING);
        await pathwayRows.pass(t.db, s, p.id, { number: `99999260020${i}`, endDate: addDays(today, 15 + 5 * i) });
      }
    });

    it('filters by stage in SQL', async () => {
      const training = await c.ok<Page>(LIST, { filter: { stage: 'TRAINING' } });
      expect(names(training)).toEqual(['Calme', 'Plafonnier', 'Presset']);
      expect(training.persons.totalCount).toBe(3);
      expect((await c.ok<Page>(LIST, { filter: { stage: 'EXITED' } })).persons.totalCount).toBe(2);
      expect((await c.ok<Page>(LIST, { filter: { stage: 'RECRUITMENT', search: 'pass' } })).persons.totalCount).toBe(4);
    });

    it.each([
      ['PASS_ENDING', ['Pass01', 'Pass02', 'Pass03', 'Pass04', 'Pass05', 'Pass06', 'Passeur']],
      ['PROOF_EXPIRED', ['Justin']],
      ['ATTENDANCE_BEHIND', ['Presset']],
      ['PLACEMENT_CAP_NEAR', ['Plafonnier']],
      ['FOLLOW_UP_DUE', ['Suivi']],
    ])('filters by the alert %s', async (alert, expected) => {
      const page = await c.ok<Page>(LIST, { filter: { alert } });
      expect(names(page)).toEqual(expected);
      expect(page.persons.totalCount).toBe(expected.length);
    });

    it('combines the alert with the other filters', async () => {
      const securing = await c.ok<Page>(LIST, { filter: { alert: 'PASS_ENDING', stage: 'SECURING' } });
      expect(names(securing)).toEqual(['Pass04', 'Pass05', 'Pass06']);
      expect(securing.persons.totalCount).toBe(3);
      const searched = await c.ok<Page>(LIST, { filter: { alert: 'PASS_ENDING', search: 'passeur' } });
      expect(names(searched)).toEqual(['Passeur']);
      expect(
        (await c.ok<Page>(LIST, { filter: { alert: 'PROOF_EXPIRED', stage: 'TRAINING' } })).persons.totalCount,
      ).toBe(0);
    });

    it('pages over the persons having the alert with the same keyset cursors, forward and back', async () => {
      const filter = { alert: 'PASS_ENDING' };
      const p1 = await c.ok<Page>(LIST, { filter, first: 3 });
      expect(names(p1)).toEqual(['Pass01', 'Pass02', 'Pass03']);
      expect(p1.persons.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(p1.persons.totalCount).toBe(7);
      const p2 = await c.ok<Page>(LIST, { filter, first: 3, after: p1.persons.pageInfo.endCursor });
      expect(names(p2)).toEqual(['Pass04', 'Pass05', 'Pass06']);
      expect(p2.persons.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      const p3 = await c.ok<Page>(LIST, { filter, first: 3, after: p2.persons.pageInfo.endCursor });
      expect(names(p3)).toEqual(['Passeur']);
      expect(p3.persons.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(p3.persons.totalCount).toBe(7);
      const back = await c.ok<Page>(LIST, { filter, last: 3, before: p3.persons.pageInfo.startCursor });
      expect(names(back)).toEqual(['Pass04', 'Pass05', 'Pass06']);
      expect(back.persons.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      const first = await c.ok<Page>(LIST, { filter, last: 3, before: back.persons.pageInfo.startCursor });
      expect(names(first)).toEqual(['Pass01', 'Pass02', 'Pass03']);
      expect(first.persons.pageInfo.hasPreviousPage).toBe(false);
      // The cursors are those of the unfiltered caseload: a cursor taken there pages the filtered list too.
      const all = await c.ok<Page>(LIST, { first: 100 });
      const pass03 = all.persons.edges.find((e) => e.node.lastName === 'Pass03');
      expect(names(await c.ok<Page>(LIST, { filter, first: 2, after: pass03?.cursor }))).toEqual(['Pass04', 'Pass05']);
    });

    it('refuses an unknown alert code or stage with a French message', async () => {
      const e = await c.fail(LIST, { filter: { alert: 'PASS_FINI' } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'filter.alert',
          message: expect.stringMatching(
            /^Cette alerte n’existe pas : choisissez PASS_ENDING \(PASS IAE bientôt échu\), .*FOLLOW_UP_DUE \(Suivi à faire\), .*CONTRACT_BREAK_FOLLOW_UP \(Rupture de contrat pro à suivre\)\.$/,
          ),
        },
      ]);
      expect((await c.fail(LIST, { filter: { stage: 'NOWHERE' } })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('never lists another structure’s person, whatever the alert', async () => {
      const page = await a.ok<Page>(LIST, { filter: { alert: 'PASS_ENDING' }, first: 100 });
      expect(page.persons.totalCount).toBe(0);
    });
  });

  describe('statements for alerts and timeline do not grow with persons or records', () => {
    let c: GraphqlClient;
    let few: { id: string };
    let many: { id: string };
    const CASELOAD = `query($first: Int, $filter: PersonFilter) { persons(first: $first, filter: $filter) {
      totalCount edges { node { id nextDeadline alerts { code } timeline { kind } } } } }`;
    const ONE = `query($id: ID!) { person(id: $id) { id timeline { kind title } alerts { code } } }`;

    beforeAll(async () => {
      const s = await buildStructure(t.db, { name: 'AI comptée', kind: StructureKind.AI });
      const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
      c = t.client();
      await c.signIn(user.email, user.password);
      const host = await buildPartnerOrganisation(t.db);
      const cert = await pathwayRows.certification(t.db);
      await buildPersons(t.db, s.id, 40);
      const ids = await t.db.getRepository(PersonEntity).find({ select: { id: true }, where: { structureId: s.id } });
      for (const { id } of ids) await pathwayRows.everyKind(t.db, s.id, id, host.id, cert);
      await t.db.getRepository(PassIaeEntity).update({ structureId: s.id }, { endDate: addDays(todayInParis(), 30) });
      few = await buildPerson(t.db, s.id, { lastName: 'Zpeu' });
      await pathwayRows.referral(t.db, s.id, few.id);
      many = await buildPerson(t.db, s.id, { lastName: 'Zbeaucoup' });
      await pathwayRows.everyKind(t.db, s.id, many.id, host.id, cert, 10);
    });

    const count = async (
      query: string,
      variables: Record<string, unknown>,
      check: (data: Record<string, unknown>) => void,
    ) => {
      await c.ok(`{ me { id } }`); // session touched, warm
      const { result, statements } = await t.statementsOf(() => c.ok(query, variables));
      check(result);
      return statements;
    };

    it('the same for a caseload page of 5 and of 40 persons asking alerts and timeline, with or without an alert filter', async () => {
      const page = (n: number) => (d: Record<string, unknown>) => {
        const edges = (d as { persons: { edges: { node: { alerts: { code: string }[]; timeline: unknown[] } }[] } })
          .persons.edges;
        expect(edges).toHaveLength(n);
        expect(
          edges.every((e) => e.node.timeline.length > 15 && e.node.alerts.some((x) => x.code === 'PASS_ENDING')),
        ).toBe(true);
      };
      const small = await count(CASELOAD, { first: 5 }, page(5));
      const large = await count(CASELOAD, { first: 40 }, page(40));
      expect(large).toBe(small);
      // session + page with its count and referents + the timelines (one statement) + the alert facts (one)
      expect(small).toBe(4);
      const filteredSmall = await count(CASELOAD, { first: 5, filter: { alert: 'PASS_ENDING' } }, page(5));
      const filteredLarge = await count(CASELOAD, { first: 40, filter: { alert: 'PASS_ENDING' } }, page(40));
      expect(filteredLarge).toBe(filteredSmall);
      // session + the candidates (id, stage) + their alert facts to filter + the page's rows + the timelines + the
      // page's alert facts (read again by the field's loader); no count
      expect(filteredSmall).toBe(6);
    });

    it('the same for one person with few or many records', async () => {
      let fewEntries = 0;
      let manyEntries = 0;
      const fewCount = await count(
        ONE,
        { id: few.id },
        (d) => (fewEntries = (d as { person: { timeline: unknown[] } }).person.timeline.length),
      );
      const manyCount = await count(
        ONE,
        { id: many.id },
        (d) => (manyEntries = (d as { person: { timeline: unknown[] } }).person.timeline.length),
      );
      expect(fewEntries).toBe(1);
      expect(manyEntries).toBe(146); // 4 single records + 10 × 14 entries + 2 retention checks
      expect(manyCount).toBe(fewCount);
      // session + person + the timeline (one statement) + the alert facts (one)
      expect(fewCount).toBe(4);
    });
  });
});
