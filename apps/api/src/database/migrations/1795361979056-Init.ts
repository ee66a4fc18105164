import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795361979056 implements MigrationInterface {
  name = 'Init1795361979056';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."structure_kind" AS ENUM('AI', 'ACI', 'EI', 'ETTI', 'EITI', 'GEIQ', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "structure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "kind" "public"."structure_kind" NOT NULL, "siret" character(14) NOT NULL, "city" character varying(120), CONSTRAINT "PK_90ac7986e769d602d218075215c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_structure_siret" ON "structure"  ("siret") `);
    await queryRunner.query(`CREATE TYPE "public"."partner_organisation_kind" AS ENUM('SOCIAL_LANDLORD', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "partner_organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "kind" "public"."partner_organisation_kind" NOT NULL, "siret" character(14), "city" character varying(120), CONSTRAINT "PK_a064641d9d9b755851adcec52f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('COUNSELLOR', 'DIRECTOR', 'PARTNER_REVIEWER', 'ADMINISTRATOR')`,
    );
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" "public"."user_role" NOT NULL, "structure_id" uuid, "partner_organisation_id" uuid, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "CHK_app_user_affiliation" CHECK (("role" IN ('COUNSELLOR','DIRECTOR') AND "structure_id" IS NOT NULL AND "partner_organisation_id" IS NULL)
   OR ("role" = 'PARTNER_REVIEWER' AND "partner_organisation_id" IS NOT NULL AND "structure_id" IS NULL)
   OR ("role" = 'ADMINISTRATOR' AND "structure_id" IS NULL AND "partner_organisation_id" IS NULL)), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_app_user_structure_id" ON "app_user"  ("structure_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_app_user_partner_organisation_id" ON "app_user"  ("partner_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip_address" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_user_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_user_session_user_id" ON "user_session"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempt" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "email" character varying(254) NOT NULL, "ip_address" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sign_in_attempt" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sign_in_attempt_ip_at" ON "sign_in_attempt"  ("ip_address", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_sign_in_attempt_email_at" ON "sign_in_attempt"  ("email", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."pathway_stage" AS ENUM('RECRUITMENT', 'TRAINING', 'SECURING', 'EXITED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "birth_date" date NOT NULL, "email" character varying(254), "phone" character varying(30), "address_line" character varying(200), "postal_code" character(5), "city" character varying(120), "counsellor_id" uuid, "stage" "public"."pathway_stage" NOT NULL DEFAULT 'RECRUITMENT', "sort_key" character varying(210) NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_person_counsellor_id" ON "person"  ("counsellor_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_person_structure_counsellor_sort" ON "person"  ("structure_id", "counsellor_id", "sort_key", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_person_structure_sort" ON "person"  ("structure_id", "sort_key", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_partner_organisation" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_person_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_person_counsellor" FOREIGN KEY ("counsellor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_person_counsellor"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_person_structure"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_user_session_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_app_user_partner_organisation"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_app_user_structure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_structure_sort"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_structure_counsellor_sort"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_counsellor_id"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TYPE "public"."pathway_stage"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_attempt_email_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sign_in_attempt_ip_at"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_user_session_user_id"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_app_user_partner_organisation_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_app_user_structure_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "partner_organisation"`);
    await queryRunner.query(`DROP TYPE "public"."partner_organisation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_structure_siret"`);
    await queryRunner.query(`DROP TABLE "structure"`);
    await queryRunner.query(`DROP TYPE "public"."structure_kind"`);
  }
}
