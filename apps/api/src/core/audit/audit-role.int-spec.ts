import {
  buildHiringNeed,
  buildMission,
  buildPartnerOrganisation,
  buildPerson,
  buildProposal,
  buildStructure,
  signedInAsReviewer,
} from '@tremplin/api-testing';
import { startTestApp, type TestApp } from '../../testing/test-app';

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

  const codeOf = (sql: string) =>
    t.db.query(sql).then(
      () => null,
      (e: { driverError?: { code?: string }; code?: string }) => e.driverError?.code ?? e.code ?? 'unknown',
    );

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
    const [row] = await t.db.query(
      `SELECT r.rolsuper, pg_has_role(current_user, c.relowner, 'USAGE') AS owner
         FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'audit_log'::regclass`,
    );
    expect(row).toEqual({ rolsuper: false, owner: false });
  });

  it('adds to the log: the partner’s read is there', async () => {
    const rows = await t.db.query(`SELECT action FROM audit_log WHERE person_id = $1`, [personId]);
    expect(rows).toEqual([{ action: 'PARTNER_READ_TRAINEE' }]);
  });

  it('cannot update, delete, empty, unprotect or skip the trigger of the log', async () => {
    const before = await t.db.query(`SELECT * FROM audit_log ORDER BY id`);
    const attempts: [string, string][] = [
      [`UPDATE audit_log SET action = 'PROPOSAL_SENT'`, '42501'], // insufficient_privilege
      [`DELETE FROM audit_log`, '42501'],
      [`TRUNCATE audit_log`, '42501'],
      [`ALTER TABLE audit_log DISABLE TRIGGER USER`, '42501'], // must be owner
      [`DROP TRIGGER "TRG_audit_log_no_update_delete" ON audit_log`, '42501'],
      [`DROP TABLE audit_log`, '42501'],
      [`SET session_replication_role = replica`, '42501'], // superuser only
    ];
    for (const [sql, code] of attempts) expect({ sql, code: await codeOf(sql) }).toEqual({ sql, code });
    expect(await t.db.query(`SELECT * FROM audit_log ORDER BY id`)).toEqual(before);
  });

  it('reads but does not write the record of migrations', async () => {
    expect(await codeOf(`SELECT count(*) FROM typeorm_migrations`)).toBeNull();
    expect(await codeOf(`DELETE FROM typeorm_migrations`)).toBe('42501');
  });
});
