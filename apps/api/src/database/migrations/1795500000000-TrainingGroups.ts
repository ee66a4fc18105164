import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training groups (« promotions », issue 17; docs/domain/attendance-groups.md): the group, its members (persons of its
 * structure), the staff assigned to it (a technical supervisor sees only these groups), and the group a collective
 * session belongs to (same-structure foreign keys, as every child record).
 */
export class TrainingGroups1795500000000 implements MigrationInterface {
  name = 'TrainingGroups1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_training_group_id_structure" UNIQUE ("id", "structure_id"), CONSTRAINT "PK_87e3ab22d0f59f86fbd446e6574" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_training_group_structure" ON "training_group"  ("structure_id", "starts_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_group_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "group_id" uuid NOT NULL, CONSTRAINT "UQ_training_group_member" UNIQUE ("group_id", "person_id"), CONSTRAINT "PK_9b1227467384df495911c4a24ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_training_group_member_person" ON "training_group_member"  ("structure_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_group_supervisor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "group_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "UQ_training_group_supervisor" UNIQUE ("group_id", "user_id"), CONSTRAINT "PK_dbe9ef990856a61ebdd67eb1cb4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_training_group_supervisor_user" ON "training_group_supervisor"  ("user_id") `,
    );
    await queryRunner.query(`ALTER TABLE "collective_session" ADD "group_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_collective_session_group" ON "collective_session"  ("structure_id", "group_id", "session_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "training_group" ADD CONSTRAINT "FK_training_group_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_group_member" ADD CONSTRAINT "FK_training_group_member_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_group_member" ADD CONSTRAINT "FK_training_group_member_group" FOREIGN KEY ("group_id", "structure_id") REFERENCES "training_group"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_group_supervisor" ADD CONSTRAINT "FK_training_group_supervisor_group" FOREIGN KEY ("group_id", "structure_id") REFERENCES "training_group"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_group_supervisor" ADD CONSTRAINT "FK_training_group_supervisor_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collective_session" ADD CONSTRAINT "FK_collective_session_group" FOREIGN KEY ("group_id", "structure_id") REFERENCES "training_group"("id","structure_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collective_session" DROP CONSTRAINT "FK_collective_session_group"`);
    await queryRunner.query(
      `ALTER TABLE "training_group_supervisor" DROP CONSTRAINT "FK_training_group_supervisor_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_group_supervisor" DROP CONSTRAINT "FK_training_group_supervisor_group"`,
    );
    await queryRunner.query(`ALTER TABLE "training_group_member" DROP CONSTRAINT "FK_training_group_member_group"`);
    await queryRunner.query(`ALTER TABLE "training_group_member" DROP CONSTRAINT "FK_training_group_member_person"`);
    await queryRunner.query(`ALTER TABLE "training_group" DROP CONSTRAINT "FK_training_group_structure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_collective_session_group"`);
    await queryRunner.query(`ALTER TABLE "collective_session" DROP COLUMN "group_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_group_supervisor_user"`);
    await queryRunner.query(`DROP TABLE "training_group_supervisor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_group_member_person"`);
    await queryRunner.query(`DROP TABLE "training_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_group_structure"`);
    await queryRunner.query(`DROP TABLE "training_group"`);
  }
}
