import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of each person's weekly availability pattern (issue 18, point 2; docs/domain/replacements.md): the
 * « Disponibilités » tab saves the whole week in one go, naming the version it read; a stale one is refused.
 */
export class AvailabilityVersion1795550000000 implements MigrationInterface {
  name = 'AvailabilityVersion1795550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "person_availability_pattern" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "version" integer NOT NULL DEFAULT '0', CONSTRAINT "UQ_person_availability_pattern_person" UNIQUE ("structure_id", "person_id"), CONSTRAINT "PK_d8a219f5d1fa9b2d70ee65db38d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_availability_pattern" ADD CONSTRAINT "FK_person_availability_pattern_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "person_availability_pattern" DROP CONSTRAINT "FK_person_availability_pattern_person"`,
    );
    await queryRunner.query(`DROP TABLE "person_availability_pattern"`);
  }
}
