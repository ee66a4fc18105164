import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContractsAndFunding1795415461276 implements MigrationInterface {
  name = 'ContractsAndFunding1795415461276';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "created_by_id" uuid, "kind" character varying(30) NOT NULL, "name" character varying(200) NOT NULL, "hourly_rate_cents" integer, "contact_email" character varying(200), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_funder_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "PK_e34ffe86cfb5df3896aa68e767a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_funder_structure_name" ON "funder"  ("structure_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "funding_agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "created_by_id" uuid, "funder_id" uuid NOT NULL, "reference" character varying(100) NOT NULL, "title" character varying(200) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "amount_granted_cents" bigint NOT NULL, "co_financing_rate_bp" integer NOT NULL DEFAULT '10000', "hourly_rate_cents" integer, "source_kinds" character varying(30) array NOT NULL, "scope" text, "indicators" character varying(40) array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_funding_agreement_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "UQ_funding_agreement_reference" UNIQUE ("structure_id", "reference"), CONSTRAINT "CHK_funding_agreement_rate" CHECK ("co_financing_rate_bp" BETWEEN 0 AND 10000), CONSTRAINT "CHK_funding_agreement_amount" CHECK ("amount_granted_cents" >= 0), CONSTRAINT "CHK_funding_agreement_period" CHECK ("end_date" >= "start_date"), CONSTRAINT "PK_b755cf0ffa42025e0286dd9f790" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_funding_agreement_funder" ON "funding_agreement"  ("funder_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_funding_agreement_structure_period" ON "funding_agreement"  ("structure_id", "start_date", "end_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_time_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "created_by_id" uuid, "user_id" uuid NOT NULL, "person_id" uuid, "worked_on" date NOT NULL, "minutes" integer NOT NULL, "hourly_cost_cents" integer NOT NULL, "description" character varying(300) NOT NULL, CONSTRAINT "UQ_staff_time_entry_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "CHK_staff_time_entry_minutes" CHECK ("minutes" > 0), CONSTRAINT "PK_9f26ab9ff648dc7d104b6fb622f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_staff_time_entry_person" ON "staff_time_entry"  ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_staff_time_entry_structure_date" ON "staff_time_entry"  ("structure_id", "worked_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expense" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "created_by_id" uuid, "incurred_on" date NOT NULL, "label" character varying(300) NOT NULL, "amount_cents" integer NOT NULL, "proof_reference" character varying(100), CONSTRAINT "UQ_expense_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "CHK_expense_amount" CHECK ("amount_cents" > 0), CONSTRAINT "PK_edd925b450e13ea36197c9590fc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_expense_structure_date" ON "expense"  ("structure_id", "incurred_on") `);
    await queryRunner.query(`CREATE TABLE "funding_allocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "created_by_id" uuid, "agreement_id" uuid NOT NULL, "source_kind" character varying(30) NOT NULL, "attendance_id" uuid, "mission_id" uuid, "staff_time_entry_id" uuid, "expense_id" uuid, "quantity" integer NOT NULL, CONSTRAINT "CHK_funding_allocation_one_source" CHECK (("source_kind" = 'TRAINING_ATTENDANCE' AND "attendance_id" IS NOT NULL AND "mission_id" IS NULL AND "staff_time_entry_id" IS NULL AND "expense_id" IS NULL)
  OR ("source_kind" = 'MISSION' AND "mission_id" IS NOT NULL AND "attendance_id" IS NULL AND "staff_time_entry_id" IS NULL AND "expense_id" IS NULL)
  OR ("source_kind" = 'STAFF_TIME' AND "staff_time_entry_id" IS NOT NULL AND "attendance_id" IS NULL AND "mission_id" IS NULL AND "expense_id" IS NULL)
  OR ("source_kind" = 'EXPENSE' AND "expense_id" IS NOT NULL AND "attendance_id" IS NULL AND "mission_id" IS NULL AND "staff_time_entry_id" IS NULL)), CONSTRAINT "CHK_funding_allocation_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_545071697c5b83c8aa41759c22a" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_funding_allocation_structure" ON "funding_allocation"  ("structure_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_funding_allocation_expense" ON "funding_allocation"  ("expense_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_funding_allocation_staff_time" ON "funding_allocation"  ("staff_time_entry_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_funding_allocation_mission" ON "funding_allocation"  ("mission_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_funding_allocation_attendance" ON "funding_allocation"  ("attendance_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_funding_allocation_agreement" ON "funding_allocation"  ("agreement_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "fse_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "agreement_id" uuid NOT NULL, "entry_date" date, "gender" character varying(20), "labour_market_status" character varying(30), "isced_level" character varying(20), "situations" character varying(40) array NOT NULL DEFAULT '{}', "situations_answered" boolean, "birth_year" smallint, "exit_date" date, "exit_situation" character varying(30), "six_months_checked_on" date, "six_months_employed" boolean, "six_months_improved_situation" boolean, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_fse_participant_birth_year" CHECK ("birth_year" IS NULL OR "birth_year" BETWEEN 1900 AND 2100), CONSTRAINT "PK_fbbc7ce072942bb14dd77dd21fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fse_participant_person" ON "fse_participant"  ("structure_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_fse_participant_agreement_person" ON "fse_participant"  ("agreement_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "professionalisation_contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "status" character varying(20) NOT NULL, "cerfa_kind" smallint NOT NULL, "form" character varying(10) NOT NULL, "public_category" character varying(40) NOT NULL, "employer_siret" character(14) NOT NULL, "workplace_siret" character(14) NOT NULL, "collective_agreement" character varying(200), "job_title" character varying(200) NOT NULL, "france_travail_id" character varying(20), "start_date" date NOT NULL, "end_date" date NOT NULL, "trial_period_days" integer NOT NULL, "weekly_minutes" integer NOT NULL, "gross_monthly_pay_cents" integer NOT NULL, "certification_id" uuid NOT NULL, "training_body_name" character varying(200) NOT NULL, "training_body_siret" character(14), "planned_training_minutes" integer NOT NULL, "branch_agreement_reference" character varying(200), "branch_agreement_max_training_percent" smallint, "structure_tutor_id" uuid, "host_tutor_id" uuid, "host_tutor_experience_months" smallint, "host_tutor_is_employer" boolean NOT NULL DEFAULT false, "opco_funder_id" uuid, "opco_file_number" character varying(60), "hourly_rate_cents" integer, "submitted_on" date, "opco_decision" character varying(20), "opco_decided_on" date, "opco_refusal_reason" text, "completed_on" date, "broken_on" date, "break_reason" character varying(30), "break_comment" text, "renewal_reason" character varying(30), "renewed_from_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_professionalisation_contract_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "CHK_professionalisation_contract_cerfa_kind" CHECK ("cerfa_kind" BETWEEN 1 AND 5), CONSTRAINT "CHK_professionalisation_contract_period" CHECK ("end_date" > "start_date"), CONSTRAINT "PK_345488e78df346fdb2371fb863f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_professionalisation_contract_renewed_from" ON "professionalisation_contract"  ("renewed_from_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_professionalisation_contract_host_tutor" ON "professionalisation_contract"  ("host_tutor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_professionalisation_contract_structure_tutor" ON "professionalisation_contract"  ("structure_tutor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_professionalisation_contract_opco" ON "professionalisation_contract"  ("opco_funder_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_professionalisation_contract_status" ON "professionalisation_contract"  ("structure_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_professionalisation_contract_person" ON "professionalisation_contract"  ("structure_id", "person_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_break_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "contract_id" uuid NOT NULL, "due_on" date NOT NULL, "opco_informed_on" date, "reorientation" text, "closed_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_d0ff9694470edb4974b64df7250" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contract_break_follow_up_person" ON "contract_break_follow_up"  ("structure_id", "person_id", "closed_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_contract_break_follow_up_contract" ON "contract_break_follow_up"  ("contract_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mission" ADD CONSTRAINT "UQ_mission_id_structure" UNIQUE ("id", "structure_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_attendance" ADD CONSTRAINT "UQ_session_attendance_id_structure" UNIQUE ("id", "structure_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "funder" ADD CONSTRAINT "FK_funder_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_agreement" ADD CONSTRAINT "FK_funding_agreement_funder" FOREIGN KEY ("funder_id", "structure_id") REFERENCES "funder"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_time_entry" ADD CONSTRAINT "FK_staff_time_entry_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_time_entry" ADD CONSTRAINT "FK_staff_time_entry_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_time_entry" ADD CONSTRAINT "FK_staff_time_entry_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expense" ADD CONSTRAINT "FK_expense_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_allocation" ADD CONSTRAINT "FK_funding_allocation_agreement" FOREIGN KEY ("agreement_id", "structure_id") REFERENCES "funding_agreement"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_allocation" ADD CONSTRAINT "FK_funding_allocation_attendance" FOREIGN KEY ("attendance_id", "structure_id") REFERENCES "session_attendance"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_allocation" ADD CONSTRAINT "FK_funding_allocation_mission" FOREIGN KEY ("mission_id", "structure_id") REFERENCES "mission"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_allocation" ADD CONSTRAINT "FK_funding_allocation_staff_time" FOREIGN KEY ("staff_time_entry_id", "structure_id") REFERENCES "staff_time_entry"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_allocation" ADD CONSTRAINT "FK_funding_allocation_expense" FOREIGN KEY ("expense_id", "structure_id") REFERENCES "expense"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fse_participant" ADD CONSTRAINT "FK_fse_participant_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fse_participant" ADD CONSTRAINT "FK_fse_participant_agreement" FOREIGN KEY ("agreement_id", "structure_id") REFERENCES "funding_agreement"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" ADD CONSTRAINT "FK_professionalisation_contract_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" ADD CONSTRAINT "FK_professionalisation_contract_certification" FOREIGN KEY ("certification_id") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" ADD CONSTRAINT "FK_professionalisation_contract_structure_tutor" FOREIGN KEY ("structure_tutor_id", "structure_id") REFERENCES "tutor"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" ADD CONSTRAINT "FK_professionalisation_contract_host_tutor" FOREIGN KEY ("host_tutor_id", "structure_id") REFERENCES "tutor"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" ADD CONSTRAINT "FK_professionalisation_contract_opco" FOREIGN KEY ("opco_funder_id", "structure_id") REFERENCES "funder"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" ADD CONSTRAINT "FK_professionalisation_contract_renewed_from" FOREIGN KEY ("renewed_from_id", "structure_id") REFERENCES "professionalisation_contract"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_break_follow_up" ADD CONSTRAINT "FK_contract_break_follow_up_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_break_follow_up" ADD CONSTRAINT "FK_contract_break_follow_up_contract" FOREIGN KEY ("contract_id", "structure_id") REFERENCES "professionalisation_contract"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contract_break_follow_up" DROP CONSTRAINT "FK_contract_break_follow_up_contract"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_break_follow_up" DROP CONSTRAINT "FK_contract_break_follow_up_person"`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" DROP CONSTRAINT "FK_professionalisation_contract_renewed_from"`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" DROP CONSTRAINT "FK_professionalisation_contract_opco"`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" DROP CONSTRAINT "FK_professionalisation_contract_host_tutor"`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" DROP CONSTRAINT "FK_professionalisation_contract_structure_tutor"`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" DROP CONSTRAINT "FK_professionalisation_contract_certification"`,
    );
    await queryRunner.query(
      `ALTER TABLE "professionalisation_contract" DROP CONSTRAINT "FK_professionalisation_contract_person"`,
    );
    await queryRunner.query(`ALTER TABLE "fse_participant" DROP CONSTRAINT "FK_fse_participant_agreement"`);
    await queryRunner.query(`ALTER TABLE "fse_participant" DROP CONSTRAINT "FK_fse_participant_person"`);
    await queryRunner.query(`ALTER TABLE "funding_allocation" DROP CONSTRAINT "FK_funding_allocation_expense"`);
    await queryRunner.query(`ALTER TABLE "funding_allocation" DROP CONSTRAINT "FK_funding_allocation_staff_time"`);
    await queryRunner.query(`ALTER TABLE "funding_allocation" DROP CONSTRAINT "FK_funding_allocation_mission"`);
    await queryRunner.query(`ALTER TABLE "funding_allocation" DROP CONSTRAINT "FK_funding_allocation_attendance"`);
    await queryRunner.query(`ALTER TABLE "funding_allocation" DROP CONSTRAINT "FK_funding_allocation_agreement"`);
    await queryRunner.query(`ALTER TABLE "expense" DROP CONSTRAINT "FK_expense_structure"`);
    await queryRunner.query(`ALTER TABLE "staff_time_entry" DROP CONSTRAINT "FK_staff_time_entry_person"`);
    await queryRunner.query(`ALTER TABLE "staff_time_entry" DROP CONSTRAINT "FK_staff_time_entry_user"`);
    await queryRunner.query(`ALTER TABLE "staff_time_entry" DROP CONSTRAINT "FK_staff_time_entry_structure"`);
    await queryRunner.query(`ALTER TABLE "funding_agreement" DROP CONSTRAINT "FK_funding_agreement_funder"`);
    await queryRunner.query(`ALTER TABLE "funder" DROP CONSTRAINT "FK_funder_structure"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "UQ_session_attendance_id_structure"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP CONSTRAINT "UQ_mission_id_structure"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_contract_break_follow_up_contract"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contract_break_follow_up_person"`);
    await queryRunner.query(`DROP TABLE "contract_break_follow_up"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_professionalisation_contract_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_professionalisation_contract_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_professionalisation_contract_opco"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_professionalisation_contract_structure_tutor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_professionalisation_contract_host_tutor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_professionalisation_contract_renewed_from"`);
    await queryRunner.query(`DROP TABLE "professionalisation_contract"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_fse_participant_agreement_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fse_participant_person"`);
    await queryRunner.query(`DROP TABLE "fse_participant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_allocation_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_allocation_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_allocation_mission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_allocation_staff_time"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_allocation_expense"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_allocation_structure"`);
    await queryRunner.query(`DROP TABLE "funding_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_expense_structure_date"`);
    await queryRunner.query(`DROP TABLE "expense"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_staff_time_entry_structure_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_staff_time_entry_person"`);
    await queryRunner.query(`DROP TABLE "staff_time_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_agreement_structure_period"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funding_agreement_funder"`);
    await queryRunner.query(`DROP TABLE "funding_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funder_structure_name"`);
    await queryRunner.query(`DROP TABLE "funder"`);
  }
}
