import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ProConnect sign-in (docs/domain/proconnect.md): the accounts bound to a ProConnect identity
 * (`user_external_identity`), the sign-ins under way (`proconnect_login`: state, nonce, PKCE verifier, single use),
 * and the structure's choice to keep passwords for its staff or not (`structure.password_sign_in_allowed`).
 */
export class ProConnect1795487000000 implements MigrationInterface {
  name = 'ProConnect1795487000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_external_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "provider" character varying(30) NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "idp_id" character varying(100), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0841e3a24cd231afd35d5d91f65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_external_identity_user" ON "user_external_identity"  ("provider", "user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_external_identity_subject" ON "user_external_identity"  ("provider", "subject") `,
    );
    await queryRunner.query(
      `CREATE TABLE "proconnect_login" ("id" character(64) NOT NULL, "state" character varying(100) NOT NULL, "nonce" character varying(100) NOT NULL, "code_verifier" character varying(200) NOT NULL, "return_path" character varying(500) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_proconnect_login" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_proconnect_login_expires_at" ON "proconnect_login"  ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "structure" ADD "password_sign_in_allowed" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "user_external_identity" ADD CONSTRAINT "FK_user_external_identity_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_external_identity" DROP CONSTRAINT "FK_user_external_identity_user"`);
    await queryRunner.query(`ALTER TABLE "structure" DROP COLUMN "password_sign_in_allowed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proconnect_login_expires_at"`);
    await queryRunner.query(`DROP TABLE "proconnect_login"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_user_external_identity_subject"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_user_external_identity_user"`);
    await queryRunner.query(`DROP TABLE "user_external_identity"`);
  }
}
