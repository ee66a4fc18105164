import {
  buildCertification,
  buildExamSession,
  buildExit,
  buildHire,
  buildPartnerOrganisation,
  buildPerson,
  buildRetentionCheck,
  buildStageTransition,
  buildStructure,
  buildUser,
  type GraphqlClient,
  outcomeEvidence,
  setTargetCertification,
} from '@tremplin/api-testing';
import { PathwayStage, Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const PAGE = `query($first: Int) { persons(first: $first) { edges { node { id
  stageHistory { effectiveOn author { fullName } }
  nextStageGate { toStage missing }
  hires { employerOrganisation { name } retentionChecks { id } nextRetentionCheck { dueOn } }
  examSessions { certification { title } outcome results { result block { code } } }
  certificationOutcome
  exit { category reasonLabel warnings presence { minutesWorked annex { reference } hours { label minutes } } }
} } } }`;

interface Page {
  persons: {
    edges: {
      node: {
        stageHistory: { author: { fullName: string } | null }[];
        nextStageGate: { missing: string[] } | null;
        hires: { retentionChecks: { id: string }[] }[];
        examSessions: { results: { result: string }[] }[];
        exit: { category: string; presence: { hours: { minutes: number }[] }; warnings: string[] } | null;
      };
    }[];
  };
}

describe('outcome and stage fields of a caseload page: SQL statements do not grow with the page size', () => {
  let t: TestApp;
  let c: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    const s = await buildStructure(t.db);
    const user = await buildUser(t.db, {
      role: Role.COUNSELLOR,
      structureId: s.id,
      firstName: 'Claire',
      lastName: 'Alpha',
    });
    const host = await buildPartnerOrganisation(t.db);
    const cert = await buildCertification(t.db, { blocks: 3 });
    for (let i = 0; i < 40; i++) {
      const exited = i % 4 === 0;
      const p = await buildPerson(t.db, s.id, { stage: exited ? PathwayStage.EXITED : PathwayStage.TRAINING });
      await setTargetCertification(t.db, p.id, cert.id);
      await outcomeEvidence.admission(t.db, s.id, p.id);
      await buildStageTransition(t.db, s.id, p.id, { effectiveOn: '2026-02-01', createdById: user.id });
      const hire = await buildHire(t.db, s.id, p.id, { employerOrganisationId: host.id });
      await buildRetentionCheck(t.db, s.id, p.id, hire.id, { monthsAfter: 6 });
      await buildRetentionCheck(t.db, s.id, p.id, hire.id, { monthsAfter: 12, checkedOn: '2027-03-01' });
      await buildExamSession(t.db, s.id, p.id, cert.id, {
        results: cert.blockIds.map((blockId) => ({ blockId, result: 'FULL' })),
      });
      if (exited) {
        await buildStageTransition(t.db, s.id, p.id, {
          fromStage: 'TRAINING',
          toStage: 'EXITED',
          effectiveOn: '2026-08-31',
          createdById: user.id,
        });
        await buildExit(t.db, s.id, p.id);
        await outcomeEvidence.mission(t.db, s.id, p.id, host.id, { startDate: '2026-03-02', minutes: 150 * 60 });
        await outcomeEvidence.attendance(t.db, s.id, p.id, { sessionDate: '2026-04-10' });
      }
    }
    c = t.client();
    await c.signIn(user.email, user.password);
  });
  afterAll(() => t?.close());

  it('5 persons and 40 persons cost the same number of statements', async () => {
    const statements = async (first: number) => {
      await c.ok(`{ me { id } }`);
      const { result: page, statements: count } = await t.statementsOf(() => c.ok<Page>(PAGE, { first }));
      const nodes = page.persons.edges.map((e) => e.node);
      expect(nodes).toHaveLength(first);
      // Every field is really loaded (an empty page of fields would trivially cost nothing).
      for (const n of nodes) {
        expect(n.stageHistory.length).toBeGreaterThan(0);
        expect(n.stageHistory.every((h) => h.author?.fullName === 'Claire Alpha')).toBe(true);
        expect(n.hires[0].retentionChecks).toHaveLength(2);
        expect(n.examSessions[0].results).toHaveLength(3);
        expect(n.exit === null).toBe(n.nextStageGate !== null);
        if (n.exit) expect(n.exit.presence.hours.length).toBeGreaterThan(0);
      }
      return count;
    };
    const small = await statements(5);
    const large = await statements(40);
    // session + page + count + stage history + users + evidence + hires + organisations + checks + sessions
    // + certifications + results + outcome + exits + the exits' presence facts (hours counted, hires, contracts)
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(15);
  });
});
