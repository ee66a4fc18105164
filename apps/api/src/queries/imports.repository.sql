-- Requêtes de modules/imports/imports.repository.ts (généré : npm run sql:snapshots)

-- ImportsRepository.deleteLesEmploisLink
DELETE FROM "les_emplois_link" WHERE "structure_id" = $1;

-- ImportsRepository.deleteStaleUploads
DELETE FROM import_upload WHERE created_at < now() - make_interval(hours => $1);

-- ImportsRepository.deleteUpload
DELETE FROM "import_upload" WHERE ("id" = $1 AND "structure_id" = $2);

-- ImportsRepository.factsOf
SELECT p.id,
              (SELECT jsonb_build_object('prescriber_kind', r.prescriber_kind, 'prescriber_organisation', r.prescriber_organisation,
                        'referred_on', r.referred_on) FROM referral r WHERE r.structure_id = $1 AND r.person_id = p.id) AS referral,
              (SELECT jsonb_agg(jsonb_build_object('number', trim(x.number), 'start_date', x.start_date, 'end_date', x.end_date,
                        'official_end_date', x.official_end_date) ORDER BY x.start_date, x.created_at)
                 FROM pass_iae x WHERE x.structure_id = $1 AND x.person_id = p.id) AS passes,
              (SELECT jsonb_agg(jsonb_build_object('kind', c.kind, 'start_date', c.start_date, 'end_date', c.end_date,
                        'weekly_minutes', c.weekly_minutes) ORDER BY c.start_date)
                 FROM employment_contract c WHERE c.structure_id = $1 AND c.person_id = p.id) AS contracts,
              (SELECT jsonb_agg(jsonb_build_object('month', w.month, 'minutes', w.minutes))
                 FROM worked_month w WHERE w.structure_id = $1 AND w.person_id = p.id) AS months,
              (SELECT jsonb_build_object('exit_date', e.exit_date, 'reason', e.reason)
                 FROM pathway_exit e WHERE e.structure_id = $1 AND e.person_id = p.id) AS exit,
              (SELECT max(t.effective_on)::text FROM stage_transition t
                WHERE t.structure_id = $1 AND t.person_id = p.id) AS last_stage_change_on,
              EXISTS (SELECT 1 FROM eligibility_diagnosis d
                       WHERE d.structure_id = $1 AND d.person_id = p.id AND d.author = $3
                         AND d.diagnosed_on <= $4::date AND d.valid_until >= $4::date) AS valid_prescriber_diagnosis
         FROM person p WHERE p.structure_id = $1 AND p.id = ANY($2::uuid[]);

-- ImportsRepository.fillContacts
UPDATE person p SET email = coalesce(p.email, v.email), phone = coalesce(p.phone, v.phone),
              address_line = coalesce(p.address_line, v.address_line), postal_code = coalesce(p.postal_code, v.postal_code),
              city = coalesce(p.city, v.city), version = p.version + 1, updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
              AS v(id, email, phone, address_line, postal_code, city)
        WHERE p.structure_id = $1 AND p.id = v.id;

-- ImportsRepository.findUpload
SELECT "ImportUploadEntity"."id" AS "ImportUploadEntity_id", "ImportUploadEntity"."created_at" AS "ImportUploadEntity_created_at", "ImportUploadEntity"."updated_at" AS "ImportUploadEntity_updated_at", "ImportUploadEntity"."structure_id" AS "ImportUploadEntity_structure_id", "ImportUploadEntity"."uploaded_by_id" AS "ImportUploadEntity_uploaded_by_id", "ImportUploadEntity"."file_name" AS "ImportUploadEntity_file_name", "ImportUploadEntity"."sha256" AS "ImportUploadEntity_sha256", "ImportUploadEntity"."content" AS "ImportUploadEntity_content" FROM "import_upload" "ImportUploadEntity" WHERE (("ImportUploadEntity"."id" = $1) AND ("ImportUploadEntity"."structure_id" = $2)) LIMIT 1;

-- ImportsRepository.insertExits
-- a répondu : insert or update on table "pathway_exit" violates a foreign key constraint
INSERT INTO "pathway_exit"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "exit_date", "reason", "category", "counts", "presence_explanation", "contract_start", "minutes_worked", "comment") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING "id", "created_at", "updated_at";

-- ImportsRepository.insertPasses
-- a répondu : insert or update on table "pass_iae" violates a foreign key constraint
INSERT INTO "pass_iae"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "number", "start_date", "end_date", "official_end_date", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, DEFAULT, 1) RETURNING "id", "created_at", "updated_at", "version";

-- ImportsRepository.insertPersons
-- a répondu : insert or update on table "person" violates a foreign key constraint
INSERT INTO "person"("id", "created_at", "updated_at", "structure_id", "first_name", "last_name", "birth_date", "sex", "email", "phone", "address_line", "postal_code", "city", "latitude", "longitude", "counsellor_id", "stage", "information_given_on", "consent_given_on", "target_certification_id", "sort_key", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, $5, DEFAULT, DEFAULT, DEFAULT, $6, 1) RETURNING "id", "created_at", "updated_at", "stage", "version";

-- ImportsRepository.insertReferrals
-- a répondu : insert or update on table "referral" violates a foreign key constraint
INSERT INTO "referral"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "prescriber_kind", "prescriber_organisation", "prescriber_contact_name", "prescriber_contact_email", "prescriber_contact_phone", "referred_on", "version") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, DEFAULT, DEFAULT, DEFAULT, $6, 1) RETURNING "id", "created_at", "updated_at", "version";

-- ImportsRepository.insertStageTransitions
-- a répondu : insert or update on table "stage_transition" violates a foreign key constraint
INSERT INTO "stage_transition"("id", "created_at", "updated_at", "structure_id", "person_id", "created_by_id", "from_stage", "to_stage", "effective_on", "reason", "override_reason", "missing_evidence") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "created_at", "updated_at", "missing_evidence";

-- ImportsRepository.lesEmploisLink
SELECT DISTINCT "distinctAlias"."LesEmploisLinkEntity_id" AS "ids_LesEmploisLinkEntity_id" FROM (SELECT "LesEmploisLinkEntity"."id" AS "LesEmploisLinkEntity_id", "LesEmploisLinkEntity"."created_at" AS "LesEmploisLinkEntity_created_at", "LesEmploisLinkEntity"."updated_at" AS "LesEmploisLinkEntity_updated_at", "LesEmploisLinkEntity"."structure_id" AS "LesEmploisLinkEntity_structure_id", "LesEmploisLinkEntity"."token_ciphertext" AS "LesEmploisLinkEntity_token_ciphertext", "LesEmploisLinkEntity"."token_end" AS "LesEmploisLinkEntity_token_end", "LesEmploisLinkEntity"."linked_by_id" AS "LesEmploisLinkEntity_linked_by_id", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."id" AS "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy_id", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."created_at" AS "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy_created_at", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."updated_at" AS "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy_updated_at", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."email" AS "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy_email", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."first_name" AS "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy_first_name", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."last_name" AS "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy_last_name", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."password_hash" AS "7d1e3944ab4ac2583f02bd20bb23565a9369d141", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."must_change_password" AS "e981deeeb6647ac41a766a652c5028874ee977f1", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."role" AS "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy_role", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."structure_id" AS "ce4e355cb219a53c056ac9d9f23a0cc79aa66867", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."partner_organisation_id" AS "b89bbccb9d8001dc5c06d52c69330d16cad61b24", "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."active" AS "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy_active" FROM "les_emplois_link" "LesEmploisLinkEntity" LEFT JOIN "app_user" "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy" ON "LesEmploisLinkEntity__LesEmploisLinkEntity_linkedBy"."id"="LesEmploisLinkEntity"."linked_by_id" WHERE (("LesEmploisLinkEntity"."structure_id" = $1))) "distinctAlias" ORDER BY "LesEmploisLinkEntity_id" ASC LIMIT 1;

-- ImportsRepository.lesEmploisToken
SELECT "LesEmploisLinkEntity"."id" AS "LesEmploisLinkEntity_id", "LesEmploisLinkEntity"."created_at" AS "LesEmploisLinkEntity_created_at", "LesEmploisLinkEntity"."updated_at" AS "LesEmploisLinkEntity_updated_at", "LesEmploisLinkEntity"."structure_id" AS "LesEmploisLinkEntity_structure_id", "LesEmploisLinkEntity"."token_ciphertext" AS "LesEmploisLinkEntity_token_ciphertext", "LesEmploisLinkEntity"."token_end" AS "LesEmploisLinkEntity_token_end", "LesEmploisLinkEntity"."linked_by_id" AS "LesEmploisLinkEntity_linked_by_id" FROM "les_emplois_link" "LesEmploisLinkEntity" WHERE (("LesEmploisLinkEntity"."structure_id" = $1)) LIMIT 1;

-- ImportsRepository.lock
SELECT pg_advisory_xact_lock(hashtext('tremplin:import'), hashtext($1));

-- ImportsRepository.log
SELECT DISTINCT "distinctAlias"."ImportLogEntity_id" AS "ids_ImportLogEntity_id" FROM (SELECT "ImportLogEntity"."id" AS "ImportLogEntity_id", "ImportLogEntity"."created_at" AS "ImportLogEntity_created_at", "ImportLogEntity"."updated_at" AS "ImportLogEntity_updated_at", "ImportLogEntity"."structure_id" AS "ImportLogEntity_structure_id", "ImportLogEntity"."imported_by_id" AS "ImportLogEntity_imported_by_id", "ImportLogEntity"."file_name" AS "ImportLogEntity_file_name", "ImportLogEntity"."sha256" AS "ImportLogEntity_sha256", "ImportLogEntity"."created_count" AS "ImportLogEntity_created_count", "ImportLogEntity"."completed_count" AS "ImportLogEntity_completed_count", "ImportLogEntity"."unchanged_count" AS "ImportLogEntity_unchanged_count", "ImportLogEntity"."refused_count" AS "ImportLogEntity_refused_count", "ImportLogEntity"."rows" AS "ImportLogEntity_rows", "ImportLogEntity__ImportLogEntity_importedBy"."id" AS "ImportLogEntity__ImportLogEntity_importedBy_id", "ImportLogEntity__ImportLogEntity_importedBy"."created_at" AS "ImportLogEntity__ImportLogEntity_importedBy_created_at", "ImportLogEntity__ImportLogEntity_importedBy"."updated_at" AS "ImportLogEntity__ImportLogEntity_importedBy_updated_at", "ImportLogEntity__ImportLogEntity_importedBy"."email" AS "ImportLogEntity__ImportLogEntity_importedBy_email", "ImportLogEntity__ImportLogEntity_importedBy"."first_name" AS "ImportLogEntity__ImportLogEntity_importedBy_first_name", "ImportLogEntity__ImportLogEntity_importedBy"."last_name" AS "ImportLogEntity__ImportLogEntity_importedBy_last_name", "ImportLogEntity__ImportLogEntity_importedBy"."password_hash" AS "ImportLogEntity__ImportLogEntity_importedBy_password_hash", "ImportLogEntity__ImportLogEntity_importedBy"."must_change_password" AS "77304b5c7409718ad6b8b9499a30df2a425b2d2a", "ImportLogEntity__ImportLogEntity_importedBy"."role" AS "ImportLogEntity__ImportLogEntity_importedBy_role", "ImportLogEntity__ImportLogEntity_importedBy"."structure_id" AS "ImportLogEntity__ImportLogEntity_importedBy_structure_id", "ImportLogEntity__ImportLogEntity_importedBy"."partner_organisation_id" AS "90ec485d813947844f8d4231390c9ad05015c53a", "ImportLogEntity__ImportLogEntity_importedBy"."active" AS "ImportLogEntity__ImportLogEntity_importedBy_active" FROM "import_log" "ImportLogEntity" LEFT JOIN "app_user" "ImportLogEntity__ImportLogEntity_importedBy" ON "ImportLogEntity__ImportLogEntity_importedBy"."id"="ImportLogEntity"."imported_by_id" WHERE (("ImportLogEntity"."id" = $1) AND ("ImportLogEntity"."structure_id" = $2))) "distinctAlias" ORDER BY "ImportLogEntity_id" ASC LIMIT 1;

-- ImportsRepository.logs
SELECT DISTINCT "distinctAlias"."ImportLogEntity_id" AS "ids_ImportLogEntity_id", "distinctAlias"."ImportLogEntity_created_at", "distinctAlias"."ImportLogEntity_id" FROM (SELECT "ImportLogEntity"."id" AS "ImportLogEntity_id", "ImportLogEntity"."created_at" AS "ImportLogEntity_created_at", "ImportLogEntity"."updated_at" AS "ImportLogEntity_updated_at", "ImportLogEntity"."structure_id" AS "ImportLogEntity_structure_id", "ImportLogEntity"."imported_by_id" AS "ImportLogEntity_imported_by_id", "ImportLogEntity"."file_name" AS "ImportLogEntity_file_name", "ImportLogEntity"."sha256" AS "ImportLogEntity_sha256", "ImportLogEntity"."created_count" AS "ImportLogEntity_created_count", "ImportLogEntity"."completed_count" AS "ImportLogEntity_completed_count", "ImportLogEntity"."unchanged_count" AS "ImportLogEntity_unchanged_count", "ImportLogEntity"."refused_count" AS "ImportLogEntity_refused_count", "ImportLogEntity"."rows" AS "ImportLogEntity_rows", "ImportLogEntity__ImportLogEntity_importedBy"."id" AS "ImportLogEntity__ImportLogEntity_importedBy_id", "ImportLogEntity__ImportLogEntity_importedBy"."created_at" AS "ImportLogEntity__ImportLogEntity_importedBy_created_at", "ImportLogEntity__ImportLogEntity_importedBy"."updated_at" AS "ImportLogEntity__ImportLogEntity_importedBy_updated_at", "ImportLogEntity__ImportLogEntity_importedBy"."email" AS "ImportLogEntity__ImportLogEntity_importedBy_email", "ImportLogEntity__ImportLogEntity_importedBy"."first_name" AS "ImportLogEntity__ImportLogEntity_importedBy_first_name", "ImportLogEntity__ImportLogEntity_importedBy"."last_name" AS "ImportLogEntity__ImportLogEntity_importedBy_last_name", "ImportLogEntity__ImportLogEntity_importedBy"."password_hash" AS "ImportLogEntity__ImportLogEntity_importedBy_password_hash", "ImportLogEntity__ImportLogEntity_importedBy"."must_change_password" AS "77304b5c7409718ad6b8b9499a30df2a425b2d2a", "ImportLogEntity__ImportLogEntity_importedBy"."role" AS "ImportLogEntity__ImportLogEntity_importedBy_role", "ImportLogEntity__ImportLogEntity_importedBy"."structure_id" AS "ImportLogEntity__ImportLogEntity_importedBy_structure_id", "ImportLogEntity__ImportLogEntity_importedBy"."partner_organisation_id" AS "90ec485d813947844f8d4231390c9ad05015c53a", "ImportLogEntity__ImportLogEntity_importedBy"."active" AS "ImportLogEntity__ImportLogEntity_importedBy_active" FROM "import_log" "ImportLogEntity" LEFT JOIN "app_user" "ImportLogEntity__ImportLogEntity_importedBy" ON "ImportLogEntity__ImportLogEntity_importedBy"."id"="ImportLogEntity"."imported_by_id" WHERE (("ImportLogEntity"."structure_id" = $1))) "distinctAlias" ORDER BY "distinctAlias"."ImportLogEntity_created_at" DESC, "distinctAlias"."ImportLogEntity_id" DESC, "ImportLogEntity_id" ASC LIMIT 20;

-- ImportsRepository.mapping
SELECT "ImportMappingEntity"."id" AS "ImportMappingEntity_id", "ImportMappingEntity"."created_at" AS "ImportMappingEntity_created_at", "ImportMappingEntity"."updated_at" AS "ImportMappingEntity_updated_at", "ImportMappingEntity"."structure_id" AS "ImportMappingEntity_structure_id", "ImportMappingEntity"."columns" AS "ImportMappingEntity_columns" FROM "import_mapping" "ImportMappingEntity" WHERE (("ImportMappingEntity"."structure_id" = $1)) LIMIT 1;

-- ImportsRepository.personsByBirthDates
SELECT id, first_name, last_name, birth_date::text AS birth_date, email, phone, address_line, postal_code, city, stage
         FROM person WHERE structure_id = $1 AND birth_date = ANY($2::date[]);

-- ImportsRepository.personsByPass
SELECT DISTINCT ON (pass.number) pass.number, p.id, p.first_name, p.last_name, p.birth_date::text AS birth_date,
              p.email, p.phone, p.address_line, p.postal_code, p.city, p.stage
         FROM pass_iae pass JOIN person p ON p.id = pass.person_id AND p.structure_id = pass.structure_id
        WHERE pass.structure_id = $1 AND pass.number = ANY($2::text[])
        ORDER BY pass.number, pass.start_date DESC;

-- ImportsRepository.saveLesEmploisLink
-- a répondu : insert or update on table "les_emplois_link" violates a foreign key constraint
INSERT INTO "les_emplois_link"("id", "created_at", "updated_at", "structure_id", "token_ciphertext", "token_end", "linked_by_id") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4) ON CONFLICT ( "structure_id" ) DO UPDATE SET "structure_id" = EXCLUDED."structure_id", "token_ciphertext" = EXCLUDED."token_ciphertext", "token_end" = EXCLUDED."token_end", "linked_by_id" = EXCLUDED."linked_by_id", "updated_at" = DEFAULT RETURNING "id", "created_at", "updated_at";

-- ImportsRepository.saveLog
-- a répondu : insert or update on table "import_log" violates a foreign key constraint
INSERT INTO "import_log"("id", "created_at", "updated_at", "structure_id", "imported_by_id", "file_name", "sha256", "created_count", "completed_count", "unchanged_count", "refused_count", "rows") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id", "created_at", "updated_at";

-- ImportsRepository.saveMapping
-- a répondu : insert or update on table "import_mapping" violates a foreign key constraint
INSERT INTO "import_mapping"("id", "created_at", "updated_at", "structure_id", "columns") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2) ON CONFLICT ( "structure_id" ) DO UPDATE SET "structure_id" = EXCLUDED."structure_id", "columns" = EXCLUDED."columns", "updated_at" = DEFAULT RETURNING "id", "created_at", "updated_at";

-- ImportsRepository.saveUpload
-- a répondu : insert or update on table "import_upload" violates a foreign key constraint
INSERT INTO "import_upload"("id", "created_at", "updated_at", "structure_id", "uploaded_by_id", "file_name", "sha256", "content") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2, $3, $4, $5) RETURNING "id", "created_at", "updated_at";

-- ImportsRepository.setStage
UPDATE person SET stage = $3, version = version + 1, updated_at = now() WHERE structure_id = $1 AND id = ANY($2::uuid[]);

-- ImportsRepository.structure
-- a répondu : Could not find any entity of type "StructureEntity" matching: {
SELECT "StructureEntity"."id" AS "StructureEntity_id", "StructureEntity"."created_at" AS "StructureEntity_created_at", "StructureEntity"."updated_at" AS "StructureEntity_updated_at", "StructureEntity"."name" AS "StructureEntity_name", "StructureEntity"."kind" AS "StructureEntity_kind", "StructureEntity"."siret" AS "StructureEntity_siret", "StructureEntity"."city" AS "StructureEntity_city", "StructureEntity"."password_sign_in_allowed" AS "StructureEntity_password_sign_in_allowed", "StructureEntity"."departement" AS "StructureEntity_departement", "StructureEntity"."convention_number" AS "StructureEntity_convention_number", "StructureEntity"."convention_starts_on" AS "StructureEntity_convention_starts_on", "StructureEntity"."convention_ends_on" AS "StructureEntity_convention_ends_on", "StructureEntity"."annex_number" AS "StructureEntity_annex_number", "StructureEntity"."annex_starts_on" AS "StructureEntity_annex_starts_on", "StructureEntity"."annex_ends_on" AS "StructureEntity_annex_ends_on", "StructureEntity"."hiring_target" AS "StructureEntity_hiring_target", "StructureEntity"."active" AS "StructureEntity_active" FROM "structure" "StructureEntity" WHERE (("StructureEntity"."id" = $1)) LIMIT 1;
