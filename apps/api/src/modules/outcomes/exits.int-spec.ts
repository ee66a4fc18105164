import {
  buildFunder,
  buildFundingAgreement,
  buildHire,
  buildPartnerOrganisation,
  buildPerson,
  buildStageTransition,
  buildStructure,
  buildUser,
  type GraphqlClient,
  outcomeEvidence,
} from '@tremplin/api-testing';
import { FunderKind, PathwayStage, Role, StructureKind } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PersonEntity } from '../persons';
import { StageTransitionEntity } from '../stages';
import { PathwayExitEntity } from './outcome.entities';

const EXIT_FIELDS = `id exitDate reason reasonLabel category categoryLabel counts presenceExplanation minutesWorked contractStart comment`;
const RECORD = `mutation($input: RecordExitInput!) { recordExit(input: $input) { ${EXIT_FIELDS} } }`;
const READ = `query($id: ID!) { person(id: $id) { id stage version exit { ${EXIT_FIELDS} }
  stageHistory { fromStage toStage effectiveOn reason author { fullName } } } }`;
const PRESENCE_FIELDS = `counts explanation rule ruleKind exitDate contractStart annex { reference startDate endDate }
  minutesWorked hours { source kind kindLabel startDate endDate minutes label place }`;
const READ_PRESENCE = `query($id: ID!) { person(id: $id) { id exit { counts minutesWorked presenceExplanation contractStart
  warnings presence { ${PRESENCE_FIELDS} } } } }`;
const PREVIEW = `query($id: ID!, $exitDate: String!, $reason: String) { person(id: $id) {
  exitPreview(exitDate: $exitDate, reason: $reason) { presence { ${PRESENCE_FIELDS} } errors { field message } warnings } } }`;

describe('recordExit: exit, minimum presence, move to « Sortie »', () => {
  let t: TestApp;
  let ai: { id: string };
  let aci: { id: string };
  let other: { id: string };
  let host: { id: string };
  let counsellorAi: { id: string };
  let a: GraphqlClient; // counsellor of the AI
  let c: GraphqlClient; // counsellor of the ACI
  let supervisor: GraphqlClient; // SUPERVISOR of the AI

  /** Everything an exit writes for a person, to prove a refusal wrote nothing. */
  const snapshot = async (personId: string) => ({
    person: (await t.db.getRepository(PersonEntity).findBy({ id: personId })).map((r) => ({
      stage: r.stage,
      version: r.version,
      updated_at: r.updatedAt,
    })),
    exits: (await t.db.getRepository(PathwayExitEntity).find({ where: { personId }, order: { id: 'ASC' } })).map(
      (r) => ({ id: r.id }),
    ),
    transitions: (
      await t.db.getRepository(StageTransitionEntity).find({ where: { personId }, order: { id: 'ASC' } })
    ).map((r) => ({ id: r.id })),
  });

  /** An AI person with `trainingHours` of training attended and 100 h of missions, plus hours that must not count. */
  async function aiPersonWithHours(trainingHours: number) {
    const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
    await outcomeEvidence.mission(t.db, ai.id, p.id, host.id, {
      startDate: '2026-03-02',
      endDate: '2026-03-31',
      minutes: 60 * 60,
    });
    await outcomeEvidence.mission(t.db, ai.id, p.id, host.id, {
      startDate: '2026-06-30',
      endDate: '2026-07-10',
      minutes: 40 * 60,
    });
    await outcomeEvidence.attendance(t.db, ai.id, p.id, {
      sessionDate: '2026-04-10',
      minutesAttended: trainingHours * 60,
    });
    // Not counted: a mission starting after the exit, a training after the exit, an information meeting.
    await outcomeEvidence.mission(t.db, ai.id, p.id, host.id, {
      startDate: '2026-07-01',
      endDate: '2026-07-03',
      minutes: 10 * 60,
    });
    await outcomeEvidence.attendance(t.db, ai.id, p.id, { sessionDate: '2026-07-02', minutesAttended: 7 * 60 });
    await outcomeEvidence.attendance(t.db, ai.id, p.id, {
      kind: 'INFORMATION',
      sessionDate: '2026-03-05',
      minutesAttended: 3 * 60,
    });
    return p;
  }

  beforeAll(async () => {
    t = await startTestApp();
    ai = await buildStructure(t.db, { kind: StructureKind.AI });
    aci = await buildStructure(t.db, { kind: StructureKind.ACI });
    other = await buildStructure(t.db, { kind: StructureKind.AI });
    host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    const userAi = await buildUser(t.db, {
      role: Role.COUNSELLOR,
      structureId: ai.id,
      firstName: 'Claire',
      lastName: 'Alpha',
    });
    counsellorAi = userAi;
    const userAci = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: aci.id });
    const userSup = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: ai.id });
    a = t.client();
    await a.signIn(userAi.email, userAi.password);
    c = t.client();
    await c.signIn(userAci.email, userAci.password);
    supervisor = t.client();
    await supervisor.signIn(userSup.email, userSup.password);
  });
  afterAll(() => t?.close());

  describe('minimum presence (AI: 150 hours worked)', () => {
    it('149 h worked (missions started by the exit + training attended by the exit): the exit does not count, and says why', async () => {
      const p = await aiPersonWithHours(49);
      const { recordExit } = await a.ok(RECORD, { input: { personId: p.id, exitDate: '2026-06-30', reason: 'CDI' } });
      expect(recordExit).toMatchObject({
        exitDate: '2026-06-30',
        reason: 'CDI',
        reasonLabel: 'Embauche en CDI',
        category: 'SUSTAINABLE_JOB',
        categoryLabel: 'Emploi durable',
        counts: false,
        minutesWorked: 149 * 60,
        contractStart: null,
      });
      expect(recordExit.presenceExplanation).toMatch(
        /^149 h travaillées : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h \(il manque 1 h\)\.$/,
      );
      const [row] = (await t.db.getRepository(PathwayExitEntity).findBy({ personId: p.id })).map((r) => ({
        counts: r.counts,
        minutes_worked: r.minutesWorked,
        category: r.category,
        presence_explanation: r.presenceExplanation,
      }));
      expect(row).toEqual({
        counts: false,
        minutes_worked: 149 * 60,
        category: 'SUSTAINABLE_JOB',
        presence_explanation: recordExit.presenceExplanation,
      });
    });

    it('150 h worked: the exit counts, with the explanation', async () => {
      const p = await aiPersonWithHours(50);
      const { recordExit } = await a.ok(RECORD, {
        input: { personId: p.id, exitDate: '2026-06-30', reason: 'JOB_SEEKING' },
      });
      expect(recordExit).toMatchObject({
        counts: true,
        minutesWorked: 150 * 60,
        category: 'OTHER',
        categoryLabel: 'Autre sortie',
      });
      expect(recordExit.presenceExplanation).toBe(
        '150 h travaillées : la sortie compte (150 h au moins pour une association intermédiaire).',
      );
    });
  });

  describe('minimum presence (AI: 150 hours worked on the last financial annex)', () => {
    let annexStructure: { id: string };
    let d: GraphqlClient;

    beforeAll(async () => {
      annexStructure = await buildStructure(t.db, { kind: StructureKind.AI });
      const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: annexStructure.id });
      d = t.client();
      await d.signIn(user.email, user.password);
      const ddets = await buildFunder(t.db, annexStructure.id, { kind: FunderKind.DDETS_AIDE_AU_POSTE });
      await buildFundingAgreement(t.db, annexStructure.id, ddets.id, {
        reference: 'AI07625A0001',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
      });
      await buildFundingAgreement(t.db, annexStructure.id, ddets.id, {
        reference: 'AI07626A0001',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      });
      // Not an annex: an FDI grant begun later is not the « aide au poste » convention.
      const fdi = await buildFunder(t.db, annexStructure.id, { kind: FunderKind.DDETS_FDI });
      await buildFundingAgreement(t.db, annexStructure.id, fdi.id, {
        reference: 'FDI-2026',
        startDate: '2026-04-01',
        endDate: '2026-12-31',
      });
    });

    /** 100 h on the 2025 annex (a mission of 29/12/2025 straddling the new year counts with it), then `hours2026`. */
    async function personAcrossAnnexes(hours2026: { mission: number; training: number }) {
      const p = await buildPerson(t.db, annexStructure.id, { stage: PathwayStage.TRAINING });
      const missions: [string, string, number][] = [
        ['2025-11-03', '2025-11-28', 70],
        ['2025-12-29', '2026-01-09', 30],
        ['2026-03-02', '2026-03-31', hours2026.mission],
      ];
      for (const [startDate, endDate, hours] of missions)
        await outcomeEvidence.mission(t.db, annexStructure.id, p.id, host.id, {
          startDate,
          endDate,
          minutes: hours * 60,
        });
      await outcomeEvidence.attendance(t.db, annexStructure.id, p.id, {
        sessionDate: '2026-04-10',
        minutesAttended: hours2026.training * 60,
      });
      return p;
    }

    it('hours before the annex in force do not count: 190 h worked in all, 90 h since 01/01/2026 → does not count', async () => {
      const p = await personAcrossAnnexes({ mission: 60, training: 30 });
      const { recordExit } = await d.ok(RECORD, { input: { personId: p.id, exitDate: '2026-06-12', reason: 'CDI' } });
      // 2026 annex: mission 02/03 60 h + training 10/04 30 h = 90 h (2025: 70 h + 30 h left out) → 150 − 90 = 60 h short
      expect(recordExit).toMatchObject({ counts: false, minutesWorked: 90 * 60 });
      expect(recordExit.presenceExplanation).toBe(
        '90 h travaillées depuis le 01/01/2026, début de l’annexe financière AI07626A0001 : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h (il manque 60 h).',
      );
    });

    it('150 h on the annex in force count; the annex is the last one begun by the exit, not a later grant', async () => {
      const p = await personAcrossAnnexes({ mission: 120, training: 30 });
      const { recordExit } = await d.ok(RECORD, {
        input: { personId: p.id, exitDate: '2026-06-12', reason: 'JOB_SEEKING' },
      });
      // 120 h + 30 h = 150 h since 01/01/2026 (FDI-2026 of 01/04 is not an annex)
      expect(recordExit).toMatchObject({ counts: true, minutesWorked: 150 * 60 });
      expect(recordExit.presenceExplanation).toBe(
        '150 h travaillées depuis le 01/01/2026, début de l’annexe financière AI07626A0001 : la sortie compte (150 h au moins pour une association intermédiaire).',
      );
    });

    it('exitPreview shows, before anything is written, the annex, the missions and training counted, the refusal and the warnings', async () => {
      const p = await personAcrossAnnexes({ mission: 60, training: 30 });
      await buildHire(t.db, annexStructure.id, p.id, { contractType: 'CDI', startDate: '2026-07-01' });
      await outcomeEvidence.employmentContract(t.db, annexStructure.id, p.id, { kind: 'CDD_USAGE', endDate: null });
      const before = await snapshot(p.id);
      const { person } = await d.ok(PREVIEW, { id: p.id, exitDate: '2026-06-12', reason: 'CDI' });
      expect(person.exitPreview).toEqual({
        presence: {
          counts: false,
          explanation:
            '90 h travaillées depuis le 01/01/2026, début de l’annexe financière AI07626A0001 : une sortie d’association intermédiaire n’est retenue qu’à partir de 150 h (il manque 60 h).',
          rule: 'Seuil de présence pour une association intermédiaire : 150 h travaillées au moins sur la dernière annexe financière (missions et heures de formation).',
          ruleKind: 'HOURS_ON_LAST_ANNEX',
          exitDate: '2026-06-12',
          contractStart: '2026-02-01',
          annex: { reference: 'AI07626A0001', startDate: '2026-01-01', endDate: '2026-12-31' },
          minutesWorked: 90 * 60,
          hours: [
            {
              source: 'MISSION',
              kind: 'PLACEMENT',
              kindLabel: expect.any(String),
              startDate: '2026-03-02',
              endDate: '2026-03-31',
              minutes: 60 * 60,
              label: 'Rouen Habitat',
              place: null,
            },
            {
              source: 'TRAINING',
              kind: 'TRAINING',
              kindLabel: expect.any(String),
              startDate: '2026-04-10',
              endDate: '2026-04-10',
              minutes: 30 * 60,
              label: 'Entretien des parties communes',
              place: null,
            },
          ],
        },
        errors: [{ field: 'exitDate', message: expect.stringMatching(/avant le début de l’embauche qu’elle désigne/) }],
        warnings: [expect.stringMatching(/^Le contrat « CDD d’usage .* n’a pas de date de fin enregistrée/)],
      });
      expect(await snapshot(p.id)).toEqual(before);
    });

    it('once recorded, the exit’s presence detail lists what was counted and agrees with the stored flag', async () => {
      const p = await personAcrossAnnexes({ mission: 120, training: 30 });
      await d.ok(RECORD, { input: { personId: p.id, exitDate: '2026-06-12', reason: 'JOB_SEEKING' } });
      const { person } = await d.ok(READ_PRESENCE, { id: p.id });
      const { presence } = person.exit;
      expect(presence).toMatchObject({ counts: true, minutesWorked: 150 * 60, annex: { reference: 'AI07626A0001' } });
      expect(presence.hours.map((h: { startDate: string; minutes: number }) => [h.startDate, h.minutes / 60])).toEqual([
        ['2026-03-02', 120],
        ['2026-04-10', 30],
      ]);
      expect(person.exit).toMatchObject({
        counts: presence.counts,
        minutesWorked: presence.minutesWorked,
        presenceExplanation: presence.explanation,
        warnings: [],
      });
    });

    it('an exit during the 2025 annex is judged on the 2025 annex', async () => {
      const p = await personAcrossAnnexes({ mission: 60, training: 30 });
      const { recordExit } = await d.ok(RECORD, { input: { personId: p.id, exitDate: '2025-12-31', reason: 'CDI' } });
      // 2025 annex to 31/12/2025: 70 h + 30 h (the mission of 29/12 counts whole on its start date) = 100 h
      expect(recordExit).toMatchObject({ counts: false, minutesWorked: 100 * 60 });
      expect(recordExit.presenceExplanation).toMatch(
        /^100 h travaillées depuis le 01\/01\/2025, début de l’annexe financière AI07625A0001 :/,
      );
    });
  });

  describe('minimum presence (ACI: more than 2.65 months of contract, as the GIP’s pilotage counts it)', () => {
    it('an exit 2 months after the start of the first contract does not count', async () => {
      const p = await buildPerson(t.db, aci.id, { stage: PathwayStage.TRAINING });
      await outcomeEvidence.employmentContract(t.db, aci.id, p.id, { startDate: '2026-05-04' });
      await outcomeEvidence.employmentContract(t.db, aci.id, p.id, { startDate: '2026-04-10' });
      const { recordExit } = await c.ok(RECORD, {
        input: { personId: p.id, exitDate: '2026-06-10', reason: 'QUALIFYING_TRAINING' },
      });
      expect(recordExit).toMatchObject({ counts: false, contractStart: '2026-04-10', category: 'POSITIVE' });
      expect(recordExit.presenceExplanation).toMatch(
        /^Contrat commencé le 10\/04\/2026, sortie le 10\/06\/2026 : 61 jours, soit 2,01 mois : .*n’est retenue qu’après plus de 2,65 mois de contrat, soit une sortie le 30\/06\/2026 au plus tôt \(il manque 20 jours\)\.$/,
      );
    });

    it('81 days after the start of the contract count, 80 do not (under the old « 3 calendar months » neither counted)', async () => {
      const exitOn = async (exitDate: string) => {
        const p = await buildPerson(t.db, aci.id, { stage: PathwayStage.TRAINING });
        await outcomeEvidence.employmentContract(t.db, aci.id, p.id, { startDate: '2026-04-10', endDate: exitDate });
        return (await c.ok(RECORD, { input: { personId: p.id, exitDate, reason: 'CDI' } })).recordExit;
      };
      // 10/04 + 81 days = 30/06: 81 × 0.0328767 = 2.66 months > 2.65
      expect(await exitOn('2026-06-30')).toMatchObject({
        counts: true,
        presenceExplanation:
          'Contrat commencé le 10/04/2026, sortie le 30/06/2026 : 81 jours, soit 2,66 mois : la sortie compte (plus de 2,65 mois de contrat pour un atelier et chantier d’insertion).',
      });
      expect(await exitOn('2026-06-29')).toMatchObject({ counts: false });
    });

    it('an exit after 3 months of contract counts', async () => {
      const p = await buildPerson(t.db, aci.id, { stage: PathwayStage.TRAINING });
      await outcomeEvidence.employmentContract(t.db, aci.id, p.id, { startDate: '2026-04-10' });
      const { recordExit } = await c.ok(RECORD, { input: { personId: p.id, exitDate: '2026-07-09', reason: 'CDI' } });
      expect(recordExit).toMatchObject({ counts: true, contractStart: '2026-04-10' });
    });
  });

  describe('minimum presence (EITI: having worked, no minimum duration)', () => {
    it('an exit 10 days after the start of the contract counts (the ACI / EI duration does not apply)', async () => {
      const eiti = await buildStructure(t.db, { kind: StructureKind.EITI });
      const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: eiti.id });
      const e = t.client();
      await e.signIn(user.email, user.password);
      const p = await buildPerson(t.db, eiti.id, { stage: PathwayStage.TRAINING });
      await outcomeEvidence.employmentContract(t.db, eiti.id, p.id, { startDate: '2026-06-01', endDate: '2026-06-10' });
      const { recordExit } = await e.ok(RECORD, { input: { personId: p.id, exitDate: '2026-06-10', reason: 'CDI' } });
      expect(recordExit).toMatchObject({
        counts: true,
        presenceExplanation:
          'Contrat commencé le 01/06/2026 : la sortie compte (sans durée minimale pour une entreprise d’insertion par le travail indépendant).',
      });
    });
  });

  describe('consistency with the hire and the contracts on record', () => {
    it('an exit « Embauche en CDI » dated before the CDI it names is refused on its date, and writes nothing', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.SECURING });
      await buildHire(t.db, ai.id, p.id, {
        contractType: 'CDI',
        startDate: '2026-07-01',
        employerName: 'Rouen Habitat',
      });
      const before = await snapshot(p.id);
      const e = await a.fail(RECORD, { input: { personId: p.id, exitDate: '2026-06-30', reason: 'CDI' } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'exitDate',
          message:
            'La sortie « Embauche en CDI » est datée du 30/06/2026, avant le début de l’embauche qu’elle désigne (CDI chez Rouen Habitat, le 01/07/2026) : datez la sortie du 01/07/2026 ou après, ou choisissez le motif qui décrit la situation de la personne à la date de sortie.',
        },
      ]);
      expect(await snapshot(p.id)).toEqual(before);
      // Another motive, or the hire's first day, is accepted.
      await a.ok(RECORD, { input: { personId: p.id, exitDate: '2026-07-01', reason: 'CDI' } });
    });

    it('a contract with the structure still running on the exit date is a warning: the exit is recorded and says it', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      await outcomeEvidence.employmentContract(t.db, ai.id, p.id, {
        kind: 'CDD_USAGE',
        startDate: '2026-02-02',
        endDate: '2026-12-31',
      });
      await a.ok(RECORD, { input: { personId: p.id, exitDate: '2026-06-30', reason: 'JOB_SEEKING' } });
      const { person } = await a.ok(READ_PRESENCE, { id: p.id });
      expect(person.exit.warnings).toEqual([
        'Le contrat « CDD d’usage (association intermédiaire) » commencé le 02/02/2026 court jusqu’au 31/12/2026 : la personne est encore sous contrat avec la structure le 30/06/2026. Une sortie se date en principe à la fin du contrat : vérifiez la date de sortie.',
      ]);
    });
  });

  describe('the move to « Sortie »', () => {
    it('sets the stage EXITED, bumps the version and records a stage transition, in the stage history', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.SECURING });
      await a.ok(RECORD, {
        input: {
          personId: p.id,
          exitDate: '2026-10-15',
          reason: 'CDD_UNDER_6_MONTHS',
          comment: 'CDD de 4 mois chez Rouen Habitat',
        },
      });
      const rows = (await t.db.getRepository(StageTransitionEntity).findBy({ personId: p.id })).map((r) => ({
        from_stage: r.fromStage,
        to_stage: r.toStage,
        effective_on: r.effectiveOn,
        reason: r.reason,
        override_reason: r.overrideReason,
        missing_evidence: r.missingEvidence,
        created_by_id: r.createdById,
      }));
      expect(rows).toEqual([
        {
          from_stage: 'SECURING',
          to_stage: 'EXITED',
          effective_on: '2026-10-15',
          reason: 'Embauche en CDD de moins de 6 mois',
          override_reason: null,
          missing_evidence: [],
          created_by_id: counsellorAi.id,
        },
      ]);
      const { person } = await a.ok(READ, { id: p.id });
      expect(person).toMatchObject({ stage: 'EXITED', version: 2 });
      expect(person.exit).toMatchObject({
        exitDate: '2026-10-15',
        comment: 'CDD de 4 mois chez Rouen Habitat',
        categoryLabel: 'Emploi de transition',
      });
      expect(person.stageHistory).toEqual([
        {
          fromStage: 'SECURING',
          toStage: 'EXITED',
          effectiveOn: '2026-10-15',
          reason: 'Embauche en CDD de moins de 6 mois',
          author: { fullName: 'Claire Alpha' },
        },
      ]);
    });

    it('a second exit is refused, saying it exists, and writes nothing', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      await a.ok(RECORD, { input: { personId: p.id, exitDate: '2026-09-30', reason: 'CDI' } });
      const before = await snapshot(p.id);
      const e = await a.fail(RECORD, { input: { personId: p.id, exitDate: '2026-10-30', reason: 'JOB_SEEKING' } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'personId', message: expect.stringMatching(/sortie de cette personne existe déjà \(le 30\/09\/2026/) },
      ]);
      expect(await snapshot(p.id)).toEqual(before);
    });
  });

  describe('refusals write nothing', () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['a future exit date', { exitDate: '2099-01-01' }, 'exitDate', /01\/01\/2099.*futur/],
      [
        'an exit before the last stage change',
        { exitDate: '2026-01-31' },
        'exitDate',
        /31\/01\/2026.*précède le dernier changement d’étape, du 01\/02\/2026/,
      ],
      [
        'an exit before the first contract',
        { exitDate: '2026-02-20' },
        'exitDate',
        /20\/02\/2026.*précède le début du premier contrat \(01\/03\/2026\)/,
      ],
      ['an impossible date', { exitDate: '2026-02-30' }, 'exitDate', /date de sortie n’existe pas/],
      ['an unknown reason', { reason: 'LOTTERY' }, 'reason', /motif de sortie dans la liste/],
    ];
    it.each(cases)('%s', async (_label, change, field, message) => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      await buildStageTransition(t.db, ai.id, p.id, { effectiveOn: '2026-02-01' });
      await outcomeEvidence.employmentContract(t.db, ai.id, p.id, { startDate: '2026-03-01' });
      const before = await snapshot(p.id);
      const e = await a.fail(RECORD, { input: { personId: p.id, exitDate: '2026-06-30', reason: 'CDI', ...change } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await snapshot(p.id)).toEqual(before);
    });
  });

  describe('access', () => {
    it('another structure’s person is NOT_FOUND and nothing is written', async () => {
      const p = await buildPerson(t.db, other.id, { stage: PathwayStage.TRAINING });
      const before = await snapshot(p.id);
      const e = await a.fail(RECORD, { input: { personId: p.id, exitDate: '2026-06-30', reason: 'CDI' } });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await snapshot(p.id)).toEqual(before);
    });

    it('a SUPERVISOR cannot record an exit (FORBIDDEN) but reads it', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      const e = await supervisor.fail(RECORD, { input: { personId: p.id, exitDate: '2026-06-30', reason: 'CDI' } });
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect((await snapshot(p.id)).exits).toEqual([]);
      await a.ok(RECORD, {
        input: { personId: p.id, exitDate: '2026-06-30', reason: 'CDI', comment: 'Embauché par le bailleur' },
      });
      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.exit).toMatchObject({ reason: 'CDI', reasonLabel: 'Embauche en CDI', category: 'SUSTAINABLE_JOB' });
    });

    it('a health motive and the exit comment are masked for a SUPERVISOR, on the exit and in the stage history', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      const input = {
        personId: p.id,
        exitDate: '2026-06-30',
        reason: 'HEALTH_LEAVE',
        comment: 'Hospitalisation longue',
      };
      const { recordExit } = await a.ok(RECORD, { input });
      expect(recordExit).toMatchObject({
        reason: 'HEALTH_LEAVE',
        comment: 'Hospitalisation longue',
        category: 'WITHDRAWN',
      });
      const seen = (await supervisor.ok(READ, { id: p.id })).person;
      expect(seen.exit).toMatchObject({
        reason: null,
        reasonLabel: null,
        comment: null,
        category: 'WITHDRAWN',
        counts: false,
      });
      expect(seen.stageHistory).toEqual([expect.objectContaining({ toStage: 'EXITED', reason: null })]);
      const counsellorView = (await a.ok(READ, { id: p.id })).person;
      expect(counsellorView.exit).toMatchObject({ reason: 'HEALTH_LEAVE', comment: 'Hospitalisation longue' });
      expect(counsellorView.stageHistory[0].reason).toMatch(/raison de santé/);
    });
  });
});
