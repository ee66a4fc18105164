-- Requêtes de database/seeds/demo-seed.repository.ts (généré : npm run sql:snapshots)

-- DemoSeedRepository.allocateContractTrainingAttendance
INSERT INTO funding_allocation (structure_id, created_by_id, agreement_id, source_kind, attendance_id, quantity)
     SELECT a.structure_id, $2, $3, $4, a.id, a.minutes_attended
       FROM session_attendance a
       JOIN collective_session s ON s.id = a.session_id AND s.kind = 'TRAINING'
       JOIN professionalisation_contract c ON c.person_id = a.person_id AND c.structure_id = a.structure_id
      WHERE a.structure_id = $1 AND a.minutes_attended > 0 AND c.status <> 'DRAFT' AND c.status <> 'SUBMITTED'
        AND s.session_date BETWEEN c.start_date AND coalesce(c.broken_on, c.end_date)
        AND s.session_date BETWEEN $5 AND $6;

-- DemoSeedRepository.allocateMissions
INSERT INTO funding_allocation (structure_id, created_by_id, agreement_id, source_kind, mission_id, quantity)
     SELECT structure_id, $2, $3, $4, id, minutes FROM mission
      WHERE structure_id = $1 AND start_date >= $5 AND end_date <= $6;

-- DemoSeedRepository.allocateStaffTime
INSERT INTO funding_allocation (structure_id, created_by_id, agreement_id, source_kind, staff_time_entry_id, quantity)
       SELECT structure_id, $2, $3, $4, id, (minutes * $5) / 10000 FROM staff_time_entry WHERE structure_id = $1;

-- DemoSeedRepository.birthYears
SELECT id, extract(year FROM birth_date)::int AS year FROM person WHERE structure_id = $1;

-- DemoSeedRepository.confirmEndedMissionHours
UPDATE mission m SET hours_status = $2, hours_reviewed_at = (m.end_date + 5)::timestamptz,
            hours_reviewed_by_id = u.id, tutor_feedback = COALESCE(m.tutor_feedback, $4)
       FROM app_user u
      WHERE m.structure_id = $1 AND m.end_date < $3::date AND u.partner_organisation_id = m.host_organisation_id AND u.role = 'PARTNER_REVIEWER'
      RETURNING m.id, m.person_id, m.host_organisation_id, m.end_date::text;

-- DemoSeedRepository.copyHireEmployerName
UPDATE hire SET employer_name = (SELECT name FROM partner_organisation WHERE id = hire.employer_organisation_id) WHERE id = $1;

-- DemoSeedRepository.countStructures
SELECT count(*)::int AS n FROM structure;

-- DemoSeedRepository.employmentContractStarts
SELECT person_id, start_date::text FROM employment_contract WHERE structure_id = $1;

-- DemoSeedRepository.hiresOf
SELECT id, person_id FROM hire WHERE structure_id = $1;

-- DemoSeedRepository.insertAuditEntries
INSERT INTO audit_log (actor_user_id, actor_role, actor_label, actor_structure_id, actor_partner_organisation_id, action,
                            structure_id, person_id, subject_type, subject_id, occurred_at)
     SELECT a.actor, a.role, a.label, a.actor_structure, a.actor_partner, a.action, $2, a.person, a.subject_type, a.subject, a.at
       FROM jsonb_to_recordset($1::jsonb) AS a(actor uuid, role varchar, label varchar, actor_structure uuid, actor_partner uuid,
                                               action varchar, person uuid, subject_type varchar, subject uuid, at timestamptz)
      ORDER BY a.at;

-- DemoSeedRepository.insertCounsellorTimeSheets
-- a répondu : insert or update on table "staff_time_entry" violates a foreign key constraint
INSERT INTO staff_time_entry (structure_id, created_by_id, user_id, worked_on, minutes, hourly_cost_cents, description)
     SELECT $1, $2, u, ($3::date - w * 7), 420, $4, 'Accompagnement socioprofessionnel (entretiens, démarches)'
       FROM unnest($5::uuid[]) AS u, generate_series(1, 12) AS w;

-- DemoSeedRepository.insertLandlord
INSERT INTO partner_organisation (name, kind, siret, city) VALUES ($1, $2, $3, 'Rouen') RETURNING id;

-- DemoSeedRepository.insertPartnerUser
-- a répondu : insert or update on table "app_user" violates a foreign key constraint
INSERT INTO app_user (email, first_name, last_name, password_hash, role, partner_organisation_id) VALUES ($1,$2,$3,$4,$5,$6);

-- DemoSeedRepository.insertPersons
-- a répondu : insert or update on table "person" violates a foreign key constraint
INSERT INTO person (id, structure_id, first_name, last_name, birth_date, email, phone, city, counsellor_id, stage, sort_key)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11);

-- DemoSeedRepository.insertRow
-- a répondu : null value in column "siret" of relation "structure" violates not-null constraint
INSERT INTO structure (id, name, kind) VALUES ($1, $2, $3) RETURNING id;

-- DemoSeedRepository.insertStaffUser
-- a répondu : insert or update on table "app_user" violates a foreign key constraint
INSERT INTO app_user (id, email, first_name, last_name, password_hash, role, structure_id) VALUES ($1,$2,$3,$4,$5,$6,$7);

-- DemoSeedRepository.insertStructure
INSERT INTO structure (id, name, kind, siret, city) VALUES ($1, $2, $3, $4, $5);

-- DemoSeedRepository.insertStructureTargets
-- a répondu : insert or update on table "structure_target" violates a foreign key constraint
INSERT INTO structure_target (structure_id, year, dynamic_exit_rate_bp, durable_employment_rate_bp, created_by_id)
     VALUES ($1, $2, 6000, 2500, $3), ($1, $4, 6000, 2500, $3);

-- DemoSeedRepository.latestPendingMission
SELECT id FROM mission WHERE structure_id = $1 AND person_id = $2 AND hours_status = 'PENDING' ORDER BY end_date DESC LIMIT 1;

-- DemoSeedRepository.lockDemoSeed
SELECT pg_advisory_xact_lock(727001);

-- DemoSeedRepository.pathwayExits
SELECT person_id, exit_date::text, reason FROM pathway_exit WHERE structure_id = $1;

-- DemoSeedRepository.recordInformationAndConsent
UPDATE person SET information_given_on = $1, consent_given_on = $1 WHERE id = $2;

-- DemoSeedRepository.reviewMissionHours
UPDATE mission SET hours_status = $2, hours_reviewed_at = $3, hours_reviewed_by_id = $4, hours_review_comment = $5 WHERE id = $1;

-- DemoSeedRepository.setPersonCoordinates
UPDATE person SET latitude = $2, longitude = $3 WHERE id = $1;

-- DemoSeedRepository.setTargetCertification
UPDATE person SET target_certification_id = $1 WHERE id = $2;

-- DemoSeedRepository.siteNamed
-- a répondu : no demo site « Résidence Les Tilleuls »
SELECT id FROM partner_site WHERE partner_organisation_id = $1 AND name = $2 ORDER BY id LIMIT 1;

-- DemoSeedRepository.structureSiret
-- a répondu : Cannot read properties of undefined (reading 'siret')
SELECT siret FROM structure WHERE id = $1;

-- DemoSeedRepository.traineesOfHost
SELECT p.id FROM person p
        WHERE p.structure_id = $1
          AND EXISTS (SELECT 1 FROM mission m WHERE m.person_id = p.id AND m.structure_id = p.structure_id
                         AND m.host_organisation_id = $2)
          AND NOT EXISTS (SELECT 1 FROM pathway_exit x WHERE x.person_id = p.id AND x.structure_id = p.structure_id)
        ORDER BY p.last_name, p.first_name, p.id
        LIMIT $3;

-- DemoSeedRepository.tutorsOf
SELECT t.person_id, tu.side, t.tutor_id FROM tutoring t JOIN tutor tu ON tu.id = t.tutor_id WHERE t.structure_id = $1;

-- DemoSeedRepository.usersOfOrganisations
SELECT id, partner_organisation_id, first_name, last_name FROM app_user WHERE role = $1 AND partner_organisation_id = ANY($2::uuid[]);
