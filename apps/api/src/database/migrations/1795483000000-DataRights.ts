import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The persons' data rights (docs/domain/retention.md): where each file stands in its retention (`person_retention`:
 * notice, anonymisation, legal hold), the guard of the daily retention job (`retention_run`, one row per day), and
 * audit lines written by the application itself (`audit_log.actor_user_id` nullable, `actor_role` SYSTEM).
 */
export class DataRights1795483000000 implements MigrationInterface {
  name = 'DataRights1795483000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "person_retention" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "notice_for_date" date, "notice_sent_at" TIMESTAMP WITH TIME ZONE, "anonymised_at" TIMESTAMP WITH TIME ZONE, "legal_hold_reason" character varying(500), "legal_hold_until" date, "legal_hold_set_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_867f41eedca77670558c7532332" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_person_retention_structure" ON "person_retention"  ("structure_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_person_retention_person" ON "person_retention"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "retention_run" ("run_on" date NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "anonymised_count" integer NOT NULL DEFAULT '0', "notice_count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_9c815fc7220134c35a92f5e5c62" PRIMARY KEY ("run_on"))`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_actor"`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "actor_user_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_actor" ON "audit_log"  ("actor_user_id", "occurred_at") `);
    await queryRunner.query(
      `ALTER TABLE "person_retention" ADD CONSTRAINT "FK_person_retention_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person_retention" DROP CONSTRAINT "FK_person_retention_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_log_actor"`);
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "actor_user_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_actor" ON "audit_log" ("actor_user_id", "occurred_at") `);
    await queryRunner.query(`DROP TABLE "retention_run"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_person_retention_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_retention_structure"`);
    await queryRunner.query(`DROP TABLE "person_retention"`);
  }
}
