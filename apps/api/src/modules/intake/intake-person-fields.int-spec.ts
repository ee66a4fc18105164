import {
  buildCertification,
  buildDiagnosis,
  buildPassIae,
  buildPerson,
  buildReferral,
  buildStructure,
  buildUser,
  setTargetCertification,
  type GraphqlClient,
} from '@tremplin/api-testing';
import { EligibilityCriterionCode as C, PrescriberKind, Role, StructureKind } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const PAGE = `query($first: Int) { persons(first: $first) { edges { node { id
  referral { prescriberKind }
  eligibilityDiagnoses { criteria { code } }
  passIae { suspensions { id } }
  targetCertification { blocks { id } }
} } } }`;

interface Page {
  persons: {
    edges: {
      node: {
        referral: { prescriberKind: string } | null;
        eligibilityDiagnoses: { criteria: { code: string }[] }[];
        passIae: { suspensions: { id: string }[] } | null;
        targetCertification: { blocks: { id: string }[] } | null;
      };
    }[];
  };
}

describe('intake and certification fields of a caseload page', () => {
  let t: TestApp;
  let c: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    const s = await buildStructure(t.db, { kind: StructureKind.ACI });
    const other = await buildStructure(t.db, { kind: StructureKind.ACI });
    const certifications = [
      await buildCertification(t.db, { blocks: 3 }),
      await buildCertification(t.db, { blocks: 2 }),
    ];
    for (let i = 0; i < 40; i++) {
      const p = await buildPerson(t.db, s.id, { lastName: `Caseload${String(i).padStart(2, '0')}` });
      await buildReferral(t.db, s.id, p.id, { prescriberKind: i % 2 ? PrescriberKind.CSAPA : PrescriberKind.PLIE });
      await buildDiagnosis(t.db, s.id, p.id, {
        criteria: [{ code: C.QPV_RESIDENT }, { code: C.LOW_QUALIFICATION }, { code: C.HOMELESS }],
      });
      await buildDiagnosis(t.db, s.id, p.id, { diagnosedOn: '2025-06-01', criteria: [{ code: C.RSA }] });
      await buildPassIae(t.db, s.id, p.id, { suspensions: [{ startDate: '2026-02-01', endDate: '2026-02-10' }] });
      await setTargetCertification(t.db, p.id, certifications[i % 2].id);
    }
    // Records of another structure must never be mixed in.
    const stranger = await buildPerson(t.db, other.id);
    await buildReferral(t.db, other.id, stranger.id);
    const user = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
    c = t.client();
    await c.signIn(user.email, user.password);
  });
  afterAll(() => t?.close());

  const statements = async (first: number) => {
    await c.ok(`{ me { id } }`);
    const { result: page, statements: count } = await t.statementsOf(() => c.ok<Page>(PAGE, { first }));
    expect(page.persons.edges).toHaveLength(first);
    for (const { node } of page.persons.edges) {
      expect(node.referral).not.toBeNull();
      expect(node.eligibilityDiagnoses.map((d) => d.criteria.length)).toEqual([3, 1]);
      expect(node.passIae?.suspensions).toHaveLength(1);
      expect(node.targetCertification?.blocks.length).toBeGreaterThanOrEqual(2);
    }
    return count;
  };

  it('issues the same number of SQL statements for 5 and for 40 persons', async () => {
    const small = await statements(5);
    const large = await statements(40);
    expect(large).toBe(small);
    // session + page + count + referral + diagnoses + criteria + PASS + suspensions + certification + blocks
    expect(small).toBeLessThanOrEqual(10);
  });
});
