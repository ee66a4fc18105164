import { buildPerson, buildStructure } from '@tremplin/api-testing';
import { StructureKind } from '@tremplin/domain';
import {
  diagnosisValidity,
  insertGeiqDiagnosis,
  insertMonthProlongations,
  insertOneDaySuspension,
  insertPassBeforeToTheDay,
  passEnd,
  prolongationPeriods,
} from '../../testing/repositories/database-migrations.repository';
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
      const passId = await insertPassBeforeToTheDay(t.db, ai.id, p.id);
      // Former count: a one-day suspension added one day; prolongations added months all at once.
      await insertOneDaySuspension(t.db, ai.id, passId);
      await insertMonthProlongations(t.db, ai.id, passId);
      await insertGeiqDiagnosis(t.db, geiq.id, q.id);

      runner = t.db.createQueryRunner();
      await migration.up(runner);
      await runner.release();

      expect(await prolongationPeriods(t.db, passId)).toEqual([
        // 2024-02-01 + 729 days + 0 (one-day suspension) = 2026-01-30, then + 1 month, + 2 months (month ends kept).
        { reason: 'COMPLETE_TRAINING', start: '2026-01-30', end: '2026-02-28' },
        { reason: 'RQTH', start: '2026-02-28', end: '2026-03-30' },
      ]);
      const pass = await passEnd(t.db, passId);
      expect(pass).toEqual({ end: '2026-03-30', official_end_date: null });
      const diagnosis = await diagnosisValidity(t.db, q.id);
      expect(diagnosis).toEqual({ until: '2026-07-14' });
    } finally {
      await runner.release();
    }
  });
});
