import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, point 1 — nothing entered is lost (docs/domain/concurrent-edits.md).
 *
 * - `session_attendance.version`: each line of an attendance sheet carries the version it was read at; a line
 *   changed by someone else since is refused (CONFLICT) instead of being overwritten.
 * - `funding_allocation.version`: an allocation grows when the same source is charged again to the same agreement;
 *   its version lets a removal (and the version of the source line the allocation screen shows) see that change.
 *
 * Existing rows start at version 1, as a new row does.
 */
export class EditorLineVersions1795451000000 implements MigrationInterface {
  name = 'EditorLineVersions1795451000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_attendance" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "funding_allocation" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "funding_allocation" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP COLUMN "version"`);
  }
}
