-- Requêtes de modules/proposals/trainee-card.repository.ts (généré : npm run sql:snapshots)

-- TraineeCardRepository.cardRows
SELECT k.n::int AS n, p.first_name AS "firstName", p.last_name AS "lastName",
                CASE WHEN k.share_contact THEN p.phone END AS phone, CASE WHEN k.share_contact THEN p.email END AS email,
                s.name AS "structureName", c.title AS "certificationTitle", c.rncp_code AS "certificationCode"
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS k(structure_id, person_id, partner_id, share_contact, n)
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           CROSS JOIN LATERAL (
    SELECT COALESCE(p.target_certification_id, (
      SELECT pc.certification_id FROM professionalisation_contract pc
       WHERE pc.structure_id = p.structure_id AND pc.person_id = p.id AND pc.status = ANY(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[])
       ORDER BY array_position(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[], pc.status), pc.start_date DESC, pc.id
       LIMIT 1)) AS certification_id) tc
           JOIN structure s ON s.id = p.structure_id
           LEFT JOIN certification c ON c.id = tc.certification_id;

SELECT k.n::int AS n, b.id, b.code, b.title
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS k(structure_id, person_id, partner_id, share_contact, n)
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           CROSS JOIN LATERAL (
    SELECT COALESCE(p.target_certification_id, (
      SELECT pc.certification_id FROM professionalisation_contract pc
       WHERE pc.structure_id = p.structure_id AND pc.person_id = p.id AND pc.status = ANY(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[])
       ORDER BY array_position(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[], pc.status), pc.start_date DESC, pc.id
       LIMIT 1)) AS certification_id) tc
           JOIN certification_block b ON b.certification_id = tc.certification_id
          ORDER BY b.position, b.code;

SELECT k.n::int AS n, e.block_id AS "blockId", b.title AS "blockTitle", e.level, e.evaluated_on::text AS "evaluatedOn",
                e.evaluator_name AS "evaluatorName", e.comment
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS k(structure_id, person_id, partner_id, share_contact, n)
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           CROSS JOIN LATERAL (
    SELECT COALESCE(p.target_certification_id, (
      SELECT pc.certification_id FROM professionalisation_contract pc
       WHERE pc.structure_id = p.structure_id AND pc.person_id = p.id AND pc.status = ANY(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[])
       ORDER BY array_position(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[], pc.status), pc.start_date DESC, pc.id
       LIMIT 1)) AS certification_id) tc
           JOIN skills_evaluation e ON e.structure_id = p.structure_id AND e.person_id = p.id
           JOIN certification_block b ON b.id = e.block_id AND b.certification_id = tc.certification_id
          ORDER BY e.evaluated_on, e.created_at, e.id;

SELECT k.n::int AS n, r.block_id AS "blockId", r.result
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS k(structure_id, person_id, partner_id, share_contact, n)
           JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
           CROSS JOIN LATERAL (
    SELECT COALESCE(p.target_certification_id, (
      SELECT pc.certification_id FROM professionalisation_contract pc
       WHERE pc.structure_id = p.structure_id AND pc.person_id = p.id AND pc.status = ANY(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[])
       ORDER BY array_position(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[], pc.status), pc.start_date DESC, pc.id
       LIMIT 1)) AS certification_id) tc
           JOIN exam_session x ON x.structure_id = p.structure_id AND x.person_id = p.id
                              AND x.certification_id = tc.certification_id
           JOIN exam_result r ON r.exam_session_id = x.id AND r.structure_id = x.structure_id
          ORDER BY x.session_date, x.created_at;

SELECT k.n::int AS n, c.planned_training_minutes AS planned,
                CASE WHEN c.id IS NOT NULL THEN COALESCE((
    SELECT SUM(a.minutes_attended)
      FROM session_attendance a
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
     WHERE a.structure_id = c.structure_id AND a.person_id = c.person_id AND s.kind = 'TRAINING'
       AND s.session_date >= c.start_date
       AND s.session_date <= LEAST(c.end_date, COALESCE(c.broken_on, c.end_date), $5::date)
  ), 0)::int
                     ELSE COALESCE((SELECT SUM(a.minutes_attended)
                                      FROM session_attendance a
                                      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                                     WHERE a.structure_id = k.structure_id AND a.person_id = k.person_id
                                       AND s.kind = 'TRAINING' AND s.session_date <= $5::date), 0)::int
                END AS attended
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS k(structure_id, person_id, partner_id, share_contact, n)
           LEFT JOIN LATERAL (
             SELECT * FROM professionalisation_contract pc
              WHERE pc.structure_id = k.structure_id AND pc.person_id = k.person_id AND pc.status = ANY($6::text[])
              ORDER BY (pc.status = 'ACTIVE') DESC, pc.start_date DESC, pc.id
              LIMIT 1) c ON true;

SELECT k.n::int AS n, m.id, m.kind, m.site, m.start_date::text AS "startDate", m.end_date::text AS "endDate",
                m.minutes, m.hours_status AS "hoursStatus", m.tutor_feedback AS "tutorFeedback"
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS k(structure_id, person_id, partner_id, share_contact, n)
           JOIN mission m ON m.structure_id = k.structure_id AND m.person_id = k.person_id
                         AND m.host_organisation_id = k.partner_id
          ORDER BY m.start_date DESC, m.end_date DESC, m.id;
