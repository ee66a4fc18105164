import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in counters per (account, address), account and address, counted by one atomic upsert before the password is
 * checked: parallel attempts all count (docs/security.md, « Connexion : limites de tentatives »). `sign_in_attempt`
 * stays the log of checked attempts (last sign-in of an account).
 */
export class SignInThrottle1795461000000 implements MigrationInterface {
  name = 'SignInThrottle1795461000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_throttle" ("scope" character varying(10) NOT NULL, "subject" character varying(320) NOT NULL, "attempts" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_sign_in_throttle_attempts" CHECK ("attempts" >= 0), CONSTRAINT "CHK_sign_in_throttle_scope" CHECK ("scope" IN ('PAIR','ACCOUNT','ADDRESS')), CONSTRAINT "PK_sign_in_throttle" PRIMARY KEY ("scope", "subject"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
  }
}
