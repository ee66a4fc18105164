import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FunderReports1795422489098 implements MigrationInterface {
  name = 'FunderReports1795422489098';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "structure_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "year" smallint NOT NULL, "dynamic_exit_rate_bp" integer NOT NULL, "durable_employment_rate_bp" integer NOT NULL, "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_structure_target_year" UNIQUE ("structure_id", "year"), CONSTRAINT "CHK_structure_target_year" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "CHK_structure_target_rates" CHECK ("dynamic_exit_rate_bp" BETWEEN 0 AND 10000 AND "durable_employment_rate_bp" BETWEEN 0 AND 10000), CONSTRAINT "PK_8cd4cf06b4f8b1e9ae43c729957" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TABLE "report_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "requested_by_id" uuid, "kind" character varying(20) NOT NULL, "agreement_id" uuid, "partnership_id" uuid, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "progress_label" character varying(200), "attempts" smallint NOT NULL DEFAULT '0', "locked_at" TIMESTAMP WITH TIME ZONE, "locked_by" character varying(100), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "error" text, "parameters" jsonb NOT NULL, "figures" jsonb, "figures_sha256" character(64), "pdf_pages" integer, CONSTRAINT "CHK_report_job_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "CHK_report_job_period" CHECK ("period_end" >= "period_start"), CONSTRAINT "CHK_report_job_subject" CHECK (("kind" = 'PARTNERSHIP' AND "partnership_id" IS NOT NULL AND "agreement_id" IS NULL)
   OR ("kind" <> 'PARTNERSHIP' AND "agreement_id" IS NOT NULL AND "partnership_id" IS NULL)), CONSTRAINT "CHK_report_job_status" CHECK ("status" IN ('QUEUED','RUNNING','DONE','FAILED')), CONSTRAINT "CHK_report_job_kind" CHECK ("kind" IN ('FSE_PLUS','OPCO','DDETS','PARTNERSHIP')), CONSTRAINT "PK_35e715439e5691b45a9e4710aeb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_report_job_partnership" ON "report_job"  ("partnership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_report_job_agreement" ON "report_job"  ("agreement_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_report_job_queue" ON "report_job"  ("status", "created_at") WHERE "status" IN ('QUEUED','RUNNING')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_report_job_structure" ON "report_job"  ("structure_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "report_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "report_job_id" uuid NOT NULL, "format" character varying(10) NOT NULL, "content" bytea NOT NULL, "sha256" character(64) NOT NULL, "size_bytes" integer NOT NULL, CONSTRAINT "UQ_report_file_format" UNIQUE ("report_job_id", "format"), CONSTRAINT "CHK_report_file_format" CHECK ("format" IN ('PDF','XLSX')), CONSTRAINT "PK_1ee07d7eee68a3ea0a9a73e1454" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "UQ_partnership_id_structure" UNIQUE ("id", "structure_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "structure_target" ADD CONSTRAINT "FK_structure_target_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_job" ADD CONSTRAINT "FK_report_job_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_job" ADD CONSTRAINT "FK_report_job_agreement" FOREIGN KEY ("agreement_id", "structure_id") REFERENCES "funding_agreement"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_job" ADD CONSTRAINT "FK_report_job_partnership" FOREIGN KEY ("partnership_id", "structure_id") REFERENCES "partnership"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_file" ADD CONSTRAINT "FK_report_file_job" FOREIGN KEY ("report_job_id") REFERENCES "report_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_file" DROP CONSTRAINT "FK_report_file_job"`);
    await queryRunner.query(`ALTER TABLE "report_job" DROP CONSTRAINT "FK_report_job_partnership"`);
    await queryRunner.query(`ALTER TABLE "report_job" DROP CONSTRAINT "FK_report_job_agreement"`);
    await queryRunner.query(`ALTER TABLE "report_job" DROP CONSTRAINT "FK_report_job_structure"`);
    await queryRunner.query(`ALTER TABLE "structure_target" DROP CONSTRAINT "FK_structure_target_structure"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "UQ_partnership_id_structure"`);
    await queryRunner.query(`DROP TABLE "report_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_report_job_structure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_report_job_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_report_job_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_report_job_partnership"`);
    await queryRunner.query(`DROP TABLE "report_job"`);
    await queryRunner.query(`DROP TABLE "structure_target"`);
  }
}
