import {
  buildCertification,
  buildPerson,
  buildSkillsEvaluation,
  buildStructure,
  type GraphqlClient,
  recordsOf,
  setTargetCertification,
  signedInAs,
} from '@tremplin/api-testing';
import { Role, SkillLevel } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const RECORD = `mutation($input: RecordSkillsEvaluationInput!) { recordSkillsEvaluation(input: $input) {
  id blockId level levelLabel evaluatedOn evaluatorName comment } }`;
const READ = `query($id: ID!) { person(id: $id) { skillsProgress {
  block { id code title position } level levelLabel evaluatedOn history { level levelLabel evaluatedOn evaluatorName } } } }`;

describe('activities: skills evaluations against the target certification', () => {
  let t: TestApp;
  let a: GraphqlClient & { userId: string };
  let supervisor: GraphqlClient;
  let structureA: { id: string };
  let personB: { id: string };
  let target: { id: string; blockIds: string[] };
  let other: { id: string; blockIds: string[] };

  const evaluations = (personId: string) => recordsOf(t.db, 'skills_evaluation', personId);
  const input = (personId: string, blockId: string) => ({
    personId,
    blockId,
    level: 'PROGRESSING',
    evaluatedOn: '2026-02-10',
    evaluatorName: 'Nadia Formatrice',
  });

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    const structureB = await buildStructure(t.db);
    a = await signedInAs(t, Role.COUNSELLOR, structureA.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, structureA.id);
    target = await buildCertification(t.db, {
      title: 'Gardien d’immeubles (AFPOLS)',
      blocks: ['BC01', 'BC02', 'BC03'],
    });
    other = await buildCertification(t.db, { title: 'TP Agent de propreté et d’hygiène', blocks: ['CCP1', 'CCP2'] });
    personB = await buildPerson(t.db, structureB.id);
    await setTargetCertification(t.db, personB.id, target.id);
  });
  afterAll(() => t?.close());

  it('records an evaluation on a block of the target certification', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await setTargetCertification(t.db, p.id, target.id);
    const { recordSkillsEvaluation: e } = await a.ok(RECORD, {
      input: { ...input(p.id, target.blockIds[1]), comment: ' Bonne progression ' },
    });
    expect(e).toMatchObject({
      blockId: target.blockIds[1],
      level: 'PROGRESSING',
      levelLabel: 'En progression',
      evaluatedOn: '2026-02-10',
      evaluatorName: 'Nadia Formatrice',
      comment: 'Bonne progression',
    });
    expect(await evaluations(p.id)).toEqual([
      expect.objectContaining({
        id: e.id,
        structure_id: structureA.id,
        block_id: target.blockIds[1],
        level: 'PROGRESSING',
        evaluated_on: '2026-02-10',
        created_by_id: a.userId,
      }),
    ]);
  });

  it('records an evaluation sent again with the same client id once, even once its block version has moved', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await setTargetCertification(t.db, p.id, target.id);
    const clientId = '6f1f7a52-3c1e-4d5e-9a0b-1c2d3e4f5a6b';
    const sent = { input: { ...input(p.id, target.blockIds[0]), clientId, version: 0 } };
    const { recordSkillsEvaluation: first } = await a.ok(RECORD, sent);
    // The answer was lost on the way: the device sends it again, read at the same (now stale) version.
    const { recordSkillsEvaluation: again } = await a.ok(RECORD, sent);
    expect(again.id).toBe(first.id);
    expect(await evaluations(p.id)).toHaveLength(1);
    // Another evaluation (another id, or none) is a new one.
    await a.ok(RECORD, {
      input: { ...input(p.id, target.blockIds[0]), clientId: 'a1f1f7a5-3c1e-4d5e-9a0b-1c2d3e4f5a6b' },
    });
    expect(await evaluations(p.id)).toHaveLength(2);
    // The same id for another person is refused, and an id that is no UUID too: nothing written.
    const q = await buildPerson(t.db, structureA.id);
    await setTargetCertification(t.db, q.id, target.id);
    const reused = await a.fail(RECORD, { input: { ...input(q.id, target.blockIds[0]), clientId } });
    expect(reused.extensions?.fieldErrors).toEqual([
      { field: 'clientId', message: 'Identifiant de saisie déjà utilisé.' },
    ]);
    const bad = await a.fail(RECORD, { input: { ...input(q.id, target.blockIds[0]), clientId: 'x' } });
    expect(JSON.stringify(bad)).toContain('Identifiant de saisie invalide.');
    expect(await evaluations(q.id)).toEqual([]);
  });

  it('refuses a block of another certification, naming the target, and writes nothing', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await setTargetCertification(t.db, p.id, target.id);
    const e = await a.fail(RECORD, { input: input(p.id, other.blockIds[0]) });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([
      {
        field: 'blockId',
        message: expect.stringMatching(
          /« CCP1 — Bloc CCP1 » n’appartient pas à la certification visée par la personne \(« Gardien d’immeubles \(AFPOLS\) »\)/,
        ),
      },
    ]);
    expect(await evaluations(p.id)).toEqual([]);
  });

  it('without a target certification, says to choose it first', async () => {
    const p = await buildPerson(t.db, structureA.id);
    const e = await a.fail(RECORD, { input: input(p.id, target.blockIds[0]) });
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'blockId', message: expect.stringMatching(/Choisissez d’abord la certification visée/) },
    ]);
    expect(await evaluations(p.id)).toEqual([]);
    expect((await a.ok(READ, { id: p.id })).person.skillsProgress).toEqual([]);
  });

  it('refuses an unknown level and an empty evaluator', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await setTargetCertification(t.db, p.id, target.id);
    const e = await a.fail(RECORD, {
      input: { ...input(p.id, target.blockIds[0]), level: 'EXPERT', evaluatorName: ' ' },
    });
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'level', message: expect.stringMatching(/niveau atteint/) },
      { field: 'evaluatorName', message: expect.stringMatching(/évaluateur·rice est obligatoire/) },
    ]);
    expect(await evaluations(p.id)).toEqual([]);
  });

  it('an unknown block, or another structure’s person, is NOT_FOUND, for a supervisor too', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await setTargetCertification(t.db, p.id, target.id);
    expect(
      (await a.fail(RECORD, { input: input(p.id, '0b7f6a5e-0000-4000-8000-00000000ffff') })).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await a.fail(RECORD, { input: input(personB.id, target.blockIds[0]) })).extensions?.code).toBe('NOT_FOUND');
    expect((await supervisor.fail(RECORD, { input: input(personB.id, target.blockIds[0]) })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(await evaluations(p.id)).toEqual([]);
    expect(await evaluations(personB.id)).toEqual([]);
  });

  it('a technical supervisor records an evaluation (FIELD_ENTRY)', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await setTargetCertification(t.db, p.id, target.id);
    await supervisor.ok(RECORD, { input: input(p.id, target.blockIds[0]) });
    expect(await evaluations(p.id)).toHaveLength(1);
  });

  it('shows the progress on every block of the target, in block order, with the history', async () => {
    const p = await buildPerson(t.db, structureA.id);
    await setTargetCertification(t.db, p.id, target.id);
    await buildSkillsEvaluation(t.db, structureA.id, p.id, target.blockIds[0], {
      level: SkillLevel.ACQUIRED,
      evaluatedOn: '2026-04-01',
      evaluatorName: 'Tuteur',
    });
    await buildSkillsEvaluation(t.db, structureA.id, p.id, target.blockIds[0], {
      level: SkillLevel.BEGINNING,
      evaluatedOn: '2026-01-15',
      evaluatorName: 'Formatrice',
    });
    await buildSkillsEvaluation(t.db, structureA.id, p.id, target.blockIds[2], {
      level: SkillLevel.PROGRESSING,
      evaluatedOn: '2026-03-01',
      evaluatorName: 'Formatrice',
    });
    // An evaluation of an earlier target certification is not part of the progress.
    await buildSkillsEvaluation(t.db, structureA.id, p.id, other.blockIds[0], { level: SkillLevel.ACQUIRED });

    const { person } = await supervisor.ok(READ, { id: p.id });
    expect(person.skillsProgress).toEqual([
      {
        block: { id: target.blockIds[0], code: 'BC01', title: 'Bloc BC01', position: 1 },
        level: 'ACQUIRED',
        levelLabel: 'Acquis',
        evaluatedOn: '2026-04-01',
        history: [
          { level: 'BEGINNING', levelLabel: 'Débutant', evaluatedOn: '2026-01-15', evaluatorName: 'Formatrice' },
          { level: 'ACQUIRED', levelLabel: 'Acquis', evaluatedOn: '2026-04-01', evaluatorName: 'Tuteur' },
        ],
      },
      {
        block: expect.objectContaining({ code: 'BC02', position: 2 }),
        level: 'NOT_STARTED',
        levelLabel: 'Non commencé',
        evaluatedOn: null,
        history: [],
      },
      expect.objectContaining({
        block: expect.objectContaining({ code: 'BC03' }),
        level: 'PROGRESSING',
        evaluatedOn: '2026-03-01',
      }),
    ]);
  });

  describe('two people evaluating the same block', () => {
    const PROGRESS = `query($id: ID!) { person(id: $id) { skillsProgress { block { id } level version } } }`;
    const versionOf = async (c: GraphqlClient, personId: string, blockId: string): Promise<number> =>
      (await c.ok(PROGRESS, { id: personId })).person.skillsProgress.find(
        (p: { block: { id: string } }) => p.block.id === blockId,
      ).version;

    it('B evaluated the block since A opened the file: A’s evaluation is refused, naming B’s; re-sent on it, saved', async () => {
      const b = await signedInAs(t, Role.COUNSELLOR, structureA.id);
      const p = await buildPerson(t.db, structureA.id);
      await setTargetCertification(t.db, p.id, target.id);
      const block = target.blockIds[0];
      const seenByA = await versionOf(a, p.id, block);
      const seenByB = await versionOf(b, p.id, block);
      expect([seenByA, seenByB]).toEqual([0, 0]);
      await b.ok(RECORD, {
        input: {
          ...input(p.id, block),
          level: 'BEGINNING',
          evaluatedOn: '2026-02-11',
          evaluatorName: 'Marc Tuteur',
          version: seenByB,
        },
      });
      const e = await a.fail(RECORD, { input: { ...input(p.id, block), level: 'ACQUIRED', version: seenByA } });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toBe(
        'Le bloc BC01 a été évalué par quelqu’un d’autre depuis que vous avez ouvert la fiche : Débutant le 11/02/2026 ' +
          'par Marc Tuteur. Rien n’est enregistré : vérifiez son niveau actuel, puis enregistrez de nouveau votre ' +
          'évaluation si elle reste juste.',
      );
      expect(e.extensions?.['changedLines']).toEqual([
        {
          field: 'version',
          key: block,
          sentVersion: null,
          version: 1,
          current: {
            blockId: block,
            blockCode: 'BC01',
            level: 'BEGINNING',
            levelLabel: 'Débutant',
            evaluatedOn: '2026-02-11',
            evaluatorName: 'Marc Tuteur',
          },
        },
      ]);
      expect(await evaluations(p.id)).toHaveLength(1);
      await a.ok(RECORD, { input: { ...input(p.id, block), level: 'ACQUIRED', version: 1 } });
      expect(await versionOf(a, p.id, block)).toBe(2);
      // Without a version, nothing is checked (clients that do not read them).
      await a.ok(RECORD, { input: input(p.id, block) });
      expect(await evaluations(p.id)).toHaveLength(3);
    });
  });
});
