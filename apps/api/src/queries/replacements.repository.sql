-- Requêtes de modules/replacements/replacements.repository.ts (généré : npm run sql:snapshots)

-- ReplacementsRepository.answer
UPDATE replacement_offer SET status = $2, answered_at = now(), updated_at = now() WHERE id = $1;

-- ReplacementsRepository.blocks
SELECT id, code, title FROM certification_block WHERE id = ANY($1::uuid[]) ORDER BY code, id;

-- ReplacementsRepository.due
SELECT * FROM replacement_request
        WHERE status IN ('OPEN','OFFERED') AND answer_by <= now()
        ORDER BY answer_by, id LIMIT $1;

-- ReplacementsRepository.escalateDue
UPDATE replacement_request SET status = 'ESCALATED', escalated_at = now(), version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status IN ('OPEN','OFFERED') AND answer_by <= now()
        RETURNING *;

-- ReplacementsRepository.hasPartnership
SELECT 1 FROM partnership WHERE structure_id = $1 AND partner_organisation_id = $2
          AND (ended_on IS NULL OR ended_on >= current_date);

-- ReplacementsRepository.list
SELECT r.* FROM replacement_request r
        WHERE ($1::uuid IS NULL OR r.structure_id = $1) AND ($2::uuid IS NULL OR r.partner_organisation_id = $2)
          AND ($1::uuid IS NOT NULL OR $2::uuid IS NOT NULL)
        ORDER BY r.starts_at DESC, r.id LIMIT 200;

-- ReplacementsRepository.markOthersTaken
UPDATE replacement_offer SET status = 'TAKEN', updated_at = now() WHERE request_id = $1 AND status = 'SENT';

-- ReplacementsRepository.offerByToken
SELECT o.id AS "offerId", o.structure_id AS "structureId", o.person_id AS "personId", o.request_id AS "requestId",
              o.status, o.expires_at AS "expiresAt", o.answered_at AS "answeredAt", p.first_name AS "firstName",
              r.job_label AS "jobLabel", r.starts_at AS "startsAt", r.ends_at AS "endsAt", r.minutes,
              s.city AS "siteCity", po.name AS "organisationName", r.status AS "requestStatus",
              o.created_by_id AS "createdById"
         FROM replacement_offer o
         JOIN person p ON p.id = o.person_id AND p.structure_id = o.structure_id
         JOIN replacement_request r ON r.id = o.request_id AND r.structure_id = o.structure_id
         JOIN partner_site s ON s.id = r.site_id
         JOIN partner_organisation po ON po.id = r.partner_organisation_id
        WHERE o.token_hash = $1;

-- ReplacementsRepository.offersOf
SELECT id, request_id AS "requestId", person_id AS "personId", status, answered_at AS "answeredAt"
         FROM replacement_offer WHERE structure_id = $1 AND request_id = ANY($2::uuid[]) ORDER BY created_at, id;

-- ReplacementsRepository.partnerStructures
SELECT s.id, s.name FROM partnership p JOIN structure s ON s.id = p.structure_id
        WHERE p.partner_organisation_id = $1 AND (p.ended_on IS NULL OR p.ended_on >= current_date)
        ORDER BY s.name, s.id;

-- ReplacementsRepository.personsOf
SELECT id, first_name AS "firstName", last_name AS "lastName", email FROM person
        WHERE structure_id = $1 AND id = ANY($2::uuid[]);

-- ReplacementsRepository.request (lock)
SELECT r.* FROM replacement_request r
        WHERE r.id = $3 AND ($1::uuid IS NULL OR r.structure_id = $1) AND ($2::uuid IS NULL OR r.partner_organisation_id = $2)
          AND ($1::uuid IS NOT NULL OR $2::uuid IS NOT NULL) FOR UPDATE;

-- ReplacementsRepository.request (read)
SELECT r.* FROM replacement_request r
        WHERE r.id = $3 AND ($1::uuid IS NULL OR r.structure_id = $1) AND ($2::uuid IS NULL OR r.partner_organisation_id = $2)
          AND ($1::uuid IS NOT NULL OR $2::uuid IS NOT NULL);

-- ReplacementsRepository.setStatus
UPDATE replacement_request SET status = $2::varchar, mission_id = coalesce($3::uuid, mission_id),
              filled_at = CASE WHEN $2::varchar = 'FILLED' THEN now() ELSE filled_at END,
              version = version + 1, updated_at = now()
        WHERE id = $1;

-- ReplacementsRepository.site
SELECT id, name, city, latitude, longitude FROM partner_site WHERE partner_organisation_id = $1 AND id = $2;

-- ReplacementsRepository.staffOf
SELECT id FROM app_user WHERE structure_id = $1 AND active AND role::text = ANY($2::text[]) ORDER BY id;

-- ReplacementsRepository.stats
SELECT r.partner_organisation_id AS "partnerOrganisationId", min(po.name) AS name,
              count(*)::int AS requests, count(*) FILTER (WHERE r.status = 'FILLED')::int AS filled,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.filled_at - r.created_at) / 60)
                    FILTER (WHERE r.status = 'FILLED'))::int AS "medianMinutes"
         FROM replacement_request r JOIN partner_organisation po ON po.id = r.partner_organisation_id
        WHERE r.structure_id = $1 AND r.status <> 'CANCELLED'
          AND r.starts_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Europe/Paris')
          AND r.starts_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Europe/Paris')
        GROUP BY GROUPING SETS ((r.partner_organisation_id), ())
        ORDER BY r.partner_organisation_id NULLS FIRST;
