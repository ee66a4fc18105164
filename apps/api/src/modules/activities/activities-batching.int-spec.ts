import {
  buildAttendance,
  buildCertification,
  buildCollectiveSession,
  buildMission,
  buildPartnerOrganisation,
  buildPathwayEvent,
  buildPerson,
  buildSkillsEvaluation,
  buildStructure,
  buildTutor,
  buildTutoring,
  type GraphqlClient,
  setTargetCertification,
  signedInAs,
} from '@tremplin/api-testing';
import { Role, StructureKind, TutorSide } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { AdmissionDecisionEntity, EmploymentContractEntity, ImmersionEntity } from './activity.entities';

const PAGE = `query($first: Int) { persons(first: $first) { edges { node { id
  admissionDecisions { outcomeLabel }
  employmentContracts { kindLabel }
  immersions { hostName hostOrganisation { name } }
  missions { kindLabel hostOrganisation { name } placementStatus { level } }
  placementTotals { level hostOrganisation { name } }
  attendances { minutesAttended session { title certificationBlock { code } attendances { person { lastName } } } }
  trainingHours { plannedMinutes attendedMinutes plannedToDateMinutes }
  tutorings { active tutor { fullName activeTraineeCount partnerOrganisation { name } } }
  skillsProgress { level block { code } history { evaluatorName } }
  events { title author { fullName } }
} } } }`;

interface Page {
  persons: { edges: { node: Record<string, unknown[]> & { id: string } }[] };
}

describe('activities: Person fields are batched', () => {
  let t: TestApp;
  let c: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    const s = await buildStructure(t.db, { kind: StructureKind.AI });
    const counsellor = await signedInAs(t, Role.COUNSELLOR, s.id);
    c = counsellor;
    const hosts = [await buildPartnerOrganisation(t.db), await buildPartnerOrganisation(t.db)];
    const tutors = [
      await buildTutor(t.db, s.id, { side: TutorSide.HOST, partnerOrganisationId: hosts[0].id }),
      await buildTutor(t.db, s.id, { side: TutorSide.STRUCTURE }),
      await buildTutor(t.db, s.id, { side: TutorSide.STRUCTURE }),
    ];
    const cert = await buildCertification(t.db, { blocks: 3 });
    const sessions = [
      await buildCollectiveSession(t.db, s.id, { certificationBlockId: cert.blockIds[0] }),
      await buildCollectiveSession(t.db, s.id, { sessionDate: '2026-03-02', certificationBlockId: cert.blockIds[1] }),
    ];
    for (let i = 0; i < 40; i++) {
      const p = await buildPerson(t.db, s.id, { lastName: `Lot${String(i).padStart(2, '0')}` });
      await buildMission(t.db, s.id, p.id, hosts[i % 2].id);
      await buildMission(t.db, s.id, p.id, hosts[(i + 1) % 2].id, { startDate: '2026-02-02', endDate: '2026-02-06' });
      await buildAttendance(t.db, s.id, sessions[i % 2].id, p.id);
      await buildTutoring(t.db, s.id, p.id, tutors[i % 3].id);
      await setTargetCertification(t.db, p.id, cert.id);
      await buildSkillsEvaluation(t.db, s.id, p.id, cert.blockIds[i % 3]);
      await buildPathwayEvent(t.db, s.id, p.id, { createdById: counsellor.userId });
      await buildPathwayEvent(t.db, s.id, p.id, { confidential: true, createdById: counsellor.userId });
      await t.db
        .getRepository(AdmissionDecisionEntity)
        .insert({ structureId: s.id, personId: p.id, decidedOn: '2026-01-10', outcome: 'ADMITTED' });
      await t.db.getRepository(EmploymentContractEntity).insert({
        structureId: s.id,
        personId: p.id,
        kind: 'CDD_USAGE',
        startDate: '2026-01-12',
        weeklyMinutes: 1560,
      });
      await t.db.getRepository(ImmersionEntity).insert({
        structureId: s.id,
        personId: p.id,
        hostOrganisationId: hosts[i % 2].id,
        hostName: 'Bailleur',
        hostTutorName: 'Tutrice',
        objective: 'DISCOVER_JOB',
        startDate: '2025-12-01',
        endDate: '2025-12-12',
      });
    }
  });
  afterAll(() => t?.close());

  it('issues the same number of SQL statements for 5 and for 40 persons', async () => {
    const statements = async (first: number) => {
      await c.ok(`{ me { id } }`);
      const { result: page, statements } = await t.statementsOf(() => c.ok<Page>(PAGE, { first }));
      const nodes = page.persons.edges.map((e) => e.node);
      expect(nodes).toHaveLength(first);
      // Every field has data on every row: the count covers real work, not empty lists.
      for (const n of nodes)
        for (const field of [
          'admissionDecisions',
          'employmentContracts',
          'immersions',
          'missions',
          'placementTotals',
          'attendances',
          'tutorings',
          'skillsProgress',
          'events',
        ])
          expect(n[field].length).toBeGreaterThan(0);
      return statements;
    };
    const small = await statements(5);
    const large = await statements(40);
    expect(large).toBe(small);
    // session + page + count + structure + one statement per batched field or relation.
    expect(small).toBeLessThanOrEqual(25);
  });
});
