import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (issue 15): single-use links (invitation, password reset) stored as SHA-256, the structure's département,
 * convention, annex and hiring target, its deactivation, passwords not yet chosen (invited accounts) and one-time
 * passwords to replace at the first sign-in.
 */
export class Accounts1795480000000 implements MigrationInterface {
  name = 'Accounts1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_account_token_kind" CHECK ("kind" IN ('INVITATION','PASSWORD_RESET')), CONSTRAINT "PK_account_token" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_account_token_hash" ON "account_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_account_token_user_id" ON "account_token"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "structure" ADD "departement" character varying(3)`);
    await queryRunner.query(`ALTER TABLE "structure" ADD "convention_number" character varying(60)`);
    await queryRunner.query(`ALTER TABLE "structure" ADD "convention_starts_on" date`);
    await queryRunner.query(`ALTER TABLE "structure" ADD "convention_ends_on" date`);
    await queryRunner.query(`ALTER TABLE "structure" ADD "annex_number" character varying(60)`);
    await queryRunner.query(`ALTER TABLE "structure" ADD "annex_starts_on" date`);
    await queryRunner.query(`ALTER TABLE "structure" ADD "annex_ends_on" date`);
    await queryRunner.query(`ALTER TABLE "structure" ADD "hiring_target" integer`);
    await queryRunner.query(`ALTER TABLE "structure" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "structure" ADD CONSTRAINT "CHK_structure_hiring_target" CHECK ("hiring_target" IS NULL OR "hiring_target" >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "structure" ADD CONSTRAINT "CHK_structure_annex_period" CHECK ("annex_ends_on" IS NULL OR "annex_starts_on" IS NULL OR "annex_ends_on" >= "annex_starts_on")`,
    );
    await queryRunner.query(
      `ALTER TABLE "structure" ADD CONSTRAINT "CHK_structure_convention_period" CHECK ("convention_ends_on" IS NULL OR "convention_starts_on" IS NULL OR "convention_ends_on" >= "convention_starts_on")`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "FK_account_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "FK_account_token_user"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP CONSTRAINT "CHK_structure_convention_period"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP CONSTRAINT "CHK_structure_annex_period"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP CONSTRAINT "CHK_structure_hiring_target"`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "must_change_password"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "hiring_target"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "annex_ends_on"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "annex_starts_on"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "annex_number"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "convention_ends_on"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "convention_starts_on"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "convention_number"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "departement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_account_token_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_account_token_hash"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
  }
}
