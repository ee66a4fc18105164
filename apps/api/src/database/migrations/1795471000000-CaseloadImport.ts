import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caseload import (docs/adr/0010-caseload-import.md): uploaded files kept until imported (`import_upload`), the
 * columns chosen per structure (`import_mapping`), the import log (`import_log`), and the hours worked per month that
 * an import brings in (`worked_month`, one per person and month: docs/domain/caseload-import.md).
 */
export class CaseloadImport1795471000000 implements MigrationInterface {
  name = 'CaseloadImport1795471000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "worked_month" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "month" date NOT NULL, "minutes" integer NOT NULL, CONSTRAINT "PK_3403710c18472532f1daa9ca968" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_worked_month_structure" ON "worked_month"  ("structure_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_worked_month_person_month" ON "worked_month"  ("person_id", "month") `,
    );
    await queryRunner.query(
      `CREATE TABLE "import_upload" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "uploaded_by_id" uuid, "file_name" character varying(255) NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_95fa91c2e22f631f20788d9a63c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_import_upload_structure" ON "import_upload"  ("structure_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "import_mapping" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "columns" jsonb NOT NULL, CONSTRAINT "PK_b851a428225ebaa9a5e683f3ebf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_import_mapping_structure" ON "import_mapping"  ("structure_id") `);
    await queryRunner.query(
      `CREATE TABLE "import_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "imported_by_id" uuid, "file_name" character varying(255) NOT NULL, "sha256" character(64) NOT NULL, "created_count" integer NOT NULL, "completed_count" integer NOT NULL, "unchanged_count" integer NOT NULL, "refused_count" integer NOT NULL, "rows" jsonb NOT NULL, CONSTRAINT "PK_875ddf28523a52231e1e32f34e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_import_log_imported_by" ON "import_log"  ("imported_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_import_log_structure" ON "import_log"  ("structure_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "worked_month" ADD CONSTRAINT "FK_worked_month_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_upload" ADD CONSTRAINT "FK_import_upload_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_mapping" ADD CONSTRAINT "FK_import_mapping_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_log" ADD CONSTRAINT "FK_import_log_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_log" ADD CONSTRAINT "FK_import_log_imported_by" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_log" DROP CONSTRAINT "FK_import_log_imported_by"`);
    await queryRunner.query(`ALTER TABLE "import_log" DROP CONSTRAINT "FK_import_log_structure"`);
    await queryRunner.query(`ALTER TABLE "import_mapping" DROP CONSTRAINT "FK_import_mapping_structure"`);
    await queryRunner.query(`ALTER TABLE "import_upload" DROP CONSTRAINT "FK_import_upload_structure"`);
    await queryRunner.query(`ALTER TABLE "worked_month" DROP CONSTRAINT "FK_worked_month_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_log_structure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_log_imported_by"`);
    await queryRunner.query(`DROP TABLE "import_log"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_import_mapping_structure"`);
    await queryRunner.query(`DROP TABLE "import_mapping"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_upload_structure"`);
    await queryRunner.query(`DROP TABLE "import_upload"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_worked_month_person_month"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_worked_month_structure"`);
    await queryRunner.query(`DROP TABLE "worked_month"`);
  }
}
