import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Planner statistics and one covering index, found by the benchmark (docs/benchmarks.md).
 *
 * Extended statistics telling the planner that a person belongs to one structure (and a counsellor to one structure).
 * Every person-owned table is filtered on `structure_id = $1 AND person_id = ANY($2)`: assumed independent, the two
 * conditions multiply their selectivities and the planner expects ~1 row where a caseload page has thousands of
 * attendance lines — and then picks nested loops that cost 5× the hash join it would otherwise choose
 * (docs/benchmarks.md). `dependencies` corrects the estimate; `ndistinct` the GROUP BY person estimates.
 */
const PERSON_TABLES = [
  'session_attendance',
  'pathway_event',
  'mission',
  'skills_evaluation',
  'stage_transition',
  'tutoring',
  'eligibility_diagnosis',
  'referral',
  'admission_decision',
  'pass_iae',
  'employment_contract',
  'proposal_event',
  'fse_participant',
  'professionalisation_contract',
  'pathway_exit',
  'proposal',
  'hire',
  'retention_check',
  'exam_session',
  'immersion',
] as const;

export class PlannerStatistics1795430000000 implements MigrationInterface {
  name = 'PlannerStatistics1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of PERSON_TABLES)
      await queryRunner.query(
        `CREATE STATISTICS "STAT_${table}_person" (dependencies, ndistinct) ON "structure_id", "person_id" FROM "${table}"`,
      );
    await queryRunner.query(
      `CREATE STATISTICS "STAT_person_counsellor" (dependencies, ndistinct) ON "structure_id", "counsellor_id" FROM "person"`,
    );
    // A person's attendance lines, covering: their sessions and minutes are read from the index alone.
    await queryRunner.query(`DROP INDEX "IDX_session_attendance_person"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_session_attendance_person" ON "session_attendance" ("structure_id", "person_id") INCLUDE ("session_id", "minutes_attended")`,
    );
    // Statistics are filled by the next ANALYZE (autovacuum's, or this one on a database that already has rows).
    await queryRunner.query(`ANALYZE ${[...PERSON_TABLES, 'person'].map((t) => `"${t}"`).join(', ')}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_session_attendance_person"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_session_attendance_person" ON "session_attendance" ("structure_id", "person_id")`,
    );
    await queryRunner.query(`DROP STATISTICS "STAT_person_counsellor"`);
    for (const table of [...PERSON_TABLES].reverse()) await queryRunner.query(`DROP STATISTICS "STAT_${table}_person"`);
  }
}
