import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A structure's account of les emplois de l’inclusion (docs/domain/les-emplois-sync.md): its API token, encrypted
 * with LES_EMPLOIS_TOKEN_KEY (docs/security.md), one per structure. The syncs are logged in `import_log`.
 */
export class LesEmploisLink1795482000000 implements MigrationInterface {
  name = 'LesEmploisLink1795482000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "les_emplois_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "token_ciphertext" text NOT NULL, "token_end" character varying(4) NOT NULL, "linked_by_id" uuid, CONSTRAINT "PK_568345766a4acbd27be38691cd7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_les_emplois_link_linked_by" ON "les_emplois_link"  ("linked_by_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_les_emplois_link_structure" ON "les_emplois_link"  ("structure_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "les_emplois_link" ADD CONSTRAINT "FK_les_emplois_link_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "les_emplois_link" ADD CONSTRAINT "FK_les_emplois_link_linked_by" FOREIGN KEY ("linked_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "les_emplois_link" DROP CONSTRAINT "FK_les_emplois_link_linked_by"`);
    await queryRunner.query(`ALTER TABLE "les_emplois_link" DROP CONSTRAINT "FK_les_emplois_link_structure"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_les_emplois_link_structure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_les_emplois_link_linked_by"`);
    await queryRunner.query(`DROP TABLE "les_emplois_link"`);
  }
}
