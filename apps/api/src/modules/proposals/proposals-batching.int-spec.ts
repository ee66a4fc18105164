import {
  buildCertification,
  buildHiringNeed,
  buildPartnerOrganisation,
  buildPartnership,
  buildPartnerSite,
  buildPerson,
  buildProposal,
  buildStructure,
  type GraphqlClient,
  setTargetCertification,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import { startTestApp, type TestApp } from '../../testing/test-app';

const PAGE = `query($first: Int) { portalProposals(first: $first) { totalCount items { id traineeName structureName certificationTitle
  hiringNeed { id jobTitle site { name } partnerOrganisation { name } } } } }`;

describe('portalProposals: SQL statements do not grow with the page size', () => {
  let t: TestApp;
  let reviewer: GraphqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    const landlord = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
    const cert = await buildCertification(t.db);
    for (const name of ['Rouen Insertion', 'Elbeuf Emploi']) {
      const s = await buildStructure(t.db, { name });
      await buildPartnership(t.db, s.id, landlord.id);
      for (let i = 0; i < 15; i++) {
        const site = await buildPartnerSite(t.db, landlord.id);
        const need = await buildHiringNeed(t.db, landlord.id, { siteId: site.id });
        const p = await buildPerson(t.db, s.id);
        await setTargetCertification(t.db, p.id, cert.id);
        await buildProposal(t.db, s.id, p.id, need.id);
      }
    }
    reviewer = await signedInAsReviewer(t, landlord.id);
  });
  afterAll(() => t?.close());

  it('3 proposals and 30 proposals cost the same number of statements, one audit INSERT each', async () => {
    const statements = async (first: number) => {
      await reviewer.ok(`{ me { id } }`);
      const {
        result: { portalProposals },
        statements: count,
      } = await t.statementsOf(() => reviewer.ok(PAGE, { first }));
      expect(portalProposals.totalCount).toBe(30);
      expect(portalProposals.items).toHaveLength(first);
      for (const item of portalProposals.items) {
        expect(item.certificationTitle).toMatch(/^Certification de test/);
        expect(item.hiringNeed.site.name).toMatch(/^Résidence/);
        expect(item.hiringNeed.partnerOrganisation.name).toBe('Rouen Habitat');
      }
      return count;
    };
    const small = await statements(3);
    const large = await statements(30);
    expect(large).toBe(small);
    // session + BEGIN + page + count + audit INSERT + COMMIT + needs + sites + organisations
    expect(small).toBeLessThanOrEqual(10);
    expect(await t.db.getRepository(AuditLogEntity).countBy({ action: 'PARTNER_READ_TRAINEE' })).toBe(33);
  });
});
