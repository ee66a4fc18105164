import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PASS IAE and eligibility aligned on les emplois de l’inclusion (docs/domain/pass-iae.md, docs/domain/eligibility.md):
 * - a prolongation is a period to the day (`start_date`, the PASS end when it was granted, to `end_date`) instead of a
 *   number of months. Existing prolongations are laid end to end after the PASS end, in the order they were
 *   requested, each ending where the former month arithmetic put it (`months` summed from the PASS end);
 * - the PASS end is recomputed the platform's way: start + 729 days + (end − start) of each suspension and
 *   prolongation (a suspension no longer counts its last day);
 * - `official_end_date`: the end shown on les emplois, typed in when it differs; it wins (the end in force is
 *   `end_date`);
 * - a person may have several PASS IAE over time (a new one after the waiting period): the unique index on the
 *   person becomes a plain index;
 * - a GEIQ’s own diagnoses are valid 6 months (not 92 days): their `valid_until` is recomputed.
 */
export class PassIaeToTheDay1795450000000 implements MigrationInterface {
  name = 'PassIaeToTheDay1795450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pass_iae" ADD "official_end_date" date`);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" ADD "start_date" date`);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" ADD "end_date" date`);
    await queryRunner.query(`
      WITH base AS (
        SELECT p.id, p.start_date + 729 + COALESCE(
                 (SELECT SUM(s.end_date - s.start_date) FROM pass_suspension s WHERE s.pass_id = p.id), 0)::int AS base_end
          FROM pass_iae p
      ), ends AS (
        SELECT r.id, r.pass_id, r.requested_on, r.created_at, b.base_end,
               (b.base_end + make_interval(months => (SUM(r.months) OVER w)::int))::date AS end_date
          FROM pass_prolongation r JOIN base b ON b.id = r.pass_id
        WINDOW w AS (PARTITION BY r.pass_id ORDER BY r.requested_on, r.created_at, r.id)
      ), periods AS (
        SELECT id, end_date,
               COALESCE(LAG(end_date) OVER (PARTITION BY pass_id ORDER BY requested_on, created_at, id), base_end) AS start_date
          FROM ends
      )
      UPDATE pass_prolongation r SET start_date = periods.start_date, end_date = periods.end_date
        FROM periods WHERE periods.id = r.id`);
    await queryRunner.query(`
      UPDATE pass_iae p SET end_date = p.start_date + 729
        + COALESCE((SELECT SUM(s.end_date - s.start_date) FROM pass_suspension s WHERE s.pass_id = p.id), 0)::int
        + COALESCE((SELECT SUM(r.end_date - r.start_date) FROM pass_prolongation r WHERE r.pass_id = p.id), 0)::int`);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" ALTER COLUMN "start_date" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" ALTER COLUMN "end_date" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" DROP COLUMN "months"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_pass_iae_person"`);
    await queryRunner.query(`CREATE INDEX "IDX_pass_iae_person" ON "pass_iae" ("person_id", "start_date") `);
    await queryRunner.query(`
      UPDATE eligibility_diagnosis d SET valid_until = (d.diagnosed_on + interval '6 months')::date - 1
        FROM structure s WHERE s.id = d.structure_id AND s.kind = 'GEIQ' AND d.author = 'EMPLOYER'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE eligibility_diagnosis d SET valid_until = d.diagnosed_on + 91
        FROM structure s WHERE s.id = d.structure_id AND s.kind = 'GEIQ' AND d.author = 'EMPLOYER'`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pass_iae_person"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_pass_iae_person" ON "pass_iae" ("person_id") `);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" ADD "months" smallint`);
    await queryRunner.query(
      `UPDATE pass_prolongation SET months = GREATEST(1, ROUND((end_date - start_date) / 30.4375))::smallint`,
    );
    await queryRunner.query(`ALTER TABLE "pass_prolongation" ALTER COLUMN "months" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" DROP COLUMN "end_date"`);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" DROP COLUMN "start_date"`);
    await queryRunner.query(`ALTER TABLE "pass_iae" DROP COLUMN "official_end_date"`);
  }
}
