-- Requêtes de core/access/access.repository.ts (généré : npm run sql:snapshots)

-- AccessRepository.personOfStructure
SELECT "p"."id" AS "p_id", "p"."created_at" AS "p_created_at", "p"."updated_at" AS "p_updated_at", "p"."structure_id" AS "p_structure_id", "p"."first_name" AS "p_first_name", "p"."last_name" AS "p_last_name", "p"."birth_date" AS "p_birth_date", "p"."sex" AS "p_sex", "p"."email" AS "p_email", "p"."phone" AS "p_phone", "p"."address_line" AS "p_address_line", "p"."postal_code" AS "p_postal_code", "p"."city" AS "p_city", "p"."latitude" AS "p_latitude", "p"."longitude" AS "p_longitude", "p"."counsellor_id" AS "p_counsellor_id", "p"."stage" AS "p_stage", "p"."information_given_on" AS "p_information_given_on", "p"."consent_given_on" AS "p_consent_given_on", "p"."target_certification_id" AS "p_target_certification_id", "p"."sort_key" AS "p_sort_key", "p"."version" AS "p_version" FROM "person" "p" WHERE "p"."id" = $1 AND "p"."structure_id" = $2;

-- AccessRepository.personOfStructure (lock)
SELECT "p"."id" AS "p_id", "p"."created_at" AS "p_created_at", "p"."updated_at" AS "p_updated_at", "p"."structure_id" AS "p_structure_id", "p"."first_name" AS "p_first_name", "p"."last_name" AS "p_last_name", "p"."birth_date" AS "p_birth_date", "p"."sex" AS "p_sex", "p"."email" AS "p_email", "p"."phone" AS "p_phone", "p"."address_line" AS "p_address_line", "p"."postal_code" AS "p_postal_code", "p"."city" AS "p_city", "p"."latitude" AS "p_latitude", "p"."longitude" AS "p_longitude", "p"."counsellor_id" AS "p_counsellor_id", "p"."stage" AS "p_stage", "p"."information_given_on" AS "p_information_given_on", "p"."consent_given_on" AS "p_consent_given_on", "p"."target_certification_id" AS "p_target_certification_id", "p"."sort_key" AS "p_sort_key", "p"."version" AS "p_version" FROM "person" "p" WHERE "p"."id" = $1 AND "p"."structure_id" = $2 FOR UPDATE;

-- AccessRepository.visibleProposalIds
SELECT pr.id FROM proposal pr WHERE pr.id = ANY($2::uuid[]) AND (pr.partner_organisation_id = $1::uuid AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','HIRED') AND pr.consent_withdrawn_at IS NULL);

-- AccessRepository.visibleProposalPersonIds
SELECT DISTINCT pr.person_id AS "personId" FROM proposal pr
      WHERE pr.person_id = ANY($2::uuid[]) AND (pr.partner_organisation_id = $1::uuid AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','HIRED') AND pr.consent_withdrawn_at IS NULL);
