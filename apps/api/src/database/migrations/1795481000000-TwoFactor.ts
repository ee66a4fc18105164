import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (issue 15, point 5): the users' TOTP secrets (encrypted at rest) with their last accepted time
 * step, their recovery codes (hashed, single use), the pending second steps of sign-ins, and the structures that
 * require two-factor sign-in of their directors (docs/security.md, « Double authentification »).
 */
export class TwoFactor1795481000000 implements MigrationInterface {
  name = 'TwoFactor1795481000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_two_factor" ("user_id" uuid NOT NULL, "secret_encrypted" character varying(200) NOT NULL, "enabled_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint NOT NULL DEFAULT '-1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_user_two_factor" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_user_recovery_code" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_recovery_code_user_hash" ON "user_recovery_code" ("user_id", "code_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "two_factor_challenge" ("id" character(64) NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_two_factor_challenge_attempts" CHECK ("attempts" >= 0), CONSTRAINT "PK_two_factor_challenge" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_two_factor_challenge_user_id" ON "two_factor_challenge" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "structure_two_factor_policy" ("structure_id" uuid NOT NULL, "required_by" uuid, "required_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_structure_two_factor_policy" PRIMARY KEY ("structure_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_two_factor" ADD CONSTRAINT "FK_user_two_factor_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_recovery_code" ADD CONSTRAINT "FK_user_recovery_code_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "two_factor_challenge" ADD CONSTRAINT "FK_two_factor_challenge_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "structure_two_factor_policy" ADD CONSTRAINT "FK_structure_two_factor_policy_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "structure_two_factor_policy" ADD CONSTRAINT "FK_structure_two_factor_policy_user" FOREIGN KEY ("required_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "structure_two_factor_policy"`);
    await queryRunner.query(`DROP TABLE "two_factor_challenge"`);
    await queryRunner.query(`DROP TABLE "user_recovery_code"`);
    await queryRunner.query(`DROP TABLE "user_two_factor"`);
  }
}
