import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerPortal1795420803987 implements MigrationInterface {
  name = 'PartnerPortal1795420803987';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partner_site" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "partner_organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "address_line" character varying(200), "postal_code" character(5), "city" character varying(120), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_partner_site_id_organisation" UNIQUE ("id", "partner_organisation_id"), CONSTRAINT "PK_c930d2f31bf6587f735ff503fc0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_partner_site_organisation" ON "partner_site"  ("partner_organisation_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "partner_organisation_id" uuid NOT NULL, "started_on" date NOT NULL, "ended_on" date, "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_partnership_structure_partner" UNIQUE ("structure_id", "partner_organisation_id"), CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_partnership_partner" ON "partnership"  ("partner_organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "hiring_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "partnership_id" uuid NOT NULL, "year" smallint NOT NULL, "hires" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_hiring_target_year" UNIQUE ("partnership_id", "year"), CONSTRAINT "CHK_hiring_target_year" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "CHK_hiring_target_hires" CHECK ("hires" >= 0), CONSTRAINT "PK_2ef51b94b4bbb381eb607957a5d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "hiring_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "partner_organisation_id" uuid NOT NULL, "site_id" uuid, "job_title" character varying(200) NOT NULL, "positions" integer NOT NULL DEFAULT '1', "start_date" date NOT NULL, "requirements" text, "status" character varying(20) NOT NULL DEFAULT 'OPEN', "created_by_id" uuid, "created_by_structure_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_hiring_need_id_partner" UNIQUE ("id", "partner_organisation_id"), CONSTRAINT "CHK_hiring_need_status" CHECK ("status" IN ('OPEN','FILLED','CLOSED')), CONSTRAINT "CHK_hiring_need_positions" CHECK ("positions" BETWEEN 1 AND 500), CONSTRAINT "PK_6ba1dbc56b81b5d30fe0019934a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_hiring_need_site" ON "hiring_need"  ("site_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_hiring_need_partner_status" ON "hiring_need"  ("partner_organisation_id", "status", "start_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "hiring_need_id" uuid NOT NULL, "partner_organisation_id" uuid NOT NULL, "status" character varying(30) NOT NULL DEFAULT 'PROPOSED', "consent_given_on" date NOT NULL, "share_full_name" boolean NOT NULL DEFAULT false, "share_contact" boolean NOT NULL DEFAULT false, "consent_withdrawn_at" TIMESTAMP WITH TIME ZONE, "message" text, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decline_reason" character varying(40), "decision_comment" text, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason" text, "hire_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_proposal_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "CHK_proposal_decline_reason" CHECK (("status" = 'DECLINED') = ("decline_reason" IS NOT NULL)), CONSTRAINT "CHK_proposal_status" CHECK ("status" IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','WITHDRAWN','HIRED')), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_proposal_live" ON "proposal"  ("person_id", "hiring_need_id") WHERE "status" IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_proposal_need" ON "proposal"  ("hiring_need_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_partner_status" ON "proposal"  ("partner_organisation_id", "status", "proposed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_person" ON "proposal"  ("structure_id", "person_id", "proposed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_label" character varying(300) NOT NULL, "reason" character varying(40), "comment" text, CONSTRAINT "PK_94a50cee1e3295658e4a2b85092" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_proposal_event_proposal" ON "proposal_event"  ("proposal_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_proposal_event_person" ON "proposal_event"  ("structure_id", "person_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_user_id" uuid NOT NULL, "actor_role" character varying(30) NOT NULL, "actor_label" character varying(300) NOT NULL, "actor_structure_id" uuid, "actor_partner_organisation_id" uuid, "action" character varying(40) NOT NULL, "structure_id" uuid, "person_id" uuid, "subject_type" character varying(30), "subject_id" uuid, "details" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_actor" ON "audit_log"  ("actor_user_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_log_person" ON "audit_log"  ("structure_id", "person_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient_user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "proposal_id" uuid, "mission_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "email_status" character varying(20) NOT NULL DEFAULT 'SKIPPED', "email_error" text, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_notification_email_status" CHECK ("email_status" IN ('PENDING','SENT','FAILED','SKIPPED')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_email_pending" ON "notification"  ("email_status") WHERE "email_status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_recipient" ON "notification"  ("recipient_user_id", "read_at", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "mission" ADD "tutor_feedback" text`);
    await queryRunner.query(
      `ALTER TABLE "mission" ADD "hours_status" character varying(20) NOT NULL DEFAULT 'PENDING'`,
    );
    await queryRunner.query(`ALTER TABLE "mission" ADD "hours_reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "mission" ADD "hours_reviewed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "mission" ADD "hours_review_comment" text`);
    await queryRunner.query(`ALTER TABLE "mission" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "mission" ADD CONSTRAINT "CHK_mission_hours_status" CHECK ("hours_status" IN ('PENDING','CONFIRMED','DISPUTED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_site" ADD CONSTRAINT "FK_partner_site_organisation" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_partnership_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_partnership_partner" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hiring_target" ADD CONSTRAINT "FK_hiring_target_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hiring_need" ADD CONSTRAINT "FK_hiring_need_partner" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hiring_need" ADD CONSTRAINT "FK_hiring_need_site" FOREIGN KEY ("site_id", "partner_organisation_id") REFERENCES "partner_site"("id","partner_organisation_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_proposal_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_proposal_hiring_need" FOREIGN KEY ("hiring_need_id", "partner_organisation_id") REFERENCES "hiring_need"("id","partner_organisation_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_proposal_partner" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_proposal_hire" FOREIGN KEY ("hire_id", "structure_id") REFERENCES "hire"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_event" ADD CONSTRAINT "FK_proposal_event_proposal" FOREIGN KEY ("proposal_id", "structure_id") REFERENCES "proposal"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_recipient" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // The audit log is append-only for every role, the application's included: UPDATE, DELETE and TRUNCATE raise
    // SQLSTATE TR002. Privileges are revoked from PUBLIC as well (docs/adr/0006-partner-portal.md).
    await queryRunner.query(`CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'TR002';
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_audit_log_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TRG_audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`,
    );
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM PUBLIC`);
    // Hours confirmed by the host are locked: no change of what was confirmed (person, host, kind, dates, minutes,
    // status) and no deletion, whoever asks (SQLSTATE TR001). The tutor's feedback may still be completed.
    await queryRunner.query(`CREATE FUNCTION "mission_confirmed_hours_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."hours_status" = 'CONFIRMED' THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'mission % has confirmed hours: deletion refused', OLD."id" USING ERRCODE = 'TR001';
    END IF;
    IF (NEW."minutes", NEW."start_date", NEW."end_date", NEW."host_organisation_id", NEW."person_id", NEW."structure_id",
        NEW."kind", NEW."hours_status", NEW."hours_reviewed_at", NEW."hours_reviewed_by_id")
       IS DISTINCT FROM
       (OLD."minutes", OLD."start_date", OLD."end_date", OLD."host_organisation_id", OLD."person_id", OLD."structure_id",
        OLD."kind", OLD."hours_status", OLD."hours_reviewed_at", OLD."hours_reviewed_by_id") THEN
      RAISE EXCEPTION 'mission % has confirmed hours: change refused', OLD."id" USING ERRCODE = 'TR001';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_mission_confirmed_hours_locked" BEFORE UPDATE OR DELETE ON "mission" FOR EACH ROW EXECUTE FUNCTION "mission_confirmed_hours_locked"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_mission_confirmed_hours_locked" ON "mission"`);
    await queryRunner.query(`DROP FUNCTION "mission_confirmed_hours_locked"()`);
    await queryRunner.query(`DROP TRIGGER "TRG_audit_log_no_truncate" ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER "TRG_audit_log_no_update_delete" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_notification_recipient"`);
    await queryRunner.query(`ALTER TABLE "proposal_event" DROP CONSTRAINT "FK_proposal_event_proposal"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_proposal_hire"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_proposal_partner"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_proposal_hiring_need"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_proposal_person"`);
    await queryRunner.query(`ALTER TABLE "hiring_need" DROP CONSTRAINT "FK_hiring_need_site"`);
    await queryRunner.query(`ALTER TABLE "hiring_need" DROP CONSTRAINT "FK_hiring_need_partner"`);
    await queryRunner.query(`ALTER TABLE "hiring_target" DROP CONSTRAINT "FK_hiring_target_partnership"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_partnership_partner"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_partnership_structure"`);
    await queryRunner.query(`ALTER TABLE "partner_site" DROP CONSTRAINT "FK_partner_site_organisation"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP CONSTRAINT "CHK_mission_hours_status"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP COLUMN "hours_review_comment"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP COLUMN "hours_reviewed_by_id"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP COLUMN "hours_reviewed_at"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP COLUMN "hours_status"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP COLUMN "tutor_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_email_pending"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_actor"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proposal_event_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proposal_event_proposal"`);
    await queryRunner.query(`DROP TABLE "proposal_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proposal_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proposal_partner_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_proposal_need"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_proposal_live"`);
    await queryRunner.query(`DROP TABLE "proposal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_hiring_need_partner_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_hiring_need_site"`);
    await queryRunner.query(`DROP TABLE "hiring_need"`);
    await queryRunner.query(`DROP TABLE "hiring_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_partnership_partner"`);
    await queryRunner.query(`DROP TABLE "partnership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_partner_site_organisation"`);
    await queryRunner.query(`DROP TABLE "partner_site"`);
  }
}
