-- Requêtes de modules/activities/events.repository.ts (généré : npm run sql:snapshots)

-- EventsRepository.createEvent
-- a répondu : insert or update on table "pathway_event" violates a foreign key constraint
INSERT INTO "pathway_event"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "kind", "occurred_on", "title", "notes", "confidential") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8) RETURNING "id", "created_at", "updated_at", "confidential";

-- EventsRepository.eventsByPersons
SELECT "PathwayEventEntity"."id" AS "PathwayEventEntity_id", "PathwayEventEntity"."created_at" AS "PathwayEventEntity_created_at", "PathwayEventEntity"."updated_at" AS "PathwayEventEntity_updated_at", "PathwayEventEntity"."structure_id" AS "PathwayEventEntity_structure_id", "PathwayEventEntity"."person_id" AS "PathwayEventEntity_person_id", "PathwayEventEntity"."created_by_id" AS "PathwayEventEntity_created_by_id", "PathwayEventEntity"."kind" AS "PathwayEventEntity_kind", "PathwayEventEntity"."occurred_on" AS "PathwayEventEntity_occurred_on", "PathwayEventEntity"."title" AS "PathwayEventEntity_title", "PathwayEventEntity"."notes" AS "PathwayEventEntity_notes", "PathwayEventEntity"."confidential" AS "PathwayEventEntity_confidential" FROM "pathway_event" "PathwayEventEntity" WHERE (("PathwayEventEntity"."confidential" = $1) AND ("PathwayEventEntity"."structure_id" = $2) AND ("PathwayEventEntity"."person_id" = ANY(CAST($3 AS uuid[])))) ORDER BY "PathwayEventEntity"."occurred_on" DESC, "PathwayEventEntity"."created_at" DESC;
