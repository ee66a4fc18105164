import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Urgent replacements (issue 18, points 1-4; docs/domain/replacements.md): a partner's request, the offers sent by
 * single-use link, the persons' weekly availability, absences and clearances, and coordinates on persons and sites
 * for the distance.
 */
export class Replacements1795520000000 implements MigrationInterface {
  name = 'Replacements1795520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "replacement_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "partner_organisation_id" uuid NOT NULL, "site_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "minutes" integer NOT NULL, "job_label" character varying(200) NOT NULL, "required_block_ids" uuid array NOT NULL, "min_level" character varying(20) NOT NULL, "required_clearances" character varying(40) array NOT NULL, "answer_by" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'OPEN', "filled_at" TIMESTAMP WITH TIME ZONE, "mission_id" uuid, "escalated_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_replacement_request_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "CHK_replacement_request_slot" CHECK ("ends_at" > "starts_at" AND "minutes" > 0), CONSTRAINT "CHK_replacement_request_status" CHECK ("status" IN ('OPEN','OFFERED','FILLED','ESCALATED','CANCELLED')), CONSTRAINT "PK_8fd8d8990c30e0225dd4a86d349" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_replacement_request_partner" ON "replacement_request"  ("partner_organisation_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_replacement_request_structure" ON "replacement_request"  ("structure_id", "status", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "replacement_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "request_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'SENT', "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_replacement_offer_request_person" UNIQUE ("request_id", "person_id"), CONSTRAINT "CHK_replacement_offer_status" CHECK ("status" IN ('SENT','ACCEPTED','DECLINED','TAKEN')), CONSTRAINT "PK_48f376547f08f57ab11cc0d6b5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_replacement_offer_token" ON "replacement_offer"  ("token_hash") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_replacement_offer_person" ON "replacement_offer"  ("structure_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person_availability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "weekday" smallint NOT NULL, "start_minute" smallint NOT NULL, "end_minute" smallint NOT NULL, CONSTRAINT "CHK_person_availability_range" CHECK ("start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute"), CONSTRAINT "CHK_person_availability_weekday" CHECK ("weekday" BETWEEN 1 AND 7), CONSTRAINT "PK_96e1cf938f2e27533ea6f0286ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_person_availability_person" ON "person_availability"  ("structure_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person_unavailability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "reason" character varying(200), CONSTRAINT "CHK_person_unavailability_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_7613cf5be19728caa38abc61aac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_person_unavailability_person" ON "person_unavailability"  ("structure_id", "person_id", "starts_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person_clearance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "code" character varying(40) NOT NULL, "expires_on" date, CONSTRAINT "UQ_person_clearance" UNIQUE ("structure_id", "person_id", "code"), CONSTRAINT "PK_94ccb62a1500adecef5cb40cc90" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD "latitude" double precision`);
    await queryRunner.query(`ALTER TABLE "person" ADD "longitude" double precision`);
    await queryRunner.query(`ALTER TABLE "partner_site" ADD "latitude" double precision`);
    await queryRunner.query(`ALTER TABLE "partner_site" ADD "longitude" double precision`);
    await queryRunner.query(
      `ALTER TABLE "replacement_request" ADD CONSTRAINT "FK_replacement_request_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "replacement_request" ADD CONSTRAINT "FK_replacement_request_partner" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "replacement_request" ADD CONSTRAINT "FK_replacement_request_site" FOREIGN KEY ("site_id", "partner_organisation_id") REFERENCES "partner_site"("id","partner_organisation_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "replacement_offer" ADD CONSTRAINT "FK_replacement_offer_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "replacement_offer" ADD CONSTRAINT "FK_replacement_offer_request" FOREIGN KEY ("request_id", "structure_id") REFERENCES "replacement_request"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_availability" ADD CONSTRAINT "FK_person_availability_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_unavailability" ADD CONSTRAINT "FK_person_unavailability_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_clearance" ADD CONSTRAINT "FK_person_clearance_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person_clearance" DROP CONSTRAINT "FK_person_clearance_person"`);
    await queryRunner.query(`ALTER TABLE "person_unavailability" DROP CONSTRAINT "FK_person_unavailability_person"`);
    await queryRunner.query(`ALTER TABLE "person_availability" DROP CONSTRAINT "FK_person_availability_person"`);
    await queryRunner.query(`ALTER TABLE "replacement_offer" DROP CONSTRAINT "FK_replacement_offer_request"`);
    await queryRunner.query(`ALTER TABLE "replacement_offer" DROP CONSTRAINT "FK_replacement_offer_person"`);
    await queryRunner.query(`ALTER TABLE "replacement_request" DROP CONSTRAINT "FK_replacement_request_site"`);
    await queryRunner.query(`ALTER TABLE "replacement_request" DROP CONSTRAINT "FK_replacement_request_partner"`);
    await queryRunner.query(`ALTER TABLE "replacement_request" DROP CONSTRAINT "FK_replacement_request_structure"`);
    await queryRunner.query(`ALTER TABLE "partner_site" DROP COLUMN "longitude"`);
    await queryRunner.query(`ALTER TABLE "partner_site" DROP COLUMN "latitude"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "longitude"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "latitude"`);
    await queryRunner.query(`DROP TABLE "person_clearance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_unavailability_person"`);
    await queryRunner.query(`DROP TABLE "person_unavailability"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_availability_person"`);
    await queryRunner.query(`DROP TABLE "person_availability"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_replacement_offer_person"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_replacement_offer_token"`);
    await queryRunner.query(`DROP TABLE "replacement_offer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_replacement_request_structure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_replacement_request_partner"`);
    await queryRunner.query(`DROP TABLE "replacement_request"`);
  }
}
