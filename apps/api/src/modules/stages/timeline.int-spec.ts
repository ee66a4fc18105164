import {
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  buildUser,
  pathwayRows,
  type GraphqlClient,
} from '@tremplin/api-testing';
import { Role, StructureKind } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { TimelineService } from './timeline.service';

const TIMELINE = `query($id: ID!) { person(id: $id) { id timeline { id date kind kindLabel title detail confidential } } }`;
const CASELOAD = `query { persons(first: 100) { edges { node { id timeline { id kind } } } } }`;

interface Entry {
  id: string;
  date: string;
  kind: string;
  kindLabel: string;
  title: string;
  detail: string | null;
  confidential: boolean;
}

describe('Person.timeline: everything about the person, newest first, masked by role', () => {
  let t: TestApp;
  let counsellor: GraphqlClient;
  let supervisor: GraphqlClient;
  let otherStructure: GraphqlClient;
  let a: { id: string };
  let b: { id: string };
  let person: { id: string };
  let personB: { id: string };
  const ids: Record<string, string> = {};

  const timelineOf = async (c: GraphqlClient, id: string) =>
    (await c.ok<{ person: { timeline: Entry[] } }>(TIMELINE, { id })).person.timeline;

  beforeAll(async () => {
    t = await startTestApp();
    a = await buildStructure(t.db, { name: 'AI Rouen', kind: StructureKind.AI });
    b = await buildStructure(t.db, { name: 'AI Le Havre', kind: StructureKind.AI });
    const host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    const cert = await pathwayRows.certification(t.db, { title: 'CAP Gardien d’immeuble', blocks: 2 });
    const uc = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: a.id });
    const us = await buildUser(t.db, { role: Role.SUPERVISOR, structureId: a.id });
    const ub = await buildUser(t.db, { role: Role.DIRECTOR, structureId: b.id });
    counsellor = t.client();
    await counsellor.signIn(uc.email, uc.password);
    supervisor = t.client();
    await supervisor.signIn(us.email, us.password);
    otherStructure = t.client();
    await otherStructure.signIn(ub.email, ub.password);

    const s = a.id;
    person = await buildPerson(t.db, s, { firstName: 'Karim', lastName: 'Benali' });
    const p = person.id;
    ids.referral = (
      await pathwayRows.referral(t.db, s, p, {
        prescriberKind: 'SPIP',
        organisation: 'SPIP de Seine-Maritime',
        referredOn: '2026-01-05',
      })
    ).id;
    ids.diagnosis = (
      await pathwayRows.diagnosis(t.db, s, p, {
        authorName: 'SPIP de Seine-Maritime',
        diagnosedOn: '2026-01-10',
        validUntil: '2026-07-09',
        criteria: [
          { code: 'RSA', proofDate: '2026-01-02' },
          { code: 'QPV_RESIDENT', proofDate: '2026-01-02' },
          { code: 'LOW_QUALIFICATION', proofDate: '2026-01-02' },
        ],
      })
    ).id;
    const pass = await pathwayRows.pass(t.db, s, p, { startDate: '2026-01-15', endDate: '2028-02-14' });
    ids.pass = pass.id;
    ids.suspension = (
      await pathwayRows.passSuspension(t.db, s, pass.id, { startDate: '2026-03-01', endDate: '2026-03-31' })
    ).id;
    ids.prolongation = (
      await pathwayRows.passProlongation(t.db, s, pass.id, {
        requestedOn: '2026-10-01',
        startDate: '2028-01-14',
        endDate: '2028-02-14',
      })
    ).id;
    ids.immersion = (
      await pathwayRows.immersion(t.db, s, p, {
        hostName: 'Résidence Les Tilleuls',
        startDate: '2026-01-19',
        endDate: '2026-01-23',
      })
    ).id;
    ids.selection = (
      await pathwayRows.event(t.db, s, p, {
        kind: 'SELECTION_INTERVIEW',
        occurredOn: '2026-01-12',
        title: 'Entretien de sélection avec la directrice',
      })
    ).id;
    ids.admission = (await pathwayRows.admission(t.db, s, p, { decidedOn: '2026-01-30', outcome: 'ADMITTED' })).id;
    // Recorded before the admission, on the same day as the contract: the pathway order decides, not the recording order.
    ids.contract = (
      await pathwayRows.employmentContract(t.db, s, p, {
        kind: 'PROFESSIONALISATION',
        startDate: '2026-02-01',
        endDate: '2027-01-31',
        weeklyMinutes: 35 * 60,
      })
    ).id;
    ids.transition = (
      await pathwayRows.stageTransition(t.db, s, p, {
        fromStage: 'RECRUITMENT',
        toStage: 'TRAINING',
        effectiveOn: '2026-02-01',
      })
    ).id;
    const tutor = await pathwayRows.tutor(t.db, s, {
      firstName: 'Paul',
      lastName: 'Gardien',
      side: 'HOST',
      partnerOrganisationId: host.id,
    });
    ids.tutoring = (
      await pathwayRows.tutoring(t.db, s, p, tutor.id, { startDate: '2026-02-01', endDate: '2026-06-30' })
    ).id;
    const session = await pathwayRows.session(t.db, s, {
      kind: 'TRAINING',
      title: 'Gestes et postures',
      sessionDate: '2026-02-10',
      plannedMinutes: 4 * 60,
    });
    ids.attendance = (await pathwayRows.attendance(t.db, s, p, session.id, { minutesAttended: 210 })).id;
    ids.mission = (
      await pathwayRows.mission(t.db, s, p, host.id, {
        kind: 'PLACEMENT',
        startDate: '2026-03-02',
        endDate: '2026-03-06',
        minutes: 35 * 60,
      })
    ).id;
    ids.followUp = (
      await pathwayRows.event(t.db, s, p, {
        kind: 'FOLLOW_UP_INTERVIEW',
        occurredOn: '2026-03-15',
        title: 'Point mensuel',
      })
    ).id;
    ids.confidential = (
      await pathwayRows.event(t.db, s, p, {
        kind: 'FOLLOW_UP_INTERVIEW',
        occurredOn: '2026-03-20',
        title: 'Note sur la situation familiale',
        notes: 'Violences conjugales',
        confidential: true,
      })
    ).id;
    ids.evaluation = (
      await pathwayRows.skillsEvaluation(t.db, s, p, cert.blockIds[0], {
        level: 'PROGRESSING',
        evaluatedOn: '2026-04-01',
      })
    ).id;
    ids.exam = (
      await pathwayRows.examSession(t.db, s, p, cert.id, {
        sessionDate: '2026-06-15',
        results: [
          { blockId: cert.blockIds[1], result: 'NONE' },
          { blockId: cert.blockIds[0], result: 'FULL' },
        ],
      })
    ).id;
    ids.exit = (
      await pathwayRows.exit(t.db, s, p, { exitDate: '2026-08-31', reason: 'CDI', category: 'SUSTAINABLE_JOB' })
    ).id;
    const hire = await pathwayRows.hire(t.db, s, p, {
      employerName: 'Rouen Habitat',
      contractType: 'CDI',
      startDate: '2026-09-01',
    });
    ids.hire = hire.id;
    ids.retention = (
      await pathwayRows.retentionCheck(t.db, s, p, hire.id, {
        monthsAfter: 6,
        checkedOn: '2027-03-01',
        stillEmployed: true,
      })
    ).id;

    // Another structure's person, with records of every kind.
    const hostB = await buildPartnerOrganisation(t.db, { name: 'Alcéane' });
    personB = await buildPerson(t.db, b.id, { lastName: 'Ailleurs' });
    await pathwayRows.everyKind(t.db, b.id, personB.id, hostB.id, cert, 2);
  });
  afterAll(() => t?.close());

  it('a COUNSELLOR sees every record, newest first, with French one-liners', async () => {
    const timeline = await timelineOf(counsellor, person.id);
    expect(timeline.map((e) => e.id)).toEqual([
      `RETENTION_CHECK:${ids.retention}`,
      `PASS_PROLONGATION:${ids.prolongation}`,
      `HIRE:${ids.hire}`,
      `EXIT:${ids.exit}`,
      `TUTORING_END:${ids.tutoring}`,
      `EXAM_SESSION:${ids.exam}`,
      `SKILLS_EVALUATION:${ids.evaluation}`,
      `FOLLOW_UP_INTERVIEW:${ids.confidential}`,
      `FOLLOW_UP_INTERVIEW:${ids.followUp}`,
      `MISSION:${ids.mission}`,
      `PASS_SUSPENSION:${ids.suspension}`,
      `SESSION_ATTENDANCE:${ids.attendance}`,
      `TUTORING_START:${ids.tutoring}`,
      `EMPLOYMENT_CONTRACT:${ids.contract}`,
      `STAGE_TRANSITION:${ids.transition}`,
      `ADMISSION_DECISION:${ids.admission}`,
      `IMMERSION:${ids.immersion}`,
      `PASS_IAE:${ids.pass}`,
      `SELECTION_INTERVIEW:${ids.selection}`,
      `ELIGIBILITY_DIAGNOSIS:${ids.diagnosis}`,
      `REFERRAL:${ids.referral}`,
    ]);
    const dates = timeline.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    const byId = new Map(timeline.map((e) => [e.id, e]));
    expect(byId.get(`MISSION:${ids.mission}`)).toEqual({
      id: `MISSION:${ids.mission}`,
      date: '2026-03-02',
      kind: 'MISSION',
      kindLabel: 'Mission',
      title: 'Mise à disposition chez Rouen Habitat — 35 h',
      detail: 'Du 02/03/2026 au 06/03/2026.',
      confidential: false,
    });
    expect(byId.get(`SESSION_ATTENDANCE:${ids.attendance}`)?.title).toBe(
      'Session de formation « Gestes et postures » — présent·e 3 h 30 sur 4 h',
    );
    expect(byId.get(`PASS_IAE:${ids.pass}`)?.title).toBe('PASS IAE n° 999992600001 : du 15/01/2026 au 14/02/2028');
    expect(byId.get(`PASS_SUSPENSION:${ids.suspension}`)?.title).toBe(
      'Suspension du PASS IAE du 01/03/2026 au 31/03/2026 (31 jours)',
    );
    expect(byId.get(`STAGE_TRANSITION:${ids.transition}`)?.title).toBe('Étape : Recrutement → Formation / alternance');
    expect(byId.get(`TUTORING_START:${ids.tutoring}`)?.title).toBe(
      'Début du tutorat avec Paul Gardien (tuteur·rice de l’entreprise d’accueil)',
    );
    expect(byId.get(`SKILLS_EVALUATION:${ids.evaluation}`)?.title).toBe(
      'Évaluation « BC01 — Bloc 1 » : En progression',
    );
    expect(byId.get(`EXAM_SESSION:${ids.exam}`)?.detail).toBe('BC01 — Bloc 1 : acquis ; BC02 — Bloc 2 : non acquis.');
    expect(byId.get(`HIRE:${ids.hire}`)?.title).toBe('Embauche chez Rouen Habitat (CDI) — 35 h par semaine');
    expect(byId.get(`RETENTION_CHECK:${ids.retention}`)?.title).toBe(
      'Suivi à 6 mois de l’embauche : toujours en poste',
    );
    expect(byId.get(`EXIT:${ids.exit}`)?.title).toBe('Sortie : Embauche en CDI (emploi durable)');
  });

  it('a COUNSELLOR sees the confidential note, the sensitive criterion and the sensitive prescriber, flagged confidential', async () => {
    const byId = new Map((await timelineOf(counsellor, person.id)).map((e) => [e.id, e]));
    expect(byId.get(`FOLLOW_UP_INTERVIEW:${ids.confidential}`)).toMatchObject({
      kindLabel: 'Entretien de suivi',
      title: 'Note sur la situation familiale',
      detail: 'Violences conjugales',
      confidential: true,
    });
    const diagnosis = byId.get(`ELIGIBILITY_DIAGNOSIS:${ids.diagnosis}`);
    expect(diagnosis).toMatchObject({ title: 'Diagnostic d’éligibilité : 3 critères', confidential: true });
    expect(diagnosis?.detail).toMatch(/Bénéficiaire du RSA/);
    expect(byId.get(`REFERRAL:${ids.referral}`)).toMatchObject({
      title: 'Orientation : SPIP (service pénitentiaire d’insertion et de probation)',
      detail: 'SPIP de Seine-Maritime',
      confidential: true,
    });
    expect(byId.get(`FOLLOW_UP_INTERVIEW:${ids.followUp}`)?.confidential).toBe(false);
  });

  it('a SUPERVISOR does not get the confidential note, nor the sensitive criterion’s name, nor the sensitive prescriber', async () => {
    const timeline = await timelineOf(supervisor, person.id);
    const ids2 = timeline.map((e) => e.id);
    expect(ids2).not.toContain(`FOLLOW_UP_INTERVIEW:${ids.confidential}`);
    expect(ids2).toContain(`FOLLOW_UP_INTERVIEW:${ids.followUp}`);
    expect(ids2).toContain(`MISSION:${ids.mission}`);
    expect(timeline).toHaveLength(20);
    const byId = new Map(timeline.map((e) => [e.id, e]));
    const diagnosis = byId.get(`ELIGIBILITY_DIAGNOSIS:${ids.diagnosis}`);
    expect(diagnosis?.title).toBe('Diagnostic d’éligibilité');
    expect(diagnosis?.detail).toMatch(/Critères sensibles non affichés pour votre rôle\.$/);
    expect(diagnosis?.detail).toMatch(/quartier prioritaire/);
    expect(byId.get(`REFERRAL:${ids.referral}`)).toMatchObject({ title: 'Orientation : Autre', detail: null });
    expect(timeline.every((e) => !e.confidential)).toBe(true);
    const text = JSON.stringify(timeline);
    for (const secret of ['RSA', 'SPIP', 'Seine-Maritime', 'situation familiale', 'Violences'])
      expect(text).not.toContain(secret);
  });

  it('another structure’s records never appear, and its person cannot be read', async () => {
    expect((await otherStructure.fail(TIMELINE, { id: person.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await counsellor.fail(TIMELINE, { id: personB.id })).extensions?.code).toBe('NOT_FOUND');
    const page = await counsellor.ok<{ persons: { edges: { node: { id: string; timeline: { id: string }[] } }[] } }>(
      CASELOAD,
    );
    expect(page.persons.edges.map((e) => e.node.id)).toEqual([person.id]);
    // The service itself filters by structure: structure A asking for B's person gets nothing.
    const service = t.app.get(TimelineService);
    const [fromA] = await service.timelineByPersons(a.id, [personB.id], { sensitive: true });
    expect(fromA).toEqual([]);
    const [fromB] = await service.timelineByPersons(b.id, [personB.id], { sensitive: true });
    expect(fromB.length).toBeGreaterThan(20);
  });

  it('batches the persons of a caseload page: each gets their own entries', async () => {
    const second = await buildPerson(t.db, a.id, { lastName: 'Zola' });
    await pathwayRows.referral(t.db, a.id, second.id, {
      prescriberKind: 'MISSION_LOCALE',
      organisation: 'Mission locale de Rouen',
    });
    const page = await counsellor.ok<{
      persons: { edges: { node: { id: string; timeline: { id: string; kind: string }[] } }[] };
    }>(CASELOAD);
    const byPerson = new Map(page.persons.edges.map((e) => [e.node.id, e.node.timeline]));
    expect(byPerson.get(second.id)?.map((e) => e.kind)).toEqual(['REFERRAL']);
    expect(byPerson.get(person.id)).toHaveLength(21);
  });
});
