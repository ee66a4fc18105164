import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, point 8: a hiring target shared by several landlords (docs/adr/0008-shared-hiring-targets.md).
 *
 * - `partnership_group`: partnerships of one structure that share their yearly targets (« objectif partagé »).
 * - `partnership.group_id`: the group a partnership belongs to, of the same structure (composite foreign key).
 * - `hiring_target`: a target is a partnership's own (`partnership_id`) or a group's (`group_id`), exactly one of the
 *   two; one per holder and year.
 *
 * Existing partnerships and targets are kept as they are: no partnership is in a group, every existing target stays
 * the partnership's own. `down` drops the groups and their targets (they cannot exist without the table); the
 * partnerships' own targets survive it.
 */
export class SharedHiringTargets1795453000000 implements MigrationInterface {
  name = 'SharedHiringTargets1795453000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partnership_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_partnership_group_structure_name" UNIQUE ("structure_id", "name"), CONSTRAINT "UQ_partnership_group_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "PK_56e085479a5e39efb9d94c185d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_group" ADD CONSTRAINT "FK_partnership_group_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "partnership" ADD "group_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_partnership_group" ON "partnership"  ("group_id") `);
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_partnership_group" FOREIGN KEY ("group_id", "structure_id") REFERENCES "partnership_group"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "hiring_target" ADD "group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "hiring_target" ALTER COLUMN "partnership_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "hiring_target" ADD CONSTRAINT "CHK_hiring_target_holder" CHECK (("partnership_id" IS NULL) <> ("group_id" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "hiring_target" ADD CONSTRAINT "UQ_hiring_target_group_year" UNIQUE ("group_id", "year")`,
    );
    await queryRunner.query(
      `ALTER TABLE "hiring_target" ADD CONSTRAINT "FK_hiring_target_group" FOREIGN KEY ("group_id") REFERENCES "partnership_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "hiring_target" WHERE "group_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "hiring_target" DROP CONSTRAINT "FK_hiring_target_group"`);
    await queryRunner.query(`ALTER TABLE "hiring_target" DROP CONSTRAINT "UQ_hiring_target_group_year"`);
    await queryRunner.query(`ALTER TABLE "hiring_target" DROP CONSTRAINT "CHK_hiring_target_holder"`);
    await queryRunner.query(`ALTER TABLE "hiring_target" ALTER COLUMN "partnership_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "hiring_target" DROP COLUMN "group_id"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_partnership_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_partnership_group"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "group_id"`);
    await queryRunner.query(`ALTER TABLE "partnership_group" DROP CONSTRAINT "FK_partnership_group_structure"`);
    await queryRunner.query(`DROP TABLE "partnership_group"`);
  }
}
