-- Requêtes de modules/replacements/replacement-candidates.repository.ts (généré : npm run sql:snapshots)

-- ReplacementCandidatesRepository.facts
SELECT p.id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.latitude, p.longitude
         FROM person p
        WHERE p.structure_id = $1 AND p.stage <> 'EXITED' AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))
        ORDER BY p.sort_key, p.id;

SELECT DISTINCT ON (e.person_id, e.block_id) e.person_id AS "personId", e.block_id AS "blockId", e.level
           FROM skills_evaluation e
          WHERE e.structure_id = $1 AND e.person_id = ANY($2::uuid[]) AND e.block_id = ANY($3::uuid[])
          ORDER BY e.person_id, e.block_id, e.evaluated_on DESC, e.created_at DESC;

SELECT c.person_id AS "personId", c.code, to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn"
           FROM person_clearance c
          WHERE c.structure_id = $1 AND c.person_id = ANY($2::uuid[]) AND c.code = ANY($3::text[]);

SELECT a.person_id AS "personId", a.weekday, a.start_minute AS "startMinute", a.end_minute AS "endMinute"
           FROM person_availability a WHERE a.structure_id = $1 AND a.person_id = ANY($2::uuid[]);

SELECT u.person_id AS "personId", to_char(u.starts_on, 'YYYY-MM-DD') AS "startsOn",
                to_char(u.ends_on, 'YYYY-MM-DD') AS "endsOn"
           FROM person_unavailability u
          WHERE u.structure_id = $1 AND u.person_id = ANY($2::uuid[]) AND u.starts_on <= $4 AND u.ends_on >= $3;

SELECT m.person_id AS "personId", m.host_organisation_id AS "hostOrganisationId", m.site,
                to_char(m.start_date, 'YYYY-MM-DD') AS "startDate", to_char(m.end_date, 'YYYY-MM-DD') AS "endDate",
                m.minutes, m.kind, m.tutor_feedback AS "tutorFeedback", m.hours_status AS "hoursStatus"
           FROM mission m
          WHERE m.structure_id = $1 AND m.person_id = ANY($2::uuid[]) AND m.end_date >= $3
          ORDER BY m.start_date;
