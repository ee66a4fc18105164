import {
  buildAllocation,
  buildAttendance,
  buildCollectiveSession,
  buildExpense,
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildMission,
  buildPartnerOrganisation,
  buildPerson,
  buildStaffTime,
  buildStructure,
  signedInAs,
} from '@tremplin/api-testing';
import { addDays, FunderKind, FundingSourceKind, Role, todayInParis } from '@tremplin/domain';
import { MoreThan } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import {
  FunderEntity,
  FundingAgreementEntity,
  FundingAllocationEntity,
  StaffTimeEntryEntity,
} from './funding.entities';

const FUNDER = `id kind kindLabel name hourlyRateCents contactEmail version`;
const AGREEMENT = `id funderId funder { id name } reference title startDate endDate amountGrantedCents coFinancingRateBp
  hourlyRateCents sourceKinds scope indicators indicatorLabels version`;
const CREATE_FUNDER = `mutation($input: CreateFunderInput!) { createFunder(input: $input) { ${FUNDER} } }`;
const UPDATE_FUNDER = `mutation($input: UpdateFunderInput!) { updateFunder(input: $input) { ${FUNDER} } }`;
const FUNDERS = `{ funders { ${FUNDER} agreements { id reference } } }`;
const FUNDER_BY_ID = `query($id: ID!) { funder(id: $id) { ${FUNDER} } }`;
const CREATE = `mutation($input: CreateFundingAgreementInput!) { createFundingAgreement(input: $input) { ${AGREEMENT} } }`;
const UPDATE = `mutation($input: UpdateFundingAgreementInput!) { updateFundingAgreement(input: $input) { ${AGREEMENT} } }`;
const AGREEMENTS = `{ fundingAgreements { id reference consumption { fundedCents } allocations { quantity } } }`;
const AGREEMENT_BY_ID = `query($id: ID!) { fundingAgreement(id: $id) { ${AGREEMENT} consumption { chargedCents } allocations { sourceId quantity } } }`;
const ALLOCATE = `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id } }`;
const SOURCE = `sourceKind sourceId date label personId personName unit totalQuantity allocatedQuantity remainingQuantity
  allocations { agreementId agreementReference quantity }`;
const SOURCES = `query($filter: FundableSourcesFilter!) { fundableSources(filter: $filter) { ${SOURCE} } }`;
const STAFF = `mutation($input: RecordStaffTimeInput!) { recordStaffTime(input: $input) { ${SOURCE} } }`;
const EXPENSE = `mutation($input: RecordExpenseInput!) { recordExpense(input: $input) { ${SOURCE} } }`;

describe('funders, agreements, fundable sources: access and rules', () => {
  let t: TestApp;
  let s: { id: string };
  let other: { id: string };
  let director: Awaited<ReturnType<typeof signedInAs>>;
  let counsellor: Awaited<ReturnType<typeof signedInAs>>;
  let supervisor: Awaited<ReturnType<typeof signedInAs>>;
  let foreignDirector: Awaited<ReturnType<typeof signedInAs>>;
  const today = todayInParis();

  const agreementInput = (funderId: string, o: Record<string, unknown> = {}) => ({
    input: {
      funderId,
      reference: `CONV-${Math.random().toString(36).slice(2, 8)}`,
      title: 'Accompagnement socioprofessionnel 2026',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      amountGrantedCents: 4_500_000_000,
      coFinancingRateBp: 6_000,
      hourlyRateCents: null,
      sourceKinds: ['STAFF_TIME', 'EXPENSE'],
      scope: 'Public très éloigné de l’emploi, métropole rouennaise',
      indicators: ['PARTICIPANTS', 'FSE_PARTICIPANT_DATA'],
      ...o,
    },
  });
  const row = async (id: string) =>
    (await t.db.getRepository(FundingAgreementEntity).findBy({ id })).map((r) => ({
      reference: r.reference,
      start_date: r.startDate,
      end_date: r.endDate,
      source_kinds: r.sourceKinds,
      version: r.version,
    }))[0];

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildStructure(t.db);
    other = await buildStructure(t.db);
    director = await signedInAs(t, Role.DIRECTOR, s.id, { firstName: 'Sophie', lastName: 'Lefebvre' });
    counsellor = await signedInAs(t, Role.COUNSELLOR, s.id, { firstName: 'Claire', lastName: 'Martin' });
    supervisor = await signedInAs(t, Role.SUPERVISOR, s.id);
    foreignDirector = await signedInAs(t, Role.DIRECTOR, other.id);
  });
  afterAll(() => t?.close());

  describe('funders', () => {
    it('a director creates and updates a funder; the version guards against stale saves', async () => {
      const { createFunder } = await director.ok(CREATE_FUNDER, {
        input: { kind: 'OPCO', name: ' OPCO Cohésion sociale ', hourlyRateCents: 915, contactEmail: 'Contact@OPCO.fr' },
      });
      expect(createFunder).toMatchObject({
        kind: 'OPCO',
        kindLabel: 'OPCO',
        name: 'OPCO Cohésion sociale',
        hourlyRateCents: 915,
        contactEmail: 'contact@opco.fr',
        version: 1,
      });
      const input = {
        id: createFunder.id,
        version: 1,
        kind: 'OPCO',
        name: 'OPCO Cohésion sociale',
        hourlyRateCents: 1_200,
      };
      // The contact left out of the input is kept (it was cleared before: issue 13, point 2); null clears it.
      const { updateFunder } = await director.ok(UPDATE_FUNDER, { input });
      expect(updateFunder).toMatchObject({ hourlyRateCents: 1_200, contactEmail: 'contact@opco.fr', version: 2 });
      const stale = await director.fail(UPDATE_FUNDER, { input: { ...input, hourlyRateCents: 1_500 } });
      expect(stale.extensions?.code).toBe('CONFLICT');
      expect((await director.ok(FUNDER_BY_ID, { id: createFunder.id })).funder.hourlyRateCents).toBe(1_200);
      const { updateFunder: cleared } = await director.ok(UPDATE_FUNDER, {
        input: { id: createFunder.id, version: 2, contactEmail: null },
      });
      expect(cleared).toMatchObject({ hourlyRateCents: 1_200, contactEmail: null, version: 3 });
    });

    it('refuses a kind outside the list, an empty name, an invalid e-mail', async () => {
      const e = await director.fail(CREATE_FUNDER, {
        input: { kind: 'BANK', name: ' ', contactEmail: 'pas-un-email' },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'kind', message: expect.stringMatching(/type de financeur/) },
        { field: 'name', message: 'Le nom du financeur est obligatoire.' },
        { field: 'contactEmail', message: 'L’adresse e-mail du contact n’est pas valide.' },
      ]);
    });

    it('a funder with FSE+ participants stays FSE+', async () => {
      const f = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS });
      const a = await buildFundingAgreement(t.db, s.id, f.id);
      await buildFseParticipant(t.db, s.id, a.id, (await buildPerson(t.db, s.id)).id);
      const e = await director.fail(UPDATE_FUNDER, { input: { id: f.id, version: 1, kind: 'PLIE', name: 'PLIE' } });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'kind', message: expect.stringMatching(/1 participant·e FSE\+/) },
      ]);
      expect((await director.ok(FUNDER_BY_ID, { id: f.id })).funder).toMatchObject({ kind: 'FSE_PLUS', version: 1 });
    });

    it('a counsellor reads the funders and their agreements, but cannot write; a supervisor cannot read', async () => {
      const f = await buildFunder(t.db, s.id, { name: 'AAA Département' });
      await buildFundingAgreement(t.db, s.id, f.id, { reference: 'DEP-1' });
      const { funders } = await counsellor.ok(FUNDERS);
      expect(funders.find((x: { id: string }) => x.id === f.id)).toMatchObject({
        name: 'AAA Département',
        agreements: [{ reference: 'DEP-1' }],
      });
      expect((await counsellor.fail(CREATE_FUNDER, { input: { kind: 'OPCO', name: 'X' } })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await supervisor.fail(FUNDERS)).extensions?.code).toBe('FORBIDDEN');
      expect((await supervisor.fail(FUNDER_BY_ID, { id: f.id })).extensions?.code).toBe('FORBIDDEN');
    });

    it('another structure’s funder is NOT_FOUND, to read and to update', async () => {
      const f = await buildFunder(t.db, other.id, { name: 'Ailleurs' });
      for (const id of [f.id, '0b7f6a5e-0000-4000-8000-00000000ffff', 'pas-un-id'])
        expect((await director.fail(FUNDER_BY_ID, { id })).extensions?.code).toBe('NOT_FOUND');
      const e = await director.fail(UPDATE_FUNDER, { input: { id: f.id, version: 1, kind: 'OPCO', name: 'Pris' } });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect((await t.db.getRepository(FunderEntity).findOneByOrFail({ id: f.id })).name).toBe('Ailleurs');
      expect((await director.ok(FUNDERS)).funders.some((x: { id: string }) => x.id === f.id)).toBe(false);
    });
  });

  describe('agreements', () => {
    it('a director records an agreement with its labels; amounts beyond 2^31 cents come back whole', async () => {
      const f = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS, name: 'FSE+' });
      const { createFundingAgreement } = await director.ok(
        CREATE,
        agreementInput(f.id, { reference: ' FSE-2026-01 ' }),
      );
      expect(createFundingAgreement).toEqual({
        id: expect.any(String),
        funderId: f.id,
        funder: { id: f.id, name: 'FSE+' },
        reference: 'FSE-2026-01',
        title: 'Accompagnement socioprofessionnel 2026',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        amountGrantedCents: 4_500_000_000,
        coFinancingRateBp: 6_000,
        hourlyRateCents: null,
        sourceKinds: ['STAFF_TIME', 'EXPENSE'],
        scope: 'Public très éloigné de l’emploi, métropole rouennaise',
        indicators: ['PARTICIPANTS', 'FSE_PARTICIPANT_DATA'],
        indicatorLabels: ['Participant·es', 'Données participant·es FSE+ (entrée, sortie, 6 mois)'],
        version: 1,
      });
      const dup = await director.fail(CREATE, agreementInput(f.id, { reference: 'FSE-2026-01' }));
      expect(dup.extensions?.fieldErrors).toEqual([
        { field: 'reference', message: expect.stringMatching(/porte déjà la référence « FSE-2026-01 »/) },
      ]);
    });

    const invalid: [string, Record<string, unknown>, string, RegExp][] = [
      ['an end before the start', { startDate: '2026-06-01', endDate: '2026-05-31' }, 'endDate', /précède son début/],
      ['a rate above 100 %', { coFinancingRateBp: 10_001 }, 'coFinancingRateBp', /entre 0 et 100 %/],
      ['a fractional amount', { amountGrantedCents: 10.5 }, 'amountGrantedCents', /entier de centimes/],
      ['no source kind', { sourceKinds: [] }, 'sourceKinds', /au moins un type/],
      ['an unknown source kind', { sourceKinds: ['LOAN'] }, 'sourceKinds', /dans la liste/],
      ['an unknown indicator', { indicators: ['HAPPINESS'] }, 'indicators', /dans la liste/],
      ['an impossible date', { startDate: '2026-02-30' }, 'startDate', /n’existe pas/],
    ];
    it.each(invalid)('refuses %s', async (_label, o, field, message) => {
      const f = await buildFunder(t.db, s.id);
      const e = await director.fail(CREATE, agreementInput(f.id, o));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await t.db.getRepository(FundingAgreementEntity).findBy({ funderId: f.id })).toEqual([]);
    });

    it('another structure’s funder or agreement is NOT_FOUND', async () => {
      const foreign = await buildFunder(t.db, other.id);
      expect((await director.fail(CREATE, agreementInput(foreign.id))).extensions?.code).toBe('NOT_FOUND');
      const a = await buildFundingAgreement(t.db, other.id, foreign.id);
      expect((await director.fail(AGREEMENT_BY_ID, { id: a.id })).extensions?.code).toBe('NOT_FOUND');
      const own = await buildFunder(t.db, s.id);
      const e = await director.fail(UPDATE, { input: { ...agreementInput(own.id).input, id: a.id, version: 1 } });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect((await row(a.id)).version).toBe(1);
      expect((await director.ok(AGREEMENTS)).fundingAgreements.some((x: { id: string }) => x.id === a.id)).toBe(false);
    });

    it('a stale version is a CONFLICT and changes nothing', async () => {
      const f = await buildFunder(t.db, s.id);
      const { createFundingAgreement: a } = await director.ok(CREATE, agreementInput(f.id));
      const input = { ...agreementInput(f.id, { reference: a.reference }).input, id: a.id, version: 1 };
      const { updateFundingAgreement } = await director.ok(UPDATE, { input: { ...input, title: 'Nouveau titre' } });
      expect(updateFundingAgreement).toMatchObject({ title: 'Nouveau titre', version: 2 });
      const e = await director.fail(UPDATE, { input: { ...input, title: 'Trop tard' } });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toMatch(/modifiée par quelqu’un d’autre/);
      expect((await row(a.id)).version).toBe(2);
    });

    it('refuses a period or kinds that would leave out an existing allocation, and changes nothing', async () => {
      const f = await buildFunder(t.db, s.id);
      const a = await buildFundingAgreement(t.db, s.id, f.id, {
        reference: 'DDETS-FDI',
        sourceKinds: [FundingSourceKind.MISSION, FundingSourceKind.EXPENSE],
      });
      const host = await buildPartnerOrganisation(t.db);
      const p = await buildPerson(t.db, s.id);
      const m = await buildMission(t.db, s.id, p.id, host.id, { startDate: '2026-03-30', endDate: '2026-04-03' });
      const e1 = await buildExpense(t.db, s.id, { incurredOn: '2026-02-15' });
      const e2 = await buildExpense(t.db, s.id, { incurredOn: '2026-02-16' });
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.MISSION, m.id, 60);
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.EXPENSE, e1.id, 100);
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.EXPENSE, e2.id, 100);
      const base = {
        id: a.id,
        version: 1,
        funderId: f.id,
        reference: 'DDETS-FDI',
        title: 'FDI 2026',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        amountGrantedCents: 100_000,
        coFinancingRateBp: 10_000,
        sourceKinds: ['MISSION', 'EXPENSE'],
      };
      const period = await director.fail(UPDATE, {
        input: { ...base, startDate: '2026-02-16', endDate: '2026-04-02' },
      });
      expect(period.extensions?.fieldErrors).toEqual([
        {
          field: 'startDate',
          message:
            '1 imputation est datée d’avant le 16/02/2026 : retirez-les d’abord ou gardez un début qui les couvre.',
        },
        {
          field: 'endDate',
          message:
            '1 imputation est datée d’après le 02/04/2026 : retirez-les d’abord ou gardez une fin qui les couvre.',
        },
      ]);
      const kinds = await director.fail(UPDATE, { input: { ...base, sourceKinds: ['MISSION'] } });
      expect(kinds.extensions?.fieldErrors).toEqual([
        {
          field: 'sourceKinds',
          message:
            'La convention finance déjà Dépenses (2 imputations) : retirez ces imputations avant d’enlever ce type de source.',
        },
      ]);
      expect(await row(a.id)).toEqual({
        reference: 'DDETS-FDI',
        start_date: '2026-01-01',
        end_date: '2026-12-31',
        source_kinds: ['MISSION', 'EXPENSE'],
        version: 1,
      });
      await director.ok(UPDATE, { input: { ...base, startDate: '2026-02-15', endDate: '2026-04-03' } });
    });

    it('a counsellor reads agreements with their consumption but cannot allocate; a supervisor cannot read them', async () => {
      const f = await buildFunder(t.db, s.id);
      const a = await buildFundingAgreement(t.db, s.id, f.id, { reference: 'LECTURE' });
      const expense = await buildExpense(t.db, s.id, { amountCents: 1_000 });
      await buildAllocation(t.db, s.id, a.id, FundingSourceKind.EXPENSE, expense.id, 400);
      const { fundingAgreement } = await counsellor.ok(AGREEMENT_BY_ID, { id: a.id });
      expect(fundingAgreement).toMatchObject({
        reference: 'LECTURE',
        consumption: { chargedCents: 400 },
        allocations: [{ sourceId: expense.id, quantity: 400 }],
      });
      const e = await counsellor.fail(ALLOCATE, {
        input: { agreementId: a.id, sourceKind: 'EXPENSE', sourceIds: [expense.id], sharePercent: 10 },
      });
      expect(e.extensions?.code).toBe('FORBIDDEN');
      expect(await t.db.getRepository(FundingAllocationEntity).sum('quantity', { expenseId: expense.id })).toBe(400);
      for (const q of [AGREEMENTS, AGREEMENT_BY_ID])
        expect((await supervisor.fail(q, { id: a.id })).extensions?.code).toBe('FORBIDDEN');
      const update = { input: { ...agreementInput(f.id, { reference: 'LECTURE' }).input, id: a.id, version: 1 } };
      expect((await supervisor.fail(UPDATE, update)).extensions?.code).toBe('FORBIDDEN');
      expect((await counsellor.fail(UPDATE, update)).extensions?.code).toBe('FORBIDDEN');
      expect((await row(a.id)).version).toBe(1);
    });
  });

  describe('fundable sources, staff time and expenses', () => {
    it('lists the sources of a kind and period with what each agreement funds; filters by person and what remains', async () => {
      const s2 = await buildStructure(t.db);
      const d2 = await signedInAs(t, Role.DIRECTOR, s2.id);
      const c2 = await signedInAs(t, Role.COUNSELLOR, s2.id);
      const f = await buildFunder(t.db, s2.id);
      const a = await buildFundingAgreement(t.db, s2.id, f.id, { reference: 'B-CONV' });
      const b = await buildFundingAgreement(t.db, s2.id, f.id, { reference: 'A-CONV' });
      const p = await buildPerson(t.db, s2.id, { firstName: 'Léa', lastName: 'Martin' });
      const q = await buildPerson(t.db, s2.id, { firstName: 'Yanis', lastName: 'Bernard' });
      const session = await buildCollectiveSession(t.db, s2.id, {
        title: 'Sécurité incendie',
        trainingBody: null,
        sessionDate: '2026-03-03',
        plannedMinutes: 420,
      });
      const lp = await buildAttendance(t.db, s2.id, session.id, p.id, { minutesAttended: 420 });
      const lq = await buildAttendance(t.db, s2.id, session.id, q.id, { minutesAttended: 420 });
      const late = await buildCollectiveSession(t.db, s2.id, { sessionDate: '2026-04-01' });
      await buildAttendance(t.db, s2.id, late.id, p.id);
      await buildAllocation(t.db, s2.id, a.id, FundingSourceKind.TRAINING_ATTENDANCE, lp.id, 300);
      await buildAllocation(t.db, s2.id, b.id, FundingSourceKind.TRAINING_ATTENDANCE, lp.id, 120);
      await buildAllocation(t.db, s2.id, a.id, FundingSourceKind.TRAINING_ATTENDANCE, lq.id, 60);
      const filter = { sourceKind: 'TRAINING_ATTENDANCE', from: '2026-03-01', to: '2026-03-31' };
      const { fundableSources } = await c2.ok(SOURCES, { filter });
      // Same day and label: by person name.
      expect(fundableSources).toEqual([
        {
          sourceKind: 'TRAINING_ATTENDANCE',
          sourceId: lp.id,
          date: '2026-03-03',
          label: 'Formation « Sécurité incendie »',
          personId: p.id,
          personName: 'Léa Martin',
          unit: 'MINUTES',
          totalQuantity: 420,
          allocatedQuantity: 420,
          remainingQuantity: 0,
          allocations: [
            { agreementId: b.id, agreementReference: 'A-CONV', quantity: 120 },
            { agreementId: a.id, agreementReference: 'B-CONV', quantity: 300 },
          ],
        },
        {
          sourceKind: 'TRAINING_ATTENDANCE',
          sourceId: lq.id,
          date: '2026-03-03',
          label: 'Formation « Sécurité incendie »',
          personId: q.id,
          personName: 'Yanis Bernard',
          unit: 'MINUTES',
          totalQuantity: 420,
          allocatedQuantity: 60,
          remainingQuantity: 360,
          allocations: [{ agreementId: a.id, agreementReference: 'B-CONV', quantity: 60 }],
        },
      ]);
      const remaining = await d2.ok(SOURCES, { filter: { ...filter, onlyRemaining: true } });
      expect(remaining.fundableSources.map((x: { sourceId: string }) => x.sourceId)).toEqual([lq.id]);
      const ofP = await d2.ok(SOURCES, { filter: { ...filter, to: '2026-12-31', personId: p.id } });
      expect(ofP.fundableSources).toHaveLength(2);
      const first = await d2.ok(SOURCES, { filter: { ...filter, first: 1 } });
      expect(first.fundableSources).toHaveLength(1);
      const bad = await d2.fail(SOURCES, { filter: { ...filter, from: '2026-04-01' } });
      expect(bad.extensions?.fieldErrors).toEqual([
        { field: 'to', message: expect.stringMatching(/précède son début/) },
      ]);
      const tooMany = await d2.fail(SOURCES, { filter: { ...filter, first: 501 } });
      expect(tooMany.extensions?.fieldErrors?.[0].field).toBe('first');
      expect((await supervisor.fail(SOURCES, { filter })).extensions?.code).toBe('FORBIDDEN');
      // Another structure's director sees none of them.
      expect((await foreignDirector.ok(SOURCES, { filter })).fundableSources).toEqual([]);
    });

    it('records staff time (the caller’s by default, or a colleague’s) and expenses as fundable sources', async () => {
      const p = await buildPerson(t.db, s.id, { firstName: 'Léa', lastName: 'Martin' });
      const { recordStaffTime } = await director.ok(STAFF, {
        input: { personId: p.id, workedOn: today, minutes: 90, hourlyCostCents: 3_200, description: ' Entretien ' },
      });
      expect(recordStaffTime).toEqual({
        sourceKind: 'STAFF_TIME',
        sourceId: expect.any(String),
        date: today,
        label: 'Sophie Lefebvre — Entretien',
        personId: p.id,
        personName: 'Léa Martin',
        unit: 'MINUTES',
        totalQuantity: 90,
        allocatedQuantity: 0,
        remainingQuantity: 90,
        allocations: [],
      });
      const colleague = await director.ok(STAFF, {
        input: {
          userId: counsellor.userId,
          workedOn: today,
          minutes: 60,
          hourlyCostCents: 2_900,
          description: 'Atelier CV',
        },
      });
      expect(colleague.recordStaffTime).toMatchObject({ label: 'Claire Martin — Atelier CV', personId: null });
      const [entry] = (
        await t.db.getRepository(StaffTimeEntryEntity).findBy({ id: colleague.recordStaffTime.sourceId })
      ).map((r) => ({ user_id: r.userId, created_by_id: r.createdById }));
      expect(entry).toEqual({ user_id: counsellor.userId, created_by_id: director.userId });

      const { recordExpense } = await director.ok(EXPENSE, {
        input: {
          incurredOn: '2026-03-03',
          label: 'Tenues de travail',
          amountCents: 123_450,
          proofReference: 'FAC-0142',
        },
      });
      expect(recordExpense).toMatchObject({
        sourceKind: 'EXPENSE',
        label: 'Tenues de travail (FAC-0142)',
        personId: null,
        unit: 'CENTS',
        totalQuantity: 123_450,
        remainingQuantity: 123_450,
      });
    });

    it('refuses future staff time, another structure’s person or colleague, and callers without funding:write', async () => {
      const base = { workedOn: today, minutes: 60, hourlyCostCents: 3_000, description: 'Entretien' };
      const future = await director.fail(STAFF, { input: { ...base, workedOn: addDays(today, 1) } });
      expect(future.extensions?.fieldErrors).toEqual([{ field: 'workedOn', message: expect.stringMatching(/futur/) }]);
      const foreignPerson = await buildPerson(t.db, other.id);
      expect((await director.fail(STAFF, { input: { ...base, personId: foreignPerson.id } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect(
        (await director.fail(STAFF, { input: { ...base, userId: foreignDirector.userId } })).extensions?.code,
      ).toBe('NOT_FOUND');
      expect((await counsellor.fail(STAFF, { input: base })).extensions?.code).toBe('FORBIDDEN');
      expect(
        (await counsellor.fail(EXPENSE, { input: { incurredOn: today, label: 'X', amountCents: 1 } })).extensions?.code,
      ).toBe('FORBIDDEN');
      const tooLong = await director.fail(STAFF, { input: { ...base, minutes: 24 * 60 + 1 } });
      expect(tooLong.extensions?.fieldErrors?.[0].field).toBe('minutes');
      expect(
        await t.db.getRepository(StaffTimeEntryEntity).findBy({ structureId: s.id, workedOn: MoreThan(today) }),
      ).toEqual([]);
    });

    it('a staff time entry charged to an agreement shows in its fundable source', async () => {
      const f = await buildFunder(t.db, s.id);
      const a = await buildFundingAgreement(t.db, s.id, f.id, { reference: 'VILLE-2026' });
      const st = await buildStaffTime(t.db, s.id, director.userId, { workedOn: '2026-06-01', minutes: 120 });
      await director.ok(ALLOCATE, {
        input: { agreementId: a.id, sourceKind: 'STAFF_TIME', sourceIds: [st.id], sharePercent: 40 },
      });
      const { fundableSources } = await director.ok(SOURCES, {
        filter: { sourceKind: 'STAFF_TIME', from: '2026-06-01', to: '2026-06-01' },
      });
      expect(fundableSources).toContainEqual(
        expect.objectContaining({
          sourceId: st.id,
          allocatedQuantity: 48,
          remainingQuantity: 72,
          allocations: [{ agreementId: a.id, agreementReference: 'VILLE-2026', quantity: 48 }],
        }),
      );
    });
  });
});
