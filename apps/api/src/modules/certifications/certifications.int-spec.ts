import {
  buildCertification,
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { CERTIFICATION_IDS } from '../../database/reference/certifications';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PersonEntity } from '../persons';
import { CertificationEntity } from './certification.entity';

const LIST = `{ certifications { id title rncpCode level certifier blocks { id code title position } } }`;
const SET = `mutation($input: SetTargetCertificationInput!) {
  setTargetCertification(input: $input) { id version targetCertification { id title blocks { code position } } } }`;
const TARGET = `query($id: ID!) { person(id: $id) { id targetCertification { id title blocks { id code } } } }`;

interface Listed {
  certifications: { id: string; title: string; blocks: { id: string; code: string; position: number }[] }[];
}

describe('certifications: reference list and target certification', () => {
  let t: TestApp;
  let counsellor: GraphqlClient;
  let supervisor: GraphqlClient;
  let structureA: { id: string };
  let structureB: { id: string };
  let active: { id: string; blockIds: string[] };
  let inactive: { id: string };

  const signedIn = async (role: Role, structureId?: string, partnerOrganisationId?: string) => {
    const user = await buildUser(t.db, { role, structureId, partnerOrganisationId });
    const c = t.client();
    await c.signIn(user.email, user.password);
    return c;
  };
  const personRow = async (id: string) => {
    const p = await t.db.getRepository(PersonEntity).findOneByOrFail({ id });
    return { target_certification_id: p.targetCertificationId, version: p.version };
  };

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    structureB = await buildStructure(t.db);
    active = await buildCertification(t.db, {
      title: 'Agent·e de propreté et d’hygiène (test)',
      blocks: ['CCP2', 'CCP1', 'CCP3'],
    });
    inactive = await buildCertification(t.db, { title: 'Ancien titre retiré (test)', active: false });
    counsellor = await signedIn(Role.COUNSELLOR, structureA.id);
    supervisor = await signedIn(Role.SUPERVISOR, structureA.id);
  });
  afterAll(() => t?.close());

  describe('certifications query', () => {
    it('lists the active certifications by title, with their blocks in order', async () => {
      const { certifications } = await counsellor.ok<Listed>(LIST);
      const ids = certifications.map((c) => c.id);
      expect(ids).toContain(active.id);
      expect(ids).toContain(CERTIFICATION_IDS.capGardien);
      expect(ids).not.toContain(inactive.id);
      const titles = certifications.map((c) => c.title);
      const sorted = (
        await t.db.getRepository(CertificationEntity).find({ where: { active: true }, order: { title: 'ASC' } })
      ).map((r) => r.title);
      expect(titles).toEqual(sorted);
      const mine = certifications.find((c) => c.id === active.id)!;
      expect(mine.blocks.map((b) => [b.code, b.position])).toEqual([
        ['CCP2', 1],
        ['CCP1', 2],
        ['CCP3', 3],
      ]);
      const cap = certifications.find((c) => c.id === CERTIFICATION_IDS.capGardien)!;
      expect(cap).toMatchObject({ title: 'CAP Gardien d’immeubles', rncpCode: '38633', level: 3 });
      expect(cap.blocks.map((b) => b.code)).toEqual(['UP1', 'UP2', 'UP3']);
    });

    it('loads the blocks of every certification in one statement', async () => {
      await counsellor.ok(`{ me { id } }`);
      const { statements: withBlocks } = await t.statementsOf(() => counsellor.ok(LIST));
      await buildCertification(t.db, { blocks: 4 });
      await buildCertification(t.db, { blocks: 1 });
      await counsellor.ok(`{ me { id } }`);
      expect((await t.statementsOf(() => counsellor.ok(LIST))).statements).toBe(withBlocks);
      // session + certifications + blocks
      expect(withBlocks).toBeLessThanOrEqual(3);
    });

    it('is open to a technical supervisor, and closed to a partner reviewer and an administrator', async () => {
      expect((await supervisor.ok<Listed>(LIST)).certifications.length).toBeGreaterThan(0);
      const partner = await buildPartnerOrganisation(t.db);
      for (const c of [
        await signedIn(Role.PARTNER_REVIEWER, undefined, partner.id),
        await signedIn(Role.ADMINISTRATOR),
      ])
        expect((await c.fail(LIST)).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('setTargetCertification', () => {
    it('sets the target, bumps the version, and shows it with its blocks; null clears it', async () => {
      const p = await buildPerson(t.db, structureA.id);
      const { setTargetCertification } = await counsellor.ok(SET, {
        input: { personId: p.id, certificationId: active.id },
      });
      expect(setTargetCertification).toMatchObject({
        id: p.id,
        version: 2,
        targetCertification: { id: active.id, blocks: [{ code: 'CCP2' }, { code: 'CCP1' }, { code: 'CCP3' }] },
      });
      expect(await personRow(p.id)).toEqual({ target_certification_id: active.id, version: 2 });

      const cleared = await counsellor.ok(SET, { input: { personId: p.id, certificationId: null } });
      expect(cleared.setTargetCertification).toMatchObject({ version: 3, targetCertification: null });
      expect(await personRow(p.id)).toEqual({ target_certification_id: null, version: 3 });
    });

    it.each([
      ['an inactive certification', () => inactive.id],
      ['an unknown certification', () => '0b7f6a5e-0000-4000-8000-00000000ffff'],
      ['a malformed id', () => 'pas-un-id'],
    ])('refuses %s (BAD_USER_INPUT) and changes nothing', async (_label, id) => {
      const p = await buildPerson(t.db, structureA.id);
      const e = await counsellor.fail(SET, { input: { personId: p.id, certificationId: id() } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'certificationId', message: expect.stringMatching(/n’existe pas ou n’est plus proposée/) },
      ]);
      expect(await personRow(p.id)).toEqual({ target_certification_id: null, version: 1 });
    });

    it('keeps showing a target chosen before the certification was withdrawn', async () => {
      const withdrawn = await buildCertification(t.db, { title: 'Bientôt retiré (test)', blocks: 1 });
      const p = await buildPerson(t.db, structureA.id);
      await counsellor.ok(SET, { input: { personId: p.id, certificationId: withdrawn.id } });
      await t.db.getRepository(CertificationEntity).update({ id: withdrawn.id }, { active: false });
      const { person } = await counsellor.ok(TARGET, { id: p.id });
      expect(person.targetCertification).toMatchObject({ id: withdrawn.id, blocks: [{ id: withdrawn.blockIds[0] }] });
    });

    it('another structure’s person is NOT_FOUND and nothing is written', async () => {
      const p = await buildPerson(t.db, structureB.id);
      const e = await counsellor.fail(SET, { input: { personId: p.id, certificationId: active.id } });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await personRow(p.id)).toEqual({ target_certification_id: null, version: 1 });
    });

    it('a technical supervisor cannot set it (FORBIDDEN) but can read it', async () => {
      const p = await buildPerson(t.db, structureA.id);
      const e = await supervisor.fail(SET, { input: { personId: p.id, certificationId: active.id } });
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(await personRow(p.id)).toEqual({ target_certification_id: null, version: 1 });
      await counsellor.ok(SET, { input: { personId: p.id, certificationId: active.id } });
      const { person } = await supervisor.ok(TARGET, { id: p.id });
      expect(person.targetCertification).toMatchObject({
        id: active.id,
        title: 'Agent·e de propreté et d’hygiène (test)',
      });
    });
  });
});
