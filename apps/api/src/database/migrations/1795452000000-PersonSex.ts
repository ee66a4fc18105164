import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, point 9: the person's sex (`person.sex`, the FSE+ gender codes WOMAN, MAN, NON_BINARY), taken over from
 * the person's FSE+ participant records where one has a gender — the most recently saved — so that nothing already
 * entered has to be typed again. The participant records keep their own gender (docs/domain/exits.md § « Sexe »).
 */
export class PersonSex1795452000000 implements MigrationInterface {
  name = 'PersonSex1795452000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "sex" character varying(20)`);
    await queryRunner.query(
      `UPDATE "person" p SET "sex" = f."gender"
         FROM (SELECT DISTINCT ON ("person_id") "person_id", "structure_id", "gender" FROM "fse_participant"
                WHERE "gender" IS NOT NULL
                ORDER BY "person_id", "updated_at" DESC, "id" DESC) f
        WHERE f."person_id" = p."id" AND f."structure_id" = p."structure_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "sex"`);
  }
}
