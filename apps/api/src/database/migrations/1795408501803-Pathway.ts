import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CERTIFICATION_REFERENCE_LIST } from '../reference/certifications';

export class Pathway1795408501803 implements MigrationInterface {
  name = 'Pathway1795408501803';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "rncp_code" character varying(10), "level" smallint NOT NULL, "certifier" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_a7364bd3e4a407f67d8165b820c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_certification_rncp" ON "certification"  ("rncp_code") WHERE rncp_code IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "certification_block" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "certification_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(300) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_854f56b7f735ae7567f766ad21b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_certification_block_position" ON "certification_block"  ("certification_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "prescriber_kind" character varying(40) NOT NULL, "prescriber_organisation" character varying(200) NOT NULL, "prescriber_contact_name" character varying(200), "prescriber_contact_email" character varying(254), "prescriber_contact_phone" character varying(30), "referred_on" date NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_referral_structure" ON "referral"  ("structure_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_referral_person" ON "referral"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "eligibility_diagnosis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "author" character varying(20) NOT NULL, "author_name" character varying(200) NOT NULL, "diagnosed_on" date NOT NULL, "valid_until" date NOT NULL, CONSTRAINT "PK_c2b88548f96f85524125df6531e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eligibility_diagnosis_person" ON "eligibility_diagnosis"  ("structure_id", "person_id", "diagnosed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "eligibility_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "diagnosis_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "proof_reference" character varying(200), "proof_date" date NOT NULL, CONSTRAINT "PK_0cff63e76e38f9c014dcf8dfb8b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eligibility_criterion_structure" ON "eligibility_criterion"  ("structure_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_eligibility_criterion_code" ON "eligibility_criterion"  ("diagnosis_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "pass_iae" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "number" character(12) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_48bb052400c603029a6387fe961" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_pass_iae_structure_end" ON "pass_iae"  ("structure_id", "end_date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_pass_iae_person" ON "pass_iae"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "pass_suspension" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "pass_id" uuid NOT NULL, "created_by_id" uuid, "start_date" date NOT NULL, "end_date" date NOT NULL, "reason" character varying(40) NOT NULL, CONSTRAINT "PK_207c2693be22b104b88355df31b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_pass_suspension_structure" ON "pass_suspension"  ("structure_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_pass_suspension_pass" ON "pass_suspension"  ("pass_id") `);
    await queryRunner.query(
      `CREATE TABLE "pass_prolongation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "pass_id" uuid NOT NULL, "created_by_id" uuid, "reason" character varying(40) NOT NULL, "months" smallint NOT NULL, "requested_on" date NOT NULL, CONSTRAINT "PK_2924c7bbf3f91f33ca49dff97d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_pass_prolongation_structure" ON "pass_prolongation"  ("structure_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_pass_prolongation_pass" ON "pass_prolongation"  ("pass_id") `);
    await queryRunner.query(
      `CREATE TABLE "stage_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "from_stage" "public"."pathway_stage", "to_stage" "public"."pathway_stage" NOT NULL, "effective_on" date NOT NULL, "reason" text, "override_reason" text, "missing_evidence" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_fccd9dab169aa159c2fb9c4824b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_stage_transition_person" ON "stage_transition"  ("structure_id", "person_id", "effective_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "admission_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "decided_on" date NOT NULL, "outcome" character varying(20) NOT NULL, "comment" text, CONSTRAINT "PK_f051d33d8629e3484ad4651647e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_admission_decision_person" ON "admission_decision"  ("structure_id", "person_id", "decided_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "employment_contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "kind" character varying(30) NOT NULL, "start_date" date NOT NULL, "end_date" date, "weekly_minutes" integer NOT NULL, CONSTRAINT "PK_bdc515ec3e40265dafed67c3465" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_employment_contract_person" ON "employment_contract"  ("structure_id", "person_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "immersion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "host_organisation_id" uuid, "host_name" character varying(200) NOT NULL, "host_tutor_name" character varying(200) NOT NULL, "objective" character varying(30) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "comment" text, CONSTRAINT "PK_62ce9aa7bf689d3f33737dff66a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_immersion_host" ON "immersion"  ("host_organisation_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_immersion_person" ON "immersion"  ("structure_id", "person_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "kind" character varying(20) NOT NULL, "host_organisation_id" uuid NOT NULL, "site" character varying(200), "start_date" date NOT NULL, "end_date" date NOT NULL, "minutes" integer NOT NULL, CONSTRAINT "PK_54f1391034bc7dd30666dee0d4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_mission_host_end" ON "mission"  ("host_organisation_id", "end_date") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_mission_person" ON "mission"  ("structure_id", "person_id", "start_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "collective_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "training_body" character varying(200), "session_date" date NOT NULL, "planned_minutes" integer NOT NULL, "certification_block_id" uuid, "created_by_id" uuid, CONSTRAINT "PK_254a1959094d72e65e250c5bc8d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_collective_session_structure_date" ON "collective_session"  ("structure_id", "session_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "session_id" uuid NOT NULL, "minutes_attended" integer NOT NULL, "absence" character varying(20), CONSTRAINT "PK_bc946a8e6bc80fd2531356f89e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_session_attendance_person" ON "session_attendance"  ("structure_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_session_attendance" ON "session_attendance"  ("session_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tutor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "side" character varying(20) NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "job_title" character varying(200), "partner_organisation_id" uuid, CONSTRAINT "PK_984f6d98173bd54eb367e727491" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_tutor_structure" ON "tutor"  ("structure_id") `);
    await queryRunner.query(
      `CREATE TABLE "tutoring" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "tutor_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, CONSTRAINT "PK_88da5dd2a0444f221796dbb4eae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_tutoring_tutor" ON "tutoring"  ("tutor_id", "end_date") `);
    await queryRunner.query(`CREATE INDEX "IDX_tutoring_person" ON "tutoring"  ("structure_id", "person_id") `);
    await queryRunner.query(
      `CREATE TABLE "skills_evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "block_id" uuid NOT NULL, "level" character varying(20) NOT NULL, "evaluated_on" date NOT NULL, "evaluator_name" character varying(200) NOT NULL, "comment" text, CONSTRAINT "PK_d637c2faae104d5a37a4939a797" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_skills_evaluation_block" ON "skills_evaluation"  ("block_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_skills_evaluation_person" ON "skills_evaluation"  ("structure_id", "person_id", "evaluated_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "pathway_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "kind" character varying(30) NOT NULL, "occurred_on" date NOT NULL, "title" character varying(200) NOT NULL, "notes" text, "confidential" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_723bdee47a22ab7349a9b7ad21a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathway_event_person" ON "pathway_event"  ("structure_id", "person_id", "occurred_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "exam_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "certification_id" uuid NOT NULL, "session_date" date NOT NULL, "centre" character varying(200) NOT NULL, CONSTRAINT "PK_e95661f107b30b65c630381d1e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_exam_session_certification" ON "exam_session"  ("certification_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_exam_session_person" ON "exam_session"  ("structure_id", "person_id", "session_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "exam_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "exam_session_id" uuid NOT NULL, "block_id" uuid NOT NULL, "result" character varying(20) NOT NULL, CONSTRAINT "PK_9c05af0457cef1ec4ee5f074df7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_exam_result_block" ON "exam_result"  ("block_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_exam_result_structure" ON "exam_result"  ("structure_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_exam_result_block" ON "exam_result"  ("exam_session_id", "block_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "hire" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "employer_organisation_id" uuid, "employer_name" character varying(200) NOT NULL, "contract_type" character varying(30) NOT NULL, "start_date" date NOT NULL, "weekly_minutes" integer NOT NULL, "job_title" character varying(200), CONSTRAINT "PK_3bea38a299b821d8da8555e9c6f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_hire_employer" ON "hire"  ("employer_organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_hire_person" ON "hire"  ("structure_id", "person_id", "start_date") `);
    await queryRunner.query(
      `CREATE TABLE "retention_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "hire_id" uuid NOT NULL, "months_after" smallint NOT NULL, "checked_on" date NOT NULL, "still_employed" boolean NOT NULL, "comment" text, CONSTRAINT "PK_a983bceded6b09b66e36d070b77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_retention_check_person" ON "retention_check"  ("structure_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_retention_check" ON "retention_check"  ("hire_id", "months_after") `,
    );
    await queryRunner.query(
      `CREATE TABLE "pathway_exit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "exit_date" date NOT NULL, "reason" character varying(40) NOT NULL, "category" character varying(30) NOT NULL, "counts" boolean NOT NULL, "presence_explanation" text NOT NULL, "contract_start" date, "minutes_worked" integer NOT NULL, "comment" text, CONSTRAINT "PK_cc89078a1435ed6b51a15eec557" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_pathway_exit_structure_date" ON "pathway_exit"  ("structure_id", "exit_date") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_pathway_exit_person" ON "pathway_exit"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "person" ADD "information_given_on" date`);
    await queryRunner.query(`ALTER TABLE "person" ADD "consent_given_on" date`);
    await queryRunner.query(`ALTER TABLE "person" ADD "target_certification_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_person_target_certification_id" ON "person"  ("target_certification_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_person_structure_stage" ON "person"  ("structure_id", "stage") `);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "UQ_person_id_structure" UNIQUE ("id", "structure_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_block" ADD CONSTRAINT "FK_certification_block_certification" FOREIGN KEY ("certification_id") REFERENCES "certification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_person_target_certification" FOREIGN KEY ("target_certification_id") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_referral_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "eligibility_diagnosis" ADD CONSTRAINT "FK_eligibility_diagnosis_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "eligibility_criterion" ADD CONSTRAINT "FK_eligibility_criterion_diagnosis" FOREIGN KEY ("diagnosis_id") REFERENCES "eligibility_diagnosis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pass_iae" ADD CONSTRAINT "FK_pass_iae_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pass_suspension" ADD CONSTRAINT "FK_pass_suspension_pass" FOREIGN KEY ("pass_id") REFERENCES "pass_iae"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pass_prolongation" ADD CONSTRAINT "FK_pass_prolongation_pass" FOREIGN KEY ("pass_id") REFERENCES "pass_iae"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stage_transition" ADD CONSTRAINT "FK_stage_transition_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "admission_decision" ADD CONSTRAINT "FK_admission_decision_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment_contract" ADD CONSTRAINT "FK_employment_contract_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "immersion" ADD CONSTRAINT "FK_immersion_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "immersion" ADD CONSTRAINT "FK_immersion_host_organisation" FOREIGN KEY ("host_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mission" ADD CONSTRAINT "FK_mission_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mission" ADD CONSTRAINT "FK_mission_host_organisation" FOREIGN KEY ("host_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collective_session" ADD CONSTRAINT "FK_collective_session_block" FOREIGN KEY ("certification_block_id") REFERENCES "certification_block"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_session_attendance_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_session_attendance_session" FOREIGN KEY ("session_id") REFERENCES "collective_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutor" ADD CONSTRAINT "FK_tutor_partner_organisation" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutoring" ADD CONSTRAINT "FK_tutoring_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutoring" ADD CONSTRAINT "FK_tutoring_tutor" FOREIGN KEY ("tutor_id") REFERENCES "tutor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skills_evaluation" ADD CONSTRAINT "FK_skills_evaluation_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skills_evaluation" ADD CONSTRAINT "FK_skills_evaluation_block" FOREIGN KEY ("block_id") REFERENCES "certification_block"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_event" ADD CONSTRAINT "FK_pathway_event_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exam_session" ADD CONSTRAINT "FK_exam_session_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exam_session" ADD CONSTRAINT "FK_exam_session_certification" FOREIGN KEY ("certification_id") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exam_result" ADD CONSTRAINT "FK_exam_result_session" FOREIGN KEY ("exam_session_id") REFERENCES "exam_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exam_result" ADD CONSTRAINT "FK_exam_result_block" FOREIGN KEY ("block_id") REFERENCES "certification_block"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hire" ADD CONSTRAINT "FK_hire_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hire" ADD CONSTRAINT "FK_hire_employer_organisation" FOREIGN KEY ("employer_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_check" ADD CONSTRAINT "FK_retention_check_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "retention_check" ADD CONSTRAINT "FK_retention_check_hire" FOREIGN KEY ("hire_id") REFERENCES "hire"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pathway_exit" ADD CONSTRAINT "FK_pathway_exit_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Technical supervisors belong to a structure (the role value itself was added by the previous migration).
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_app_user_affiliation"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_affiliation" CHECK (("role" IN ('COUNSELLOR','DIRECTOR','SUPERVISOR') AND "structure_id" IS NOT NULL AND "partner_organisation_id" IS NULL)
   OR ("role" = 'PARTNER_REVIEWER' AND "partner_organisation_id" IS NOT NULL AND "structure_id" IS NULL)
   OR ("role" = 'ADMINISTRATOR' AND "structure_id" IS NULL AND "partner_organisation_id" IS NULL))`);
    await insertCertificationReferenceList(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_app_user_affiliation"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "CHK_app_user_affiliation" CHECK (("role" IN ('COUNSELLOR','DIRECTOR') AND "structure_id" IS NOT NULL AND "partner_organisation_id" IS NULL)
   OR ("role" = 'PARTNER_REVIEWER' AND "partner_organisation_id" IS NOT NULL AND "structure_id" IS NULL)
   OR ("role" = 'ADMINISTRATOR' AND "structure_id" IS NULL AND "partner_organisation_id" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "pathway_exit" DROP CONSTRAINT "FK_pathway_exit_person"`);
    await queryRunner.query(`ALTER TABLE "retention_check" DROP CONSTRAINT "FK_retention_check_hire"`);
    await queryRunner.query(`ALTER TABLE "retention_check" DROP CONSTRAINT "FK_retention_check_person"`);
    await queryRunner.query(`ALTER TABLE "hire" DROP CONSTRAINT "FK_hire_employer_organisation"`);
    await queryRunner.query(`ALTER TABLE "hire" DROP CONSTRAINT "FK_hire_person"`);
    await queryRunner.query(`ALTER TABLE "exam_result" DROP CONSTRAINT "FK_exam_result_block"`);
    await queryRunner.query(`ALTER TABLE "exam_result" DROP CONSTRAINT "FK_exam_result_session"`);
    await queryRunner.query(`ALTER TABLE "exam_session" DROP CONSTRAINT "FK_exam_session_certification"`);
    await queryRunner.query(`ALTER TABLE "exam_session" DROP CONSTRAINT "FK_exam_session_person"`);
    await queryRunner.query(`ALTER TABLE "pathway_event" DROP CONSTRAINT "FK_pathway_event_person"`);
    await queryRunner.query(`ALTER TABLE "skills_evaluation" DROP CONSTRAINT "FK_skills_evaluation_block"`);
    await queryRunner.query(`ALTER TABLE "skills_evaluation" DROP CONSTRAINT "FK_skills_evaluation_person"`);
    await queryRunner.query(`ALTER TABLE "tutoring" DROP CONSTRAINT "FK_tutoring_tutor"`);
    await queryRunner.query(`ALTER TABLE "tutoring" DROP CONSTRAINT "FK_tutoring_person"`);
    await queryRunner.query(`ALTER TABLE "tutor" DROP CONSTRAINT "FK_tutor_partner_organisation"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_session_attendance_session"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_session_attendance_person"`);
    await queryRunner.query(`ALTER TABLE "collective_session" DROP CONSTRAINT "FK_collective_session_block"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP CONSTRAINT "FK_mission_host_organisation"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP CONSTRAINT "FK_mission_person"`);
    await queryRunner.query(`ALTER TABLE "immersion" DROP CONSTRAINT "FK_immersion_host_organisation"`);
    await queryRunner.query(`ALTER TABLE "immersion" DROP CONSTRAINT "FK_immersion_person"`);
    await queryRunner.query(`ALTER TABLE "employment_contract" DROP CONSTRAINT "FK_employment_contract_person"`);
    await queryRunner.query(`ALTER TABLE "admission_decision" DROP CONSTRAINT "FK_admission_decision_person"`);
    await queryRunner.query(`ALTER TABLE "stage_transition" DROP CONSTRAINT "FK_stage_transition_person"`);
    await queryRunner.query(`ALTER TABLE "pass_prolongation" DROP CONSTRAINT "FK_pass_prolongation_pass"`);
    await queryRunner.query(`ALTER TABLE "pass_suspension" DROP CONSTRAINT "FK_pass_suspension_pass"`);
    await queryRunner.query(`ALTER TABLE "pass_iae" DROP CONSTRAINT "FK_pass_iae_person"`);
    await queryRunner.query(`ALTER TABLE "eligibility_criterion" DROP CONSTRAINT "FK_eligibility_criterion_diagnosis"`);
    await queryRunner.query(`ALTER TABLE "eligibility_diagnosis" DROP CONSTRAINT "FK_eligibility_diagnosis_person"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_referral_person"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_person_target_certification"`);
    await queryRunner.query(`ALTER TABLE "certification_block" DROP CONSTRAINT "FK_certification_block_certification"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "UQ_person_id_structure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_structure_stage"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_target_certification_id"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "target_certification_id"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "consent_given_on"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "information_given_on"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_pathway_exit_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pathway_exit_structure_date"`);
    await queryRunner.query(`DROP TABLE "pathway_exit"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_retention_check"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_retention_check_person"`);
    await queryRunner.query(`DROP TABLE "retention_check"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_hire_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_hire_employer"`);
    await queryRunner.query(`DROP TABLE "hire"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_exam_result_block"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_exam_result_structure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_exam_result_block"`);
    await queryRunner.query(`DROP TABLE "exam_result"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_exam_session_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_exam_session_certification"`);
    await queryRunner.query(`DROP TABLE "exam_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pathway_event_person"`);
    await queryRunner.query(`DROP TABLE "pathway_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_skills_evaluation_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_skills_evaluation_block"`);
    await queryRunner.query(`DROP TABLE "skills_evaluation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tutoring_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tutoring_tutor"`);
    await queryRunner.query(`DROP TABLE "tutoring"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tutor_structure"`);
    await queryRunner.query(`DROP TABLE "tutor"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_session_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_session_attendance_person"`);
    await queryRunner.query(`DROP TABLE "session_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_collective_session_structure_date"`);
    await queryRunner.query(`DROP TABLE "collective_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mission_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mission_host_end"`);
    await queryRunner.query(`DROP TABLE "mission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_immersion_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_immersion_host"`);
    await queryRunner.query(`DROP TABLE "immersion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_employment_contract_person"`);
    await queryRunner.query(`DROP TABLE "employment_contract"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_admission_decision_person"`);
    await queryRunner.query(`DROP TABLE "admission_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_stage_transition_person"`);
    await queryRunner.query(`DROP TABLE "stage_transition"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pass_prolongation_pass"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pass_prolongation_structure"`);
    await queryRunner.query(`DROP TABLE "pass_prolongation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pass_suspension_pass"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pass_suspension_structure"`);
    await queryRunner.query(`DROP TABLE "pass_suspension"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_pass_iae_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_pass_iae_structure_end"`);
    await queryRunner.query(`DROP TABLE "pass_iae"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_eligibility_criterion_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eligibility_criterion_structure"`);
    await queryRunner.query(`DROP TABLE "eligibility_criterion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eligibility_diagnosis_person"`);
    await queryRunner.query(`DROP TABLE "eligibility_diagnosis"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_referral_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_referral_structure"`);
    await queryRunner.query(`DROP TABLE "referral"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_certification_block_position"`);
    await queryRunner.query(`DROP TABLE "certification_block"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_certification_rncp"`);
    await queryRunner.query(`DROP TABLE "certification"`);
  }
}

/** The certifications of the building-caretaker pathways (IAE-RULES §2.2), with fixed ids the demo can name. */
async function insertCertificationReferenceList(queryRunner: QueryRunner): Promise<void> {
  for (const c of CERTIFICATION_REFERENCE_LIST) {
    await queryRunner.query(
      `INSERT INTO "certification" ("id", "title", "rncp_code", "level", "certifier") VALUES ($1, $2, $3, $4, $5)`,
      [c.id, c.title, c.rncpCode, c.level, c.certifier],
    );
    for (const [i, b] of c.blocks.entries())
      await queryRunner.query(
        `INSERT INTO "certification_block" ("id", "certification_id", "code", "title", "position") VALUES ($1, $2, $3, $4, $5)`,
        [b.id, c.id, b.code, b.title, i + 1],
      );
  }
}
