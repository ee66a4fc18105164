import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the application keeps about itself between starts (`app_state`: a key and its value), first the fingerprint of
 * the exits' minimum-presence rule the stored exit figures were computed with: the start recomputes every exit only
 * when the rule changed (docs/domain/exits.md § « Toujours à jour »).
 */
export class AppState1795490000000 implements MigrationInterface {
  name = 'AppState1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_state" ("key" character varying(100) NOT NULL, "value" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_app_state" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "app_state"`);
  }
}
