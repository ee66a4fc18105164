import {
  buildAttendance,
  buildCertification,
  buildCollectiveSession,
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  buildTutor,
  contractRows,
  CONTRACT_SIRETS,
  type GraphqlClient,
  signedInAs,
} from '@tremplin/api-testing';
import {
  addDays,
  formatIsoDateFr,
  PathwayStage,
  Role,
  SessionKind,
  StructureKind,
  todayInParis,
  TutorSide,
} from '@tremplin/domain';
import { forceContractStatus } from '../../testing/repositories/contracts.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { ProfessionalisationContractEntity } from './contract.entities';

const FIELDS = `id personId version status statusLabel cerfaKind cerfaKindLabel form formLabel publicCategory publicCategoryLabel
  employerSiret workplaceSiret collectiveAgreement jobTitle franceTravailId startDate endDate trialPeriodDays weeklyMinutes
  grossMonthlyPayCents certificationId certification { id title } trainingBodyName trainingBodySiret plannedTrainingMinutes
  branchAgreementReference branchAgreementMaxTrainingPercent structureTutorId structureTutor { id fullName }
  hostTutorId hostTutor { id fullName } hostTutorExperienceMonths hostTutorIsEmployer opcoFunderId opcoFunder { id name kind }
  opcoFileNumber hourlyRateCents depositDueOn submittedOn decisionDueOn opcoDecision opcoDecisionLabel opcoDecidedOn
  opcoRefusalReason completedOn brokenOn breakReason breakReasonLabel breakComment renewalReason renewalReasonLabel renewedFromId
  checks { code field severity message } canSubmit
  progress { plannedMinutes attendedMinutes expectedMinutesToDate elapsedPercent attendedPercent behind justifiedMinutes hourlyRateCents opcoAmountCents }
  breakFollowUp { id dueOn opcoInformedOn reorientation closedOn version }`;

const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${FIELDS} } }`;
const CREATE = mutation('createProfessionalisationContract', 'CreateProfessionalisationContractInput');
const UPDATE = mutation('updateProfessionalisationContract', 'UpdateProfessionalisationContractInput');
const SUBMIT = mutation('submitProfessionalisationContract', 'SubmitProfessionalisationContractInput');
const DECIDE = mutation('recordOpcoDecision', 'RecordOpcoDecisionInput');
const START = mutation('startProfessionalisationContract', 'StartProfessionalisationContractInput');
const COMPLETE = mutation('completeProfessionalisationContract', 'CompleteProfessionalisationContractInput');
const BREAK = mutation('breakProfessionalisationContract', 'BreakProfessionalisationContractInput');
const FOLLOW_UP = mutation('updateContractBreakFollowUp', 'UpdateContractBreakFollowUpInput');
const RENEW = mutation('renewProfessionalisationContract', 'RenewProfessionalisationContractInput');
const READ = `query($id: ID!) { professionalisationContract(id: $id) { ${FIELDS} } }`;
const OF_PERSON = `query($id: ID!) { person(id: $id) { id professionalisationContracts { id status startDate } alerts { code severity message dueDate } } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
type Contract = Record<string, any>;

describe('contrats de professionnalisation', () => {
  let t: TestApp;
  let s: { id: string };
  let other: { id: string };
  let c: GraphqlClient & { userId: string };
  let supervisor: GraphqlClient;
  let stranger: GraphqlClient;
  let cert: { id: string };
  let structureTutor: { id: string };
  let hostTutor: { id: string };
  let opco: { id: string };
  let fse: { id: string };
  const today = todayInParis();
  // Started 2 days ago, 365 days long whatever the leap years: 12 months full time make 96 420 min (1 607 h), whose
  // 15 % is 14 463 min (241 h 03) and 25 % is 24 105 min (401 h 45).
  const start = addDays(today, -2);
  const end = addDays(start, 364);

  const input = (personId: string, o: Record<string, unknown> = {}) => ({
    personId,
    cerfaKind: 1,
    form: 'CDD',
    publicCategory: 'MINIMUM_BENEFIT',
    employerSiret: '732 829 320 00074',
    workplaceSiret: CONTRACT_SIRETS.workplace,
    collectiveAgreement: 'IDCC 1875 — Associations intermédiaires',
    jobTitle: 'Gardien·ne d’immeuble',
    franceTravailId: '1234567A',
    startDate: start,
    endDate: end,
    trialPeriodDays: 30,
    weeklyMinutes: 35 * 60,
    grossMonthlyPayCents: 182_300,
    certificationId: cert.id,
    trainingBodyName: 'AFPOLS',
    trainingBodySiret: null,
    plannedTrainingMinutes: 350 * 60,
    branchAgreementReference: null,
    branchAgreementMaxTrainingPercent: null,
    structureTutorId: structureTutor.id,
    hostTutorId: hostTutor.id,
    hostTutorExperienceMonths: 36,
    hostTutorIsEmployer: false,
    opcoFunderId: opco.id,
    opcoFileNumber: null,
    hourlyRateCents: null,
    ...o,
  });
  const editable = (k: Contract) => {
    const { personId: _personId, ...rest } = input(k.personId, { hostTutorId: k.hostTutorId });
    return rest;
  };
  /** A draft through the API; its host tutor is a new one unless told (the cap of 3 would add up across tests). */
  const create = async (o: Record<string, unknown> = {}, personId?: string): Promise<Contract> => {
    const p = personId ?? (await buildPerson(t.db, s.id, { stage: PathwayStage.TRAINING })).id;
    const host = 'hostTutorId' in o ? {} : { hostTutorId: (await buildTutor(t.db, s.id, { side: TutorSide.HOST })).id };
    return (await c.ok(CREATE, { input: input(p, { ...host, ...o }) })).createProfessionalisationContract;
  };
  const submitted = async (submittedOn: string, o: Record<string, unknown> = {}): Promise<Contract> => {
    const k = await create(o);
    return (await c.ok(SUBMIT, { input: { id: k.id, version: k.version, submittedOn } }))
      .submitProfessionalisationContract;
  };
  const row = (id: string) =>
    t.db
      .getRepository(ProfessionalisationContractEntity)
      .findOneByOrFail({ id })
      .then((r) => ({
        structure_id: r.structureId,
        created_by_id: r.createdById,
        status: r.status,
        version: r.version,
      }));

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db, { kind: StructureKind.AI });
    other = await buildStructure(t.db, { kind: StructureKind.AI });
    c = await signedInAs(t, Role.COUNSELLOR, s.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, s.id);
    stranger = await signedInAs(t, Role.COUNSELLOR, other.id);
    cert = await buildCertification(t.db, { title: 'TP Agent d’entretien du bâtiment' });
    const landlord = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    structureTutor = await buildTutor(t.db, s.id, { side: TutorSide.STRUCTURE, firstName: 'Nadia', lastName: 'Leroy' });
    hostTutor = await buildTutor(t.db, s.id, {
      side: TutorSide.HOST,
      firstName: 'Marc',
      lastName: 'Durand',
      partnerOrganisationId: landlord.id,
    });
    opco = await contractRows.funder(t.db, s.id, { name: 'OPCO Cohésion sociale' });
    fse = await contractRows.funder(t.db, s.id, { kind: 'FSE_PLUS', name: 'FSE+ Normandie' });
  });
  afterAll(() => t?.close());

  describe('lifecycle', () => {
    it('draft → deposit → OPCO acceptance → active → completed, each step dated and versioned', async () => {
      const p = await buildPerson(t.db, s.id, { stage: PathwayStage.TRAINING });
      const draft = await create({ hostTutorId: hostTutor.id }, p.id);
      expect(draft).toMatchObject({
        personId: p.id,
        version: 1,
        status: 'DRAFT',
        statusLabel: 'Brouillon',
        cerfaKind: 1,
        cerfaKindLabel: '1 — Contrat initial',
        formLabel: 'CDD',
        publicCategoryLabel: 'Bénéficiaire du RSA, de l’ASS ou de l’AAH (36 mois au plus)',
        employerSiret: CONTRACT_SIRETS.employer, // spaces removed
        certification: { id: cert.id, title: 'TP Agent d’entretien du bâtiment' },
        structureTutor: { id: structureTutor.id, fullName: 'Nadia Leroy' },
        hostTutor: { id: hostTutor.id, fullName: 'Marc Durand' },
        opcoFunder: { id: opco.id, name: 'OPCO Cohésion sociale', kind: 'OPCO' },
        depositDueOn: addDays(start, 5),
        submittedOn: null,
        decisionDueOn: null,
        checks: [],
        canSubmit: true,
        breakFollowUp: null,
      });
      expect(await row(draft.id)).toEqual({ structure_id: s.id, created_by_id: c.userId, status: 'DRAFT', version: 1 });

      const deposited = (await c.ok(SUBMIT, { input: { id: draft.id, version: draft.version, submittedOn: today } }))
        .submitProfessionalisationContract;
      expect(deposited).toMatchObject({
        status: 'SUBMITTED',
        statusLabel: 'Déposé à l’OPCO',
        submittedOn: today,
        decisionDueOn: addDays(today, 20),
        version: 2,
        canSubmit: false,
      });

      const accepted = (
        await c.ok(DECIDE, {
          input: {
            id: draft.id,
            version: deposited.version,
            decision: 'ACCEPTED',
            decidedOn: today,
            opcoFileNumber: 'CS-2026-00412',
          },
        })
      ).recordOpcoDecision;
      // Started 2 days ago: accepted today, it is running.
      expect(accepted).toMatchObject({
        status: 'ACTIVE',
        opcoDecision: 'ACCEPTED',
        opcoDecisionLabel: 'Prise en charge acceptée',
        opcoDecidedOn: today,
        opcoFileNumber: 'CS-2026-00412',
        version: 3,
      });

      const done = (await c.ok(COMPLETE, { input: { id: draft.id, version: accepted.version, completedOn: today } }))
        .completeProfessionalisationContract;
      expect(done).toMatchObject({ status: 'COMPLETED', statusLabel: 'Terminé', completedOn: today, version: 4 });
      expect((await c.ok(OF_PERSON, { id: p.id })).person.professionalisationContracts).toEqual([
        { id: draft.id, status: 'COMPLETED', startDate: start },
      ]);
    });

    it('an acceptance before the start leaves the contract ACCEPTED; it starts only once its start date has come', async () => {
      const later = addDays(today, 10);
      const k = await submitted(today, { startDate: later, endDate: addDays(later, 364) });
      const accepted = (
        await c.ok(DECIDE, { input: { id: k.id, version: k.version, decision: 'ACCEPTED', decidedOn: today } })
      ).recordOpcoDecision;
      expect(accepted.status).toBe('ACCEPTED');
      const e = await c.fail(START, { input: { id: k.id, version: accepted.version } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toBe(
        `Le contrat commence le ${formatIsoDateFr(later)} : il passera en cours ce jour-là, pas avant.`,
      );

      const p = await buildPerson(t.db, s.id);
      const started = await contractRows.contract(t.db, s.id, p.id, {
        certificationId: cert.id,
        status: 'ACCEPTED',
        startDate: today,
        endDate: addDays(today, 364),
        submittedOn: addDays(today, -5),
      });
      expect(
        (await c.ok(START, { input: { id: started.id, version: 1 } })).startProfessionalisationContract.status,
      ).toBe('ACTIVE');
    });

    it('only a draft is edited; completing needs a running contract', async () => {
      const k = await submitted(today);
      const e = await c.fail(UPDATE, { input: { id: k.id, version: k.version, ...editable(k) } });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'status', message: 'Seul un brouillon se modifie : ce contrat est « Déposé à l’OPCO ».' },
      ]);
      const e2 = await c.fail(COMPLETE, { input: { id: k.id, version: k.version, completedOn: today } });
      expect(e2.message).toBe('Seul un contrat en cours se termine : ce contrat est « Déposé à l’OPCO ».');
    });
  });

  describe('legal checks: saved in the draft, blocking the deposit only', () => {
    it('saves a draft that breaks checks, refuses its deposit naming each rule and the gap, deposits it once fixed', async () => {
      const draft = await create({
        plannedTrainingMinutes: 149 * 60,
        hostTutorExperienceMonths: 23,
        trialPeriodDays: 31,
      });
      expect(draft.status).toBe('DRAFT');
      expect(draft.canSubmit).toBe(false);
      expect(draft.checks).toEqual([
        {
          code: 'TRAINING_BELOW_MINIMUM',
          field: 'plannedTrainingMinutes',
          severity: 'ERROR',
          // 14 463 − 8 940 = 5 523 min = 92 h 03
          message:
            '149 h de formation pour 1\u00a0607 h de contrat : il en faut 15 % au moins, soit 241 h 03 (jamais moins de ' +
            '150 h) (article L6325-13), il manque 92 h 03.',
        },
        {
          code: 'TRIAL_PERIOD_TOO_LONG',
          field: 'trialPeriodDays',
          severity: 'ERROR',
          message:
            'La période d’essai de 31 jours dépasse de 1 jour le maximum d’un CDD : 30 jours (1 mois, article L1242-10).',
        },
        {
          code: 'HOST_TUTOR_EXPERIENCE',
          field: 'hostTutorExperienceMonths',
          severity: 'ERROR',
          message: expect.stringMatching(/a 23 mois d’expérience : il en faut 24 \(2 ans\).*il manque 1 mois/),
        },
      ]);

      const e = await c.fail(SUBMIT, { input: { id: draft.id, version: draft.version, submittedOn: today } });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual(
        draft.checks.map(({ field, message }: Contract) => ({ field, message })),
      );
      expect(e.message).toMatch(/^Ce contrat ne peut pas être déposé à l’OPCO : 3 règles non respectées\. 149 h/);
      expect((await row(draft.id)).status).toBe('DRAFT');

      const fixed = (
        await c.ok(UPDATE, {
          input: { id: draft.id, version: draft.version, ...editable(draft), hostTutorExperienceMonths: 24 },
        })
      ).updateProfessionalisationContract;
      expect(fixed).toMatchObject({ version: 2, checks: [], canSubmit: true, plannedTrainingMinutes: 350 * 60 });
      const deposited = (await c.ok(SUBMIT, { input: { id: draft.id, version: 2, submittedOn: today } }))
        .submitProfessionalisationContract;
      const decided = (
        await c.ok(DECIDE, {
          input: { id: draft.id, version: deposited.version, decision: 'ACCEPTED', decidedOn: today },
        })
      ).recordOpcoDecision;
      expect(decided.status).toBe('ACTIVE');
    });

    it('counts the host tutor’s other deposited, accepted and running contracts (cap 3) on the server', async () => {
      const busy = await buildTutor(t.db, s.id, { side: TutorSide.HOST });
      for (const status of ['SUBMITTED', 'ACCEPTED', 'ACTIVE', 'COMPLETED', 'DRAFT']) {
        const p = await buildPerson(t.db, s.id);
        await contractRows.contract(t.db, s.id, p.id, { certificationId: cert.id, status, hostTutorId: busy.id });
      }
      const k = await create({ hostTutorId: busy.id });
      expect(k.checks).toEqual([
        {
          code: 'HOST_TUTOR_OVERLOADED',
          field: 'hostTutorId',
          severity: 'ERROR',
          message:
            'Ce·tte tuteur·rice accompagne déjà 3 salarié·es : 3 au plus par tuteur·rice. Choisissez un·e autre tuteur·rice ou terminez un tutorat.',
        },
      ]);
      const e = await c.fail(SUBMIT, { input: { id: k.id, version: k.version, submittedOn: today } });
      expect(e.extensions?.fieldErrors).toEqual([{ field: 'hostTutorId', message: expect.stringMatching(/déjà 3/) }]);
    });

    it('requires the host tutor in an AI and the OPCO, as checks', async () => {
      const k = await create({ hostTutorId: null, hostTutorExperienceMonths: null, opcoFunderId: null });
      expect(k.checks.map((x: Contract) => [x.code, x.field])).toEqual([
        ['HOST_TUTOR_MISSING', 'hostTutorId'],
        ['OPCO_MISSING', 'opcoFunderId'],
      ]);
      expect(k.progress.hourlyRateCents).toBe(915);
    });
  });

  describe('input errors (what cannot be stored or does not exist)', () => {
    it('refuses an invalid SIRET, an end before the start, a funder that is not an OPCO, a tutor on the wrong side', async () => {
      const p = await buildPerson(t.db, s.id);
      let e = await c.fail(CREATE, { input: input(p.id, { employerSiret: '73282932000075' }) });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'employerSiret', message: expect.stringMatching(/^Le SIRET de l’employeur n’est pas valide/) },
      ]);
      e = await c.fail(CREATE, {
        input: input(p.id, { endDate: start, opcoFunderId: fse.id, structureTutorId: hostTutor.id }),
      });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'endDate', message: expect.stringMatching(/^La fin du contrat .* doit suivre son début/) },
        {
          field: 'structureTutorId',
          message:
            'Marc Durand est tuteur·rice d’une entreprise d’accueil : choisissez un·e tuteur·rice de la structure.',
        },
        { field: 'opcoFunderId', message: 'FSE+ Normandie n’est pas un OPCO : choisissez un financeur de type OPCO.' },
      ]);
      const foreignOpco = await contractRows.funder(t.db, other.id);
      e = await c.fail(CREATE, { input: input(p.id, { opcoFunderId: foreignOpco.id }) });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'opcoFunderId', message: expect.stringMatching(/introuvable/) },
      ]);
      expect(await t.db.getRepository(ProfessionalisationContractEntity).findBy({ personId: p.id })).toEqual([]);
    });
  });

  describe('OPCO decision', () => {
    it('refuses a tacit acceptance until the 20 days have passed; then dates it on the 20th day', async () => {
      const early = await submitted(addDays(today, -20));
      const e = await c.fail(DECIDE, {
        input: { id: early.id, version: early.version, decision: 'TACIT_ACCEPTANCE', decidedOn: today },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'decision',
          message:
            `L’OPCO a jusqu’au ${formatIsoDateFr(today)} pour répondre au dépôt du ${formatIsoDateFr(addDays(today, -20))} : ` +
            `son silence ne vaut acceptation qu’à partir du ${formatIsoDateFr(addDays(today, 1))}. Attendez sa réponse ou cette date.`,
        },
      ]);

      const late = await submitted(addDays(today, -21));
      const tacit = (
        await c.ok(DECIDE, {
          input: { id: late.id, version: late.version, decision: 'TACIT_ACCEPTANCE', decidedOn: today },
        })
      ).recordOpcoDecision;
      expect(tacit).toMatchObject({
        status: 'ACTIVE', // started 2 days ago, before the decision date (yesterday)
        opcoDecision: 'TACIT_ACCEPTANCE',
        opcoDecisionLabel: 'Acceptée par silence de l’OPCO (20 jours)',
        opcoDecidedOn: addDays(today, -1),
      });
    });

    it('a refusal needs its reason', async () => {
      const k = await submitted(today);
      const e = await c.fail(DECIDE, {
        input: { id: k.id, version: k.version, decision: 'REFUSED', decidedOn: today },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'refusalReason', message: expect.stringMatching(/motif du refus/) },
      ]);
      const refused = (
        await c.ok(DECIDE, {
          input: {
            id: k.id,
            version: k.version,
            decision: 'REFUSED',
            decidedOn: today,
            refusalReason: 'Programme de formation incomplet',
          },
        })
      ).recordOpcoDecision;
      expect(refused).toMatchObject({
        status: 'REFUSED',
        statusLabel: 'Refusé par l’OPCO',
        opcoRefusalReason: 'Programme de formation incomplet',
      });
    });
  });

  it('break → follow-up → alert → close', async () => {
    const p = await buildPerson(t.db, s.id, { stage: PathwayStage.TRAINING });
    const k = await contractRows.contract(t.db, s.id, p.id, {
      certificationId: cert.id,
      status: 'ACTIVE',
      startDate: addDays(today, -60),
      endDate: addDays(today, 304),
      submittedOn: addDays(today, -60),
      structureTutorId: structureTutor.id,
      hostTutorId: hostTutor.id,
      opcoFunderId: opco.id,
    });
    const brokenOn = addDays(today, -20);
    let e = await c.fail(BREAK, { input: { id: k.id, version: 1, brokenOn, reason: 'OTHER' } });
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'comment', message: 'Précisez le motif de la rupture dans le commentaire.' },
    ]);
    const broken = (
      await c.ok(BREAK, {
        input: { id: k.id, version: 1, brokenOn, reason: 'MUTUAL_AGREEMENT', comment: 'Déménagement' },
      })
    ).breakProfessionalisationContract;
    expect(broken).toMatchObject({
      status: 'BROKEN',
      brokenOn,
      breakReason: 'MUTUAL_AGREEMENT',
      breakReasonLabel: 'Accord des deux parties',
      breakComment: 'Déménagement',
      breakFollowUp: {
        dueOn: addDays(brokenOn, 15),
        opcoInformedOn: null,
        reorientation: null,
        closedOn: null,
        version: 1,
      },
    });
    const alertsOf = async () => (await c.ok(OF_PERSON, { id: p.id })).person.alerts;
    expect(await alertsOf()).toEqual([
      {
        code: 'CONTRACT_BREAK_FOLLOW_UP',
        severity: 'danger', // due 5 days ago
        dueDate: addDays(today, -5),
        message: expect.stringMatching(
          /^Contrat de professionnalisation rompu le .* il y a 5 jours\), puis clôturez le suivi\.$/,
        ),
      },
    ]);

    const f = broken.breakFollowUp;
    e = await c.fail(FOLLOW_UP, { input: { id: f.id, version: f.version, close: true } });
    expect(e.extensions?.fieldErrors?.map((x) => x.field)).toEqual(['opcoInformedOn', 'reorientation']);
    const informed = (
      await c.ok(FOLLOW_UP, { input: { id: f.id, version: f.version, opcoInformedOn: addDays(today, -10) } })
    ).updateContractBreakFollowUp;
    expect(informed.breakFollowUp).toMatchObject({ opcoInformedOn: addDays(today, -10), closedOn: null, version: 2 });
    e = await c.fail(FOLLOW_UP, { input: { id: f.id, version: 1, reorientation: 'x' } });
    expect(e.extensions?.code).toBe('CONFLICT');
    const closed = (
      await c.ok(FOLLOW_UP, {
        input: { id: f.id, version: 2, reorientation: 'Entrée en formation qualifiante (AFPA)', close: true },
      })
    ).updateContractBreakFollowUp;
    expect(closed.breakFollowUp).toMatchObject({
      reorientation: 'Entrée en formation qualifiante (AFPA)',
      closedOn: today,
      version: 3,
    });
    expect(await alertsOf()).toEqual([]);
  });

  it('renews once: a new draft copying the fields with the CERFA kind of the reason; a renewal is not renewed', async () => {
    const p = await buildPerson(t.db, s.id);
    const first = await contractRows.contract(t.db, s.id, p.id, {
      certificationId: cert.id,
      status: 'COMPLETED',
      startDate: '2025-09-01',
      endDate: '2026-08-31',
      structureTutorId: structureTutor.id,
      hostTutorId: hostTutor.id,
      opcoFunderId: opco.id,
      hourlyRateCents: 1000,
    });
    const renewal = (
      await c.ok(RENEW, {
        input: { id: first.id, version: 1, reason: 'EXAM_FAILURE', startDate: '2026-09-01', endDate: '2027-08-31' },
      })
    ).renewProfessionalisationContract;
    expect(renewal).toMatchObject({
      status: 'DRAFT',
      cerfaKind: 2,
      cerfaKindLabel: '2 — Nouveau contrat après échec à l’examen',
      renewedFromId: first.id,
      startDate: '2026-09-01',
      endDate: '2027-08-31',
      certificationId: cert.id,
      structureTutorId: structureTutor.id,
      hostTutorId: hostTutor.id,
      opcoFunderId: opco.id,
      hourlyRateCents: 1000,
      plannedTrainingMinutes: 350 * 60,
      jobTitle: 'Gardien·ne d’immeuble',
    });
    expect(renewal.id).not.toBe(first.id);
    expect((await c.ok(READ, { id: first.id })).professionalisationContract).toMatchObject({
      status: 'RENEWED',
      renewalReason: 'EXAM_FAILURE',
      renewalReasonLabel: 'Échec à l’examen',
      version: 2,
    });
    // The old one cannot be renewed again, nor the renewal once running.
    let e = await c.fail(RENEW, {
      input: { id: first.id, version: 2, reason: 'ILLNESS', startDate: '2026-09-01', endDate: '2027-08-31' },
    });
    expect(e.message).toBe('Seul un contrat en cours ou terminé se renouvelle : ce contrat est « Renouvelé ».');
    await forceContractStatus(t.db, renewal.id, 'ACTIVE');
    e = await c.fail(RENEW, {
      input: {
        id: renewal.id,
        version: renewal.version,
        reason: 'ILLNESS',
        startDate: '2027-09-01',
        endDate: '2028-08-31',
      },
    });
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'reason', message: expect.stringMatching(/ne se renouvelle qu’une fois avec le même employeur\.$/) },
    ]);
  });

  describe('access', () => {
    it('a supervisor reads contracts but cannot write them', async () => {
      const k = await create();
      expect((await supervisor.ok(READ, { id: k.id })).professionalisationContract).toMatchObject({
        id: k.id,
        opcoFunder: { name: 'OPCO Cohésion sociale' },
        checks: [],
      });
      expect((await supervisor.ok(OF_PERSON, { id: k.personId })).person.professionalisationContracts).toHaveLength(1);
      expect((await supervisor.fail(CREATE, { input: input(k.personId) })).extensions?.code).toBe('FORBIDDEN');
      expect(
        (await supervisor.fail(SUBMIT, { input: { id: k.id, version: k.version, submittedOn: today } })).extensions
          ?.code,
      ).toBe('FORBIDDEN');
    });

    it('another structure’s contract, person or follow-up is NOT_FOUND', async () => {
      const k = await create();
      expect((await stranger.fail(READ, { id: k.id })).extensions?.code).toBe('NOT_FOUND');
      expect((await stranger.fail(READ, { id: 'pas-un-uuid' })).extensions?.code).toBe('NOT_FOUND');
      const e = await stranger.fail(SUBMIT, { input: { id: k.id, version: k.version, submittedOn: today } });
      expect(e).toMatchObject({
        message: 'Ce contrat de professionnalisation est introuvable dans votre structure.',
        extensions: { code: 'NOT_FOUND' },
      });
      expect((await stranger.fail(CREATE, { input: input(k.personId) })).extensions?.code).toBe('NOT_FOUND');
      const p = await buildPerson(t.db, s.id);
      const broken = await contractRows.contract(t.db, s.id, p.id, { certificationId: cert.id, status: 'BROKEN' });
      const f = await contractRows.followUp(t.db, s.id, p.id, broken.id);
      expect((await stranger.fail(FOLLOW_UP, { input: { id: f.id, version: 1, close: true } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
    });

    it('a stale version is a CONFLICT and changes nothing', async () => {
      const k = await create();
      await c.ok(UPDATE, { input: { id: k.id, version: 1, ...editable(k), jobTitle: 'Agent·e d’entretien' } });
      const e = await c.fail(UPDATE, { input: { id: k.id, version: 1, ...editable(k), jobTitle: 'Autre' } });
      expect(e).toMatchObject({
        message: expect.stringMatching(/^Ce contrat a été modifié par quelqu’un d’autre/),
        extensions: { code: 'CONFLICT' },
      });
      expect((await c.fail(SUBMIT, { input: { id: k.id, version: 1, submittedOn: today } })).extensions?.code).toBe(
        'CONFLICT',
      );
      expect((await c.ok(READ, { id: k.id })).professionalisationContract).toMatchObject({
        version: 2,
        jobTitle: 'Agent·e d’entretien',
        status: 'DRAFT',
      });
    });
  });

  describe('progress and OPCO amount', () => {
    it('counts TRAINING attendance within the period up to today, pro rata of the days, at the OPCO’s default rate', async () => {
      const p = await buildPerson(t.db, s.id, { stage: PathwayStage.TRAINING });
      // 365 days from 99 days ago: on today, 100 days have elapsed.
      const from = addDays(today, -99);
      const k = await contractRows.contract(t.db, s.id, p.id, {
        certificationId: cert.id,
        status: 'ACTIVE',
        startDate: from,
        endDate: addDays(from, 364),
        plannedTrainingMinutes: 36_500, // 608 h 20: 100 min a day
        opcoFunderId: opco.id, // no rate of its own → 9,15 €
        structureTutorId: structureTutor.id,
        hostTutorId: hostTutor.id,
      });
      const attend = async (kind: SessionKind, sessionDate: string, minutes: number) => {
        const session = await buildCollectiveSession(t.db, s.id, { kind, sessionDate, plannedMinutes: 420 });
        await buildAttendance(t.db, s.id, session.id, p.id, { minutesAttended: minutes });
      };
      await attend(SessionKind.TRAINING, from, 420); // counted (first day)
      await attend(SessionKind.TRAINING, addDays(today, -30), 420); // counted
      await attend(SessionKind.TRAINING, today, 210); // counted (half a day)
      await attend(SessionKind.TRAINING, addDays(from, -1), 420); // before the contract
      await attend(SessionKind.WORKSHOP, addDays(today, -10), 420); // not training
      await attend(SessionKind.TRAINING, addDays(today, 3), 420); // not yet
      const { progress } = (await c.ok(READ, { id: k.id })).professionalisationContract;
      expect(progress).toEqual({
        plannedMinutes: 36_500,
        attendedMinutes: 1050, // 420 + 420 + 210
        expectedMinutesToDate: 10_000, // 36 500 × 100 / 365
        elapsedPercent: 27, // 100 × 100 / 365 = 27,39
        attendedPercent: 2, // 1 050 × 100 / 36 500 = 2,87
        behind: true, // 1 050 < 90 % of 10 000
        justifiedMinutes: 1050,
        hourlyRateCents: 915,
        opcoAmountCents: 16_013, // 1 050 × 915 / 60 = 16 012,5 → rounded half up
      });
      expect((await c.ok(OF_PERSON, { id: p.id })).person.alerts).toEqual([
        expect.objectContaining({ code: 'TRAINING_BEHIND', severity: 'warning' }),
      ]);
    });

    it('stops at the break, uses the contract’s rate before the OPCO’s, caps the justified hours at the planned ones', async () => {
      const ratedOpco = await contractRows.funder(t.db, s.id, { name: 'Akto', hourlyRateCents: 1200 });
      const p = await buildPerson(t.db, s.id);
      const from = addDays(today, -99);
      const broken = await contractRows.contract(t.db, s.id, p.id, {
        certificationId: cert.id,
        status: 'BROKEN',
        startDate: from,
        endDate: addDays(from, 364),
        brokenOn: addDays(today, -50), // 50 days after the start, both included
        plannedTrainingMinutes: 36_500,
        opcoFunderId: ratedOpco.id,
        hourlyRateCents: 1000,
      });
      const session = async (sessionDate: string, minutes: number) => {
        const x = await buildCollectiveSession(t.db, s.id, { sessionDate, plannedMinutes: minutes });
        await buildAttendance(t.db, s.id, x.id, p.id, { minutesAttended: minutes });
      };
      await session(addDays(today, -60), 420); // before the break
      await session(addDays(today, -40), 420); // after the break: not counted
      expect((await c.ok(READ, { id: broken.id })).professionalisationContract.progress).toEqual({
        plannedMinutes: 36_500,
        attendedMinutes: 420,
        expectedMinutesToDate: 5000, // 36 500 × 50 / 365
        elapsedPercent: 13, // 50 × 100 / 365 = 13,7
        attendedPercent: 1,
        behind: true,
        justifiedMinutes: 420,
        hourlyRateCents: 1000, // the contract's, not Akto's 1 200
        opcoAmountCents: 7000, // 420 × 1 000 / 60
      });

      // Planned 5 h, attended 7 h: 5 h are justified; at Akto's 12 €: 300 × 1 200 / 60 = 6 000.
      const q = await buildPerson(t.db, s.id);
      const small = await contractRows.contract(t.db, s.id, q.id, {
        certificationId: cert.id,
        status: 'ACTIVE',
        startDate: from,
        endDate: addDays(from, 364),
        plannedTrainingMinutes: 300,
        opcoFunderId: ratedOpco.id,
      });
      const x = await buildCollectiveSession(t.db, s.id, { sessionDate: addDays(today, -1) });
      await buildAttendance(t.db, s.id, x.id, q.id, { minutesAttended: 420 });
      expect((await c.ok(READ, { id: small.id })).professionalisationContract.progress).toMatchObject({
        attendedMinutes: 420,
        attendedPercent: 140,
        justifiedMinutes: 300,
        hourlyRateCents: 1200,
        opcoAmountCents: 6000,
      });
    });
  });

  it('filters the caseload by contract status (any contract of the person in that status)', async () => {
    const own = await buildStructure(t.db, { kind: StructureKind.AI });
    const reader = await signedInAs(t, Role.COUNSELLOR, own.id);
    const [active, draftOnly, none, both] = [
      await buildPerson(t.db, own.id, { lastName: 'Actif' }),
      await buildPerson(t.db, own.id, { lastName: 'Brouillon' }),
      await buildPerson(t.db, own.id, { lastName: 'Aucun' }),
      await buildPerson(t.db, own.id, { lastName: 'Deux' }),
    ];
    await contractRows.contract(t.db, own.id, active.id, { certificationId: cert.id, status: 'ACTIVE' });
    await contractRows.contract(t.db, own.id, draftOnly.id, { certificationId: cert.id });
    await contractRows.contract(t.db, own.id, both.id, { certificationId: cert.id, status: 'COMPLETED' });
    await contractRows.contract(t.db, own.id, both.id, { certificationId: cert.id, status: 'ACTIVE' });
    const LIST = `query($filter: PersonFilter) { persons(first: 50, filter: $filter) { totalCount edges { node { lastName } } } }`;
    const names = async (contractStatus: string) =>
      (await reader.ok(LIST, { filter: { contractStatus } })).persons.edges.map((e: Contract) => e.node.lastName);
    expect(await names('ACTIVE')).toEqual(['Actif', 'Deux']);
    expect(await names('DRAFT')).toEqual(['Brouillon']);
    expect(await names('BROKEN')).toEqual([]);
    expect(none.id).toBeDefined();
    const e = await reader.fail(LIST, { filter: { contractStatus: 'FINI' } });
    expect(e.extensions?.fieldErrors).toEqual([
      {
        field: 'filter.contractStatus',
        message: expect.stringMatching(/^Ce statut de contrat n’existe pas : choisissez DRAFT \(Brouillon\)/),
      },
    ]);
  });

  it('reads the contracts of many persons in a number of SQL statements that does not grow with them', async () => {
    const batch = await buildStructure(t.db, { kind: StructureKind.AI });
    const reader = await signedInAs(t, Role.COUNSELLOR, batch.id);
    const st = await buildTutor(t.db, batch.id, { side: TutorSide.STRUCTURE });
    const host = await buildTutor(t.db, batch.id, { side: TutorSide.HOST });
    const funder = await contractRows.funder(t.db, batch.id, { hourlyRateCents: 1100 });
    const session = await buildCollectiveSession(t.db, batch.id, { sessionDate: addDays(today, -5) });
    for (let i = 0; i < 30; i++) {
      const p = await buildPerson(t.db, batch.id, { lastName: `Lot${String(i).padStart(2, '0')}` });
      const k = await contractRows.contract(t.db, batch.id, p.id, {
        certificationId: cert.id,
        status: i % 2 ? 'ACTIVE' : 'BROKEN',
        startDate: addDays(today, -30),
        endDate: addDays(today, 334),
        brokenOn: i % 2 ? null : addDays(today, -2),
        structureTutorId: st.id,
        hostTutorId: host.id,
        opcoFunderId: funder.id,
      });
      if (!(i % 2)) await contractRows.followUp(t.db, batch.id, p.id, k.id);
      await buildAttendance(t.db, batch.id, session.id, p.id);
    }
    const PAGE = `query($first: Int) { persons(first: $first) { edges { node { id professionalisationContracts {
      certification { title } structureTutor { fullName } hostTutor { fullName } opcoFunder { name }
      checks { code } canSubmit progress { attendedMinutes opcoAmountCents } breakFollowUp { dueOn } } } } } }`;
    const statements = async (first: number) => {
      await reader.ok(`{ me { id } }`);
      const { result: page, statements } = await t.statementsOf(() => reader.ok(PAGE, { first }));
      const contracts = page.persons.edges.flatMap((e: Contract) => e.node.professionalisationContracts);
      expect(contracts).toHaveLength(first);
      for (const k of contracts) {
        expect(k.progress.attendedMinutes).toBe(420);
        expect(k.opcoFunder.name).toBe('OPCO Cohésion sociale');
      }
      expect(contracts.filter((k: Contract) => k.breakFollowUp).length).toBeGreaterThan(0);
      return statements;
    };
    const small = await statements(4);
    const large = await statements(30);
    expect(large).toBe(small);
    // session + page + count + contracts + certification + tutors + funders + structure kind + host tutor load
    // + attendance + follow-ups
    expect(small).toBeLessThanOrEqual(14);
  });
});
