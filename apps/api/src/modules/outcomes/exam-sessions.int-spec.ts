import {
  buildCertification,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
  setTargetCertification,
} from '@tremplin/api-testing';
import { addDays, Role, todayInParis } from '@tremplin/domain';
import { In } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { ExamResultEntity, ExamSessionEntity } from './outcome.entities';

const SESSION_FIELDS = `id sessionDate centre outcome outcomeLabel certification { id title }
  results { block { id code title } result resultLabel }`;
const RECORD = `mutation($input: RecordExamSessionInput!) { recordExamSession(input: $input) { ${SESSION_FIELDS} } }`;
const READ = `query($id: ID!) { person(id: $id) { id certificationOutcome certificationOutcomeLabel examSessions { ${SESSION_FIELDS} } } }`;

describe('recordExamSession: exam sessions, results per block, certification outcome', () => {
  let t: TestApp;
  let s: { id: string };
  let other: { id: string };
  let cap: { id: string; blockIds: string[] };
  let afpols: { id: string; blockIds: string[] };
  let a: GraphqlClient;
  let supervisor: GraphqlClient;

  const snapshot = async (personId: string) => {
    const sessions = (
      await t.db.getRepository(ExamSessionEntity).find({ where: { personId }, order: { id: 'ASC' } })
    ).map((r) => ({ id: r.id }));
    const results = (
      await t.db.getRepository(ExamResultEntity).find({
        where: { examSessionId: In(sessions.map((x) => x.id)) },
        order: { id: 'ASC' },
      })
    ).map((r) => ({ id: r.id }));
    return { sessions, results };
  };
  const input = (personId: string, o: Record<string, unknown> = {}) => ({
    input: {
      personId,
      certificationId: cap.id,
      sessionDate: '2026-06-15',
      centre: 'Lycée Colbert, Rouen',
      results: [
        { blockId: cap.blockIds[0], result: 'FULL' },
        { blockId: cap.blockIds[1], result: 'NONE' },
      ],
      ...o,
    },
  });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db);
    other = await buildStructure(t.db);
    cap = await buildCertification(t.db, { title: 'CAP Gardien d’immeubles', blocks: ['UP1', 'UP2', 'UP3'] });
    afpols = await buildCertification(t.db, { title: 'Gardien d’immeubles (AFPOLS)', blocks: ['BC01', 'BC02'] });
    const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
    const sup = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: s.id });
    a = t.client();
    await a.signIn(user.email, user.password);
    supervisor = t.client();
    await supervisor.signIn(sup.email, sup.password);
  });
  afterAll(() => t?.close());

  it('records a session with its results, returned with the certification, blocks and outcome', async () => {
    const p = await buildPerson(t.db, s.id);
    const { recordExamSession } = await a.ok(RECORD, input(p.id));
    expect(recordExamSession).toMatchObject({
      sessionDate: '2026-06-15',
      centre: 'Lycée Colbert, Rouen',
      certification: { id: cap.id, title: 'CAP Gardien d’immeubles' },
      results: [
        { block: { id: cap.blockIds[0], code: 'UP1', title: 'Bloc UP1' }, result: 'FULL', resultLabel: 'Acquis' },
        { block: { id: cap.blockIds[1], code: 'UP2', title: 'Bloc UP2' }, result: 'NONE', resultLabel: 'Non acquis' },
      ],
      outcome: 'PARTIAL',
      outcomeLabel: 'Certification partielle',
    });
    const [row] = (await t.db.getRepository(ExamSessionEntity).findBy({ id: recordExamSession.id })).map((r) => ({
      structure_id: r.structureId,
      certification_id: r.certificationId,
      session_date: r.sessionDate,
      centre: r.centre,
      has_author: r.createdById !== null,
    }));
    expect(row).toEqual({
      structure_id: s.id,
      certification_id: cap.id,
      session_date: '2026-06-15',
      centre: 'Lycée Colbert, Rouen',
      has_author: true,
    });
    const results = (
      await t.db
        .getRepository(ExamResultEntity)
        .find({ where: { examSessionId: recordExamSession.id }, order: { result: 'ASC' } })
    ).map((r) => ({ block_id: r.blockId, result: r.result, structure_id: r.structureId }));
    expect(results).toEqual([
      { block_id: cap.blockIds[0], result: 'FULL', structure_id: s.id },
      { block_id: cap.blockIds[1], result: 'NONE', structure_id: s.id },
    ]);
  });

  it('the person’s outcome takes the latest result of each block over the sessions of the target certification', async () => {
    const p = await buildPerson(t.db, s.id);
    expect((await a.ok(READ, { id: p.id })).person).toMatchObject({ certificationOutcome: null, examSessions: [] }); // no target
    await setTargetCertification(t.db, p.id, cap.id);
    expect((await a.ok(READ, { id: p.id })).person.certificationOutcome).toBeNull(); // no result yet
    await a.ok(
      RECORD,
      input(p.id, {
        sessionDate: '2026-03-10',
        results: [
          { blockId: cap.blockIds[0], result: 'FULL' },
          { blockId: cap.blockIds[1], result: 'NONE' },
          { blockId: cap.blockIds[2], result: 'PARTIAL' },
        ],
      }),
    );
    // Sat another certification: not counted in the target's outcome.
    await a.ok(
      RECORD,
      input(p.id, {
        certificationId: afpols.id,
        sessionDate: '2026-05-10',
        results: [
          { blockId: afpols.blockIds[0], result: 'FULL' },
          { blockId: afpols.blockIds[1], result: 'FULL' },
        ],
      }),
    );
    let person = (await a.ok(READ, { id: p.id })).person;
    expect(person).toMatchObject({
      certificationOutcome: 'PARTIAL',
      certificationOutcomeLabel: 'Certification partielle',
    });
    await a.ok(
      RECORD,
      input(p.id, {
        sessionDate: '2026-06-20',
        results: [
          { blockId: cap.blockIds[1], result: 'FULL' },
          { blockId: cap.blockIds[2], result: 'FULL' },
        ],
      }),
    );
    person = (await a.ok(READ, { id: p.id })).person;
    expect(person).toMatchObject({ certificationOutcome: 'FULL', certificationOutcomeLabel: 'Certification obtenue' });
    expect(
      person.examSessions.map((x: { sessionDate: string; outcome: string }) => [x.sessionDate, x.outcome]),
    ).toEqual([
      ['2026-06-20', 'PARTIAL'],
      ['2026-05-10', 'FULL'],
      ['2026-03-10', 'PARTIAL'],
    ]);
  });

  it('a session to come is recorded without results (outcome null), not with results', async () => {
    const p = await buildPerson(t.db, s.id);
    const future = addDays(todayInParis(), 20);
    const { recordExamSession } = await a.ok(RECORD, input(p.id, { sessionDate: future, results: [] }));
    expect(recordExamSession).toMatchObject({ sessionDate: future, results: [], outcome: null, outcomeLabel: null });
    const before = await snapshot(p.id);
    const e = await a.fail(RECORD, input(p.id, { sessionDate: future }));
    expect(e.extensions?.fieldErrors).toEqual([
      {
        field: 'sessionDate',
        message: expect.stringMatching(/n’a pas encore eu lieu : enregistrez-la sans résultats/),
      },
    ]);
    expect(await snapshot(p.id)).toEqual(before);
  });

  describe('refusals write nothing', () => {
    it('a result on a block of another certification, naming both', async () => {
      const p = await buildPerson(t.db, s.id);
      const e = await a.fail(
        RECORD,
        input(p.id, {
          results: [
            { blockId: cap.blockIds[0], result: 'FULL' },
            { blockId: afpols.blockIds[1], result: 'FULL' },
          ],
        }),
      );
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'results.1.blockId',
          message:
            'Le bloc BC02 « Bloc BC02 » appartient à la certification « Gardien d’immeubles (AFPOLS) », pas à « CAP Gardien d’immeubles » : choisissez un bloc de « CAP Gardien d’immeubles ».',
        },
      ]);
      expect(await snapshot(p.id)).toEqual({ sessions: [], results: [] });
    });

    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      [
        'the same block twice',
        {
          results: [
            { blockId: '{0}', result: 'FULL' },
            { blockId: '{0}', result: 'NONE' },
          ],
        },
        'results.1.blockId',
        /UP1 figure deux fois/,
      ],
      [
        'an unknown block',
        { results: [{ blockId: '0b7f6a5e-0000-4000-8000-00000000ffff', result: 'FULL' }] },
        'results.0.blockId',
        /bloc de compétences est introuvable/,
      ],
      [
        'a result outside the list',
        { results: [{ blockId: '{0}', result: 'EXCELLENT' }] },
        'results.0.result',
        /Acquis.*Partiellement acquis.*Non acquis/,
      ],
      [
        'an unknown certification',
        { certificationId: '0b7f6a5e-0000-4000-8000-00000000ffff', results: [] },
        'certificationId',
        /certification est introuvable/,
      ],
      ['an empty centre', { centre: '  ' }, 'centre', /centre d’examen est obligatoire/],
      ['an impossible date', { sessionDate: '2026-02-30' }, 'sessionDate', /date de la session n’existe pas/],
    ];
    it.each(cases)('%s', async (_label, o, field, message) => {
      const p = await buildPerson(t.db, s.id);
      const change = JSON.parse(JSON.stringify(o).replaceAll('{0}', cap.blockIds[0]));
      const e = await a.fail(RECORD, input(p.id, change));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await snapshot(p.id)).toEqual({ sessions: [], results: [] });
    });
  });

  describe('access', () => {
    it('another structure’s person is NOT_FOUND and nothing is written', async () => {
      const p = await buildPerson(t.db, other.id);
      const e = await a.fail(RECORD, input(p.id));
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await snapshot(p.id)).toEqual({ sessions: [], results: [] });
    });

    it('a SUPERVISOR cannot record a session (FORBIDDEN) but reads them', async () => {
      const p = await buildPerson(t.db, s.id);
      const e = await supervisor.fail(RECORD, input(p.id));
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot(p.id)).toEqual({ sessions: [], results: [] });
      await a.ok(RECORD, input(p.id));
      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.examSessions).toEqual([
        expect.objectContaining({
          outcome: 'PARTIAL',
          results: expect.arrayContaining([expect.objectContaining({ result: 'FULL' })]),
        }),
      ]);
    });
  });

  describe('two people entering the same jury', () => {
    it('B recorded results for these blocks since A opened the file: A’s session is refused, nothing written', async () => {
      const b = t.client();
      const other = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
      await b.signIn(other.email, other.password);
      const p = await buildPerson(t.db, s.id);
      // Both read the file: no result yet on UP1 and UP2 (version 0); UP3 was never to be entered here.
      const read = (c: { blockId: string; result: string }[]) =>
        input(p.id, { results: c.map((r) => ({ ...r, version: 0 })) });
      await b.ok(RECORD, read([{ blockId: cap.blockIds[0], result: 'FULL' }]));
      const before = await snapshot(p.id);
      const e = await a.fail(
        RECORD,
        read([
          { blockId: cap.blockIds[1], result: 'NONE' },
          { blockId: cap.blockIds[0], result: 'PARTIAL' },
        ]),
      );
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toBe(
        'Des résultats ont été enregistrés depuis que vous avez ouvert la fiche pour le bloc UP1 (acquis, session du ' +
          '15/06/2026). Rien n’est enregistré : vérifiez que cette session n’est pas déjà saisie, puis ' +
          'enregistrez-la de nouveau si elle manque.',
      );
      expect(e.extensions?.['changedLines']).toEqual([
        {
          field: 'results.1',
          key: cap.blockIds[0],
          sentVersion: null,
          version: 1,
          current: {
            blockId: cap.blockIds[0],
            blockCode: 'UP1',
            result: 'FULL',
            resultLabel: 'Acquis',
            sessionDate: '2026-06-15',
          },
        },
      ]);
      expect(await snapshot(p.id)).toEqual(before);
      // Sent on the current versions, it is recorded.
      await a.ok(
        RECORD,
        input(p.id, {
          sessionDate: '2026-06-20',
          results: [
            { blockId: cap.blockIds[1], result: 'NONE', version: 0 },
            { blockId: cap.blockIds[0], result: 'PARTIAL', version: 1 },
          ],
        }),
      );
      expect((await snapshot(p.id)).sessions).toHaveLength(2);
    });
  });
});
