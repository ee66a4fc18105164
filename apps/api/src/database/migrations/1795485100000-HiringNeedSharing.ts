import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A hiring need entered by a structure is seen by that structure and the landlord only, until the landlord shares it
 * with its other partner structures (issue 14, point 12; docs/domain/partner-sharing.md). Needs the landlord entered
 * stay visible to every partner structure, as before. Existing needs entered by a structure start unshared.
 */
export class HiringNeedSharing1795485100000 implements MigrationInterface {
  name = 'HiringNeedSharing1795485100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hiring_need" ADD "shared_with_partners" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hiring_need" DROP COLUMN "shared_with_partners"`);
  }
}
