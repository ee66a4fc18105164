import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mission hours day by day (issue 17, point 3; docs/domain/mission-days.md): `mission_day`, the minutes a person worked
 * on one day of a mission, entered by the technical supervisor. The API recomputes `mission.minutes` from them.
 *
 * The trigger `TRG_mission_day_guard` holds, whoever writes:
 * - the lines of a mission whose hours the host confirmed are locked — no insert, change or deletion (SQLSTATE TR001,
 *   as the mission's own lock, mapped by the API to its French refusal);
 * - a line belongs to its mission's person and its day lies within the mission's dates (23514, check_violation).
 */
const GUARD_FUNCTION = `CREATE FUNCTION "mission_day_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  m RECORD;
BEGIN
  SELECT "hours_status", "start_date", "end_date", "person_id" INTO m FROM "mission"
   WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."mission_id" ELSE NEW."mission_id" END;
  IF FOUND AND m."hours_status" = 'CONFIRMED' THEN
    RAISE EXCEPTION 'mission % has confirmed hours: day lines locked',
      CASE WHEN TG_OP = 'DELETE' THEN OLD."mission_id" ELSE NEW."mission_id" END USING ERRCODE = 'TR001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF FOUND AND (NEW."day" < m."start_date" OR NEW."day" > m."end_date" OR NEW."person_id" <> m."person_id") THEN
    RAISE EXCEPTION 'mission day % outside mission % or not its person', NEW."day", NEW."mission_id"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$`;

export class MissionDays1795510000000 implements MigrationInterface {
  name = 'MissionDays1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mission_day" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "mission_id" uuid NOT NULL, "day" date NOT NULL, "minutes" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_mission_day_minutes" CHECK ("minutes" >= 0 AND "minutes" <= 1440), CONSTRAINT "PK_d81da4f71b3934ba14934885db3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_mission_day_person" ON "mission_day"  ("structure_id", "person_id", "day") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_mission_day_mission_day" ON "mission_day"  ("mission_id", "day") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mission_day" ADD CONSTRAINT "FK_mission_day_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mission_day" ADD CONSTRAINT "FK_mission_day_mission" FOREIGN KEY ("mission_id", "structure_id") REFERENCES "mission"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(GUARD_FUNCTION);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_mission_day_guard" BEFORE INSERT OR UPDATE OR DELETE ON "mission_day" FOR EACH ROW EXECUTE FUNCTION "mission_day_guard"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_mission_day_guard" ON "mission_day"`);
    await queryRunner.query(`DROP FUNCTION "mission_day_guard"()`);
    await queryRunner.query(`ALTER TABLE "mission_day" DROP CONSTRAINT "FK_mission_day_mission"`);
    await queryRunner.query(`ALTER TABLE "mission_day" DROP CONSTRAINT "FK_mission_day_person"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_mission_day_mission_day"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mission_day_person"`);
    await queryRunner.query(`DROP TABLE "mission_day"`);
  }
}
