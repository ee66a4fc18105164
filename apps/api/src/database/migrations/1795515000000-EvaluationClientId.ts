import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A skills evaluation made offline on « Mon terrain » carries the id its device gave it (ADR 0014): sent again after
 * an answer lost on the way, the same id returns the evaluation already recorded instead of creating it twice.
 * Unique per structure; absent for an evaluation entered online.
 */
export class EvaluationClientId1795515000000 implements MigrationInterface {
  name = 'EvaluationClientId1795515000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skills_evaluation" ADD "client_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_skills_evaluation_client" ON "skills_evaluation" ("structure_id", "client_id") WHERE "client_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_skills_evaluation_client"`);
    await queryRunner.query(`ALTER TABLE "skills_evaluation" DROP COLUMN "client_id"`);
  }
}
