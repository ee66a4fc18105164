import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The confirmed-hours lock of `MissionLockPartnerNotifications`, with `extra` columns free to move. */
function lockFunction(extra: string[]): string {
  const free = ['tutor_feedback', ...extra, 'updated_at', 'version'].map((c) => ` - '${c}'`).join('');
  const changed = ['tutor_feedback', ...extra].map((c) => `NEW."${c}" IS NOT DISTINCT FROM OLD."${c}"`).join(' AND ');
  return `CREATE OR REPLACE FUNCTION "mission_confirmed_hours_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."hours_status" = 'CONFIRMED' THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'mission % has confirmed hours: deletion refused', OLD."id" USING ERRCODE = 'TR001';
    END IF;
    IF (to_jsonb(NEW)${free})
       IS DISTINCT FROM (to_jsonb(OLD)${free}) THEN
      RAISE EXCEPTION 'mission % has confirmed hours: change refused', OLD."id" USING ERRCODE = 'TR001';
    END IF;
    IF ${changed}
       AND (NEW."updated_at", NEW."version") IS DISTINCT FROM (OLD."updated_at", OLD."version") THEN
      RAISE EXCEPTION 'mission % has confirmed hours: a new version without change refused', OLD."id"
        USING ERRCODE = 'TR001';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$`;
}

/**
 * Issue 18, point 5: job coaching during missions (docs/domain/coaching.md).
 * - `mission.coach_id`: the coach named for the mission (a counsellor or director of the structure). The coach is not
 *   part of what the host confirmed: like `tutor_feedback`, it may still change once the hours are confirmed (the
 *   lock's function is redefined with that one more free column; every other column stays locked).
 * - `coaching_contact`: visits, calls and mediations during a mission, and the employer's requests for a mediation.
 * - `coaching_setting`: per structure, the days without contact after which the alert is raised (14 without a row).
 */
export class Coaching1795530000000 implements MigrationInterface {
  name = 'Coaching1795530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "coaching_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "structure_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_by_id" uuid, "mission_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DONE', "occurred_on" date, "note" character varying(1000), "confidential" boolean NOT NULL DEFAULT false, "author_id" uuid, "request_message" character varying(1000), "requested_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_coaching_contact_done" CHECK ("status" = 'REQUESTED' OR "occurred_on" IS NOT NULL), CONSTRAINT "CHK_coaching_contact_status" CHECK ("status" IN ('REQUESTED','DONE')), CONSTRAINT "CHK_coaching_contact_kind" CHECK ("kind" IN ('VISIT','CALL','MEDIATION')), CONSTRAINT "PK_e88d9144cc668237b5a0e350424" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_coaching_contact_mission" ON "coaching_contact"  ("structure_id", "mission_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_coaching_contact_person" ON "coaching_contact"  ("structure_id", "person_id", "occurred_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "coaching_setting" ("structure_id" uuid NOT NULL, "alert_days" integer NOT NULL DEFAULT '14', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_coaching_setting_alert_days" CHECK ("alert_days" BETWEEN 1 AND 365), CONSTRAINT "PK_coaching_setting" PRIMARY KEY ("structure_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "mission" ADD "coach_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "mission" ADD CONSTRAINT "FK_mission_coach" FOREIGN KEY ("coach_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coaching_contact" ADD CONSTRAINT "FK_coaching_contact_person" FOREIGN KEY ("person_id", "structure_id") REFERENCES "person"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coaching_contact" ADD CONSTRAINT "FK_coaching_contact_mission" FOREIGN KEY ("mission_id", "structure_id") REFERENCES "mission"("id","structure_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coaching_setting" ADD CONSTRAINT "FK_coaching_setting_structure" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(lockFunction(['coach_id']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(lockFunction([]));
    await queryRunner.query(`ALTER TABLE "coaching_setting" DROP CONSTRAINT "FK_coaching_setting_structure"`);
    await queryRunner.query(`ALTER TABLE "coaching_contact" DROP CONSTRAINT "FK_coaching_contact_mission"`);
    await queryRunner.query(`ALTER TABLE "coaching_contact" DROP CONSTRAINT "FK_coaching_contact_person"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP CONSTRAINT "FK_mission_coach"`);
    await queryRunner.query(`ALTER TABLE "mission" DROP COLUMN "coach_id"`);
    await queryRunner.query(`DROP TABLE "coaching_setting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_coaching_contact_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_coaching_contact_mission"`);
    await queryRunner.query(`DROP TABLE "coaching_contact"`);
  }
}
