import { buildPerson, buildStructure, type GraphqlClient, recordsOf, signedInAs } from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const DECIDE = `mutation($input: RecordAdmissionDecisionInput!) {
  recordAdmissionDecision(input: $input) { id decidedOn outcome outcomeLabel comment } }`;
const CONTRACT = `mutation($input: RecordEmploymentContractInput!) {
  recordEmploymentContract(input: $input) { id kind kindLabel startDate endDate weeklyMinutes } }`;
const READ = `query($id: ID!) { person(id: $id) {
  admissionDecisions { id decidedOn outcome outcomeLabel comment }
  employmentContracts { id kind kindLabel startDate endDate weeklyMinutes } } }`;

describe('activities: admission decision and employment contract', () => {
  let t: TestApp;
  let a: GraphqlClient & { userId: string };
  let supervisor: GraphqlClient;
  let structureA: { id: string };
  let personB: { id: string };

  const rows = (table: string, personId: string) => recordsOf(t.db, table, personId);

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    const structureB = await buildStructure(t.db);
    a = await signedInAs(t, Role.COUNSELLOR, structureA.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, structureA.id);
    personB = await buildPerson(t.db, structureB.id);
  });
  afterAll(() => t?.close());

  describe('recordAdmissionDecision', () => {
    it('records a decision in the caller’s structure and lists the latest first', async () => {
      const p = await buildPerson(t.db, structureA.id);
      const first = await a.ok(DECIDE, {
        input: { personId: p.id, decidedOn: '2026-01-10', outcome: 'REFUSED', comment: '  Projet à mûrir  ' },
      });
      expect(first.recordAdmissionDecision).toMatchObject({
        decidedOn: '2026-01-10',
        outcome: 'REFUSED',
        outcomeLabel: 'Non admis·e',
        comment: 'Projet à mûrir',
      });
      const second = await a.ok(DECIDE, { input: { personId: p.id, decidedOn: '2026-03-02', outcome: 'ADMITTED' } });
      expect(second.recordAdmissionDecision).toMatchObject({
        outcome: 'ADMITTED',
        outcomeLabel: 'Admis·e en alternance',
        comment: null,
      });

      const stored = await rows('admission_decision', p.id);
      expect(stored).toEqual([
        expect.objectContaining({
          structure_id: structureA.id,
          outcome: 'REFUSED',
          decided_on: '2026-01-10',
          created_by_id: a.userId,
        }),
        expect.objectContaining({
          structure_id: structureA.id,
          outcome: 'ADMITTED',
          decided_on: '2026-03-02',
          comment: null,
        }),
      ]);
      const { person } = await a.ok(READ, { id: p.id });
      expect(person.admissionDecisions.map((d: { outcome: string }) => d.outcome)).toEqual(['ADMITTED', 'REFUSED']);
    });

    it('refuses a non-admission without a comment, and writes nothing', async () => {
      const p = await buildPerson(t.db, structureA.id);
      for (const comment of [undefined, '   ']) {
        const e = await a.fail(DECIDE, {
          input: { personId: p.id, decidedOn: '2026-01-10', outcome: 'REFUSED', comment },
        });
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.extensions?.fieldErrors).toEqual([
          { field: 'comment', message: expect.stringMatching(/Motivez la non-admission/) },
        ]);
      }
      expect(await rows('admission_decision', p.id)).toEqual([]);
    });

    it('refuses an unknown outcome and an impossible date', async () => {
      const p = await buildPerson(t.db, structureA.id);
      const e = await a.fail(DECIDE, { input: { personId: p.id, decidedOn: '2026-02-30', outcome: 'PEUT-ÊTRE' } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'decidedOn', message: expect.stringMatching(/La date de la décision n’existe pas/) },
        { field: 'outcome', message: expect.stringMatching(/Choisissez la décision/) },
      ]);
      expect(await rows('admission_decision', p.id)).toEqual([]);
    });

    it('another structure’s person is NOT_FOUND and nothing is written', async () => {
      const e = await a.fail(DECIDE, { input: { personId: personB.id, decidedOn: '2026-01-10', outcome: 'ADMITTED' } });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await rows('admission_decision', personB.id)).toEqual([]);
    });

    it('a supervisor cannot record but can read', async () => {
      const p = await buildPerson(t.db, structureA.id);
      await a.ok(DECIDE, { input: { personId: p.id, decidedOn: '2026-01-10', outcome: 'ADMITTED' } });
      const e = await supervisor.fail(DECIDE, {
        input: { personId: p.id, decidedOn: '2026-01-11', outcome: 'ADMITTED' },
      });
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(await rows('admission_decision', p.id)).toHaveLength(1);
      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.admissionDecisions).toHaveLength(1);
    });
  });

  describe('recordEmploymentContract', () => {
    const valid = { kind: 'CDD_USAGE', startDate: '2026-03-02', endDate: '2027-03-01', weeklyMinutes: 26 * 60 };

    it('records the contract and lists the latest first', async () => {
      const p = await buildPerson(t.db, structureA.id);
      const { recordEmploymentContract: c } = await a.ok(CONTRACT, { input: { ...valid, personId: p.id } });
      expect(c).toMatchObject({
        kind: 'CDD_USAGE',
        kindLabel: 'CDD d’usage (association intermédiaire)',
        startDate: '2026-03-02',
        endDate: '2027-03-01',
        weeklyMinutes: 1560,
      });
      await a.ok(CONTRACT, {
        input: { personId: p.id, kind: 'PROFESSIONALISATION', startDate: '2027-03-02', weeklyMinutes: 35 * 60 },
      });
      expect(await rows('employment_contract', p.id)).toEqual([
        expect.objectContaining({
          id: c.id,
          structure_id: structureA.id,
          weekly_minutes: 1560,
          created_by_id: a.userId,
        }),
        expect.objectContaining({ kind: 'PROFESSIONALISATION', end_date: null }),
      ]);
      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.employmentContracts.map((x: { kind: string }) => x.kind)).toEqual([
        'PROFESSIONALISATION',
        'CDD_USAGE',
      ]);
    });

    const refusals: [string, Record<string, unknown>, string, RegExp][] = [
      [
        'an end before the start',
        { endDate: '2026-03-01' },
        'endDate',
        /La fin du contrat \(01\/03\/2026\) précède son début \(02\/03\/2026\)/,
      ],
      ['no weekly time', { weeklyMinutes: 0 }, 'weeklyMinutes', /au moins 1 minute/],
      [
        'more than 48 h a week',
        { weeklyMinutes: 48 * 60 + 30 },
        'weeklyMinutes',
        /\(48 h 30\) dépasse le maximum légal de 48 h .*de 0 h 30/,
      ],
      ['an unknown kind', { kind: 'CDI_MAGIQUE' }, 'kind', /type de contrat/],
    ];
    it.each(refusals)('refuses %s and writes nothing', async (_label, change, field, message) => {
      const p = await buildPerson(t.db, structureA.id);
      const e = await a.fail(CONTRACT, { input: { ...valid, personId: p.id, ...change } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await rows('employment_contract', p.id)).toEqual([]);
    });

    it('accepts exactly 48 h a week', async () => {
      const p = await buildPerson(t.db, structureA.id);
      await a.ok(CONTRACT, { input: { ...valid, personId: p.id, weeklyMinutes: 48 * 60 } });
      expect(await rows('employment_contract', p.id)).toHaveLength(1);
    });

    it('another structure’s person is NOT_FOUND and nothing is written; a supervisor is FORBIDDEN', async () => {
      expect((await a.fail(CONTRACT, { input: { ...valid, personId: personB.id } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect(await rows('employment_contract', personB.id)).toEqual([]);
      const p = await buildPerson(t.db, structureA.id);
      expect((await supervisor.fail(CONTRACT, { input: { ...valid, personId: p.id } })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(await rows('employment_contract', p.id)).toEqual([]);
    });
  });
});
