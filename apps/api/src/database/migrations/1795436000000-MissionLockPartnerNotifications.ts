import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The row trigger's function: a confirmed mission is never deleted, and an UPDATE of it passes `updateCheck`. */
function lockFunction(updateCheck: string): string {
  return `CREATE OR REPLACE FUNCTION "mission_confirmed_hours_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."hours_status" = 'CONFIRMED' THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'mission % has confirmed hours: deletion refused', OLD."id" USING ERRCODE = 'TR001';
    END IF;
${updateCheck}
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$`;
}

/**
 * Issue 5, after the audit of the partner portal.
 *
 * 1. Confirmed mission hours: the trigger of `PartnerPortal` compared a list of columns, so that `site`,
 *    `hours_review_comment`, `created_by_id`, `created_at`… of a confirmed mission could still change, and TRUNCATE
 *    bypassed it. The row is now compared whole (`to_jsonb(OLD)` / `to_jsonb(NEW)`), minus the only columns that may
 *    legitimately move once the host confirmed:
 *    - `tutor_feedback`: the host tutor's appraisal of the work, not part of what the host confirmed (dates, site,
 *      hours); it often comes after the confirmation and is shown to that same host (docs/adr/0006);
 *    - `updated_at` and `version`: they record a change, so they may move only WITH a change of `tutor_feedback` —
 *      a row that claims a new version while nothing changed is refused too.
 *    A column added later is locked by default. DELETE stays refused; TRUNCATE (of `mission`, or reaching it by
 *    CASCADE) is refused while a confirmed mission exists. SQLSTATE TR001 throughout, mapped by the API to its French
 *    refusal (mission-hours.service.ts).
 * 2. Notifications to partner users no longer carry the trainee's name (it outlived a withdrawal and was read without
 *    audit): the titles already stored are rewritten as the API now writes them, and the counsellor's past messages on
 *    corrected hours that name the person are dropped (the API now refuses them). Not undone by `down`.
 */
export class MissionLockPartnerNotifications1795436000000 implements MigrationInterface {
  name = 'MissionLockPartnerNotifications1795436000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      lockFunction(`    IF (to_jsonb(NEW) - 'tutor_feedback' - 'updated_at' - 'version')
       IS DISTINCT FROM (to_jsonb(OLD) - 'tutor_feedback' - 'updated_at' - 'version') THEN
      RAISE EXCEPTION 'mission % has confirmed hours: change refused', OLD."id" USING ERRCODE = 'TR001';
    END IF;
    IF NEW."tutor_feedback" IS NOT DISTINCT FROM OLD."tutor_feedback"
       AND (NEW."updated_at", NEW."version") IS DISTINCT FROM (OLD."updated_at", OLD."version") THEN
      RAISE EXCEPTION 'mission % has confirmed hours: a new version without change refused', OLD."id"
        USING ERRCODE = 'TR001';
    END IF;`),
    );
    await queryRunner.query(`CREATE FUNCTION "mission_confirmed_hours_no_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "mission" WHERE "hours_status" = 'CONFIRMED') THEN
    RAISE EXCEPTION 'mission has confirmed hours: TRUNCATE refused' USING ERRCODE = 'TR001';
  END IF;
  RETURN NULL;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_mission_confirmed_hours_no_truncate" BEFORE TRUNCATE ON "mission" FOR EACH STATEMENT EXECUTE FUNCTION "mission_confirmed_hours_no_truncate"()`,
    );

    // Stored partner notifications, as the API now writes them (proposals.service.ts, mission-hours.service.ts).
    await queryRunner.query(`UPDATE "notification" n
        SET "title" = CASE WHEN length(x.title) <= 200 THEN x.title ELSE left(x.title, 199) || '…' END,
            "updated_at" = now()
       FROM (SELECT n2."id",
                    COALESCE('Nouvelle proposition pour « ' || h."job_title" || ' »', 'Nouvelle proposition de candidat·e')
                      AS title
               FROM "notification" n2
               LEFT JOIN "proposal" pr ON pr."id" = n2."proposal_id"
               LEFT JOIN "hiring_need" h ON h."id" = pr."hiring_need_id"
              WHERE n2."kind" = 'PROPOSAL_RECEIVED') x
      WHERE n."id" = x."id" AND n."title" IS DISTINCT FROM x.title`);
    await queryRunner.query(`UPDATE "notification" n
        SET "body" = left(n."body", strpos(n."body", ' Message : ') - 1), "updated_at" = now()
       FROM "mission" m JOIN "person" p ON p."id" = m."person_id" AND p."structure_id" = m."structure_id"
      WHERE n."kind" = 'MISSION_HOURS_CORRECTED' AND n."mission_id" = m."id" AND strpos(n."body", ' Message : ') > 0
        AND (strpos(lower(n."body"), lower(p."first_name")) > 0 OR strpos(lower(n."body"), lower(p."last_name")) > 0
             OR (p."email" IS NOT NULL AND strpos(lower(n."body"), lower(p."email")) > 0))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_mission_confirmed_hours_no_truncate" ON "mission"`);
    await queryRunner.query(`DROP FUNCTION "mission_confirmed_hours_no_truncate"()`);
    // The check of `PartnerPortal`, as it was.
    await queryRunner.query(
      lockFunction(`    IF (NEW."minutes", NEW."start_date", NEW."end_date", NEW."host_organisation_id", NEW."person_id", NEW."structure_id",
        NEW."kind", NEW."hours_status", NEW."hours_reviewed_at", NEW."hours_reviewed_by_id")
       IS DISTINCT FROM
       (OLD."minutes", OLD."start_date", OLD."end_date", OLD."host_organisation_id", OLD."person_id", OLD."structure_id",
        OLD."kind", OLD."hours_status", OLD."hours_reviewed_at", OLD."hours_reviewed_by_id") THEN
      RAISE EXCEPTION 'mission % has confirmed hours: change refused', OLD."id" USING ERRCODE = 'TR001';
    END IF;`),
    );
  }
}
