import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker holding a report beats every few seconds (`heartbeat_at`); a RUNNING job whose beat is older than
 * `REPORT_STALE_AFTER_SECONDS` is taken again by any worker, instead of 10 minutes after its last progress
 * (docs/adr/0007-funder-reports.md). A job running during the upgrade starts from its last sign of life.
 */
export class ReportJobHeartbeat1795461100000 implements MigrationInterface {
  name = 'ReportJobHeartbeat1795461100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_job" ADD "heartbeat_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "report_job" SET "heartbeat_at" = "locked_at" WHERE "status" = 'RUNNING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_job" DROP COLUMN "heartbeat_at"`);
  }
}
