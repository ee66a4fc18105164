import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The escalation job (docs/domain/replacements.md) looks every minute, across all structures, for the requests still
 * open at their answer-by time: a partial index keeps that read to the open ones.
 */
export class ReplacementEscalationIndex1795580000000 implements MigrationInterface {
  name = 'ReplacementEscalationIndex1795580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_replacement_request_due" ON "replacement_request"  ("answer_by") WHERE "status" IN ('OPEN','OFFERED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_replacement_request_due"`);
  }
}
