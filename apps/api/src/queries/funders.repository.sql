-- Requêtes de modules/funding/funders.repository.ts (généré : npm run sql:snapshots)

-- FundersRepository.agreementOrFail
-- a répondu : Could not find any entity of type "FundingAgreementEntity" matching: {
SELECT "FundingAgreementEntity"."id" AS "FundingAgreementEntity_id", "FundingAgreementEntity"."created_at" AS "FundingAgreementEntity_created_at", "FundingAgreementEntity"."updated_at" AS "FundingAgreementEntity_updated_at", "FundingAgreementEntity"."structure_id" AS "FundingAgreementEntity_structure_id", "FundingAgreementEntity"."created_by_id" AS "FundingAgreementEntity_created_by_id", "FundingAgreementEntity"."funder_id" AS "FundingAgreementEntity_funder_id", "FundingAgreementEntity"."reference" AS "FundingAgreementEntity_reference", "FundingAgreementEntity"."title" AS "FundingAgreementEntity_title", "FundingAgreementEntity"."start_date" AS "FundingAgreementEntity_start_date", "FundingAgreementEntity"."end_date" AS "FundingAgreementEntity_end_date", "FundingAgreementEntity"."amount_granted_cents" AS "FundingAgreementEntity_amount_granted_cents", "FundingAgreementEntity"."co_financing_rate_bp" AS "FundingAgreementEntity_co_financing_rate_bp", "FundingAgreementEntity"."hourly_rate_cents" AS "FundingAgreementEntity_hourly_rate_cents", "FundingAgreementEntity"."source_kinds" AS "FundingAgreementEntity_source_kinds", "FundingAgreementEntity"."scope" AS "FundingAgreementEntity_scope", "FundingAgreementEntity"."indicators" AS "FundingAgreementEntity_indicators", "FundingAgreementEntity"."version" AS "FundingAgreementEntity_version" FROM "funding_agreement" "FundingAgreementEntity" WHERE (("FundingAgreementEntity"."id" = $1) AND ("FundingAgreementEntity"."structure_id" = $2)) LIMIT 1;

-- FundersRepository.agreementsByFunders
SELECT "FundingAgreementEntity"."id" AS "FundingAgreementEntity_id", "FundingAgreementEntity"."created_at" AS "FundingAgreementEntity_created_at", "FundingAgreementEntity"."updated_at" AS "FundingAgreementEntity_updated_at", "FundingAgreementEntity"."structure_id" AS "FundingAgreementEntity_structure_id", "FundingAgreementEntity"."created_by_id" AS "FundingAgreementEntity_created_by_id", "FundingAgreementEntity"."funder_id" AS "FundingAgreementEntity_funder_id", "FundingAgreementEntity"."reference" AS "FundingAgreementEntity_reference", "FundingAgreementEntity"."title" AS "FundingAgreementEntity_title", "FundingAgreementEntity"."start_date" AS "FundingAgreementEntity_start_date", "FundingAgreementEntity"."end_date" AS "FundingAgreementEntity_end_date", "FundingAgreementEntity"."amount_granted_cents" AS "FundingAgreementEntity_amount_granted_cents", "FundingAgreementEntity"."co_financing_rate_bp" AS "FundingAgreementEntity_co_financing_rate_bp", "FundingAgreementEntity"."hourly_rate_cents" AS "FundingAgreementEntity_hourly_rate_cents", "FundingAgreementEntity"."source_kinds" AS "FundingAgreementEntity_source_kinds", "FundingAgreementEntity"."scope" AS "FundingAgreementEntity_scope", "FundingAgreementEntity"."indicators" AS "FundingAgreementEntity_indicators", "FundingAgreementEntity"."version" AS "FundingAgreementEntity_version" FROM "funding_agreement" "FundingAgreementEntity" WHERE (("FundingAgreementEntity"."structure_id" = $1) AND ("FundingAgreementEntity"."funder_id" IN ($2))) ORDER BY "FundingAgreementEntity"."start_date" DESC, "FundingAgreementEntity"."reference" ASC;

-- FundersRepository.allocationsOutside
SELECT fa.source_kind, count(*)::int AS n,
                count(*) FILTER (WHERE d.start_on < $3::date)::int AS before,
                count(*) FILTER (WHERE d.end_on > $4::date)::int AS after,
                NOT (fa.source_kind = ANY($5::varchar[])) AS wrong_kind
           FROM funding_allocation fa
           CROSS JOIN LATERAL (SELECT CASE fa.source_kind WHEN 'TRAINING_ATTENDANCE' THEN (SELECT s.session_date FROM session_attendance x
      JOIN collective_session s ON s.id = x.session_id AND s.structure_id = x.structure_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id WHERE x.id = fa.attendance_id AND x.structure_id = fa.structure_id) WHEN 'MISSION' THEN (SELECT x.start_date FROM mission x
      JOIN partner_organisation o ON o.id = x.host_organisation_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id WHERE x.id = fa.mission_id AND x.structure_id = fa.structure_id) WHEN 'STAFF_TIME' THEN (SELECT x.worked_on FROM staff_time_entry x
      JOIN app_user u ON u.id = x.user_id
      LEFT JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id WHERE x.id = fa.staff_time_entry_id AND x.structure_id = fa.structure_id) WHEN 'EXPENSE' THEN (SELECT x.incurred_on FROM expense x WHERE x.id = fa.expense_id AND x.structure_id = fa.structure_id) END AS start_on, CASE fa.source_kind WHEN 'TRAINING_ATTENDANCE' THEN (SELECT s.session_date FROM session_attendance x
      JOIN collective_session s ON s.id = x.session_id AND s.structure_id = x.structure_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id WHERE x.id = fa.attendance_id AND x.structure_id = fa.structure_id) WHEN 'MISSION' THEN (SELECT x.end_date FROM mission x
      JOIN partner_organisation o ON o.id = x.host_organisation_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id WHERE x.id = fa.mission_id AND x.structure_id = fa.structure_id) WHEN 'STAFF_TIME' THEN (SELECT x.worked_on FROM staff_time_entry x
      JOIN app_user u ON u.id = x.user_id
      LEFT JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id WHERE x.id = fa.staff_time_entry_id AND x.structure_id = fa.structure_id) WHEN 'EXPENSE' THEN (SELECT x.incurred_on FROM expense x WHERE x.id = fa.expense_id AND x.structure_id = fa.structure_id) END AS end_on) d
          WHERE fa.structure_id = $1 AND fa.agreement_id = $2
          GROUP BY fa.source_kind;

-- FundersRepository.countFseParticipantsOfAgreement
SELECT count(*)::int AS n FROM fse_participant WHERE structure_id = $1 AND agreement_id = $2;

-- FundersRepository.countFseParticipantsOfFunder
SELECT count(*)::int AS n FROM fse_participant f
             JOIN funding_agreement a ON a.id = f.agreement_id AND a.structure_id = f.structure_id
            WHERE f.structure_id = $1 AND a.funder_id = $2;

-- FundersRepository.findAgreement
SELECT "FundingAgreementEntity"."id" AS "FundingAgreementEntity_id", "FundingAgreementEntity"."created_at" AS "FundingAgreementEntity_created_at", "FundingAgreementEntity"."updated_at" AS "FundingAgreementEntity_updated_at", "FundingAgreementEntity"."structure_id" AS "FundingAgreementEntity_structure_id", "FundingAgreementEntity"."created_by_id" AS "FundingAgreementEntity_created_by_id", "FundingAgreementEntity"."funder_id" AS "FundingAgreementEntity_funder_id", "FundingAgreementEntity"."reference" AS "FundingAgreementEntity_reference", "FundingAgreementEntity"."title" AS "FundingAgreementEntity_title", "FundingAgreementEntity"."start_date" AS "FundingAgreementEntity_start_date", "FundingAgreementEntity"."end_date" AS "FundingAgreementEntity_end_date", "FundingAgreementEntity"."amount_granted_cents" AS "FundingAgreementEntity_amount_granted_cents", "FundingAgreementEntity"."co_financing_rate_bp" AS "FundingAgreementEntity_co_financing_rate_bp", "FundingAgreementEntity"."hourly_rate_cents" AS "FundingAgreementEntity_hourly_rate_cents", "FundingAgreementEntity"."source_kinds" AS "FundingAgreementEntity_source_kinds", "FundingAgreementEntity"."scope" AS "FundingAgreementEntity_scope", "FundingAgreementEntity"."indicators" AS "FundingAgreementEntity_indicators", "FundingAgreementEntity"."version" AS "FundingAgreementEntity_version" FROM "funding_agreement" "FundingAgreementEntity" WHERE (("FundingAgreementEntity"."id" = $1) AND ("FundingAgreementEntity"."structure_id" = $2)) LIMIT 1;

-- FundersRepository.findFunder
SELECT "FunderEntity"."id" AS "FunderEntity_id", "FunderEntity"."created_at" AS "FunderEntity_created_at", "FunderEntity"."updated_at" AS "FunderEntity_updated_at", "FunderEntity"."structure_id" AS "FunderEntity_structure_id", "FunderEntity"."created_by_id" AS "FunderEntity_created_by_id", "FunderEntity"."kind" AS "FunderEntity_kind", "FunderEntity"."name" AS "FunderEntity_name", "FunderEntity"."hourly_rate_cents" AS "FunderEntity_hourly_rate_cents", "FunderEntity"."contact_email" AS "FunderEntity_contact_email", "FunderEntity"."version" AS "FunderEntity_version" FROM "funder" "FunderEntity" WHERE (("FunderEntity"."id" = $1) AND ("FunderEntity"."structure_id" = $2)) LIMIT 1;

-- FundersRepository.funderOrFail
-- a répondu : Could not find any entity of type "FunderEntity" matching: {
SELECT "FunderEntity"."id" AS "FunderEntity_id", "FunderEntity"."created_at" AS "FunderEntity_created_at", "FunderEntity"."updated_at" AS "FunderEntity_updated_at", "FunderEntity"."structure_id" AS "FunderEntity_structure_id", "FunderEntity"."created_by_id" AS "FunderEntity_created_by_id", "FunderEntity"."kind" AS "FunderEntity_kind", "FunderEntity"."name" AS "FunderEntity_name", "FunderEntity"."hourly_rate_cents" AS "FunderEntity_hourly_rate_cents", "FunderEntity"."contact_email" AS "FunderEntity_contact_email", "FunderEntity"."version" AS "FunderEntity_version" FROM "funder" "FunderEntity" WHERE (("FunderEntity"."id" = $1) AND ("FunderEntity"."structure_id" = $2)) LIMIT 1;

-- FundersRepository.fundersByIds
SELECT "FunderEntity"."id" AS "FunderEntity_id", "FunderEntity"."created_at" AS "FunderEntity_created_at", "FunderEntity"."updated_at" AS "FunderEntity_updated_at", "FunderEntity"."structure_id" AS "FunderEntity_structure_id", "FunderEntity"."created_by_id" AS "FunderEntity_created_by_id", "FunderEntity"."kind" AS "FunderEntity_kind", "FunderEntity"."name" AS "FunderEntity_name", "FunderEntity"."hourly_rate_cents" AS "FunderEntity_hourly_rate_cents", "FunderEntity"."contact_email" AS "FunderEntity_contact_email", "FunderEntity"."version" AS "FunderEntity_version" FROM "funder" "FunderEntity" WHERE (("FunderEntity"."structure_id" = $1) AND ("FunderEntity"."id" IN ($2)));

-- FundersRepository.insertAgreement
-- a répondu : insert or update on table "funding_agreement" violates a foreign key constraint
INSERT INTO "funding_agreement"("id", "created_at", "updated_at", "structure_id", "created_by_id", "funder_id", "reference", "title", "start_date", "end_date", "amount_granted_cents", "co_financing_rate_bp", "hourly_rate_cents", "source_kinds", "scope", "indicators", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1) RETURNING "id", "created_at", "updated_at", "co_financing_rate_bp", "indicators", "version";

-- FundersRepository.insertFunder
-- a répondu : insert or update on table "funder" violates a foreign key constraint
INSERT INTO "funder"("id", "created_at", "updated_at", "structure_id", "created_by_id", "kind", "name", "hourly_rate_cents", "contact_email", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, 1) RETURNING "id", "created_at", "updated_at", "version";

-- FundersRepository.listAgreements
SELECT "FundingAgreementEntity"."id" AS "FundingAgreementEntity_id", "FundingAgreementEntity"."created_at" AS "FundingAgreementEntity_created_at", "FundingAgreementEntity"."updated_at" AS "FundingAgreementEntity_updated_at", "FundingAgreementEntity"."structure_id" AS "FundingAgreementEntity_structure_id", "FundingAgreementEntity"."created_by_id" AS "FundingAgreementEntity_created_by_id", "FundingAgreementEntity"."funder_id" AS "FundingAgreementEntity_funder_id", "FundingAgreementEntity"."reference" AS "FundingAgreementEntity_reference", "FundingAgreementEntity"."title" AS "FundingAgreementEntity_title", "FundingAgreementEntity"."start_date" AS "FundingAgreementEntity_start_date", "FundingAgreementEntity"."end_date" AS "FundingAgreementEntity_end_date", "FundingAgreementEntity"."amount_granted_cents" AS "FundingAgreementEntity_amount_granted_cents", "FundingAgreementEntity"."co_financing_rate_bp" AS "FundingAgreementEntity_co_financing_rate_bp", "FundingAgreementEntity"."hourly_rate_cents" AS "FundingAgreementEntity_hourly_rate_cents", "FundingAgreementEntity"."source_kinds" AS "FundingAgreementEntity_source_kinds", "FundingAgreementEntity"."scope" AS "FundingAgreementEntity_scope", "FundingAgreementEntity"."indicators" AS "FundingAgreementEntity_indicators", "FundingAgreementEntity"."version" AS "FundingAgreementEntity_version" FROM "funding_agreement" "FundingAgreementEntity" WHERE (("FundingAgreementEntity"."structure_id" = $1)) ORDER BY "FundingAgreementEntity"."start_date" DESC, "FundingAgreementEntity"."reference" ASC;

-- FundersRepository.listFunders
SELECT "FunderEntity"."id" AS "FunderEntity_id", "FunderEntity"."created_at" AS "FunderEntity_created_at", "FunderEntity"."updated_at" AS "FunderEntity_updated_at", "FunderEntity"."structure_id" AS "FunderEntity_structure_id", "FunderEntity"."created_by_id" AS "FunderEntity_created_by_id", "FunderEntity"."kind" AS "FunderEntity_kind", "FunderEntity"."name" AS "FunderEntity_name", "FunderEntity"."hourly_rate_cents" AS "FunderEntity_hourly_rate_cents", "FunderEntity"."contact_email" AS "FunderEntity_contact_email", "FunderEntity"."version" AS "FunderEntity_version" FROM "funder" "FunderEntity" WHERE (("FunderEntity"."structure_id" = $1)) ORDER BY "FunderEntity"."name" ASC, "FunderEntity"."id" ASC;

-- FundersRepository.referenceTaken
SELECT id FROM funding_agreement WHERE structure_id = $1 AND reference = $2 AND ($3::uuid IS NULL OR id <> $3::uuid);

-- FundersRepository.updateAgreementAtVersion
UPDATE "funding_agreement" SET "funder_id" = $1, "reference" = $2, "title" = $3, "start_date" = $4, "end_date" = $5, "amount_granted_cents" = $6, "co_financing_rate_bp" = $7, "hourly_rate_cents" = $8, "source_kinds" = $9, "scope" = $10, "indicators" = $11, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $12 AND "structure_id" = $13 AND "version" = $14;

-- FundersRepository.updateFunderAtVersion
UPDATE "funder" SET "kind" = $1, "name" = $2, "hourly_rate_cents" = $3, "contact_email" = $4, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $5 AND "structure_id" = $6 AND "version" = $7;
