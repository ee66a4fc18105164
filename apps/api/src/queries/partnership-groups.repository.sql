-- Requêtes de modules/partners/partnership-groups.repository.ts (généré : npm run sql:snapshots)

-- PartnershipGroupsRepository.delete
UPDATE partnership SET group_id = NULL WHERE structure_id = $1 AND group_id = $2;

DELETE FROM "partnership_group" WHERE ("id" = $1 AND "structure_id" = $2);

-- PartnershipGroupsRepository.groupOrFail
-- a répondu : Could not find any entity of type "PartnershipGroupEntity" matching: {
SELECT "PartnershipGroupEntity"."id" AS "PartnershipGroupEntity_id", "PartnershipGroupEntity"."created_at" AS "PartnershipGroupEntity_created_at", "PartnershipGroupEntity"."updated_at" AS "PartnershipGroupEntity_updated_at", "PartnershipGroupEntity"."structure_id" AS "PartnershipGroupEntity_structure_id", "PartnershipGroupEntity"."name" AS "PartnershipGroupEntity_name", "PartnershipGroupEntity"."created_by_id" AS "PartnershipGroupEntity_created_by_id", "PartnershipGroupEntity"."version" AS "PartnershipGroupEntity_version" FROM "partnership_group" "PartnershipGroupEntity" WHERE (("PartnershipGroupEntity"."id" = $1) AND ("PartnershipGroupEntity"."structure_id" = $2)) LIMIT 1;

-- PartnershipGroupsRepository.groups
SELECT "PartnershipGroupEntity"."id" AS "PartnershipGroupEntity_id", "PartnershipGroupEntity"."created_at" AS "PartnershipGroupEntity_created_at", "PartnershipGroupEntity"."updated_at" AS "PartnershipGroupEntity_updated_at", "PartnershipGroupEntity"."structure_id" AS "PartnershipGroupEntity_structure_id", "PartnershipGroupEntity"."name" AS "PartnershipGroupEntity_name", "PartnershipGroupEntity"."created_by_id" AS "PartnershipGroupEntity_created_by_id", "PartnershipGroupEntity"."version" AS "PartnershipGroupEntity_version" FROM "partnership_group" "PartnershipGroupEntity" WHERE (("PartnershipGroupEntity"."structure_id" = $1)) ORDER BY "PartnershipGroupEntity"."name" ASC, "PartnershipGroupEntity"."id" ASC;

-- PartnershipGroupsRepository.groupsByIds
SELECT "PartnershipGroupEntity"."id" AS "PartnershipGroupEntity_id", "PartnershipGroupEntity"."created_at" AS "PartnershipGroupEntity_created_at", "PartnershipGroupEntity"."updated_at" AS "PartnershipGroupEntity_updated_at", "PartnershipGroupEntity"."structure_id" AS "PartnershipGroupEntity_structure_id", "PartnershipGroupEntity"."name" AS "PartnershipGroupEntity_name", "PartnershipGroupEntity"."created_by_id" AS "PartnershipGroupEntity_created_by_id", "PartnershipGroupEntity"."version" AS "PartnershipGroupEntity_version" FROM "partnership_group" "PartnershipGroupEntity" WHERE (("PartnershipGroupEntity"."id" IN ($1)));

-- PartnershipGroupsRepository.insertIfAbsent
-- a répondu : insert or update on table "partnership_group" violates a foreign key constraint
INSERT INTO "partnership_group" AS "PartnershipGroupEntity"("id", "created_at", "updated_at", "structure_id", "name", "created_by_id", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, 1) ON CONFLICT DO NOTHING  RETURNING "id", "created_at", "updated_at", "version";

-- PartnershipGroupsRepository.join
INSERT INTO hiring_target (group_id, year, hires)
           SELECT $1::uuid, year, sum(hires)::int FROM hiring_target WHERE partnership_id = ANY($2::uuid[]) GROUP BY year
           ON CONFLICT ON CONSTRAINT "UQ_hiring_target_group_year"
           DO UPDATE SET hires = hiring_target.hires + EXCLUDED.hires, version = hiring_target.version + 1,
                         updated_at = now();

DELETE FROM hiring_target WHERE partnership_id = ANY($1::uuid[]);

UPDATE partnership SET group_id = $1 WHERE structure_id = $2 AND id = ANY($3::uuid[]);

-- PartnershipGroupsRepository.leaveExcept
UPDATE partnership SET group_id = NULL WHERE structure_id = $1 AND group_id = $2 AND NOT (id = ANY($3::uuid[]));

-- PartnershipGroupsRepository.lockGroup
SELECT "g"."id" AS "g_id", "g"."created_at" AS "g_created_at", "g"."updated_at" AS "g_updated_at", "g"."structure_id" AS "g_structure_id", "g"."name" AS "g_name", "g"."created_by_id" AS "g_created_by_id", "g"."version" AS "g_version" FROM "partnership_group" "g" WHERE "g"."id" = $1 AND "g"."structure_id" = $2 FOR UPDATE;

-- PartnershipGroupsRepository.lockMembers
SELECT ps.id, ps.group_id, g.name AS group_name, o.name AS partner_name
             FROM partnership ps
             JOIN partner_organisation o ON o.id = ps.partner_organisation_id
             LEFT JOIN partnership_group g ON g.id = ps.group_id
            WHERE ps.structure_id = $1 AND ps.id = ANY($2::uuid[])
            ORDER BY o.name, ps.id
              FOR UPDATE OF ps;

-- PartnershipGroupsRepository.members
SELECT "PartnershipEntity"."id" AS "PartnershipEntity_id", "PartnershipEntity"."created_at" AS "PartnershipEntity_created_at", "PartnershipEntity"."updated_at" AS "PartnershipEntity_updated_at", "PartnershipEntity"."structure_id" AS "PartnershipEntity_structure_id", "PartnershipEntity"."partner_organisation_id" AS "PartnershipEntity_partner_organisation_id", "PartnershipEntity"."started_on" AS "PartnershipEntity_started_on", "PartnershipEntity"."ended_on" AS "PartnershipEntity_ended_on", "PartnershipEntity"."group_id" AS "PartnershipEntity_group_id", "PartnershipEntity"."created_by_id" AS "PartnershipEntity_created_by_id", "PartnershipEntity"."version" AS "PartnershipEntity_version" FROM "partnership" "PartnershipEntity" WHERE (("PartnershipEntity"."structure_id" = $1) AND ("PartnershipEntity"."group_id" = $2));

-- PartnershipGroupsRepository.nameTaken
SELECT 1 FROM partnership_group WHERE structure_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3::uuid;

-- PartnershipGroupsRepository.partnershipsByGroups
SELECT "PartnershipEntity"."id" AS "PartnershipEntity_id", "PartnershipEntity"."created_at" AS "PartnershipEntity_created_at", "PartnershipEntity"."updated_at" AS "PartnershipEntity_updated_at", "PartnershipEntity"."structure_id" AS "PartnershipEntity_structure_id", "PartnershipEntity"."partner_organisation_id" AS "PartnershipEntity_partner_organisation_id", "PartnershipEntity"."started_on" AS "PartnershipEntity_started_on", "PartnershipEntity"."ended_on" AS "PartnershipEntity_ended_on", "PartnershipEntity"."group_id" AS "PartnershipEntity_group_id", "PartnershipEntity"."created_by_id" AS "PartnershipEntity_created_by_id", "PartnershipEntity"."version" AS "PartnershipEntity_version" FROM "partnership" "PartnershipEntity" WHERE (("PartnershipEntity"."group_id" IN ($1)));

-- PartnershipGroupsRepository.partnershipsByIds
SELECT "PartnershipEntity"."id" AS "PartnershipEntity_id", "PartnershipEntity"."created_at" AS "PartnershipEntity_created_at", "PartnershipEntity"."updated_at" AS "PartnershipEntity_updated_at", "PartnershipEntity"."structure_id" AS "PartnershipEntity_structure_id", "PartnershipEntity"."partner_organisation_id" AS "PartnershipEntity_partner_organisation_id", "PartnershipEntity"."started_on" AS "PartnershipEntity_started_on", "PartnershipEntity"."ended_on" AS "PartnershipEntity_ended_on", "PartnershipEntity"."group_id" AS "PartnershipEntity_group_id", "PartnershipEntity"."created_by_id" AS "PartnershipEntity_created_by_id", "PartnershipEntity"."version" AS "PartnershipEntity_version" FROM "partnership" "PartnershipEntity" WHERE (("PartnershipEntity"."structure_id" = $1) AND ("PartnershipEntity"."id" IN ($2)));

-- PartnershipGroupsRepository.progressByGroups
SELECT g.id,
              (SELECT t.hires FROM hiring_target t WHERE t.group_id = g.id AND t.year = $3) AS target,
              (SELECT count(*)::int FROM partnership m
                 JOIN hire h ON h.structure_id = m.structure_id AND h.employer_organisation_id = m.partner_organisation_id
                WHERE m.group_id = g.id
                  AND h.start_date >= make_date($3, 1, 1) AND h.start_date < make_date($3 + 1, 1, 1)) AS hires,
              ARRAY(SELECT o.name FROM partnership m JOIN partner_organisation o ON o.id = m.partner_organisation_id
                     WHERE m.group_id = g.id ORDER BY o.name, m.id) AS landlords
         FROM partnership_group g WHERE g.structure_id = $1 AND g.id = ANY($2::uuid[]);

-- PartnershipGroupsRepository.rename
UPDATE partnership_group SET name = $3, version = version + 1, updated_at = now()
            WHERE id = $1 AND structure_id = $2;

-- PartnershipGroupsRepository.targetsByGroups
SELECT "HiringTargetEntity"."id" AS "HiringTargetEntity_id", "HiringTargetEntity"."created_at" AS "HiringTargetEntity_created_at", "HiringTargetEntity"."updated_at" AS "HiringTargetEntity_updated_at", "HiringTargetEntity"."partnership_id" AS "HiringTargetEntity_partnership_id", "HiringTargetEntity"."group_id" AS "HiringTargetEntity_group_id", "HiringTargetEntity"."year" AS "HiringTargetEntity_year", "HiringTargetEntity"."hires" AS "HiringTargetEntity_hires", "HiringTargetEntity"."version" AS "HiringTargetEntity_version" FROM "hiring_target" "HiringTargetEntity" WHERE (("HiringTargetEntity"."group_id" IN ($1))) ORDER BY "HiringTargetEntity"."year" DESC;
