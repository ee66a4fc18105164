-- Requêtes de modules/funding/allocations.repository.ts (généré : npm run sql:snapshots)

-- AllocationsRepository.agreementForShare
SELECT "a"."id" AS "a_id", "a"."created_at" AS "a_created_at", "a"."updated_at" AS "a_updated_at", "a"."structure_id" AS "a_structure_id", "a"."created_by_id" AS "a_created_by_id", "a"."funder_id" AS "a_funder_id", "a"."reference" AS "a_reference", "a"."title" AS "a_title", "a"."start_date" AS "a_start_date", "a"."end_date" AS "a_end_date", "a"."amount_granted_cents" AS "a_amount_granted_cents", "a"."co_financing_rate_bp" AS "a_co_financing_rate_bp", "a"."hourly_rate_cents" AS "a_hourly_rate_cents", "a"."source_kinds" AS "a_source_kinds", "a"."scope" AS "a_scope", "a"."indicators" AS "a_indicators", "a"."version" AS "a_version" FROM "funding_agreement" "a" WHERE "a"."id" = $1 AND "a"."structure_id" = $2 FOR SHARE;

-- AllocationsRepository.allocationsByAgreements
SELECT "fa"."id" AS "fa_id", "fa"."created_at" AS "fa_created_at", "fa"."updated_at" AS "fa_updated_at", "fa"."structure_id" AS "fa_structure_id", "fa"."created_by_id" AS "fa_created_by_id", "fa"."agreement_id" AS "fa_agreement_id", "fa"."source_kind" AS "fa_source_kind", "fa"."attendance_id" AS "fa_attendance_id", "fa"."mission_id" AS "fa_mission_id", "fa"."staff_time_entry_id" AS "fa_staff_time_entry_id", "fa"."expense_id" AS "fa_expense_id", "fa"."quantity" AS "fa_quantity", "fa"."version" AS "fa_version" FROM "funding_allocation" "fa" WHERE "fa"."id" IN (SELECT ranked.id FROM (
            SELECT f.id, row_number() OVER (PARTITION BY f.agreement_id ORDER BY f.created_at DESC, f.id DESC) AS n
              FROM funding_allocation f WHERE f.structure_id = $1 AND f.agreement_id IN ($2)
          ) ranked WHERE ranked.n <= $3) AND "fa"."structure_id" = $1 ORDER BY "fa"."created_at" DESC, "fa"."id" DESC;

-- AllocationsRepository.chargeRows
SELECT fa.agreement_id,
              coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $3), 0) AS training,
              coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $4), 0) AS mission,
              coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $5), 0) AS staff_minutes,
              coalesce(sum((fa.quantity::bigint * st.hourly_cost_cents + 30) / 60) FILTER (WHERE fa.source_kind = $5), 0) AS staff_cost,
              coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $6), 0) AS expense
         FROM funding_allocation fa
         LEFT JOIN staff_time_entry st ON st.id = fa.staff_time_entry_id AND st.structure_id = fa.structure_id
        WHERE fa.structure_id = $1 AND fa.agreement_id = ANY($2::uuid[])
        GROUP BY fa.agreement_id;

-- AllocationsRepository.deleteAllocation
DELETE FROM funding_allocation WHERE id = $1 AND structure_id = $2 AND ($3::int IS NULL OR version = $3)
         RETURNING agreement_id;

-- AllocationsRepository.existingAllocations
SELECT fa.attendance_id AS source_id, fa.agreement_id, ag.reference, sum(fa.quantity)::int AS quantity,
              json_agg(json_build_object('id', fa.id, 'version', fa.version)) AS stamps
         FROM funding_allocation fa
         JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
        WHERE fa.structure_id = $1 AND fa.attendance_id = ANY($2::uuid[])
        GROUP BY fa.attendance_id, fa.agreement_id, ag.reference;

-- AllocationsRepository.findAllocation
SELECT "FundingAllocationEntity"."id" AS "FundingAllocationEntity_id", "FundingAllocationEntity"."created_at" AS "FundingAllocationEntity_created_at", "FundingAllocationEntity"."updated_at" AS "FundingAllocationEntity_updated_at", "FundingAllocationEntity"."structure_id" AS "FundingAllocationEntity_structure_id", "FundingAllocationEntity"."created_by_id" AS "FundingAllocationEntity_created_by_id", "FundingAllocationEntity"."agreement_id" AS "FundingAllocationEntity_agreement_id", "FundingAllocationEntity"."source_kind" AS "FundingAllocationEntity_source_kind", "FundingAllocationEntity"."attendance_id" AS "FundingAllocationEntity_attendance_id", "FundingAllocationEntity"."mission_id" AS "FundingAllocationEntity_mission_id", "FundingAllocationEntity"."staff_time_entry_id" AS "FundingAllocationEntity_staff_time_entry_id", "FundingAllocationEntity"."expense_id" AS "FundingAllocationEntity_expense_id", "FundingAllocationEntity"."quantity" AS "FundingAllocationEntity_quantity", "FundingAllocationEntity"."version" AS "FundingAllocationEntity_version" FROM "funding_allocation" "FundingAllocationEntity" WHERE (("FundingAllocationEntity"."id" = $1) AND ("FundingAllocationEntity"."structure_id" = $2)) LIMIT 1;

-- AllocationsRepository.increaseAllocations
UPDATE funding_allocation fa SET quantity = fa.quantity + r.q, version = fa.version + 1, updated_at = now()
             FROM unnest($3::uuid[], $4::int[]) AS r(source_id, q)
            WHERE fa.structure_id = $1 AND fa.agreement_id = $2 AND fa.attendance_id = r.source_id;

-- AllocationsRepository.insertAllocations
-- a répondu : insert or update on table "funding_allocation" violates a foreign key constraint
INSERT INTO funding_allocation (structure_id, created_by_id, agreement_id, source_kind, attendance_id, quantity)
           SELECT $1, $2, $3, $4, r.source_id, r.q FROM unnest($5::uuid[], $6::int[]) AS r(source_id, q);

-- AllocationsRepository.insertExpense
-- a répondu : insert or update on table "expense" violates a foreign key constraint
INSERT INTO expense (structure_id, created_by_id, incurred_on, label, amount_cents, proof_reference)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id;

-- AllocationsRepository.insertStaffTime
-- a répondu : insert or update on table "staff_time_entry" violates a foreign key constraint
INSERT INTO staff_time_entry (structure_id, created_by_id, user_id, person_id, worked_on, minutes, hourly_cost_cents, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id;

-- AllocationsRepository.lockSources (expense)
SELECT x.id AS id, x.incurred_on::text AS date, x.incurred_on::text AS end_date, x.label || coalesce(' (' || x.proof_reference || ')', '') AS label,
    NULL::uuid AS person_id, NULL::text AS person_name, x.amount_cents AS total, 1::int AS version FROM expense x
        WHERE x.structure_id = $1 AND x.id = ANY($2::uuid[]) AND true
        ORDER BY x.id FOR UPDATE OF x;

-- AllocationsRepository.lockSources (mission)
SELECT x.id AS id, x.start_date::text AS date, x.end_date::text AS end_date, 'Mission chez ' || o.name || coalesce(' (' || x.site || ')', '') AS label,
    x.person_id AS person_id, p.first_name || ' ' || p.last_name AS person_name, x.minutes AS total, x.version::int AS version FROM mission x
      JOIN partner_organisation o ON o.id = x.host_organisation_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id
        WHERE x.structure_id = $1 AND x.id = ANY($2::uuid[]) AND true
        ORDER BY x.id FOR UPDATE OF x;

-- AllocationsRepository.lockSources (staff-time)
SELECT x.id AS id, x.worked_on::text AS date, x.worked_on::text AS end_date, u.first_name || ' ' || u.last_name || ' — ' || x.description AS label,
    x.person_id AS person_id, p.first_name || ' ' || p.last_name AS person_name, x.minutes AS total, 1::int AS version FROM staff_time_entry x
      JOIN app_user u ON u.id = x.user_id
      LEFT JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id
        WHERE x.structure_id = $1 AND x.id = ANY($2::uuid[]) AND true
        ORDER BY x.id FOR UPDATE OF x;

-- AllocationsRepository.lockSources (training)
SELECT s.id FROM collective_session s
          WHERE s.structure_id = $1
            AND s.id IN (SELECT a.session_id FROM session_attendance a WHERE a.structure_id = $1 AND a.id = ANY($2::uuid[]))
          ORDER BY s.id FOR SHARE;

SELECT x.id AS id, s.session_date::text AS date, s.session_date::text AS end_date, 'Formation « ' || s.title || ' »' || coalesce(' (' || s.training_body || ')', '') AS label,
    x.person_id AS person_id, p.first_name || ' ' || p.last_name AS person_name, x.minutes_attended AS total, x.version::int AS version FROM session_attendance x
      JOIN collective_session s ON s.id = x.session_id AND s.structure_id = x.structure_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id
        WHERE x.structure_id = $1 AND x.id = ANY($2::uuid[]) AND s.kind = 'TRAINING'
        ORDER BY x.id FOR UPDATE OF x;

-- AllocationsRepository.sourcesByIds
SELECT x.id AS id, s.session_date::text AS date, s.session_date::text AS end_date, 'Formation « ' || s.title || ' »' || coalesce(' (' || s.training_body || ')', '') AS label,
    x.person_id AS person_id, p.first_name || ' ' || p.last_name AS person_name, x.minutes_attended AS total, x.version::int AS version FROM session_attendance x
      JOIN collective_session s ON s.id = x.session_id AND s.structure_id = x.structure_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id WHERE x.structure_id = $1 AND x.id = ANY($2::uuid[]);

-- AllocationsRepository.sourcesWhere (expense)
SELECT src.*, coalesce(al.allocated, 0)::int AS allocated, coalesce(al.allocations, '[]'::json) AS allocations,
              coalesce(al.stamps, '[]'::json) AS stamps
           FROM (SELECT x.id AS id, x.incurred_on::text AS date, x.incurred_on::text AS end_date, x.label || coalesce(' (' || x.proof_reference || ')', '') AS label,
    NULL::uuid AS person_id, NULL::text AS person_name, x.amount_cents AS total, 1::int AS version FROM expense x
                  WHERE x.structure_id = $1 AND true
                    AND ($2::uuid IS NULL OR x.id = $2::uuid)
                    AND ($3::date IS NULL OR x.incurred_on >= $3::date)
                    AND ($4::date IS NULL OR x.incurred_on <= $4::date)
                    AND ($5::uuid IS NULL OR NULL::uuid = $5::uuid)) src
           LEFT JOIN LATERAL (
                 SELECT sum(fa.quantity) AS allocated,
                        json_agg(json_build_object('agreementId', ag.id, 'agreementReference', ag.reference, 'quantity', fa.quantity)
                                 ORDER BY ag.reference) AS allocations,
                        json_agg(json_build_object('id', fa.id, 'version', fa.version)) AS stamps
                   FROM funding_allocation fa
                   JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
                  WHERE fa.structure_id = $1 AND fa.expense_id = src.id) al ON true
          WHERE NOT $6::boolean OR src.total > coalesce(al.allocated, 0)
          ORDER BY src.date, src.label, src.person_name NULLS FIRST, src.id
          LIMIT $7;

-- AllocationsRepository.sourcesWhere (mission)
SELECT src.*, coalesce(al.allocated, 0)::int AS allocated, coalesce(al.allocations, '[]'::json) AS allocations,
              coalesce(al.stamps, '[]'::json) AS stamps
           FROM (SELECT x.id AS id, x.start_date::text AS date, x.end_date::text AS end_date, 'Mission chez ' || o.name || coalesce(' (' || x.site || ')', '') AS label,
    x.person_id AS person_id, p.first_name || ' ' || p.last_name AS person_name, x.minutes AS total, x.version::int AS version FROM mission x
      JOIN partner_organisation o ON o.id = x.host_organisation_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id
                  WHERE x.structure_id = $1 AND true
                    AND ($2::uuid IS NULL OR x.id = $2::uuid)
                    AND ($3::date IS NULL OR x.start_date >= $3::date)
                    AND ($4::date IS NULL OR x.start_date <= $4::date)
                    AND ($5::uuid IS NULL OR x.person_id = $5::uuid)) src
           LEFT JOIN LATERAL (
                 SELECT sum(fa.quantity) AS allocated,
                        json_agg(json_build_object('agreementId', ag.id, 'agreementReference', ag.reference, 'quantity', fa.quantity)
                                 ORDER BY ag.reference) AS allocations,
                        json_agg(json_build_object('id', fa.id, 'version', fa.version)) AS stamps
                   FROM funding_allocation fa
                   JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
                  WHERE fa.structure_id = $1 AND fa.mission_id = src.id) al ON true
          WHERE NOT $6::boolean OR src.total > coalesce(al.allocated, 0)
          ORDER BY src.date, src.label, src.person_name NULLS FIRST, src.id
          LIMIT $7;

-- AllocationsRepository.sourcesWhere (staff-time)
SELECT src.*, coalesce(al.allocated, 0)::int AS allocated, coalesce(al.allocations, '[]'::json) AS allocations,
              coalesce(al.stamps, '[]'::json) AS stamps
           FROM (SELECT x.id AS id, x.worked_on::text AS date, x.worked_on::text AS end_date, u.first_name || ' ' || u.last_name || ' — ' || x.description AS label,
    x.person_id AS person_id, p.first_name || ' ' || p.last_name AS person_name, x.minutes AS total, 1::int AS version FROM staff_time_entry x
      JOIN app_user u ON u.id = x.user_id
      LEFT JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id
                  WHERE x.structure_id = $1 AND true
                    AND ($2::uuid IS NULL OR x.id = $2::uuid)
                    AND ($3::date IS NULL OR x.worked_on >= $3::date)
                    AND ($4::date IS NULL OR x.worked_on <= $4::date)
                    AND ($5::uuid IS NULL OR x.person_id = $5::uuid)) src
           LEFT JOIN LATERAL (
                 SELECT sum(fa.quantity) AS allocated,
                        json_agg(json_build_object('agreementId', ag.id, 'agreementReference', ag.reference, 'quantity', fa.quantity)
                                 ORDER BY ag.reference) AS allocations,
                        json_agg(json_build_object('id', fa.id, 'version', fa.version)) AS stamps
                   FROM funding_allocation fa
                   JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
                  WHERE fa.structure_id = $1 AND fa.staff_time_entry_id = src.id) al ON true
          WHERE NOT $6::boolean OR src.total > coalesce(al.allocated, 0)
          ORDER BY src.date, src.label, src.person_name NULLS FIRST, src.id
          LIMIT $7;

-- AllocationsRepository.sourcesWhere (training)
SELECT src.*, coalesce(al.allocated, 0)::int AS allocated, coalesce(al.allocations, '[]'::json) AS allocations,
              coalesce(al.stamps, '[]'::json) AS stamps
           FROM (SELECT x.id AS id, s.session_date::text AS date, s.session_date::text AS end_date, 'Formation « ' || s.title || ' »' || coalesce(' (' || s.training_body || ')', '') AS label,
    x.person_id AS person_id, p.first_name || ' ' || p.last_name AS person_name, x.minutes_attended AS total, x.version::int AS version FROM session_attendance x
      JOIN collective_session s ON s.id = x.session_id AND s.structure_id = x.structure_id
      JOIN person p ON p.id = x.person_id AND p.structure_id = x.structure_id
                  WHERE x.structure_id = $1 AND s.kind = 'TRAINING'
                    AND ($2::uuid IS NULL OR x.id = $2::uuid)
                    AND ($3::date IS NULL OR s.session_date >= $3::date)
                    AND ($4::date IS NULL OR s.session_date <= $4::date)
                    AND ($5::uuid IS NULL OR x.person_id = $5::uuid)) src
           LEFT JOIN LATERAL (
                 SELECT sum(fa.quantity) AS allocated,
                        json_agg(json_build_object('agreementId', ag.id, 'agreementReference', ag.reference, 'quantity', fa.quantity)
                                 ORDER BY ag.reference) AS allocations,
                        json_agg(json_build_object('id', fa.id, 'version', fa.version)) AS stamps
                   FROM funding_allocation fa
                   JOIN funding_agreement ag ON ag.id = fa.agreement_id AND ag.structure_id = fa.structure_id
                  WHERE fa.structure_id = $1 AND fa.attendance_id = src.id) al ON true
          WHERE NOT $6::boolean OR src.total > coalesce(al.allocated, 0)
          ORDER BY src.date, src.label, src.person_name NULLS FIRST, src.id
          LIMIT $7;

-- AllocationsRepository.structureUser
SELECT id FROM app_user WHERE id = $1 AND structure_id = $2 AND role::text = ANY($3::text[]);
