import {
  buildCertification,
  buildExamSession,
  buildPerson,
  buildStructure,
  buildUser,
  type GraphqlClient,
  outcomeEvidence,
  setTargetCertification,
} from '@tremplin/api-testing';
import { PathwayStage, Role, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PersonEntity } from '../persons';
import { StageTransitionEntity } from './stage-transition.entity';

const CHANGE = `mutation($input: ChangeStageInput!) { changeStage(input: $input) { id stage version
  stageHistory { fromStage toStage effectiveOn reason overrideReason missingEvidence author { id fullName } } } }`;
const READ = `query($id: ID!) { person(id: $id) { id stage version nextStageGate { toStage missing }
  stageHistory { fromStage toStage effectiveOn reason overrideReason missingEvidence author { fullName } } } }`;

const ADMISSION_MISSING = 'l’admission dans le parcours (décision après l’entretien de sélection)';
const CONTRACT_MISSING = 'un contrat de travail, ou un plan de formation avec un·e tuteur·rice désigné·e';

describe('changeStage: stage gates, overrides, history', () => {
  let t: TestApp;
  let s: { id: string };
  let other: { id: string };
  let counsellor: { id: string };
  let a: GraphqlClient;
  let supervisor: GraphqlClient;

  const snapshot = async (personId: string) => ({
    person: (await t.db.getRepository(PersonEntity).findBy({ id: personId })).map((r) => ({
      stage: r.stage,
      version: r.version,
      updated_at: r.updatedAt,
    })),
    transitions: (
      await t.db.getRepository(StageTransitionEntity).find({ where: { personId }, order: { id: 'ASC' } })
    ).map((r) => ({ id: r.id })),
  });
  const change = (personId: string, o: Record<string, unknown> = {}) => ({
    input: { personId, toStage: 'TRAINING', effectiveOn: '2026-03-02', version: 1, ...o },
  });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db);
    other = await buildStructure(t.db);
    const user = await buildUser(t.db, {
      role: Role.COUNSELLOR,
      structureId: s.id,
      firstName: 'Claire',
      lastName: 'Alpha',
    });
    counsellor = user;
    const sup = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: s.id });
    a = t.client();
    await a.signIn(user.email, user.password);
    supervisor = t.client();
    await supervisor.signIn(sup.email, sup.password);
  });
  afterAll(() => t?.close());

  it('RECRUITMENT → TRAINING without admission nor contract is refused, listing what is missing, and writes nothing', async () => {
    const p = await buildPerson(t.db, s.id);
    const before = await snapshot(p.id);
    const e = await a.fail(CHANGE, change(p.id));
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(
      /Pour passer à l’étape « Formation \/ alternance », il manque l’admission.*; un contrat de travail.*motif de dérogation d’au moins 20 caractères/,
    );
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'toStage', message: ADMISSION_MISSING },
      { field: 'toStage', message: CONTRACT_MISSING },
    ]);
    expect(await snapshot(p.id)).toEqual(before);
  });

  it('a too short override reason is refused too', async () => {
    const p = await buildPerson(t.db, s.id);
    const before = await snapshot(p.id);
    const e = await a.fail(CHANGE, change(p.id, { overrideReason: 'Urgent' }));
    expect(e.message).toMatch(/motif de dérogation doit compter au moins 20 caractères \(6 saisis\)/);
    expect(e.extensions?.fieldErrors).toContainEqual({
      field: 'overrideReason',
      message: expect.stringMatching(/20 caractères \(6 saisis\)/),
    });
    expect(await snapshot(p.id)).toEqual(before);
  });

  it('with an override reason, the change is accepted and the history keeps the reason and what was missing', async () => {
    const p = await buildPerson(t.db, s.id);
    await outcomeEvidence.admission(t.db, s.id, p.id, { outcome: 'REFUSED' }); // the latest decision is not an admission
    const overrideReason = 'Admission validée oralement par la commission du 28/02';
    const { changeStage } = await a.ok(CHANGE, change(p.id, { overrideReason }));
    expect(changeStage).toMatchObject({ stage: 'TRAINING', version: 2 });
    expect(changeStage.stageHistory).toEqual([
      {
        fromStage: 'RECRUITMENT',
        toStage: 'TRAINING',
        effectiveOn: '2026-03-02',
        reason: null,
        overrideReason,
        missingEvidence: [ADMISSION_MISSING, CONTRACT_MISSING],
        author: { id: counsellor.id, fullName: 'Claire Alpha' },
      },
    ]);
    const [row] = (await t.db.getRepository(StageTransitionEntity).findBy({ personId: p.id })).map((r) => ({
      from_stage: r.fromStage,
      to_stage: r.toStage,
      override_reason: r.overrideReason,
      missing_evidence: r.missingEvidence,
      created_by_id: r.createdById,
    }));
    expect(row).toEqual({
      from_stage: 'RECRUITMENT',
      to_stage: 'TRAINING',
      override_reason: overrideReason,
      missing_evidence: [ADMISSION_MISSING, CONTRACT_MISSING],
      created_by_id: counsellor.id,
    });
    expect(
      (await t.db.getRepository(PersonEntity).findBy({ id: p.id })).map((r) => ({
        stage: r.stage,
        version: r.version,
      })),
    ).toEqual([{ stage: 'TRAINING', version: 2 }]);
  });

  it('with the evidence (latest decision ADMITTED, a contract), the change passes without override and keeps no override', async () => {
    const p = await buildPerson(t.db, s.id);
    await outcomeEvidence.admission(t.db, s.id, p.id, { outcome: 'REFUSED', decidedOn: '2026-01-10' });
    await outcomeEvidence.admission(t.db, s.id, p.id, { outcome: 'ADMITTED', decidedOn: '2026-02-20' });
    await outcomeEvidence.employmentContract(t.db, s.id, p.id);
    const { changeStage } = await a.ok(CHANGE, change(p.id, { overrideReason: 'Un motif inutile mais assez long' }));
    expect(changeStage.stageHistory[0]).toMatchObject({ overrideReason: null, missingEvidence: [] });
  });

  it('a target certification with a tutoring running on the change date stands for the training plan with tutor', async () => {
    const p = await buildPerson(t.db, s.id);
    const cert = await buildCertification(t.db);
    await outcomeEvidence.admission(t.db, s.id, p.id);
    await outcomeEvidence.tutoring(t.db, s.id, p.id, { startDate: '2026-02-01', endDate: '2026-02-28' });
    // Tutoring ended before the change and no target certification yet: still missing.
    expect((await a.fail(CHANGE, change(p.id))).extensions?.fieldErrors).toEqual([
      { field: 'toStage', message: CONTRACT_MISSING },
    ]);
    await setTargetCertification(t.db, p.id, cert.id);
    expect((await a.fail(CHANGE, change(p.id))).extensions?.fieldErrors).toEqual([
      { field: 'toStage', message: CONTRACT_MISSING },
    ]);
    await outcomeEvidence.tutoring(t.db, s.id, p.id, { startDate: '2026-03-01' });
    expect((await a.ok(CHANGE, change(p.id))).changeStage.stage).toBe('TRAINING');
  });

  it('going back without a reason is refused (field reason); with a reason it is accepted', async () => {
    const p = await buildPerson(t.db, s.id, { stage: PathwayStage.TRAINING });
    const before = await snapshot(p.id);
    const e = await a.fail(CHANGE, change(p.id, { toStage: 'RECRUITMENT' }));
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([
      {
        field: 'reason',
        message: expect.stringMatching(
          /Un retour en arrière de « Formation \/ alternance » à « Recrutement » demande un motif d’au moins 10 caractères \(0 saisi\)/,
        ),
      },
    ]);
    expect(await snapshot(p.id)).toEqual(before);
    const { changeStage } = await a.ok(
      CHANGE,
      change(p.id, { toStage: 'RECRUITMENT', reason: 'Projet professionnel à reprendre' }),
    );
    expect(changeStage.stageHistory[0]).toMatchObject({
      fromStage: 'TRAINING',
      toStage: 'RECRUITMENT',
      reason: 'Projet professionnel à reprendre',
    });
  });

  it('a stale version is a CONFLICT and nothing is written', async () => {
    const p = await buildPerson(t.db, s.id);
    await t.db.getRepository(PersonEntity).update({ id: p.id }, { version: 3 });
    const before = await snapshot(p.id);
    const e = await a.fail(
      CHANGE,
      change(p.id, { overrideReason: 'Admission validée oralement par la commission', version: 2 }),
    );
    expect(e.extensions?.code).toBe('CONFLICT');
    expect(e.message).toMatch(/modifiée par quelqu’un d’autre/);
    expect(await snapshot(p.id)).toEqual(before);
  });

  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'EXITED is refused: the exit is recorded with recordExit',
      { toStage: 'EXITED', reason: 'Fin de contrat au 30/06' },
      'toStage',
      /enregistrez la sortie \(date et motif\)/,
    ],
    ['the same stage', { toStage: 'RECRUITMENT' }, 'toStage', /déjà à l’étape « Recrutement »/],
    ['a future date', { effectiveOn: '2099-01-01' }, 'effectiveOn', /01\/01\/2099.*futur/],
    ['an impossible date', { effectiveOn: '2026-02-30' }, 'effectiveOn', /date du changement n’existe pas/],
    ['an unknown stage', { toStage: 'NOWHERE' }, '', /NOWHERE/],
  ];
  it.each(refusals)('%s', async (_label, o, field, message) => {
    const p = await buildPerson(t.db, s.id);
    const before = await snapshot(p.id);
    const e = await a.fail(CHANGE, change(p.id, o));
    if (field) {
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
    } else expect(e.message).toMatch(message); // refused by GraphQL itself (not an enum value)
    expect(await snapshot(p.id)).toEqual(before);
  });

  it('a date before the last stage change is refused', async () => {
    const p = await buildPerson(t.db, s.id, { stage: PathwayStage.TRAINING });
    await a.ok(
      CHANGE,
      change(p.id, { toStage: 'RECRUITMENT', reason: 'Projet à reprendre', effectiveOn: '2026-05-01' }),
    );
    const e = await a.fail(
      CHANGE,
      change(p.id, {
        overrideReason: 'Admission validée oralement en commission',
        effectiveOn: '2026-04-30',
        version: 2,
      }),
    );
    expect(e.extensions?.fieldErrors).toEqual([
      {
        field: 'effectiveOn',
        message: expect.stringMatching(/30\/04\/2026.*précède le dernier changement d’étape, du 01\/05\/2026/),
      },
    ]);
  });

  it('the stage of an exited person does not change any more', async () => {
    const p = await buildPerson(t.db, s.id, { stage: PathwayStage.EXITED });
    const e = await a.fail(CHANGE, change(p.id, { toStage: 'SECURING', reason: 'Retour dans le parcours' }));
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'toStage', message: expect.stringMatching(/sortie du parcours.*ne change plus/) },
    ]);
  });

  describe('nextStageGate', () => {
    it('lists what the next stage needs, and is null once exited', async () => {
      const today = todayInParis();
      const p = await buildPerson(t.db, s.id);
      expect((await a.ok(READ, { id: p.id })).person.nextStageGate).toEqual({
        toStage: 'TRAINING',
        missing: [ADMISSION_MISSING, CONTRACT_MISSING],
      });
      await outcomeEvidence.admission(t.db, s.id, p.id);
      expect((await a.ok(READ, { id: p.id })).person.nextStageGate).toEqual({
        toStage: 'TRAINING',
        missing: [CONTRACT_MISSING],
      });

      const securing = await buildPerson(t.db, s.id, { stage: PathwayStage.TRAINING });
      expect((await a.ok(READ, { id: securing.id })).person.nextStageGate).toEqual({
        toStage: 'SECURING',
        missing: ['la certification visée', 'une session d’examen programmée ou un résultat d’examen'],
      });
      const cert = await buildCertification(t.db);
      const otherCert = await buildCertification(t.db);
      await setTargetCertification(t.db, securing.id, cert.id);
      await buildExamSession(t.db, s.id, securing.id, otherCert.id, { sessionDate: today }); // not the target: does not count
      expect((await a.ok(READ, { id: securing.id })).person.nextStageGate.missing).toEqual([
        'une session d’examen programmée ou un résultat d’examen',
      ]);
      await buildExamSession(t.db, s.id, securing.id, cert.id, { sessionDate: today });
      expect((await a.ok(READ, { id: securing.id })).person.nextStageGate).toEqual({
        toStage: 'SECURING',
        missing: [],
      });

      const last = await buildPerson(t.db, s.id, { stage: PathwayStage.SECURING });
      expect((await a.ok(READ, { id: last.id })).person.nextStageGate).toEqual({
        toStage: 'EXITED',
        missing: ['la sortie (date et motif)'],
      });
      const exited = await buildPerson(t.db, s.id, { stage: PathwayStage.EXITED });
      expect((await a.ok(READ, { id: exited.id })).person.nextStageGate).toBeNull();
    });
  });

  describe('access', () => {
    it('another structure’s person is NOT_FOUND and nothing is written', async () => {
      const p = await buildPerson(t.db, other.id);
      const before = await snapshot(p.id);
      const e = await a.fail(CHANGE, change(p.id, { overrideReason: 'Admission validée oralement par la commission' }));
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await snapshot(p.id)).toEqual(before);
    });

    it('a SUPERVISOR cannot change a stage (FORBIDDEN) but reads the history and the gate', async () => {
      const p = await buildPerson(t.db, s.id);
      const before = await snapshot(p.id);
      const e = await supervisor.fail(
        CHANGE,
        change(p.id, { overrideReason: 'Admission validée oralement par la commission' }),
      );
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot(p.id)).toEqual(before);
      await a.ok(CHANGE, change(p.id, { overrideReason: 'Admission validée oralement par la commission' }));
      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.stageHistory).toEqual([
        expect.objectContaining({ toStage: 'TRAINING', author: { fullName: 'Claire Alpha' } }),
      ]);
      expect(person.nextStageGate.toStage).toBe('SECURING');
    });
  });
});
