import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The technical supervisor role. On its own: PostgreSQL refuses to use an enum value in the transaction that adds it,
 * and the next migration's check constraint uses it.
 */
export class SupervisorRole1795408501000 implements MigrationInterface {
  name = 'SupervisorRole1795408501000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."user_role" ADD VALUE IF NOT EXISTS 'SUPERVISOR'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value; recreate the type without it.
    await queryRunner.query(
      `DELETE FROM "user_session" WHERE "user_id" IN (SELECT "id" FROM "app_user" WHERE "role" = 'SUPERVISOR')`,
    );
    await queryRunner.query(`DELETE FROM "app_user" WHERE "role" = 'SUPERVISOR'`);
    await queryRunner.query(`ALTER TYPE "public"."user_role" RENAME TO "user_role_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('COUNSELLOR', 'DIRECTOR', 'PARTNER_REVIEWER', 'ADMINISTRATOR')`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ALTER COLUMN "role" TYPE "public"."user_role" USING "role"::text::"public"."user_role"`,
    );
    await queryRunner.query(`DROP TYPE "public"."user_role_old"`);
  }
}
