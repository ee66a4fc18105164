-- Requêtes de modules/activities/mission-days.repository.ts (généré : npm run sql:snapshots)

-- MissionDaysRepository.currentLines
SELECT d.mission_id, d.day::text AS day, d.minutes, d.version
         FROM mission_day d
        WHERE d.structure_id = $1 AND d.mission_id = ANY($2::uuid[]) AND d.day = ANY($3::date[]);

-- MissionDaysRepository.deleteLines
DELETE FROM mission_day d
        USING unnest($2::uuid[], $3::date[]) AS l(mission_id, day)
        WHERE d.structure_id = $1 AND d.mission_id = l.mission_id AND d.day = l.day;

-- MissionDaysRepository.hostName
SELECT o.name FROM partner_organisation o
        WHERE o.id = $2
          AND (EXISTS (SELECT 1 FROM partnership pa WHERE pa.structure_id = $1 AND pa.partner_organisation_id = o.id)
               OR EXISTS (SELECT 1 FROM mission m WHERE m.structure_id = $1 AND m.host_organisation_id = o.id));

-- MissionDaysRepository.hosts
SELECT o.id, o.name,
              COALESCE(array_agg(DISTINCT m.site ORDER BY m.site) FILTER (WHERE m.site IS NOT NULL), '{}') AS sites
         FROM mission m JOIN partner_organisation o ON o.id = m.host_organisation_id
        WHERE m.structure_id = $1 AND m.start_date <= $3 AND m.end_date >= $2
        GROUP BY o.id, o.name
        ORDER BY o.name, o.id;

-- MissionDaysRepository.lockMissions
SELECT m.id, m.person_id, m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes,
              m.hours_status, m.hours_reviewed_at, p.first_name, p.last_name, o.name AS host_name,
              NULLIF(concat_ws(' ', u.first_name, u.last_name), '') AS reviewer_name
         FROM mission m
         JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
         JOIN partner_organisation o ON o.id = m.host_organisation_id
         LEFT JOIN app_user u ON u.id = m.hours_reviewed_by_id
        WHERE m.structure_id = $1 AND m.id = ANY($2::uuid[])
        ORDER BY m.id
          FOR UPDATE OF m;

-- MissionDaysRepository.recomputeMinutes
UPDATE mission m SET minutes = d.total, version = m.version + 1, updated_at = now()
         FROM (SELECT mission_id, sum(minutes)::int AS total FROM mission_day
                WHERE structure_id = $1 AND mission_id = ANY($2::uuid[])
                GROUP BY mission_id) d
        WHERE m.id = d.mission_id AND m.structure_id = $1 AND m.minutes <> d.total
       RETURNING m.id, m.person_id, m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes;

-- MissionDaysRepository.reopenDisputed
UPDATE mission m SET hours_status = 'PENDING', hours_reviewed_at = NULL, hours_reviewed_by_id = NULL,
              hours_review_comment = NULL, version = m.version + 1, updated_at = now()
        WHERE m.structure_id = $1 AND m.id = ANY($2::uuid[]) AND m.hours_status = 'DISPUTED'
       RETURNING m.id, m.person_id, m.host_organisation_id, m.site, m.start_date::text AS start_date,
                 m.end_date::text AS end_date, m.minutes;

-- MissionDaysRepository.upsertLines
INSERT INTO mission_day (structure_id, person_id, mission_id, day, minutes, created_by_id)
       SELECT m.structure_id, m.person_id, l.mission_id, l.day, l.minutes, $2
         FROM unnest($3::uuid[], $4::date[], $5::int[]) AS l(mission_id, day, minutes)
         JOIN mission m ON m.id = l.mission_id AND m.structure_id = $1
       ON CONFLICT (mission_id, day) DO UPDATE
          SET minutes = EXCLUDED.minutes, version = mission_day.version + 1, updated_at = now()
        WHERE mission_day.minutes IS DISTINCT FROM EXCLUDED.minutes;

-- MissionDaysRepository.weekRows
SELECT m.id, m.structure_id, m.person_id, m.host_organisation_id, m.kind, m.site,
              m.start_date::text AS start_date, m.end_date::text AS end_date, m.minutes, m.tutor_feedback,
              m.hours_status, m.hours_reviewed_at, m.hours_review_comment, m.version, p.first_name, p.last_name,
              COALESCE((SELECT json_agg(json_build_object('day', d.day::text, 'minutes', d.minutes, 'version', d.version)
                                        ORDER BY d.day)
                          FROM mission_day d
                         WHERE d.mission_id = m.id AND d.structure_id = m.structure_id AND d.day BETWEEN $4 AND $5),
                       '[]'::json) AS days
         FROM mission m JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
        WHERE m.structure_id = $1
          AND ($6::uuid[] IS NOT NULL OR (m.host_organisation_id = $2 AND m.start_date <= $5 AND m.end_date >= $4))
          AND ($6::uuid[] IS NULL OR m.id = ANY($6::uuid[]))
          AND ($3::varchar IS NULL OR m.site = $3)
        ORDER BY p.last_name, p.first_name, m.start_date, m.id;
