import { buildPerson, buildStructure } from '@tremplin/api-testing';
import { StructureKind } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PassIaeToTheDay1795450000000 } from './1795450000000-PassIaeToTheDay';

/** The data conversion of the migration that puts the PASS IAE to the day (docs/domain/pass-iae.md). */
describe('migration PassIaeToTheDay1795450000000', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lays former prolongations in months end to end, recomputes PASS ends and GEIQ diagnoses’ validity', async () => {
    const migration = new PassIaeToTheDay1795450000000();
    // A runner per step, released before the other queries: on the embedded PostgreSQL the pool has one connection
    // (one shared session), and a runner kept open would make them wait for it.
    let runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.release();
      const ai = await buildStructure(t.db, { kind: StructureKind.AI });
      const geiq = await buildStructure(t.db, { kind: StructureKind.GEIQ });
      const p = await buildPerson(t.db, ai.id);
      const q = await buildPerson(t.db, geiq.id);
      const [{ id: passId }] = await t.db.query(
        `INSERT INTO pass_iae (structure_id, person_id, number, start_date, end_date)
         VALUES ($1, $2, '999992400001', '2024-02-01', '2026-03-31') RETURNING id`,
        [ai.id, p.id],
      );
      // Former count: a one-day suspension added one day; prolongations added months all at once.
      await t.db.query(
        `INSERT INTO pass_suspension (structure_id, pass_id, start_date, end_date, reason)
         VALUES ($1, $2, '2024-06-01', '2024-06-01', 'CONTRACT_SUSPENDED')`,
        [ai.id, passId],
      );
      await t.db.query(
        `INSERT INTO pass_prolongation (structure_id, pass_id, reason, months, requested_on)
         VALUES ($1, $2, 'COMPLETE_TRAINING', 1, '2025-06-01'), ($1, $2, 'RQTH', 1, '2025-07-01')`,
        [ai.id, passId],
      );
      await t.db.query(
        `INSERT INTO eligibility_diagnosis (structure_id, person_id, author, author_name, diagnosed_on, valid_until)
         VALUES ($1, $2, 'EMPLOYER', 'GEIQ', '2026-01-15', '2026-04-16')`,
        [geiq.id, q.id],
      );

      runner = t.db.createQueryRunner();
      await migration.up(runner);
      await runner.release();

      expect(
        await t.db.query(
          `SELECT reason, start_date::text AS start, end_date::text AS end FROM pass_prolongation
            WHERE pass_id = $1 ORDER BY requested_on`,
          [passId],
        ),
      ).toEqual([
        // 2024-02-01 + 729 days + 0 (one-day suspension) = 2026-01-30, then + 1 month, + 2 months (month ends kept).
        { reason: 'COMPLETE_TRAINING', start: '2026-01-30', end: '2026-02-28' },
        { reason: 'RQTH', start: '2026-02-28', end: '2026-03-30' },
      ]);
      const [pass] = await t.db.query(`SELECT end_date::text AS end, official_end_date FROM pass_iae WHERE id = $1`, [
        passId,
      ]);
      expect(pass).toEqual({ end: '2026-03-30', official_end_date: null });
      const [diagnosis] = await t.db.query(
        `SELECT valid_until::text AS until FROM eligibility_diagnosis WHERE person_id = $1`,
        [q.id],
      );
      expect(diagnosis).toEqual({ until: '2026-07-14' });
    } finally {
      await runner.release();
    }
  });
});
