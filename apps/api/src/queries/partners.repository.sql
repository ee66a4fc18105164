-- Requêtes de modules/partners/partners.repository.ts (généré : npm run sql:snapshots)

-- PartnersRepository.findOrganisation
SELECT "PartnerOrganisationEntity"."id" AS "PartnerOrganisationEntity_id", "PartnerOrganisationEntity"."created_at" AS "PartnerOrganisationEntity_created_at", "PartnerOrganisationEntity"."updated_at" AS "PartnerOrganisationEntity_updated_at", "PartnerOrganisationEntity"."name" AS "PartnerOrganisationEntity_name", "PartnerOrganisationEntity"."kind" AS "PartnerOrganisationEntity_kind", "PartnerOrganisationEntity"."siret" AS "PartnerOrganisationEntity_siret", "PartnerOrganisationEntity"."city" AS "PartnerOrganisationEntity_city" FROM "partner_organisation" "PartnerOrganisationEntity" WHERE (("PartnerOrganisationEntity"."id" = $1)) LIMIT 1;

-- PartnersRepository.findSite
SELECT "PartnerSiteEntity"."id" AS "PartnerSiteEntity_id", "PartnerSiteEntity"."created_at" AS "PartnerSiteEntity_created_at", "PartnerSiteEntity"."updated_at" AS "PartnerSiteEntity_updated_at", "PartnerSiteEntity"."partner_organisation_id" AS "PartnerSiteEntity_partner_organisation_id", "PartnerSiteEntity"."name" AS "PartnerSiteEntity_name", "PartnerSiteEntity"."address_line" AS "PartnerSiteEntity_address_line", "PartnerSiteEntity"."postal_code" AS "PartnerSiteEntity_postal_code", "PartnerSiteEntity"."city" AS "PartnerSiteEntity_city", "PartnerSiteEntity"."latitude" AS "PartnerSiteEntity_latitude", "PartnerSiteEntity"."longitude" AS "PartnerSiteEntity_longitude", "PartnerSiteEntity"."version" AS "PartnerSiteEntity_version" FROM "partner_site" "PartnerSiteEntity" WHERE (("PartnerSiteEntity"."id" = $1) AND ("PartnerSiteEntity"."partner_organisation_id" = $2)) LIMIT 1;

-- PartnersRepository.hasActivePartnership
SELECT 1 FROM partnership ps WHERE ps.structure_id = $1 AND ps.partner_organisation_id = $2 AND (ps.ended_on IS NULL OR ps.ended_on >= $3::date);

-- PartnersRepository.insertNeed
-- a répondu : insert or update on table "hiring_need" violates a foreign key constraint
INSERT INTO "hiring_need"("id", "created_at", "updated_at", "partner_organisation_id", "site_id", "job_title", "positions", "start_date", "requirements", "status", "created_by_id", "created_by_structure_id", "shared_with_partners", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, DEFAULT, 1) RETURNING "id", "created_at", "updated_at", "positions", "status", "shared_with_partners", "version";

-- PartnersRepository.insertPartnershipIfAbsent
-- a répondu : insert or update on table "partnership" violates a foreign key constraint
INSERT INTO "partnership" AS "PartnershipEntity"("id", "created_at", "updated_at", "structure_id", "partner_organisation_id", "started_on", "ended_on", "group_id", "created_by_id", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, DEFAULT, $5, 1) ON CONFLICT DO NOTHING  RETURNING "id", "created_at", "updated_at", "version";

-- PartnersRepository.insertSite
-- a répondu : insert or update on table "partner_site" violates a foreign key constraint
INSERT INTO "partner_site"("id", "created_at", "updated_at", "partner_organisation_id", "name", "address_line", "postal_code", "city", "latitude", "longitude", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, DEFAULT, DEFAULT, 1) RETURNING "id", "created_at", "updated_at", "version";

-- PartnersRepository.lockNeed
SELECT "n"."id" AS "n_id", "n"."created_at" AS "n_created_at", "n"."updated_at" AS "n_updated_at", "n"."partner_organisation_id" AS "n_partner_organisation_id", "n"."site_id" AS "n_site_id", "n"."job_title" AS "n_job_title", "n"."positions" AS "n_positions", "n"."start_date" AS "n_start_date", "n"."requirements" AS "n_requirements", "n"."status" AS "n_status", "n"."created_by_id" AS "n_created_by_id", "n"."created_by_structure_id" AS "n_created_by_structure_id", "n"."shared_with_partners" AS "n_shared_with_partners", "n"."version" AS "n_version" FROM "hiring_need" "n" WHERE "n"."id" = $1 FOR UPDATE;

-- PartnersRepository.lockPartnership
SELECT "ps"."id" AS "ps_id", "ps"."created_at" AS "ps_created_at", "ps"."updated_at" AS "ps_updated_at", "ps"."structure_id" AS "ps_structure_id", "ps"."partner_organisation_id" AS "ps_partner_organisation_id", "ps"."started_on" AS "ps_started_on", "ps"."ended_on" AS "ps_ended_on", "ps"."group_id" AS "ps_group_id", "ps"."created_by_id" AS "ps_created_by_id", "ps"."version" AS "ps_version" FROM "partnership" "ps" WHERE "ps"."id" = $1 AND "ps"."structure_id" = $2 FOR UPDATE;

-- PartnersRepository.lockPartnershipWith
SELECT "ps"."id" AS "ps_id", "ps"."created_at" AS "ps_created_at", "ps"."updated_at" AS "ps_updated_at", "ps"."structure_id" AS "ps_structure_id", "ps"."partner_organisation_id" AS "ps_partner_organisation_id", "ps"."started_on" AS "ps_started_on", "ps"."ended_on" AS "ps_ended_on", "ps"."group_id" AS "ps_group_id", "ps"."created_by_id" AS "ps_created_by_id", "ps"."version" AS "ps_version" FROM "partnership" "ps" WHERE "ps"."structure_id" = $1 AND "ps"."partner_organisation_id" = $2 FOR UPDATE;

-- PartnersRepository.needsByIds
SELECT "HiringNeedEntity"."id" AS "HiringNeedEntity_id", "HiringNeedEntity"."created_at" AS "HiringNeedEntity_created_at", "HiringNeedEntity"."updated_at" AS "HiringNeedEntity_updated_at", "HiringNeedEntity"."partner_organisation_id" AS "HiringNeedEntity_partner_organisation_id", "HiringNeedEntity"."site_id" AS "HiringNeedEntity_site_id", "HiringNeedEntity"."job_title" AS "HiringNeedEntity_job_title", "HiringNeedEntity"."positions" AS "HiringNeedEntity_positions", "HiringNeedEntity"."start_date" AS "HiringNeedEntity_start_date", "HiringNeedEntity"."requirements" AS "HiringNeedEntity_requirements", "HiringNeedEntity"."status" AS "HiringNeedEntity_status", "HiringNeedEntity"."created_by_id" AS "HiringNeedEntity_created_by_id", "HiringNeedEntity"."created_by_structure_id" AS "HiringNeedEntity_created_by_structure_id", "HiringNeedEntity"."shared_with_partners" AS "HiringNeedEntity_shared_with_partners", "HiringNeedEntity"."version" AS "HiringNeedEntity_version" FROM "hiring_need" "HiringNeedEntity" WHERE (("HiringNeedEntity"."id" IN ($1)));

-- PartnersRepository.organisationNeeds
SELECT n.id FROM hiring_need n WHERE n.partner_organisation_id = $1 AND ($2::text IS NULL OR n.status = $2)
        ORDER BY (n.status = 'OPEN') DESC, n.start_date, n.job_title, n.id;

-- PartnersRepository.organisationProgress
SELECT ps.id AS "partnershipId", ps.structure_id AS "structureId", s.name AS "structureName", 
  g.name AS "groupName",
  CASE WHEN ps.group_id IS NULL
       THEN (SELECT t.hires FROM hiring_target t WHERE t.partnership_id = ps.id AND t.year = $2::int)
       ELSE (SELECT t.hires FROM hiring_target t WHERE t.group_id = ps.group_id AND t.year = $2::int) END AS target,
  (SELECT count(*)::int FROM hire h
    WHERE h.structure_id = ps.structure_id AND h.employer_organisation_id = ps.partner_organisation_id
      AND h.start_date >= make_date($2::int, 1, 1) AND h.start_date < make_date($2::int + 1, 1, 1)) AS "ownHires",
  (SELECT count(*)::int FROM partnership m
     JOIN hire h ON h.structure_id = m.structure_id AND h.employer_organisation_id = m.partner_organisation_id
    WHERE (m.id = ps.id OR m.group_id = ps.group_id)
      AND h.start_date >= make_date($2::int, 1, 1) AND h.start_date < make_date($2::int + 1, 1, 1)) AS hires,
  ARRAY(SELECT o.name FROM partnership m JOIN partner_organisation o ON o.id = m.partner_organisation_id
         WHERE m.group_id = ps.group_id AND m.id <> ps.id ORDER BY o.name, m.id) AS "sharedWith"
           FROM partnership ps JOIN structure s ON s.id = ps.structure_id
           LEFT JOIN partnership_group g ON g.id = ps.group_id
          WHERE ps.partner_organisation_id = $1
          ORDER BY s.name, ps.id;

-- PartnersRepository.organisationsByIds
SELECT "PartnerOrganisationEntity"."id" AS "PartnerOrganisationEntity_id", "PartnerOrganisationEntity"."created_at" AS "PartnerOrganisationEntity_created_at", "PartnerOrganisationEntity"."updated_at" AS "PartnerOrganisationEntity_updated_at", "PartnerOrganisationEntity"."name" AS "PartnerOrganisationEntity_name", "PartnerOrganisationEntity"."kind" AS "PartnerOrganisationEntity_kind", "PartnerOrganisationEntity"."siret" AS "PartnerOrganisationEntity_siret", "PartnerOrganisationEntity"."city" AS "PartnerOrganisationEntity_city" FROM "partner_organisation" "PartnerOrganisationEntity" WHERE (("PartnerOrganisationEntity"."id" IN ($1)));

-- PartnersRepository.organisationSites
SELECT "PartnerSiteEntity"."id" AS "PartnerSiteEntity_id", "PartnerSiteEntity"."created_at" AS "PartnerSiteEntity_created_at", "PartnerSiteEntity"."updated_at" AS "PartnerSiteEntity_updated_at", "PartnerSiteEntity"."partner_organisation_id" AS "PartnerSiteEntity_partner_organisation_id", "PartnerSiteEntity"."name" AS "PartnerSiteEntity_name", "PartnerSiteEntity"."address_line" AS "PartnerSiteEntity_address_line", "PartnerSiteEntity"."postal_code" AS "PartnerSiteEntity_postal_code", "PartnerSiteEntity"."city" AS "PartnerSiteEntity_city", "PartnerSiteEntity"."latitude" AS "PartnerSiteEntity_latitude", "PartnerSiteEntity"."longitude" AS "PartnerSiteEntity_longitude", "PartnerSiteEntity"."version" AS "PartnerSiteEntity_version" FROM "partner_site" "PartnerSiteEntity" WHERE (("PartnerSiteEntity"."partner_organisation_id" = $1)) ORDER BY "PartnerSiteEntity"."name" ASC, "PartnerSiteEntity"."id" ASC;

-- PartnersRepository.overviewCounts
SELECT o.name,
                (SELECT count(*)::int FROM proposal pr WHERE pr.partner_organisation_id = o.id
                    AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED') AND pr.consent_withdrawn_at IS NULL) AS proposals,
                (SELECT count(*)::int FROM mission m WHERE m.host_organisation_id = o.id AND m.hours_status = 'PENDING') AS hours
           FROM partner_organisation o WHERE o.id = $1;

-- PartnersRepository.partnerAndGroupNames
SELECT o.name AS partner, g.name AS "group" FROM partner_organisation o, partnership_group g
            WHERE o.id = $1 AND g.id = $2;

-- PartnersRepository.partnerships
SELECT "ps"."id" AS "ps_id", "ps"."created_at" AS "ps_created_at", "ps"."updated_at" AS "ps_updated_at", "ps"."structure_id" AS "ps_structure_id", "ps"."partner_organisation_id" AS "ps_partner_organisation_id", "ps"."started_on" AS "ps_started_on", "ps"."ended_on" AS "ps_ended_on", "ps"."group_id" AS "ps_group_id", "ps"."created_by_id" AS "ps_created_by_id", "ps"."version" AS "ps_version" FROM "partnership" "ps" INNER JOIN "partner_organisation" "o" ON "o"."id" = "ps"."partner_organisation_id" WHERE "ps"."structure_id" = $1 ORDER BY "o"."name" ASC, "ps"."id" ASC;

-- PartnersRepository.partnershipWith
SELECT "PartnershipEntity"."id" AS "PartnershipEntity_id", "PartnershipEntity"."created_at" AS "PartnershipEntity_created_at", "PartnershipEntity"."updated_at" AS "PartnershipEntity_updated_at", "PartnershipEntity"."structure_id" AS "PartnershipEntity_structure_id", "PartnershipEntity"."partner_organisation_id" AS "PartnershipEntity_partner_organisation_id", "PartnershipEntity"."started_on" AS "PartnershipEntity_started_on", "PartnershipEntity"."ended_on" AS "PartnershipEntity_ended_on", "PartnershipEntity"."group_id" AS "PartnershipEntity_group_id", "PartnershipEntity"."created_by_id" AS "PartnershipEntity_created_by_id", "PartnershipEntity"."version" AS "PartnershipEntity_version" FROM "partnership" "PartnershipEntity" WHERE (("PartnershipEntity"."structure_id" = $1) AND ("PartnershipEntity"."partner_organisation_id" = $2)) LIMIT 1;

-- PartnersRepository.progressByPartnerships
SELECT ps.id AS "partnershipId", ps.structure_id AS "structureId", '' AS "structureName", 
  g.name AS "groupName",
  CASE WHEN ps.group_id IS NULL
       THEN (SELECT t.hires FROM hiring_target t WHERE t.partnership_id = ps.id AND t.year = $3::int)
       ELSE (SELECT t.hires FROM hiring_target t WHERE t.group_id = ps.group_id AND t.year = $3::int) END AS target,
  (SELECT count(*)::int FROM hire h
    WHERE h.structure_id = ps.structure_id AND h.employer_organisation_id = ps.partner_organisation_id
      AND h.start_date >= make_date($3::int, 1, 1) AND h.start_date < make_date($3::int + 1, 1, 1)) AS "ownHires",
  (SELECT count(*)::int FROM partnership m
     JOIN hire h ON h.structure_id = m.structure_id AND h.employer_organisation_id = m.partner_organisation_id
    WHERE (m.id = ps.id OR m.group_id = ps.group_id)
      AND h.start_date >= make_date($3::int, 1, 1) AND h.start_date < make_date($3::int + 1, 1, 1)) AS hires,
  ARRAY(SELECT o.name FROM partnership m JOIN partner_organisation o ON o.id = m.partner_organisation_id
         WHERE m.group_id = ps.group_id AND m.id <> ps.id ORDER BY o.name, m.id) AS "sharedWith"
         FROM partnership ps LEFT JOIN partnership_group g ON g.id = ps.group_id
        WHERE ps.structure_id = $1 AND ps.id = ANY($2::uuid[]);

-- PartnersRepository.saveNeed
-- a répondu : null value in column "partner_organisation_id" of relation "hiring_need" violates not-null constraint
SELECT "HiringNeedEntity"."id" AS "HiringNeedEntity_id", "HiringNeedEntity"."created_at" AS "HiringNeedEntity_created_at", "HiringNeedEntity"."updated_at" AS "HiringNeedEntity_updated_at", "HiringNeedEntity"."partner_organisation_id" AS "HiringNeedEntity_partner_organisation_id", "HiringNeedEntity"."site_id" AS "HiringNeedEntity_site_id", "HiringNeedEntity"."job_title" AS "HiringNeedEntity_job_title", "HiringNeedEntity"."positions" AS "HiringNeedEntity_positions", "HiringNeedEntity"."start_date" AS "HiringNeedEntity_start_date", "HiringNeedEntity"."requirements" AS "HiringNeedEntity_requirements", "HiringNeedEntity"."status" AS "HiringNeedEntity_status", "HiringNeedEntity"."created_by_id" AS "HiringNeedEntity_created_by_id", "HiringNeedEntity"."created_by_structure_id" AS "HiringNeedEntity_created_by_structure_id", "HiringNeedEntity"."shared_with_partners" AS "HiringNeedEntity_shared_with_partners", "HiringNeedEntity"."version" AS "HiringNeedEntity_version" FROM "hiring_need" "HiringNeedEntity" WHERE "HiringNeedEntity"."id" = $1;

INSERT INTO "hiring_need"("id", "created_at", "updated_at", "partner_organisation_id", "site_id", "job_title", "positions", "start_date", "requirements", "status", "created_by_id", "created_by_structure_id", "shared_with_partners", "version") VALUES ($1, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, $2, 1) RETURNING "id", "created_at", "updated_at", "positions", "status", "shared_with_partners", "version";

-- PartnersRepository.savePartnership
-- a répondu : null value in column "structure_id" of relation "partnership" violates not-null constraint
SELECT "PartnershipEntity"."id" AS "PartnershipEntity_id", "PartnershipEntity"."created_at" AS "PartnershipEntity_created_at", "PartnershipEntity"."updated_at" AS "PartnershipEntity_updated_at", "PartnershipEntity"."structure_id" AS "PartnershipEntity_structure_id", "PartnershipEntity"."partner_organisation_id" AS "PartnershipEntity_partner_organisation_id", "PartnershipEntity"."started_on" AS "PartnershipEntity_started_on", "PartnershipEntity"."ended_on" AS "PartnershipEntity_ended_on", "PartnershipEntity"."group_id" AS "PartnershipEntity_group_id", "PartnershipEntity"."created_by_id" AS "PartnershipEntity_created_by_id", "PartnershipEntity"."version" AS "PartnershipEntity_version" FROM "partnership" "PartnershipEntity" WHERE "PartnershipEntity"."id" = $1;

INSERT INTO "partnership"("id", "created_at", "updated_at", "structure_id", "partner_organisation_id", "started_on", "ended_on", "group_id", "created_by_id", "version") VALUES ($1, DEFAULT, DEFAULT, DEFAULT, DEFAULT, $2, $3, DEFAULT, DEFAULT, 1) RETURNING "id", "created_at", "updated_at", "version";

-- PartnersRepository.sitesByIds
SELECT "PartnerSiteEntity"."id" AS "PartnerSiteEntity_id", "PartnerSiteEntity"."created_at" AS "PartnerSiteEntity_created_at", "PartnerSiteEntity"."updated_at" AS "PartnerSiteEntity_updated_at", "PartnerSiteEntity"."partner_organisation_id" AS "PartnerSiteEntity_partner_organisation_id", "PartnerSiteEntity"."name" AS "PartnerSiteEntity_name", "PartnerSiteEntity"."address_line" AS "PartnerSiteEntity_address_line", "PartnerSiteEntity"."postal_code" AS "PartnerSiteEntity_postal_code", "PartnerSiteEntity"."city" AS "PartnerSiteEntity_city", "PartnerSiteEntity"."latitude" AS "PartnerSiteEntity_latitude", "PartnerSiteEntity"."longitude" AS "PartnerSiteEntity_longitude", "PartnerSiteEntity"."version" AS "PartnerSiteEntity_version" FROM "partner_site" "PartnerSiteEntity" WHERE (("PartnerSiteEntity"."id" IN ($1)));

-- PartnersRepository.sitesByOrganisations
SELECT "PartnerSiteEntity"."id" AS "PartnerSiteEntity_id", "PartnerSiteEntity"."created_at" AS "PartnerSiteEntity_created_at", "PartnerSiteEntity"."updated_at" AS "PartnerSiteEntity_updated_at", "PartnerSiteEntity"."partner_organisation_id" AS "PartnerSiteEntity_partner_organisation_id", "PartnerSiteEntity"."name" AS "PartnerSiteEntity_name", "PartnerSiteEntity"."address_line" AS "PartnerSiteEntity_address_line", "PartnerSiteEntity"."postal_code" AS "PartnerSiteEntity_postal_code", "PartnerSiteEntity"."city" AS "PartnerSiteEntity_city", "PartnerSiteEntity"."latitude" AS "PartnerSiteEntity_latitude", "PartnerSiteEntity"."longitude" AS "PartnerSiteEntity_longitude", "PartnerSiteEntity"."version" AS "PartnerSiteEntity_version" FROM "partner_site" "PartnerSiteEntity" WHERE (("PartnerSiteEntity"."partner_organisation_id" IN ($1))) ORDER BY "PartnerSiteEntity"."name" ASC, "PartnerSiteEntity"."id" ASC;

-- PartnersRepository.targetsByPartnerships
SELECT "HiringTargetEntity"."id" AS "HiringTargetEntity_id", "HiringTargetEntity"."created_at" AS "HiringTargetEntity_created_at", "HiringTargetEntity"."updated_at" AS "HiringTargetEntity_updated_at", "HiringTargetEntity"."partnership_id" AS "HiringTargetEntity_partnership_id", "HiringTargetEntity"."group_id" AS "HiringTargetEntity_group_id", "HiringTargetEntity"."year" AS "HiringTargetEntity_year", "HiringTargetEntity"."hires" AS "HiringTargetEntity_hires", "HiringTargetEntity"."version" AS "HiringTargetEntity_version" FROM "hiring_target" "HiringTargetEntity" WHERE (("HiringTargetEntity"."partnership_id" IN ($1))) ORDER BY "HiringTargetEntity"."year" DESC;

-- PartnersRepository.upsertHiringTarget (group)
-- a répondu : insert or update on table "hiring_target" violates a foreign key constraint
INSERT INTO hiring_target (group_id, year, hires) VALUES ($1, $2, $3)
     ON CONFLICT ON CONSTRAINT "UQ_hiring_target_group_year"
     DO UPDATE SET hires = EXCLUDED.hires, version = hiring_target.version + 1, updated_at = now();

-- PartnersRepository.upsertHiringTarget (partnership)
-- a répondu : insert or update on table "hiring_target" violates a foreign key constraint
INSERT INTO hiring_target (partnership_id, year, hires) VALUES ($1, $2, $3)
     ON CONFLICT ON CONSTRAINT "UQ_hiring_target_year"
     DO UPDATE SET hires = EXCLUDED.hires, version = hiring_target.version + 1, updated_at = now();

-- PartnersRepository.visibleNeeds
SELECT n.id FROM hiring_need n
         JOIN partnership ps ON ps.partner_organisation_id = n.partner_organisation_id AND ps.structure_id = $1
                            AND (ps.ended_on IS NULL OR ps.ended_on >= $2::date)
         JOIN partner_organisation o ON o.id = n.partner_organisation_id
        WHERE n.status = $3 AND ($4::uuid IS NULL OR n.partner_organisation_id = $4::uuid)
          AND (n.created_by_structure_id IS NULL OR n.created_by_structure_id = $1::uuid OR n.shared_with_partners)
        ORDER BY n.start_date, o.name, n.job_title, n.id;
