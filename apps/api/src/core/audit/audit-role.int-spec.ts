import {
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPerson,
  buildProposal,
  buildStructure,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import {
  AUDIT_LOG_TAMPERING_BY_APP_ROLE,
  currentRoleOverAuditLog,
  MIGRATIONS_RECORD,
} from '../../testing/repositories/core-audit.repository';
import { sqlStateOf } from '../../testing/repositories/database-statements.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { AuditLogEntity } from './audit-log.entity';

/**
 * As in production: the schema owner migrates (`MIGRATION_DATABASE_URL`) and the application connects as a role of
 * its own (`DATABASE_URL`). That role adds to the audit log but can neither change nor empty it — not even by
 * switching off or dropping the trigger (it owns nothing) or by skipping triggers (not a superuser). A superuser
 * bypasses grants, and only the trigger stops it (`audit.int-spec.ts`); PGlite has a single role, so this is a
 * PostgreSQL test.
 */
const onPostgresServer = Boolean(process.env['DATABASE_URL']);

(onPostgresServer ? describe : describe.skip)('the audit log, with the application’s own database role', () => {
  let t: TestApp;
  let personId: string;

  const codeOf = (sql: string) => sqlStateOf(t.db, sql);
  const log = () => t.db.getRepository(AuditLogEntity).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp({}, { ownRole: true });
    const s = await buildStructure(t.db);
    const landlord = await buildPartnerOrganisation(t.db);
    personId = (await buildPerson(t.db, s.id)).id;
    await buildProposal(t.db, s.id, personId, (await buildHiringNeed(t.db, landlord.id)).id);
    await buildMission(t.db, s.id, personId, landlord.id);
    const reviewer = await signedInAsReviewer(t, landlord.id);
    // The application works as this role: a partner's read of a proposed trainee is written to the log.
    await reviewer.ok(`{ portalMissions { totalCount } }`);
  });
  afterAll(() => t?.close());

  it('is not a superuser and owns nothing', async () => {
    expect(await currentRoleOverAuditLog(t.db)).toEqual({ rolsuper: false, owner: false });
  });

  it('adds to the log: the partner’s read is there', async () => {
    const rows = await t.db.getRepository(AuditLogEntity).find({ select: { action: true }, where: { personId } });
    expect(rows.map(({ action }) => ({ action }))).toEqual([{ action: 'PARTNER_READ_TRAINEE' }]);
  });

  it('cannot update, delete, empty, unprotect or skip the trigger of the log', async () => {
    const before = await log();
    const attempts = AUDIT_LOG_TAMPERING_BY_APP_ROLE;
    for (const [sql, code] of attempts) expect({ sql, code: await codeOf(sql) }).toEqual({ sql, code });
    expect(await log()).toEqual(before);
  });

  it('reads but does not write the record of migrations', async () => {
    expect(await codeOf(MIGRATIONS_RECORD.read)).toBeNull();
    expect(await codeOf(MIGRATIONS_RECORD.delete)).toBe('42501');
  });
});
