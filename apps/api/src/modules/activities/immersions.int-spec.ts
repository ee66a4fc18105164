import {
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
  recordsOf,
  signedInAs,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const RECORD = `mutation($input: RecordImmersionInput!) { recordImmersion(input: $input) {
  id hostName hostTutorName objective objectiveLabel startDate endDate days comment hostOrganisation { id name } } }`;
const READ = `query($id: ID!) { person(id: $id) { immersions { id hostName startDate days hostOrganisation { name } } } }`;
const HOSTS = `{ partnerOrganisations { id name kind city } }`;

describe('activities: immersions (PMSMP) and partner organisations', () => {
  let t: TestApp;
  let a: GraphqlClient & { userId: string };
  let supervisor: GraphqlClient;
  let structureA: { id: string };
  let personB: { id: string };
  let host: { id: string };

  const immersions = (personId: string) => recordsOf(t.db, 'immersion', personId);
  const valid = {
    hostTutorName: 'Paule Gardienne',
    objective: 'CONFIRM_PROJECT',
    startDate: '2026-03-01',
    endDate: '2026-03-30',
  };

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    const structureB = await buildStructure(t.db);
    a = await signedInAs(t, Role.COUNSELLOR, structureA.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, structureA.id);
    personB = await buildPerson(t.db, structureB.id);
    host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    await buildPartnerOrganisation(t.db, { name: 'Logéal Immobilière' });
  });
  afterAll(() => t?.close());

  describe('partnerOrganisations', () => {
    it('lists every partner organisation by name, to structure staff', async () => {
      const { partnerOrganisations } = await supervisor.ok(HOSTS);
      expect(partnerOrganisations.map((o: { name: string }) => o.name)).toEqual([
        'Logéal Immobilière',
        'Rouen Habitat',
      ]);
      expect(partnerOrganisations[1]).toEqual({
        id: host.id,
        name: 'Rouen Habitat',
        kind: 'SOCIAL_LANDLORD',
        city: 'Rouen',
      });
    });

    it('is closed to partner reviewers and administrators', async () => {
      const reviewer = await buildUser(t.db, { role: Role.PARTNER_REVIEWER, partnerOrganisationId: host.id });
      const admin = await buildUser(t.db, { role: Role.ADMINISTRATOR });
      for (const u of [reviewer, admin]) {
        const c = t.client();
        await c.signIn(u.email, u.password);
        expect((await c.fail(HOSTS)).extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('recordImmersion', () => {
    it('accepts 30 calendar days and takes the host’s name from the partner organisation', async () => {
      const p = await buildPerson(t.db, structureA.id);
      const { recordImmersion: i } = await a.ok(RECORD, {
        input: { ...valid, personId: p.id, hostOrganisationId: host.id },
      });
      expect(i).toMatchObject({
        hostName: 'Rouen Habitat',
        hostTutorName: 'Paule Gardienne',
        objective: 'CONFIRM_PROJECT',
        objectiveLabel: 'Confirmer un projet professionnel',
        days: 30,
        comment: null,
        hostOrganisation: { id: host.id, name: 'Rouen Habitat' },
      });
      expect(await immersions(p.id)).toEqual([
        expect.objectContaining({
          id: i.id,
          structure_id: structureA.id,
          host_organisation_id: host.id,
          host_name: 'Rouen Habitat',
          start_date: '2026-03-01',
          end_date: '2026-03-30',
          created_by_id: a.userId,
        }),
      ]);
    });

    it('refuses 31 calendar days with the figures, and writes nothing', async () => {
      const p = await buildPerson(t.db, structureA.id);
      const e = await a.fail(RECORD, {
        input: { ...valid, personId: p.id, hostOrganisationId: host.id, endDate: '2026-03-31' },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'endDate',
          message: expect.stringMatching(/dure 31 jours.*au plus 30 jours calendaires.*Raccourcissez-la de 1 jour/),
        },
      ]);
      expect(await immersions(p.id)).toEqual([]);
    });

    it('keeps a host typed by hand, without partner organisation', async () => {
      const p = await buildPerson(t.db, structureA.id);
      const { recordImmersion: i } = await a.ok(RECORD, {
        input: { ...valid, personId: p.id, hostName: ' Boulangerie du Vieux-Marché ', comment: 'Très motivée' },
      });
      expect(i).toMatchObject({
        hostName: 'Boulangerie du Vieux-Marché',
        hostOrganisation: null,
        comment: 'Très motivée',
      });
      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.immersions).toEqual([
        {
          id: i.id,
          hostName: 'Boulangerie du Vieux-Marché',
          startDate: '2026-03-01',
          days: 30,
          hostOrganisation: null,
        },
      ]);
    });

    const refusals: [string, Record<string, unknown>, string, RegExp][] = [
      ['no host at all', {}, 'hostName', /Indiquez la structure d’accueil/],
      [
        'an end before the start',
        { hostName: 'X', endDate: '2026-02-27' },
        'endDate',
        /La fin de l’immersion \(27\/02\/2026\) précède son début/,
      ],
      [
        'no host tutor',
        { hostName: 'X', hostTutorName: '  ' },
        'hostTutorName',
        /tuteur ou de la tutrice d’accueil est obligatoire/,
      ],
      [
        'two objectives',
        { hostName: 'X', objective: 'DISCOVER_JOB,CONFIRM_PROJECT' },
        'objective',
        /un seul par PMSMP/,
      ],
    ];
    it.each(refusals)('refuses %s and writes nothing', async (_label, change, field, message) => {
      const p = await buildPerson(t.db, structureA.id);
      const e = await a.fail(RECORD, { input: { ...valid, personId: p.id, ...change } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await immersions(p.id)).toEqual([]);
    });

    it('an unknown partner organisation is NOT_FOUND', async () => {
      const p = await buildPerson(t.db, structureA.id);
      for (const id of ['0b7f6a5e-0000-4000-8000-00000000ffff', 'pas-un-id']) {
        expect(
          (await a.fail(RECORD, { input: { ...valid, personId: p.id, hostOrganisationId: id } })).extensions?.code,
        ).toBe('NOT_FOUND');
      }
      expect(await immersions(p.id)).toEqual([]);
    });

    it('another structure’s person is NOT_FOUND and nothing is written', async () => {
      const e = await a.fail(RECORD, { input: { ...valid, personId: personB.id, hostOrganisationId: host.id } });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(e.message).toBe('Cette personne est introuvable dans votre structure.');
      expect(await immersions(personB.id)).toEqual([]);
    });

    it('a supervisor cannot record', async () => {
      const p = await buildPerson(t.db, structureA.id);
      expect(
        (await supervisor.fail(RECORD, { input: { ...valid, personId: p.id, hostName: 'X' } })).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(await immersions(p.id)).toEqual([]);
    });
  });
});
