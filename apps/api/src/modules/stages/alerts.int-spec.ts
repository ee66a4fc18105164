import {
  buildCertification,
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  buildUser,
  contractRows,
  pathwayRows,
  type GraphqlClient,
} from '@tremplin/api-testing';
import { addDays, addMonths, formatIsoDateFr, PathwayStage, Role, StructureKind, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { SessionAttendanceEntity } from '../activities';
import { ContractBreakFollowUpEntity } from '../contracts';
import { gatherAlertFacts, NO_FACTS } from './alerts.facts';
import { AlertsRepository } from './alerts.repository';

const ALERTS = `query($id: ID!) { person(id: $id) { id nextDeadline alerts { code label severity message dueDate } } }`;

interface AlertsResult {
  person: {
    id: string;
    nextDeadline: string | null;
    alerts: { code: string; label: string; severity: string; message: string; dueDate: string | null }[];
  };
}

describe('Person.alerts: computed on read from the pathway records', () => {
  let t: TestApp;
  let counsellor: GraphqlClient;
  let supervisor: GraphqlClient;
  let ai: { id: string };
  let aci: { id: string };
  let host: { id: string };
  let otherHost: { id: string };
  const today = todayInParis();

  const alertsOf = async (c: GraphqlClient, id: string) => (await c.ok<AlertsResult>(ALERTS, { id })).person;

  beforeAll(async () => {
    t = await startTestApp();
    ai = await buildStructure(t.db, { name: 'AI Rouen', kind: StructureKind.AI });
    aci = await buildStructure(t.db, { name: 'ACI Rouen', kind: StructureKind.ACI });
    host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    otherHost = await buildPartnerOrganisation(t.db, { name: 'Logéal' });
    const u = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: ai.id });
    const s = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: ai.id });
    counsellor = t.client();
    await counsellor.signIn(u.email, u.password);
    supervisor = t.client();
    await supervisor.signIn(s.email, s.password);
  });
  afterAll(() => t?.close());

  it('a file with nothing to watch has no alert and no deadline', async () => {
    const p = await buildPerson(t.db, ai.id);
    expect(await alertsOf(counsellor, p.id)).toEqual({ id: p.id, nextDeadline: null, alerts: [] });
  });

  it('PASS ending in 30 days → PASS_ENDING (warning), due on the end date, which is the next deadline', async () => {
    const p = await buildPerson(t.db, ai.id);
    const end = addDays(today, 30);
    await pathwayRows.pass(t.db, ai.id, p.id, { startDate: addDays(end, -729), endDate: end });
    const r = await alertsOf(counsellor, p.id);
    expect(r.alerts).toEqual([
      {
        code: 'PASS_ENDING',
        label: 'PASS IAE bientôt échu',
        severity: 'warning',
        message: expect.stringMatching(/prend fin le .* dans 30 jours/),
        dueDate: end,
      },
    ]);
    expect(r.nextDeadline).toBe(end);
  });

  it('PASS ending in 10 days is a danger; ending in 90 days is no alert yet', async () => {
    const soon = await buildPerson(t.db, ai.id);
    await pathwayRows.pass(t.db, ai.id, soon.id, { endDate: addDays(today, 10) });
    expect((await alertsOf(counsellor, soon.id)).alerts.map((a) => [a.code, a.severity])).toEqual([
      ['PASS_ENDING', 'danger'],
    ]);
    const later = await buildPerson(t.db, ai.id);
    await pathwayRows.pass(t.db, ai.id, later.id, { number: '999992600002', endDate: addDays(today, 90) });
    expect((await alertsOf(counsellor, later.id)).alerts).toEqual([]);
  });

  it('judges proofs on the day the PASS IAE was delivered: valid then, no alert years later; expired then, an alert', async () => {
    const hired = await buildPerson(t.db, ai.id);
    await pathwayRows.diagnosis(t.db, ai.id, hired.id, {
      diagnosedOn: addMonths(today, -14),
      criteria: [{ code: 'DETLD_24_MONTHS', proofDate: addMonths(today, -14) }],
    });
    await pathwayRows.pass(t.db, ai.id, hired.id, {
      number: '999992600011',
      startDate: addMonths(today, -13),
      endDate: addMonths(today, 11),
    });
    expect((await alertsOf(counsellor, hired.id)).alerts.map((a) => a.code)).toEqual([]);

    const late = await buildPerson(t.db, ai.id);
    await pathwayRows.diagnosis(t.db, ai.id, late.id, {
      diagnosedOn: addMonths(today, -14),
      criteria: [{ code: 'DETLD_24_MONTHS', proofDate: addMonths(today, -14) }],
    });
    await pathwayRows.pass(t.db, ai.id, late.id, {
      number: '999992600012',
      startDate: addMonths(today, -10),
      endDate: addMonths(today, 14),
    });
    expect((await alertsOf(counsellor, late.id)).alerts.map((a) => a.code)).toEqual(['PROOF_EXPIRED']);
  });

  it('a proof of 4 months for a 3-month criterion of the latest diagnosis → PROOF_EXPIRED; an older diagnosis does not count', async () => {
    const p = await buildPerson(t.db, ai.id);
    await pathwayRows.diagnosis(t.db, ai.id, p.id, {
      diagnosedOn: addMonths(today, -4),
      criteria: [
        { code: 'DETLD_24_MONTHS', proofDate: addMonths(today, -4) },
        { code: 'SENIOR_50_PLUS', proofDate: addMonths(today, -4) }, // identity document: no fixed validity
      ],
    });
    const r = await alertsOf(counsellor, p.id);
    expect(r.alerts).toEqual([expect.objectContaining({ code: 'PROOF_EXPIRED', severity: 'warning', dueDate: null })]);
    expect(r.alerts[0].message).toMatch(/^1 justificatif périmé : demandez un justificatif récent/);
    expect(r.nextDeadline).toBeNull();

    await pathwayRows.diagnosis(t.db, ai.id, p.id, {
      diagnosedOn: addDays(today, -5),
      criteria: [{ code: 'DETLD_24_MONTHS', proofDate: addDays(today, -5) }],
    });
    expect((await alertsOf(counsellor, p.id)).alerts).toEqual([]);
  });

  it('attendance at 50 % of the training hours planned to date → ATTENDANCE_BEHIND; workshops and future sessions do not count', async () => {
    const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
    const past = await pathwayRows.session(t.db, ai.id, {
      kind: 'TRAINING',
      sessionDate: addDays(today, -3),
      plannedMinutes: 8 * 60,
    });
    await pathwayRows.attendance(t.db, ai.id, p.id, past.id, { minutesAttended: 4 * 60, absence: 'UNJUSTIFIED' });
    const workshop = await pathwayRows.session(t.db, ai.id, {
      kind: 'WORKSHOP',
      sessionDate: addDays(today, -2),
      plannedMinutes: 10 * 60,
    });
    await pathwayRows.attendance(t.db, ai.id, p.id, workshop.id, { minutesAttended: 10 * 60 });
    const future = await pathwayRows.session(t.db, ai.id, {
      kind: 'TRAINING',
      sessionDate: addDays(today, 5),
      plannedMinutes: 8 * 60,
    });
    await pathwayRows.attendance(t.db, ai.id, p.id, future.id, { minutesAttended: 8 * 60 });
    const r = await alertsOf(counsellor, p.id);
    expect(r.alerts).toEqual([expect.objectContaining({ code: 'ATTENDANCE_BEHIND', severity: 'warning' })]);
    expect(r.alerts[0].message).toMatch(/^Présence de 50 % : 4 h sur 8 h prévues à ce jour .*il manque 2 h 24/);
  });

  it('410 h of placement at one host within 24 months in an AI → PLACEMENT_CAP_NEAR; older missions and other hosts are not added', async () => {
    const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
    await pathwayRows.mission(t.db, ai.id, p.id, host.id, {
      startDate: addMonths(today, -6),
      endDate: addDays(addMonths(today, -6), 20),
      minutes: 205 * 60,
    });
    await pathwayRows.mission(t.db, ai.id, p.id, host.id, {
      startDate: addDays(today, -20),
      endDate: addDays(today, -1),
      minutes: 205 * 60,
    });
    await pathwayRows.mission(t.db, ai.id, p.id, host.id, {
      startDate: addMonths(today, -30),
      endDate: addMonths(today, -25),
      minutes: 300 * 60,
    });
    await pathwayRows.mission(t.db, ai.id, p.id, otherHost.id, {
      startDate: addDays(today, -20),
      endDate: addDays(today, -1),
      minutes: 300 * 60,
    });
    await pathwayRows.mission(t.db, ai.id, p.id, host.id, {
      kind: 'TEST',
      startDate: addDays(today, -20),
      endDate: addDays(today, -1),
      minutes: 100 * 60,
    });
    const r = await alertsOf(counsellor, p.id);
    expect(r.alerts).toEqual([expect.objectContaining({ code: 'PLACEMENT_CAP_NEAR', severity: 'warning' })]);
    expect(r.alerts[0].message).toMatch(/^410 h de mise à disposition .* 480 h \(reste 70 h\)/);
  });

  it('the placement cap is an AI rule: the same hours in an ACI raise no alert', async () => {
    const u = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: aci.id });
    const c = t.client();
    await c.signIn(u.email, u.password);
    const p = await buildPerson(t.db, aci.id, { stage: PathwayStage.TRAINING });
    await pathwayRows.mission(t.db, aci.id, p.id, host.id, {
      startDate: addDays(today, -20),
      endDate: addDays(today, -1),
      minutes: 410 * 60,
    });
    expect((await alertsOf(c, p.id)).alerts).toEqual([]);
  });

  it('hired 6 months ago without a check → FOLLOW_UP_DUE for the 6-month check; once done, nothing until the 12-month one', async () => {
    const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.EXITED });
    const start = addDays(addMonths(today, -6), -3);
    const hire = await pathwayRows.hire(t.db, ai.id, p.id, { startDate: start });
    const r = await alertsOf(counsellor, p.id);
    expect(r.alerts).toEqual([
      expect.objectContaining({
        code: 'FOLLOW_UP_DUE',
        severity: 'danger',
        dueDate: addMonths(start, 6),
        message: expect.stringMatching(/Suivi à 6 mois de l’embauche en retard de 3 jours/),
      }),
    ]);
    await pathwayRows.retentionCheck(t.db, ai.id, p.id, hire.id, { monthsAfter: 6, checkedOn: today });
    expect((await alertsOf(counsellor, p.id)).alerts).toEqual([]);
  });

  it('no follow-up interview for 40 days → FOLLOW_UP_DUE, due 30 days after the last one (a confidential interview counts)', async () => {
    const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
    const last = addDays(today, -40);
    await pathwayRows.event(t.db, ai.id, p.id, { kind: 'FOLLOW_UP_INTERVIEW', occurredOn: addDays(today, -70) });
    await pathwayRows.event(t.db, ai.id, p.id, { kind: 'FOLLOW_UP_INTERVIEW', occurredOn: last, confidential: true });
    await pathwayRows.event(t.db, ai.id, p.id, { kind: 'TUTOR_MEETING', occurredOn: addDays(today, -2) });
    await pathwayRows.event(t.db, ai.id, p.id, { kind: 'FOLLOW_UP_INTERVIEW', occurredOn: addDays(today, 3) }); // planned, not held
    const r = await alertsOf(counsellor, p.id);
    expect(r.alerts).toEqual([
      expect.objectContaining({ code: 'FOLLOW_UP_DUE', severity: 'warning', dueDate: addDays(last, 30) }),
    ]);
    expect(r.alerts[0].message).toMatch(/Aucun entretien de suivi depuis 40 jours/);
  });

  it('an exited person keeps only the retention checks; alerts are sorted danger first and the next deadline is the earliest', async () => {
    const exited = await buildPerson(t.db, ai.id, { stage: PathwayStage.EXITED });
    await pathwayRows.pass(t.db, ai.id, exited.id, { number: '999992600003', endDate: addDays(today, 5) });
    expect((await alertsOf(counsellor, exited.id)).alerts).toEqual([]);

    const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.SECURING });
    const passEnd = addDays(today, 50);
    await pathwayRows.pass(t.db, ai.id, p.id, { number: '999992600004', endDate: passEnd });
    await pathwayRows.event(t.db, ai.id, p.id, { occurredOn: addDays(today, -45) });
    const hireStart = addDays(addMonths(today, -6), -1);
    await pathwayRows.hire(t.db, ai.id, p.id, { startDate: hireStart });
    const r = await alertsOf(counsellor, p.id);
    expect(r.alerts.map((a) => [a.code, a.severity, a.dueDate])).toEqual([
      ['FOLLOW_UP_DUE', 'danger', addMonths(hireStart, 6)],
      ['FOLLOW_UP_DUE', 'warning', addDays(today, -15)],
      ['PASS_ENDING', 'warning', passEnd],
    ]);
    expect(r.nextDeadline).toBe(addDays(today, -15));
  });

  it('a SUPERVISOR reads the alerts too', async () => {
    const p = await buildPerson(t.db, ai.id);
    await pathwayRows.pass(t.db, ai.id, p.id, { number: '999992600005', endDate: addDays(today, 20) });
    expect((await alertsOf(supervisor, p.id)).alerts.map((a) => a.code)).toEqual(['PASS_ENDING']);
  });

  it('facts are only ever read within the caller’s structure', async () => {
    const p = await buildPerson(t.db, ai.id);
    await pathwayRows.pass(t.db, ai.id, p.id, { number: '999992600006', endDate: addDays(today, 20) });
    await pathwayRows.hire(t.db, ai.id, p.id, { startDate: addMonths(today, -6) });
    const [own] = await gatherAlertFacts(new AlertsRepository(t.db), ai.id, [p.id], today);
    expect(own.passEndDate).toBe(addDays(today, 20));
    expect(await gatherAlertFacts(new AlertsRepository(t.db), aci.id, [p.id], today)).toEqual([NO_FACTS]);
  });

  describe('contrats de professionnalisation', () => {
    let certificationId: string;
    const CASELOAD = `query($filter: PersonFilter) { persons(first: 100, filter: $filter) { edges { node { id } } } }`;
    const withAlert = async (alert: string) =>
      (await counsellor.ok(CASELOAD, { filter: { alert } })).persons.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );

    beforeAll(async () => {
      certificationId = (await buildCertification(t.db)).id;
    });

    it('a draft starting in 3 days → CONTRACT_DEPOSIT_DUE (warning, due 5 days after the start), found by the caseload filter', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      const start = addDays(today, 3);
      await contractRows.contract(t.db, ai.id, p.id, {
        certificationId,
        startDate: start,
        endDate: addDays(start, 364),
      });
      const quiet = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      await contractRows.contract(t.db, ai.id, quiet.id, {
        certificationId,
        startDate: addDays(today, 6),
        endDate: addDays(today, 370),
      });
      const r = await alertsOf(counsellor, p.id);
      expect(r.alerts).toEqual([
        {
          code: 'CONTRACT_DEPOSIT_DUE',
          label: 'Contrat pro à déposer',
          severity: 'warning',
          message: expect.stringMatching(
            /déposez-le à l’OPCO au plus tard le .* \(dans 8 jours\), 5 jours après son début\.$/,
          ),
          dueDate: addDays(start, 5),
        },
      ]);
      expect(r.nextDeadline).toBe(addDays(start, 5));
      expect((await alertsOf(counsellor, quiet.id)).alerts).toEqual([]);
      const found = await withAlert('CONTRACT_DEPOSIT_DUE');
      expect(found).toContain(p.id);
      expect(found).not.toContain(quiet.id);
    });

    it('deposited 21 days ago without an answer → OPCO_DECISION_DUE (danger): silence is an acceptance to record', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      await contractRows.contract(t.db, ai.id, p.id, {
        certificationId,
        status: 'SUBMITTED',
        startDate: addDays(today, -25),
        endDate: addDays(today, 339),
        submittedOn: addDays(today, -21),
      });
      expect((await alertsOf(counsellor, p.id)).alerts).toEqual([
        expect.objectContaining({
          code: 'OPCO_DECISION_DUE',
          severity: 'danger',
          dueDate: addDays(today, -1),
          message:
            `L’OPCO n’a pas répondu au dépôt du ${formatIsoDateFr(addDays(today, -21))} : le silence vaut acceptation ` +
            `depuis le ${formatIsoDateFr(addDays(today, -1))} : enregistrez la décision.`,
        }),
      ]);
      expect(await withAlert('OPCO_DECISION_DUE')).toContain(p.id);
    });

    it('a running contract ending in 20 days without training attended → CONTRACT_ENDING and TRAINING_BEHIND', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      await contractRows.contract(t.db, ai.id, p.id, {
        certificationId,
        status: 'ACTIVE',
        startDate: addDays(today, -344),
        endDate: addDays(today, 20),
      });
      expect((await alertsOf(counsellor, p.id)).alerts.map((a) => [a.code, a.severity, a.dueDate])).toEqual([
        ['CONTRACT_ENDING', 'warning', addDays(today, 20)],
        ['TRAINING_BEHIND', 'warning', null],
      ]);
      expect(await withAlert('TRAINING_BEHIND')).toContain(p.id);
      expect(await withAlert('CONTRACT_ENDING')).toContain(p.id);
    });

    it('attendance at TRAINING sessions of the contract period keeps TRAINING_BEHIND away', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.TRAINING });
      // 365 days from 9 days ago, 36 500 min planned: 1 000 expected today; 900 attended is exactly 10 % behind.
      await contractRows.contract(t.db, ai.id, p.id, {
        certificationId,
        status: 'ACTIVE',
        startDate: addDays(today, -9),
        endDate: addDays(today, 355),
        plannedTrainingMinutes: 36_500,
      });
      const session = await pathwayRows.session(t.db, ai.id, {
        kind: 'TRAINING',
        sessionDate: addDays(today, -1),
        plannedMinutes: 900,
      });
      await pathwayRows.attendance(t.db, ai.id, p.id, session.id, { minutesAttended: 900 });
      expect((await alertsOf(counsellor, p.id)).alerts).toEqual([]);
      await t.db.getRepository(SessionAttendanceEntity).update({ sessionId: session.id }, { minutesAttended: 899 });
      expect((await alertsOf(counsellor, p.id)).alerts.map((a) => a.code)).toEqual(['TRAINING_BEHIND']);
    });

    it('an open break follow-up → CONTRACT_BREAK_FOLLOW_UP, even after the exit; none once closed', async () => {
      const p = await buildPerson(t.db, ai.id, { stage: PathwayStage.EXITED });
      const k = await contractRows.contract(t.db, ai.id, p.id, {
        certificationId,
        status: 'BROKEN',
        startDate: addDays(today, -100),
        endDate: addDays(today, 264),
        brokenOn: addDays(today, -10),
      });
      const f = await contractRows.followUp(t.db, ai.id, p.id, k.id, { dueOn: addDays(today, 5) });
      expect((await alertsOf(counsellor, p.id)).alerts).toEqual([
        expect.objectContaining({ code: 'CONTRACT_BREAK_FOLLOW_UP', severity: 'warning', dueDate: addDays(today, 5) }),
      ]);
      expect(await withAlert('CONTRACT_BREAK_FOLLOW_UP')).toContain(p.id);
      await t.db.getRepository(ContractBreakFollowUpEntity).update({ id: f.id }, { closedOn: today });
      expect((await alertsOf(counsellor, p.id)).alerts).toEqual([]);
    });

    it('gathers contract facts in one statement whatever the number of persons, within the caller’s structure', async () => {
      const persons: string[] = [];
      for (let i = 0; i < 12; i++) {
        const p = await buildPerson(t.db, ai.id);
        await contractRows.contract(t.db, ai.id, p.id, {
          certificationId,
          status: 'ACTIVE',
          startDate: addDays(today, -30),
          endDate: addDays(today, 10),
        });
        persons.push(p.id);
      }
      const { statements: few } = await t.statementsOf(() =>
        gatherAlertFacts(new AlertsRepository(t.db), ai.id, persons.slice(0, 2), today),
      );
      const { result: facts, statements: many } = await t.statementsOf(() =>
        gatherAlertFacts(new AlertsRepository(t.db), ai.id, persons, today),
      );
      expect(many).toBe(few);
      expect(few).toBe(1);
      expect(facts.every((f) => f.contracts.length === 1 && f.contracts[0].status === 'ACTIVE')).toBe(true);
      expect(await gatherAlertFacts(new AlertsRepository(t.db), aci.id, persons.slice(0, 1), today)).toEqual([
        NO_FACTS,
      ]);
    });
  });
});
