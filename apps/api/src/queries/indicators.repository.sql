-- Requêtes de modules/reports/indicators/indicators.repository.ts (généré : npm run sql:snapshots)

-- IndicatorsRepository.agreement
SELECT a.id, a.reference, a.title, a.funder_id, f.name AS funder_name, f.kind AS funder_kind,
              a.amount_granted_cents, a.co_financing_rate_bp, a.hourly_rate_cents, s.name AS structure_name,
              a.start_date::text AS start_date, a.end_date::text AS end_date
         FROM funding_agreement a
         JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
         JOIN structure s ON s.id = a.structure_id
        WHERE a.structure_id = $1 AND a.id::text = $2;

-- IndicatorsRepository.agreementCharges
SELECT coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $3), 0) AS training,
                coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $4), 0) AS mission,
                coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $5), 0) AS staff_minutes,
                coalesce(sum((fa.quantity::bigint * st.hourly_cost_cents + 30) / 60) FILTER (WHERE fa.source_kind = $5), 0) AS staff_cost,
                coalesce(sum(fa.quantity) FILTER (WHERE fa.source_kind = $6), 0) AS expense
           FROM funding_allocation fa
           LEFT JOIN staff_time_entry st ON st.id = fa.staff_time_entry_id AND st.structure_id = fa.structure_id
          WHERE fa.structure_id = $1 AND fa.agreement_id = $2;

-- IndicatorsRepository.figures (certifications)
WITH rec AS (
    SELECT c.code, o.id AS record_id, o.person_id, (p.last_name || ' ' || p.first_name) AS label, o.session_date AS date, 1::bigint AS value,
           o.title || ' — ' || o.acquired || ' bloc(s) acquis sur ' || o.blocks AS detail,
           jsonb_build_object('certification', o.title, 'acquired', o.acquired, 'blocks', o.blocks) AS extra
      FROM (
        SELECT cand.*, cert.title,
               (SELECT count(*) FROM certification_block b WHERE b.certification_id = cand.certification_id)::int AS blocks,
               (SELECT count(*) FROM (
                  SELECT DISTINCT ON (r.block_id) r.result
                    FROM exam_result r
                    JOIN exam_session s2 ON s2.id = r.exam_session_id AND s2.structure_id = r.structure_id
                    JOIN certification_block b2 ON b2.id = r.block_id AND b2.certification_id = cand.certification_id
                   WHERE s2.structure_id = cand.structure_id AND s2.person_id = cand.person_id
                     AND s2.certification_id = cand.certification_id AND s2.session_date <= cand.session_date
                   ORDER BY r.block_id, s2.session_date DESC, s2.created_at DESC, s2.id DESC) latest
                 WHERE latest.result = 'FULL')::int AS acquired
          FROM (SELECT DISTINCT ON (es.person_id, es.certification_id)
                       es.id, es.structure_id, es.person_id, es.certification_id, es.session_date
                  FROM exam_session es
                 WHERE es.structure_id = $1::uuid AND es.session_date BETWEEN $2::date AND $3::date
                 ORDER BY es.person_id, es.certification_id, es.session_date DESC, es.created_at DESC, es.id DESC) cand
          JOIN certification cert ON cert.id = cand.certification_id
      ) o
      JOIN person p ON p.id = o.person_id AND p.structure_id = o.structure_id
     CROSS JOIN LATERAL (VALUES
        ('certifications.candidates', true),
        ('certifications.full', o.blocks > 0 AND o.acquired >= o.blocks),
        ('certifications.partial', o.acquired > 0 AND NOT (o.blocks > 0 AND o.acquired >= o.blocks))
     ) AS c(code, included)
     WHERE c.included)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (contracts)
WITH rec AS (
    SELECT 'contracts.' || c.status AS code, c.id AS record_id, c.person_id, (p.last_name || ' ' || p.first_name) AS label,
           c.start_date AS date, 1::bigint AS value,
           c.job_title || ' — ' || (CASE c.status WHEN 'DRAFT' THEN 'Brouillon' WHEN 'SUBMITTED' THEN 'Déposé à l’OPCO' WHEN 'ACCEPTED' THEN 'Accepté par l’OPCO' WHEN 'REFUSED' THEN 'Refusé par l’OPCO' WHEN 'ACTIVE' THEN 'En cours' WHEN 'COMPLETED' THEN 'Terminé' WHEN 'BROKEN' THEN 'Rompu' WHEN 'RENEWED' THEN 'Renouvelé' ELSE c.status::text END) AS detail, NULL::jsonb AS extra
      FROM professionalisation_contract c
      JOIN person p ON p.id = c.person_id AND p.structure_id = c.structure_id
     WHERE c.structure_id = $1::uuid)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (employment)
WITH rec AS (
    SELECT 'hires' AS code, h.id AS record_id, h.person_id, (p.last_name || ' ' || p.first_name) AS label, h.start_date AS date,
           1::bigint AS value, h.employer_name || ' — ' || h.contract_type || coalesce(' — ' || h.job_title, '') AS detail,
           jsonb_build_object('employer', h.employer_name, 'contractType', h.contract_type, 'jobTitle', h.job_title) AS extra
      FROM hire h
      JOIN person p ON p.id = h.person_id AND p.structure_id = h.structure_id
     WHERE h.structure_id = $1::uuid AND h.start_date BETWEEN $2::date AND $3::date
    UNION ALL 
    SELECT c.code, r.id AS record_id, r.person_id, (p.last_name || ' ' || p.first_name) AS label, r.checked_on AS date, 1::bigint AS value,
           h.employer_name || ' — ' || r.months_after || ' mois : '
             || CASE WHEN r.still_employed THEN 'toujours en poste' ELSE 'plus en poste' END AS detail,
           jsonb_build_object('employer', h.employer_name, 'hireStart', h.start_date, 'monthsAfter', r.months_after,
                              'stillEmployed', r.still_employed) AS extra
      FROM retention_check r
      JOIN hire h ON h.id = r.hire_id AND h.structure_id = r.structure_id
      JOIN person p ON p.id = r.person_id AND p.structure_id = r.structure_id
     CROSS JOIN LATERAL (VALUES ('retention.' || r.months_after || '.checked', true),
                                ('retention.' || r.months_after || '.employed', r.still_employed)) AS c(code, included)
     WHERE c.included AND r.months_after IN (6, 12) AND true
       AND r.structure_id = $4::uuid AND r.checked_on BETWEEN $5::date AND $6::date)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (entries)
WITH rec AS (
    SELECT 'entries' AS code, fe.id AS record_id, p.id AS person_id, (p.last_name || ' ' || p.first_name) AS label, fe.d AS date,
           1::bigint AS value, fe.detail, jsonb_build_object('employment', fe.detail) AS extra
      FROM person p
     CROSS JOIN LATERAL (SELECT u.id, u.d, u.detail FROM (
      SELECT c.id, c.start_date AS d, 1 AS source, (CASE c.kind WHEN 'CDDI' THEN 'CDD d’insertion (CDDI)' WHEN 'CDD_USAGE' THEN 'CDD d’usage (association intermédiaire)' WHEN 'TEMPORARY_MISSION' THEN 'Mission d’intérim d’insertion' WHEN 'PROFESSIONALISATION' THEN 'Contrat de professionnalisation' WHEN 'OTHER' THEN 'Autre contrat' ELSE c.kind::text END) AS detail
        FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
      UNION ALL
      SELECT k.id, k.start_date, 2, 'Contrat de professionnalisation — ' || k.job_title AS detail
        FROM professionalisation_contract k
       WHERE k.structure_id = p.structure_id AND k.person_id = p.id AND k.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED')
      UNION ALL
      SELECT m.id, m.start_date, 3, (CASE m.kind WHEN 'TEST' THEN 'Mission test' WHEN 'REPLACEMENT' THEN 'Remplacement' WHEN 'PLACEMENT' THEN 'Mise à disposition' ELSE m.kind::text END) || ' chez ' || o.name AS detail
        FROM mission m JOIN partner_organisation o ON o.id = m.host_organisation_id
       WHERE m.structure_id = p.structure_id AND m.person_id = p.id AND m.minutes > 0) u
                          ORDER BY u.d, u.source, u.id LIMIT 1) fe
     WHERE p.structure_id = $1::uuid AND fe.d BETWEEN $2::date AND $3::date)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     UNION ALL
       SELECT c.code, to_char(m.month, 'YYYY-MM') AS month, count(r.record_id)::int AS n,
              coalesce(sum(r.value), 0)::bigint AS total
         FROM generate_series(date_trunc('month', $4::date::timestamp),
                              $5::date::timestamp, interval '1 month') AS m(month)
        CROSS JOIN unnest($6::text[]) AS c(code)
         LEFT JOIN rec r ON r.code = c.code AND date_trunc('month', r.date::timestamp) = m.month
        GROUP BY c.code, m.month
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (exits)
WITH rec AS (
    SELECT c.code, e.id AS record_id, e.person_id, (p.last_name || ' ' || p.first_name) AS label, e.exit_date AS date, 1::bigint AS value,
           (CASE e.category WHEN 'SUSTAINABLE_JOB' THEN 'Emploi durable' WHEN 'TRANSITION_JOB' THEN 'Emploi de transition' WHEN 'POSITIVE' THEN 'Sortie positive' WHEN 'OTHER' THEN 'Autre sortie' WHEN 'WITHDRAWN' THEN 'Retrait des sorties constatées' ELSE e.category::text END) || ' — '
             || (CASE e.reason WHEN 'CDI' THEN 'Embauche en CDI' WHEN 'CDD_OVER_6_MONTHS' THEN 'Embauche en CDD de 6 mois ou plus' WHEN 'INTERIM_OVER_6_MONTHS' THEN 'Missions d’intérim de 6 mois ou plus' WHEN 'BUSINESS_CREATION' THEN 'Création ou reprise d’entreprise' WHEN 'PUBLIC_SERVICE' THEN 'Stage ou titularisation dans la fonction publique' WHEN 'CDD_UNDER_6_MONTHS' THEN 'Embauche en CDD de moins de 6 mois' WHEN 'INTERIM_UNDER_6_MONTHS' THEN 'Missions d’intérim de moins de 6 mois' WHEN 'SUBSIDISED_CONTRACT' THEN 'Contrat aidé chez un employeur de droit commun' WHEN 'QUALIFYING_TRAINING' THEN 'Entrée en formation qualifiante ou pré-qualifiante' WHEN 'OTHER_SIAE_HIRE' THEN 'Embauche dans une autre structure d’insertion (SIAE)' WHEN 'JOB_SEEKING' THEN 'Au chômage, en recherche d’emploi' WHEN 'INACTIVE' THEN 'Inactif·ve, sans recherche d’emploi' WHEN 'DISMISSAL' THEN 'Licenciement ou rupture à l’initiative de l’employeur' WHEN 'NO_NEWS' THEN 'Sans nouvelles' WHEN 'HEALTH_LEAVE' THEN 'Arrêt de longue durée pour raison de santé ou congé maternité' WHEN 'MOVED_AWAY' THEN 'Déménagement' WHEN 'DEATH' THEN 'Décès' ELSE e.reason::text END)
             || CASE WHEN e.counts THEN ' — comptabilisée : ' ELSE ' — non comptabilisée : ' END
             || e.presence_explanation AS detail,
           jsonb_build_object(
             'reason', (CASE e.reason WHEN 'CDI' THEN 'Embauche en CDI' WHEN 'CDD_OVER_6_MONTHS' THEN 'Embauche en CDD de 6 mois ou plus' WHEN 'INTERIM_OVER_6_MONTHS' THEN 'Missions d’intérim de 6 mois ou plus' WHEN 'BUSINESS_CREATION' THEN 'Création ou reprise d’entreprise' WHEN 'PUBLIC_SERVICE' THEN 'Stage ou titularisation dans la fonction publique' WHEN 'CDD_UNDER_6_MONTHS' THEN 'Embauche en CDD de moins de 6 mois' WHEN 'INTERIM_UNDER_6_MONTHS' THEN 'Missions d’intérim de moins de 6 mois' WHEN 'SUBSIDISED_CONTRACT' THEN 'Contrat aidé chez un employeur de droit commun' WHEN 'QUALIFYING_TRAINING' THEN 'Entrée en formation qualifiante ou pré-qualifiante' WHEN 'OTHER_SIAE_HIRE' THEN 'Embauche dans une autre structure d’insertion (SIAE)' WHEN 'JOB_SEEKING' THEN 'Au chômage, en recherche d’emploi' WHEN 'INACTIVE' THEN 'Inactif·ve, sans recherche d’emploi' WHEN 'DISMISSAL' THEN 'Licenciement ou rupture à l’initiative de l’employeur' WHEN 'NO_NEWS' THEN 'Sans nouvelles' WHEN 'HEALTH_LEAVE' THEN 'Arrêt de longue durée pour raison de santé ou congé maternité' WHEN 'MOVED_AWAY' THEN 'Déménagement' WHEN 'DEATH' THEN 'Décès' ELSE e.reason::text END),
             'category', (CASE e.category WHEN 'SUSTAINABLE_JOB' THEN 'Emploi durable' WHEN 'TRANSITION_JOB' THEN 'Emploi de transition' WHEN 'POSITIVE' THEN 'Sortie positive' WHEN 'OTHER' THEN 'Autre sortie' WHEN 'WITHDRAWN' THEN 'Retrait des sorties constatées' ELSE e.category::text END),
             'counts', e.counts,
             'minutesWorked', e.minutes_worked,
             'explanation', e.presence_explanation) AS extra
      FROM pathway_exit e
      JOIN person p ON p.id = e.person_id AND p.structure_id = e.structure_id
     CROSS JOIN LATERAL (VALUES
        ('exits.total', true),
        ('exits.' || e.category, true),
        ('exits.counted', e.counts),
        ('exits.counted.' || e.category, e.counts),
        ('exits.examined', e.counts AND e.category <> 'WITHDRAWN'),
        ('exits.dynamic', e.counts AND e.category IN ('SUSTAINABLE_JOB', 'TRANSITION_JOB', 'POSITIVE')),
        ('exits.durable', e.counts AND e.category = 'SUSTAINABLE_JOB')
     ) AS c(code, included)
     WHERE c.included AND e.structure_id = $1::uuid AND e.exit_date BETWEEN $2::date AND $3::date)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     UNION ALL
       SELECT c.code, to_char(m.month, 'YYYY-MM') AS month, count(r.record_id)::int AS n,
              coalesce(sum(r.value), 0)::bigint AS total
         FROM generate_series(date_trunc('month', $4::date::timestamp),
                              $5::date::timestamp, interval '1 month') AS m(month)
        CROSS JOIN unnest($6::text[]) AS c(code)
         LEFT JOIN rec r ON r.code = c.code AND date_trunc('month', r.date::timestamp) = m.month
        GROUP BY c.code, m.month
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (fse)
WITH rec AS (
    SELECT c.code, f.id AS record_id, f.person_id, (p.last_name || ' ' || p.first_name) AS label, c.d AS date, 1::bigint AS value,
           c.detail, jsonb_build_object(
             'entryDate', f.entry_date,
             'gender', (CASE f.gender WHEN 'WOMAN' THEN 'Femme' WHEN 'MAN' THEN 'Homme' WHEN 'NON_BINARY' THEN 'Non binaire' ELSE f.gender::text END),
             'ageBand', (CASE ab.age_band WHEN 'UNDER_18' THEN 'Moins de 18 ans' WHEN 'FROM_18_TO_29' THEN '18 à 29 ans' WHEN 'FROM_30_TO_54' THEN '30 à 54 ans' WHEN 'FROM_55' THEN '55 ans et plus' ELSE ab.age_band::text END),
             'isced', (CASE f.isced_level WHEN 'ISCED_0_2' THEN 'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)' WHEN 'ISCED_3_4' THEN 'CITE 3 à 4 (CAP, BEP, baccalauréat)' WHEN 'ISCED_5_8' THEN 'CITE 5 à 8 (enseignement supérieur)' ELSE f.isced_level::text END),
             'status', (CASE f.labour_market_status WHEN 'LONG_TERM_UNEMPLOYED' THEN 'Chômeur·se de longue durée (plus de 12 mois)' WHEN 'UNEMPLOYED' THEN 'Chômeur·se (moins de 12 mois)' WHEN 'INACTIVE' THEN 'Inactif·ve' WHEN 'EMPLOYED' THEN 'En emploi, y compris indépendant' ELSE f.labour_market_status::text END),
             'exitDate', f.exit_date,
             'exitSituation', (CASE f.exit_situation WHEN 'EMPLOYED' THEN 'En emploi, y compris indépendant' WHEN 'IN_EDUCATION_OR_TRAINING' THEN 'En études ou en formation' WHEN 'GAINED_QUALIFICATION' THEN 'A obtenu une qualification' WHEN 'JOB_SEARCHING' THEN 'En recherche d’emploi' WHEN 'INACTIVE' THEN 'Inactif·ve' ELSE f.exit_situation::text END),
             'sixMonthsCheckedOn', f.six_months_checked_on,
             'sixMonthsEmployed', f.six_months_employed,
             'sixMonthsImproved', f.six_months_improved_situation,
             'trainingMinutes', f.training_minutes) AS extra
      FROM (SELECT f0.*, op.counts AND w.entry AS at_entry, op.counts AND w.exit AS at_exit,
                   op.counts AND w.checked AS checked, NOT op.counts AND (w.entry OR w.exit OR w.checked) AS short_op,
                   coalesce((SELECT sum(a.minutes_attended) FROM session_attendance a
                               JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                              WHERE a.structure_id = f0.structure_id AND a.person_id = f0.person_id
                                AND s.kind = 'TRAINING'
                                AND s.session_date BETWEEN $2::date AND $3::date), 0)::int AS training_minutes
              FROM fse_participant f0
              JOIN funding_agreement ag ON ag.id = f0.agreement_id AND ag.structure_id = f0.structure_id
             CROSS JOIN LATERAL (SELECT ag.end_date > ag.start_date AS counts) op
             CROSS JOIN LATERAL (SELECT
                     f0.entry_date IS NOT NULL AND f0.entry_date BETWEEN $4::date AND $5::date AS entry,
                     f0.exit_date IS NOT NULL AND f0.exit_date BETWEEN $6::date AND $7::date AS exit,
                     f0.six_months_checked_on IS NOT NULL AND f0.six_months_checked_on BETWEEN $8::date AND $9::date AS checked) w
             WHERE f0.structure_id = $10::uuid AND f0.agreement_id = $1::uuid) f
      JOIN person p ON p.id = f.person_id AND p.structure_id = f.structure_id
     -- The age band once per participant (OFFSET 0 keeps PostgreSQL from copying the expression into every use).
     CROSS JOIN LATERAL (SELECT (CASE WHEN f.entry_date IS NULL THEN NULL
  WHEN (extract(year FROM f.entry_date)::int - extract(year FROM p.birth_date)::int
  - CASE WHEN to_char(f.entry_date, 'MMDD') < to_char(p.birth_date, 'MMDD') THEN 1 ELSE 0 END) < 18 THEN 'UNDER_18' WHEN (extract(year FROM f.entry_date)::int - extract(year FROM p.birth_date)::int
  - CASE WHEN to_char(f.entry_date, 'MMDD') < to_char(p.birth_date, 'MMDD') THEN 1 ELSE 0 END) < 30 THEN 'FROM_18_TO_29'
  WHEN (extract(year FROM f.entry_date)::int - extract(year FROM p.birth_date)::int
  - CASE WHEN to_char(f.entry_date, 'MMDD') < to_char(p.birth_date, 'MMDD') THEN 1 ELSE 0 END) >= 55 THEN 'FROM_55' ELSE 'FROM_30_TO_54' END) AS age_band OFFSET 0) ab
     CROSS JOIN LATERAL (VALUES ('fse.participants', f.at_entry OR f.at_exit OR f.checked, coalesce(f.entry_date, f.exit_date), 'Participant·e'),
        ('fse.short_operation', f.short_op, coalesce(f.entry_date, f.exit_date), 'Personne accompagnée par une opération d’un jour ou moins (pas un·e participant·e)'),
        ('fse.entry.total', f.at_entry, f.entry_date, 'Entrée'),
        ('fse.entry.gender.' || coalesce(f.gender, 'missing'), f.at_entry, f.entry_date, 'Genre'),
        ('fse.entry.age.' || coalesce(ab.age_band, 'missing'), f.at_entry, f.entry_date, 'Âge à l’entrée'),
        ('fse.entry.isced.' || coalesce(f.isced_level, 'missing'), f.at_entry, f.entry_date, 'Niveau d’études'),
        ('fse.entry.status.' || coalesce(f.labour_market_status, 'missing'), f.at_entry, f.entry_date, 'Situation sur le marché du travail'),
        ('fse.entry.unemployed', f.at_entry AND f.labour_market_status IN ('LONG_TERM_UNEMPLOYED', 'UNEMPLOYED'), f.entry_date, 'Chômeur·se, y compris de longue durée'),
        ('fse.entry.situation.DISABILITY', f.at_entry AND 'DISABILITY' = ANY(f.situations), f.entry_date, 'Situation à l’entrée'),
        ('fse.entry.situation.THIRD_COUNTRY_NATIONAL', f.at_entry AND 'THIRD_COUNTRY_NATIONAL' = ANY(f.situations), f.entry_date, 'Situation à l’entrée'),
        ('fse.entry.situation.FOREIGN_BACKGROUND', f.at_entry AND 'FOREIGN_BACKGROUND' = ANY(f.situations), f.entry_date, 'Situation à l’entrée'),
        ('fse.entry.situation.MINORITY', f.at_entry AND 'MINORITY' = ANY(f.situations), f.entry_date, 'Situation à l’entrée'),
        ('fse.entry.situation.HOMELESS_OR_HOUSING_EXCLUSION', f.at_entry AND 'HOMELESS_OR_HOUSING_EXCLUSION' = ANY(f.situations), f.entry_date, 'Situation à l’entrée'),
        ('fse.entry.situation.RURAL_AREA', f.at_entry AND 'RURAL_AREA' = ANY(f.situations), f.entry_date, 'Situation à l’entrée'),
        ('fse.entry.situations.declined', f.at_entry AND f.situations_answered IS NOT TRUE, f.entry_date, 'Questions de situation non répondues'),
        ('fse.exit.total', f.at_exit, f.exit_date, 'Sortie'),
        ('fse.exit.gender.' || coalesce(f.gender, 'missing'), f.at_exit, f.exit_date, 'Genre'),
        ('fse.exit.age.' || coalesce(ab.age_band, 'missing'), f.at_exit, f.exit_date, 'Âge à l’entrée'),
        ('fse.exit.isced.' || coalesce(f.isced_level, 'missing'), f.at_exit, f.exit_date, 'Niveau d’études'),
        ('fse.exit.situation.' || coalesce(f.exit_situation, 'missing'), f.at_exit, f.exit_date, 'Situation à la sortie'),
        ('fse.six_months.checked', f.checked, f.six_months_checked_on, 'Suivi à 6 mois'),
        ('fse.six_months.employed', f.checked AND f.six_months_employed IS TRUE, f.six_months_checked_on, 'En emploi 6 mois après la sortie'),
        ('fse.six_months.improved', f.checked AND f.six_months_improved_situation IS TRUE, f.six_months_checked_on, 'Situation améliorée 6 mois après la sortie')
     ) AS c(code, included, d, detail)
     WHERE c.included)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (missions)
WITH rec AS (
    SELECT 'missions.minutes' AS code, m.id AS record_id, m.person_id, (p.last_name || ' ' || p.first_name) AS label, m.start_date AS date,
           m.minutes::bigint AS value, 'Mission chez ' || o.name || coalesce(' (' || m.site || ')', '') AS detail,
           jsonb_build_object('host', o.name, 'endDate', m.end_date, 'kind', m.kind) AS extra
      FROM mission m
      JOIN partner_organisation o ON o.id = m.host_organisation_id
      JOIN person p ON p.id = m.person_id AND p.structure_id = m.structure_id
     WHERE m.structure_id = $1::uuid AND m.start_date BETWEEN $2::date AND $3::date)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (opco)
WITH rec AS (
    SELECT c.code, o.id AS record_id, o.person_id, (p.last_name || ' ' || p.first_name) AS label, o.start_date AS date, c.v AS value,
           o.job_title || ' — ' || (CASE o.status WHEN 'DRAFT' THEN 'Brouillon' WHEN 'SUBMITTED' THEN 'Déposé à l’OPCO' WHEN 'ACCEPTED' THEN 'Accepté par l’OPCO' WHEN 'REFUSED' THEN 'Refusé par l’OPCO' WHEN 'ACTIVE' THEN 'En cours' WHEN 'COMPLETED' THEN 'Terminé' WHEN 'BROKEN' THEN 'Rompu' WHEN 'RENEWED' THEN 'Renouvelé' ELSE o.status::text END) AS detail,
           jsonb_build_object('status', (CASE o.status WHEN 'DRAFT' THEN 'Brouillon' WHEN 'SUBMITTED' THEN 'Déposé à l’OPCO' WHEN 'ACCEPTED' THEN 'Accepté par l’OPCO' WHEN 'REFUSED' THEN 'Refusé par l’OPCO' WHEN 'ACTIVE' THEN 'En cours' WHEN 'COMPLETED' THEN 'Terminé' WHEN 'BROKEN' THEN 'Rompu' WHEN 'RENEWED' THEN 'Renouvelé' ELSE o.status::text END), 'startDate', o.start_date,
             'endDate', o.end_date, 'brokenOn', o.broken_on, 'fileNumber', o.opco_file_number,
             'plannedMinutes', o.planned_training_minutes, 'attendedMinutes', o.attended,
             'justifiedMinutes', o.justified, 'hourlyRateCents', o.rate, 'amountCents', ((o.justified::bigint * o.rate + 30) / 60)) AS extra
      FROM (
        SELECT k.*, least(k.attended, k.planned_training_minutes) AS justified
          FROM (
            SELECT ct.id, ct.structure_id, ct.person_id, ct.status, ct.job_title, ct.start_date, ct.end_date, ct.broken_on,
                   ct.opco_file_number, ct.planned_training_minutes,
                   coalesce(ct.hourly_rate_cents, fu.hourly_rate_cents, 915)::bigint AS rate,
                   coalesce((SELECT sum(a.minutes_attended)
                               FROM session_attendance a
                               JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                              WHERE a.structure_id = ct.structure_id AND a.person_id = ct.person_id
                                AND s.kind = 'TRAINING'
                                AND s.session_date >= greatest(ct.start_date, $1::date)
                                AND s.session_date <= least(ct.end_date, coalesce(ct.broken_on, ct.end_date), $2::date)
                   ), 0)::int AS attended
              FROM professionalisation_contract ct
              JOIN funder fu ON fu.id = ct.opco_funder_id AND fu.structure_id = ct.structure_id
             WHERE ct.structure_id = $3::uuid AND ct.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED')
       AND ct.start_date <= $4::date
       AND least(ct.end_date, coalesce(ct.broken_on, ct.end_date)) >= $5::date
               AND ct.opco_funder_id = $6::uuid
          ) k
      ) o
      JOIN person p ON p.id = o.person_id AND p.structure_id = o.structure_id
     CROSS JOIN LATERAL (VALUES ('opco.contracts', 1::bigint), ('opco.planned', o.planned_training_minutes::bigint),
                                ('opco.attended', o.attended::bigint),
                                ('opco.justified', o.justified::bigint), ('opco.amount', ((o.justified::bigint * o.rate + 30) / 60))
     ) AS c(code, v))
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (partnership report)
WITH rec AS (
    SELECT c.code, pr.id AS record_id, pr.person_id, (p.last_name || ' ' || p.first_name) AS label,
           (pr.proposed_at AT TIME ZONE 'Europe/Paris')::date AS date, 1::bigint AS value,
           n.job_title || ' — ' || (CASE pr.status WHEN 'PROPOSED' THEN 'En attente de décision' WHEN 'INTERVIEW_REQUESTED' THEN 'Entretien demandé' WHEN 'VALIDATED' THEN 'Validé·e pour embauche' WHEN 'DECLINED' THEN 'Non retenu·e' WHEN 'WITHDRAWN' THEN 'Retirée' WHEN 'HIRED' THEN 'Embauché·e' ELSE pr.status::text END) AS detail,
           jsonb_build_object('need', n.job_title, 'status', (CASE pr.status WHEN 'PROPOSED' THEN 'En attente de décision' WHEN 'INTERVIEW_REQUESTED' THEN 'Entretien demandé' WHEN 'VALIDATED' THEN 'Validé·e pour embauche' WHEN 'DECLINED' THEN 'Non retenu·e' WHEN 'WITHDRAWN' THEN 'Retirée' WHEN 'HIRED' THEN 'Embauché·e' ELSE pr.status::text END),
                              'validated', pr.status IN ('VALIDATED', 'HIRED')) AS extra
      FROM (SELECT id, structure_id, partner_organisation_id, group_id FROM partnership WHERE id = $3::uuid) ps
      JOIN proposal pr ON pr.structure_id = ps.structure_id AND pr.partner_organisation_id = ps.partner_organisation_id
      JOIN hiring_need n ON n.id = pr.hiring_need_id
      JOIN person p ON p.id = pr.person_id AND p.structure_id = pr.structure_id
     CROSS JOIN LATERAL (VALUES ('partnership.proposals', true), ('partnership.proposals.' || pr.status, true),
                                ('partnership.validated', pr.status IN ('VALIDATED', 'HIRED'))) AS c(code, included)
     WHERE c.included AND (pr.proposed_at AT TIME ZONE 'Europe/Paris')::date BETWEEN $4::date AND $5::date
    UNION ALL
    SELECT c.code, h.id AS record_id, h.person_id, (p.last_name || ' ' || p.first_name) AS label, h.start_date AS date, 1::bigint AS value,
           h.employer_name || ' — ' || h.contract_type || coalesce(' — ' || h.job_title, '') AS detail,
           jsonb_build_object('contractType', h.contract_type, 'jobTitle', h.job_title, 'employer', h.employer_name,
                              'fromProposal', hp.hire_id IS NOT NULL, 'inPeriod', c.in_period) AS extra
      FROM (SELECT m.structure_id, m.partner_organisation_id, m.group_id, m.id = s.id AS is_subject
              FROM (SELECT id, structure_id, partner_organisation_id, group_id FROM partnership WHERE id = $3::uuid) s JOIN partnership m ON m.id = s.id OR m.group_id = s.group_id) ps
      JOIN hire h ON h.structure_id = ps.structure_id AND h.employer_organisation_id = ps.partner_organisation_id
      JOIN person p ON p.id = h.person_id AND p.structure_id = h.structure_id
      LEFT JOIN (SELECT DISTINCT hire_id FROM proposal WHERE hire_id IS NOT NULL) hp ON hp.hire_id = h.id
     CROSS JOIN LATERAL (SELECT h.start_date BETWEEN $6::date AND $7::date AS in_period) ip
     CROSS JOIN LATERAL (VALUES ('partnership.hires_year', ps.is_subject, ip.in_period),
                                ('partnership.hires', ps.is_subject AND ip.in_period, ip.in_period),
                                ('partnership.hires.from_proposals',
                                 ps.is_subject AND ip.in_period AND hp.hire_id IS NOT NULL, ip.in_period),
                                ('partnership.group_hires_year', ps.group_id IS NOT NULL, ip.in_period)
     ) AS c(code, included, in_period)
     WHERE c.included AND h.start_date BETWEEN make_date(extract(year FROM $1::date)::int, 1, 1) AND make_date(extract(year FROM $2::date)::int, 12, 31)
    UNION ALL 
    SELECT c.code, r.id AS record_id, r.person_id, (p.last_name || ' ' || p.first_name) AS label, r.checked_on AS date, 1::bigint AS value,
           h.employer_name || ' — ' || r.months_after || ' mois : '
             || CASE WHEN r.still_employed THEN 'toujours en poste' ELSE 'plus en poste' END AS detail,
           jsonb_build_object('employer', h.employer_name, 'hireStart', h.start_date, 'monthsAfter', r.months_after,
                              'stillEmployed', r.still_employed) AS extra
      FROM retention_check r
      JOIN hire h ON h.id = r.hire_id AND h.structure_id = r.structure_id
      JOIN person p ON p.id = r.person_id AND p.structure_id = r.structure_id
     CROSS JOIN LATERAL (VALUES ('retention.' || r.months_after || '.checked', true),
                                ('retention.' || r.months_after || '.employed', r.still_employed)) AS c(code, included)
     WHERE c.included AND r.months_after IN (6, 12) AND EXISTS (SELECT 1 FROM (SELECT id, structure_id, partner_organisation_id, group_id FROM partnership WHERE id = $3::uuid) ps WHERE ps.structure_id = h.structure_id AND ps.partner_organisation_id = h.employer_organisation_id)
       AND r.structure_id = $8::uuid AND r.checked_on BETWEEN $9::date AND $10::date)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (partnerships)
WITH rec AS (
    SELECT ps.holder AS code, h.id AS record_id, h.person_id, (p.last_name || ' ' || p.first_name) AS label,
           h.start_date AS date, 1::bigint AS value, h.employer_name || ' — ' || h.contract_type AS detail,
           NULL::jsonb AS extra
      FROM (SELECT ps.id, ps.structure_id, ps.partner_organisation_id, ps.group_id,
                 CASE WHEN ps.group_id IS NULL THEN 'partnership.' || ps.id
                      ELSE 'partnership.group.' || ps.group_id END AS holder
            FROM partnership ps
           WHERE ps.structure_id = $3::uuid
             AND CASE WHEN ps.group_id IS NULL THEN ps.started_on <= $4::date
             AND (ps.ended_on IS NULL OR ps.ended_on >= $5::date)
                      ELSE EXISTS (SELECT 1 FROM partnership a WHERE a.group_id = ps.group_id
                                      AND a.started_on <= $6::date
             AND (a.ended_on IS NULL OR a.ended_on >= $7::date)) END) ps
      JOIN hire h ON h.structure_id = ps.structure_id AND h.employer_organisation_id = ps.partner_organisation_id
      JOIN person p ON p.id = h.person_id AND p.structure_id = h.structure_id
     WHERE h.start_date BETWEEN make_date(extract(year FROM $1::date)::int, 1, 1) AND make_date(extract(year FROM $2::date)::int, 12, 31))
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (pathway)
WITH rec AS (
    SELECT c.code, p.id AS record_id, p.id AS person_id, (p.last_name || ' ' || p.first_name) AS label, c.d AS date, 1::bigint AS value,
           'Étape à la fin de la période : ' || (CASE s.stage::text WHEN 'RECRUITMENT' THEN 'Recrutement' WHEN 'TRAINING' THEN 'Formation / alternance' WHEN 'SECURING' THEN 'Sécurisation de l’emploi' WHEN 'EXITED' THEN 'Sortie' ELSE s.stage::text::text END) AS detail,
           jsonb_build_object('startedOn', s.started_on, 'employed', w.employed,
                              'stage', (CASE s.stage::text WHEN 'RECRUITMENT' THEN 'Recrutement' WHEN 'TRAINING' THEN 'Formation / alternance' WHEN 'SECURING' THEN 'Sécurisation de l’emploi' WHEN 'EXITED' THEN 'Sortie' ELSE s.stage::text::text END)) AS extra
      FROM person p
      LEFT JOIN LATERAL (
        SELECT count(*) AS n, min(st.effective_on) AS first_on,
               (array_agg(st.from_stage ORDER BY st.effective_on, st.created_at, st.id))[1] AS first_from,
               (array_agg(st.to_stage ORDER BY st.effective_on DESC, st.created_at DESC, st.id DESC) FILTER (WHERE st.effective_on <= $2::date))[1] AS at_end,
               max(st.effective_on) FILTER (WHERE st.effective_on <= $2::date) AS at_end_since,
               (array_agg(st.to_stage ORDER BY st.effective_on DESC, st.created_at DESC, st.id DESC) FILTER (WHERE st.effective_on < $1::date))[1] AS before_start
          FROM stage_transition st WHERE st.structure_id = p.structure_id AND st.person_id = p.id) h ON true
      LEFT JOIN LATERAL (SELECT min(u.d) AS d FROM (
      SELECT c.id, c.start_date AS d, 1 AS source
        FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
      UNION ALL
      SELECT k.id, k.start_date, 2
        FROM professionalisation_contract k
       WHERE k.structure_id = p.structure_id AND k.person_id = p.id AND k.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED')
      UNION ALL
      SELECT m.id, m.start_date, 3
        FROM mission m 
       WHERE m.structure_id = p.structure_id AND m.person_id = p.id AND m.minutes > 0) u) fe ON true
      LEFT JOIN referral r ON r.structure_id = p.structure_id AND r.person_id = p.id
     CROSS JOIN LATERAL (SELECT
        CASE WHEN h.n > 0 AND h.first_from IS NULL THEN h.first_on
             ELSE least((p.created_at AT TIME ZONE 'Europe/Paris')::date, h.first_on, fe.d, r.referred_on) END AS started_on,
        CASE WHEN h.at_end IS NOT NULL THEN h.at_end WHEN h.n > 0 THEN h.first_from ELSE p.stage END AS stage,
        CASE WHEN h.before_start IS NOT NULL THEN h.before_start WHEN h.n > 0 THEN h.first_from ELSE p.stage END
          AS stage_before) s
     CROSS JOIN LATERAL (SELECT s.started_on <= $2::date AND s.stage IS NOT NULL
                                AND s.stage_before IS DISTINCT FROM 'EXITED' AS followed) f
     CROSS JOIN LATERAL (SELECT f.followed AND (
          EXISTS (SELECT 1 FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
                     AND c.start_date <= $2::date AND (c.end_date IS NULL OR c.end_date >= $1::date))
          OR EXISTS (SELECT 1 FROM professionalisation_contract k
                      WHERE k.structure_id = p.structure_id AND k.person_id = p.id
                        AND k.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED') AND k.start_date <= $2::date
                        AND least(k.end_date, coalesce(k.broken_on, k.end_date)) >= $1::date)
          OR EXISTS (SELECT 1 FROM mission m WHERE m.structure_id = p.structure_id AND m.person_id = p.id
                        AND m.minutes > 0 AND m.start_date <= $2::date AND m.end_date >= $1::date)) AS employed) w
     CROSS JOIN LATERAL (VALUES
        ('stage.' || s.stage::text, f.followed, coalesce(h.at_end_since, s.started_on)),
        ('pathway.followed', f.followed, s.started_on),
        ('pathway.employed', w.employed, s.started_on),
        ('pathway.at_end', f.followed AND s.stage <> 'EXITED', s.started_on)
     ) AS c(code, included, d)
     WHERE c.included AND p.structure_id = $3::uuid)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (pathway, réseau)
WITH rec AS (
    SELECT c.code, p.id AS record_id, p.id AS person_id, (p.last_name || ' ' || p.first_name) AS label, c.d AS date, 1::bigint AS value,
           'Étape à la fin de la période : ' || (CASE s.stage::text WHEN 'RECRUITMENT' THEN 'Recrutement' WHEN 'TRAINING' THEN 'Formation / alternance' WHEN 'SECURING' THEN 'Sécurisation de l’emploi' WHEN 'EXITED' THEN 'Sortie' ELSE s.stage::text::text END) AS detail,
           jsonb_build_object('startedOn', s.started_on, 'employed', w.employed,
                              'stage', (CASE s.stage::text WHEN 'RECRUITMENT' THEN 'Recrutement' WHEN 'TRAINING' THEN 'Formation / alternance' WHEN 'SECURING' THEN 'Sécurisation de l’emploi' WHEN 'EXITED' THEN 'Sortie' ELSE s.stage::text::text END)) AS extra
      FROM person p
      LEFT JOIN LATERAL (
        SELECT count(*) AS n, min(st.effective_on) AS first_on,
               (array_agg(st.from_stage ORDER BY st.effective_on, st.created_at, st.id))[1] AS first_from,
               (array_agg(st.to_stage ORDER BY st.effective_on DESC, st.created_at DESC, st.id DESC) FILTER (WHERE st.effective_on <= $2::date))[1] AS at_end,
               max(st.effective_on) FILTER (WHERE st.effective_on <= $2::date) AS at_end_since,
               (array_agg(st.to_stage ORDER BY st.effective_on DESC, st.created_at DESC, st.id DESC) FILTER (WHERE st.effective_on < $1::date))[1] AS before_start
          FROM stage_transition st WHERE st.structure_id = p.structure_id AND st.person_id = p.id) h ON true
      LEFT JOIN LATERAL (SELECT min(u.d) AS d FROM (
      SELECT c.id, c.start_date AS d, 1 AS source
        FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
      UNION ALL
      SELECT k.id, k.start_date, 2
        FROM professionalisation_contract k
       WHERE k.structure_id = p.structure_id AND k.person_id = p.id AND k.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED')
      UNION ALL
      SELECT m.id, m.start_date, 3
        FROM mission m 
       WHERE m.structure_id = p.structure_id AND m.person_id = p.id AND m.minutes > 0) u) fe ON true
      LEFT JOIN referral r ON r.structure_id = p.structure_id AND r.person_id = p.id
     CROSS JOIN LATERAL (SELECT
        CASE WHEN h.n > 0 AND h.first_from IS NULL THEN h.first_on
             ELSE least((p.created_at AT TIME ZONE 'Europe/Paris')::date, h.first_on, fe.d, r.referred_on) END AS started_on,
        CASE WHEN h.at_end IS NOT NULL THEN h.at_end WHEN h.n > 0 THEN h.first_from ELSE p.stage END AS stage,
        CASE WHEN h.before_start IS NOT NULL THEN h.before_start WHEN h.n > 0 THEN h.first_from ELSE p.stage END
          AS stage_before) s
     CROSS JOIN LATERAL (SELECT s.started_on <= $2::date AND s.stage IS NOT NULL
                                AND s.stage_before IS DISTINCT FROM 'EXITED' AS followed) f
     CROSS JOIN LATERAL (SELECT f.followed AND (
          EXISTS (SELECT 1 FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
                     AND c.start_date <= $2::date AND (c.end_date IS NULL OR c.end_date >= $1::date))
          OR EXISTS (SELECT 1 FROM professionalisation_contract k
                      WHERE k.structure_id = p.structure_id AND k.person_id = p.id
                        AND k.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED') AND k.start_date <= $2::date
                        AND least(k.end_date, coalesce(k.broken_on, k.end_date)) >= $1::date)
          OR EXISTS (SELECT 1 FROM mission m WHERE m.structure_id = p.structure_id AND m.person_id = p.id
                        AND m.minutes > 0 AND m.start_date <= $2::date AND m.end_date >= $1::date)) AS employed) w
     CROSS JOIN LATERAL (VALUES
        ('stage.' || s.stage::text, f.followed, coalesce(h.at_end_since, s.started_on)),
        ('pathway.followed', f.followed, s.started_on),
        ('pathway.employed', w.employed, s.started_on),
        ('pathway.at_end', f.followed AND s.stage <> 'EXITED', s.started_on)
     ) AS c(code, included, d)
     WHERE c.included AND true)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.figures (training)
WITH rec AS (
    SELECT c.code, a.id AS record_id, a.person_id, (p.last_name || ' ' || p.first_name) AS label, s.session_date AS date, c.v AS value,
           s.title || coalesce(' (' || s.training_body || ')', '') AS detail, NULL::jsonb AS extra
      FROM session_attendance a
      JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
      JOIN person p ON p.id = a.person_id AND p.structure_id = a.structure_id
     CROSS JOIN LATERAL (VALUES ('training.scheduled', s.planned_minutes::bigint),
                                ('training.attended', a.minutes_attended::bigint)) AS c(code, v)
     WHERE s.kind = 'TRAINING' AND s.structure_id = $1::uuid AND s.session_date BETWEEN $2::date AND $3::date
    UNION ALL
    SELECT 'training.contract_planned', k.id, k.person_id, (p.last_name || ' ' || p.first_name), k.start_date,
           k.planned_training_minutes::bigint,
           'Contrat de professionnalisation — ' || k.job_title || ' — ' || (CASE k.status WHEN 'DRAFT' THEN 'Brouillon' WHEN 'SUBMITTED' THEN 'Déposé à l’OPCO' WHEN 'ACCEPTED' THEN 'Accepté par l’OPCO' WHEN 'REFUSED' THEN 'Refusé par l’OPCO' WHEN 'ACTIVE' THEN 'En cours' WHEN 'COMPLETED' THEN 'Terminé' WHEN 'BROKEN' THEN 'Rompu' WHEN 'RENEWED' THEN 'Renouvelé' ELSE k.status::text END)
             || ' (jusqu’au ' || to_char(least(k.end_date, coalesce(k.broken_on, k.end_date)), 'DD/MM/YYYY') || ')',
           jsonb_build_object('startDate', k.start_date, 'endDate', k.end_date, 'brokenOn', k.broken_on)
      FROM professionalisation_contract k
      JOIN person p ON p.id = k.person_id AND p.structure_id = k.structure_id
     WHERE k.structure_id = $4::uuid AND k.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED')
       AND k.start_date <= $5::date
       AND least(k.end_date, coalesce(k.broken_on, k.end_date)) >= $6::date)
     SELECT code, NULL::text AS month, count(*)::int AS n, coalesce(sum(value), 0)::bigint AS total
       FROM rec GROUP BY code
     UNION ALL
       SELECT c.code, to_char(m.month, 'YYYY-MM') AS month, count(r.record_id)::int AS n,
              coalesce(sum(r.value), 0)::bigint AS total
         FROM generate_series(date_trunc('month', $7::date::timestamp),
                              $8::date::timestamp, interval '1 month') AS m(month)
        CROSS JOIN unnest($9::text[]) AS c(code)
         LEFT JOIN rec r ON r.code = c.code AND date_trunc('month', r.date::timestamp) = m.month
        GROUP BY c.code, m.month
     ORDER BY 1, 2 NULLS FIRST;

-- IndicatorsRepository.partnership
SELECT ps.id, o.name AS partner_name, s.name AS structure_name, g.name AS group_name,
              (SELECT string_agg(mo.name, ', ' ORDER BY mo.name) FROM partnership m
                 JOIN partner_organisation mo ON mo.id = m.partner_organisation_id WHERE m.group_id = ps.group_id) AS landlords,
              (SELECT sum(t.hires) FROM hiring_target t WHERE (t.partnership_id = ps.id OR t.group_id = ps.group_id)
                  AND t.year BETWEEN extract(year FROM $3::date)::int AND extract(year FROM $4::date)::int)::int AS target
         FROM partnership ps
         JOIN partner_organisation o ON o.id = ps.partner_organisation_id
         JOIN structure s ON s.id = ps.structure_id
         LEFT JOIN partnership_group g ON g.id = ps.group_id
        WHERE ps.structure_id = $1 AND ps.id::text = $2;

-- IndicatorsRepository.partnershipTargets
WITH hs AS (SELECT ps.id, ps.structure_id, ps.partner_organisation_id, ps.group_id,
                 CASE WHEN ps.group_id IS NULL THEN 'partnership.' || ps.id
                      ELSE 'partnership.group.' || ps.group_id END AS holder
            FROM partnership ps
           WHERE ps.structure_id = $3::uuid
             AND CASE WHEN ps.group_id IS NULL THEN ps.started_on <= $4::date
             AND (ps.ended_on IS NULL OR ps.ended_on >= $5::date)
                      ELSE EXISTS (SELECT 1 FROM partnership a WHERE a.group_id = ps.group_id
                                      AND a.started_on <= $6::date
             AND (a.ended_on IS NULL OR a.ended_on >= $7::date)) END)
    SELECT hs.holder AS code, min(g.name) AS group_name, string_agg(o.name, ', ' ORDER BY o.name) AS landlords,
           min(st.name) AS structure_name,
           (SELECT sum(t.hires) FROM hiring_target t
             WHERE coalesce('partnership.group.' || t.group_id, 'partnership.' || t.partnership_id) = hs.holder
               AND t.year BETWEEN extract(year FROM make_date(extract(year FROM $1::date)::int, 1, 1))::int AND extract(year FROM make_date(extract(year FROM $2::date)::int, 12, 31))::int)::int AS target
      FROM hs
      JOIN partner_organisation o ON o.id = hs.partner_organisation_id
      JOIN structure st ON st.id = hs.structure_id
      LEFT JOIN partnership_group g ON g.id = hs.group_id
     GROUP BY hs.holder
     ORDER BY coalesce(min(g.name), min(o.name)), min(st.name), hs.holder;

-- IndicatorsRepository.records (fse)
WITH rec AS (
    SELECT c.code, f.id AS record_id, f.person_id, (p.last_name || ' ' || p.first_name) AS label, c.d AS date, 1::bigint AS value,
           c.detail, jsonb_build_object(
             'entryDate', f.entry_date,
             'gender', (CASE f.gender WHEN 'WOMAN' THEN 'Femme' WHEN 'MAN' THEN 'Homme' WHEN 'NON_BINARY' THEN 'Non binaire' ELSE f.gender::text END),
             'ageBand', (CASE ab.age_band WHEN 'UNDER_18' THEN 'Moins de 18 ans' WHEN 'FROM_18_TO_29' THEN '18 à 29 ans' WHEN 'FROM_30_TO_54' THEN '30 à 54 ans' WHEN 'FROM_55' THEN '55 ans et plus' ELSE ab.age_band::text END),
             'isced', (CASE f.isced_level WHEN 'ISCED_0_2' THEN 'CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)' WHEN 'ISCED_3_4' THEN 'CITE 3 à 4 (CAP, BEP, baccalauréat)' WHEN 'ISCED_5_8' THEN 'CITE 5 à 8 (enseignement supérieur)' ELSE f.isced_level::text END),
             'status', (CASE f.labour_market_status WHEN 'LONG_TERM_UNEMPLOYED' THEN 'Chômeur·se de longue durée (plus de 12 mois)' WHEN 'UNEMPLOYED' THEN 'Chômeur·se (moins de 12 mois)' WHEN 'INACTIVE' THEN 'Inactif·ve' WHEN 'EMPLOYED' THEN 'En emploi, y compris indépendant' ELSE f.labour_market_status::text END),
             'exitDate', f.exit_date,
             'exitSituation', (CASE f.exit_situation WHEN 'EMPLOYED' THEN 'En emploi, y compris indépendant' WHEN 'IN_EDUCATION_OR_TRAINING' THEN 'En études ou en formation' WHEN 'GAINED_QUALIFICATION' THEN 'A obtenu une qualification' WHEN 'JOB_SEARCHING' THEN 'En recherche d’emploi' WHEN 'INACTIVE' THEN 'Inactif·ve' ELSE f.exit_situation::text END),
             'sixMonthsCheckedOn', f.six_months_checked_on,
             'sixMonthsEmployed', f.six_months_employed,
             'sixMonthsImproved', f.six_months_improved_situation,
             'trainingMinutes', f.training_minutes) AS extra
      FROM (SELECT f0.*, op.counts AND w.entry AS at_entry, op.counts AND w.exit AS at_exit,
                   op.counts AND w.checked AS checked, NOT op.counts AND (w.entry OR w.exit OR w.checked) AS short_op,
                   coalesce((SELECT sum(a.minutes_attended) FROM session_attendance a
                               JOIN collective_session s ON s.id = a.session_id AND s.structure_id = a.structure_id
                              WHERE a.structure_id = f0.structure_id AND a.person_id = f0.person_id
                                AND s.kind = 'TRAINING'
                                AND s.session_date BETWEEN $2::date AND $3::date), 0)::int AS training_minutes
              FROM fse_participant f0
              JOIN funding_agreement ag ON ag.id = f0.agreement_id AND ag.structure_id = f0.structure_id
             CROSS JOIN LATERAL (SELECT ag.end_date > ag.start_date AS counts) op
             CROSS JOIN LATERAL (SELECT
                     f0.entry_date IS NOT NULL AND f0.entry_date BETWEEN $4::date AND $5::date AS entry,
                     f0.exit_date IS NOT NULL AND f0.exit_date BETWEEN $6::date AND $7::date AS exit,
                     f0.six_months_checked_on IS NOT NULL AND f0.six_months_checked_on BETWEEN $8::date AND $9::date AS checked) w
             WHERE f0.structure_id = $10::uuid AND f0.agreement_id = $1::uuid) f
      JOIN person p ON p.id = f.person_id AND p.structure_id = f.structure_id
     -- The age band once per participant (OFFSET 0 keeps PostgreSQL from copying the expression into every use).
     CROSS JOIN LATERAL (SELECT (CASE WHEN f.entry_date IS NULL THEN NULL
  WHEN (extract(year FROM f.entry_date)::int - extract(year FROM p.birth_date)::int
  - CASE WHEN to_char(f.entry_date, 'MMDD') < to_char(p.birth_date, 'MMDD') THEN 1 ELSE 0 END) < 18 THEN 'UNDER_18' WHEN (extract(year FROM f.entry_date)::int - extract(year FROM p.birth_date)::int
  - CASE WHEN to_char(f.entry_date, 'MMDD') < to_char(p.birth_date, 'MMDD') THEN 1 ELSE 0 END) < 30 THEN 'FROM_18_TO_29'
  WHEN (extract(year FROM f.entry_date)::int - extract(year FROM p.birth_date)::int
  - CASE WHEN to_char(f.entry_date, 'MMDD') < to_char(p.birth_date, 'MMDD') THEN 1 ELSE 0 END) >= 55 THEN 'FROM_55' ELSE 'FROM_30_TO_54' END) AS age_band OFFSET 0) ab
     CROSS JOIN LATERAL (VALUES ('fse.participants', f.at_entry OR f.at_exit OR f.checked, coalesce(f.entry_date, f.exit_date), 'Participant·e')
     ) AS c(code, included, d, detail)
     WHERE c.included)
     SELECT DISTINCT ON (r.date, r.label, r.record_id) r.*, r.date::text AS date_iso
       FROM rec r WHERE r.code = ANY($11::text[])
      ORDER BY r.date NULLS LAST, r.label, r.record_id;

-- IndicatorsRepository.records (pathway)
WITH rec AS (
    SELECT c.code, p.id AS record_id, p.id AS person_id, (p.last_name || ' ' || p.first_name) AS label, c.d AS date, 1::bigint AS value,
           'Étape à la fin de la période : ' || (CASE s.stage::text WHEN 'RECRUITMENT' THEN 'Recrutement' WHEN 'TRAINING' THEN 'Formation / alternance' WHEN 'SECURING' THEN 'Sécurisation de l’emploi' WHEN 'EXITED' THEN 'Sortie' ELSE s.stage::text::text END) AS detail,
           jsonb_build_object('startedOn', s.started_on, 'employed', w.employed,
                              'stage', (CASE s.stage::text WHEN 'RECRUITMENT' THEN 'Recrutement' WHEN 'TRAINING' THEN 'Formation / alternance' WHEN 'SECURING' THEN 'Sécurisation de l’emploi' WHEN 'EXITED' THEN 'Sortie' ELSE s.stage::text::text END)) AS extra
      FROM person p
      LEFT JOIN LATERAL (
        SELECT count(*) AS n, min(st.effective_on) AS first_on,
               (array_agg(st.from_stage ORDER BY st.effective_on, st.created_at, st.id))[1] AS first_from,
               (array_agg(st.to_stage ORDER BY st.effective_on DESC, st.created_at DESC, st.id DESC) FILTER (WHERE st.effective_on <= $2::date))[1] AS at_end,
               max(st.effective_on) FILTER (WHERE st.effective_on <= $2::date) AS at_end_since,
               (array_agg(st.to_stage ORDER BY st.effective_on DESC, st.created_at DESC, st.id DESC) FILTER (WHERE st.effective_on < $1::date))[1] AS before_start
          FROM stage_transition st WHERE st.structure_id = p.structure_id AND st.person_id = p.id) h ON true
      LEFT JOIN LATERAL (SELECT min(u.d) AS d FROM (
      SELECT c.id, c.start_date AS d, 1 AS source
        FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
      UNION ALL
      SELECT k.id, k.start_date, 2
        FROM professionalisation_contract k
       WHERE k.structure_id = p.structure_id AND k.person_id = p.id AND k.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED')
      UNION ALL
      SELECT m.id, m.start_date, 3
        FROM mission m 
       WHERE m.structure_id = p.structure_id AND m.person_id = p.id AND m.minutes > 0) u) fe ON true
      LEFT JOIN referral r ON r.structure_id = p.structure_id AND r.person_id = p.id
     CROSS JOIN LATERAL (SELECT
        CASE WHEN h.n > 0 AND h.first_from IS NULL THEN h.first_on
             ELSE least((p.created_at AT TIME ZONE 'Europe/Paris')::date, h.first_on, fe.d, r.referred_on) END AS started_on,
        CASE WHEN h.at_end IS NOT NULL THEN h.at_end WHEN h.n > 0 THEN h.first_from ELSE p.stage END AS stage,
        CASE WHEN h.before_start IS NOT NULL THEN h.before_start WHEN h.n > 0 THEN h.first_from ELSE p.stage END
          AS stage_before) s
     CROSS JOIN LATERAL (SELECT s.started_on <= $2::date AND s.stage IS NOT NULL
                                AND s.stage_before IS DISTINCT FROM 'EXITED' AS followed) f
     CROSS JOIN LATERAL (SELECT f.followed AND (
          EXISTS (SELECT 1 FROM employment_contract c WHERE c.structure_id = p.structure_id AND c.person_id = p.id
                     AND c.start_date <= $2::date AND (c.end_date IS NULL OR c.end_date >= $1::date))
          OR EXISTS (SELECT 1 FROM professionalisation_contract k
                      WHERE k.structure_id = p.structure_id AND k.person_id = p.id
                        AND k.status IN ('ACTIVE', 'COMPLETED', 'BROKEN', 'RENEWED') AND k.start_date <= $2::date
                        AND least(k.end_date, coalesce(k.broken_on, k.end_date)) >= $1::date)
          OR EXISTS (SELECT 1 FROM mission m WHERE m.structure_id = p.structure_id AND m.person_id = p.id
                        AND m.minutes > 0 AND m.start_date <= $2::date AND m.end_date >= $1::date)) AS employed) w
     CROSS JOIN LATERAL (VALUES
        ('stage.' || s.stage::text, f.followed, coalesce(h.at_end_since, s.started_on)),
        ('pathway.followed', f.followed, s.started_on),
        ('pathway.employed', w.employed, s.started_on),
        ('pathway.at_end', f.followed AND s.stage <> 'EXITED', s.started_on)
     ) AS c(code, included, d)
     WHERE c.included AND p.structure_id = $3::uuid)
     SELECT DISTINCT ON (r.date, r.label, r.record_id) r.*, r.date::text AS date_iso
       FROM rec r WHERE r.code = ANY($4::text[])
      ORDER BY r.date NULLS LAST, r.label, r.record_id;

-- IndicatorsRepository.recordsPage
WITH rec AS (
    SELECT c.code, e.id AS record_id, e.person_id, (p.last_name || ' ' || p.first_name) AS label, e.exit_date AS date, 1::bigint AS value,
           (CASE e.category WHEN 'SUSTAINABLE_JOB' THEN 'Emploi durable' WHEN 'TRANSITION_JOB' THEN 'Emploi de transition' WHEN 'POSITIVE' THEN 'Sortie positive' WHEN 'OTHER' THEN 'Autre sortie' WHEN 'WITHDRAWN' THEN 'Retrait des sorties constatées' ELSE e.category::text END) || ' — '
             || (CASE e.reason WHEN 'CDI' THEN 'Embauche en CDI' WHEN 'CDD_OVER_6_MONTHS' THEN 'Embauche en CDD de 6 mois ou plus' WHEN 'INTERIM_OVER_6_MONTHS' THEN 'Missions d’intérim de 6 mois ou plus' WHEN 'BUSINESS_CREATION' THEN 'Création ou reprise d’entreprise' WHEN 'PUBLIC_SERVICE' THEN 'Stage ou titularisation dans la fonction publique' WHEN 'CDD_UNDER_6_MONTHS' THEN 'Embauche en CDD de moins de 6 mois' WHEN 'INTERIM_UNDER_6_MONTHS' THEN 'Missions d’intérim de moins de 6 mois' WHEN 'SUBSIDISED_CONTRACT' THEN 'Contrat aidé chez un employeur de droit commun' WHEN 'QUALIFYING_TRAINING' THEN 'Entrée en formation qualifiante ou pré-qualifiante' WHEN 'OTHER_SIAE_HIRE' THEN 'Embauche dans une autre structure d’insertion (SIAE)' WHEN 'JOB_SEEKING' THEN 'Au chômage, en recherche d’emploi' WHEN 'INACTIVE' THEN 'Inactif·ve, sans recherche d’emploi' WHEN 'DISMISSAL' THEN 'Licenciement ou rupture à l’initiative de l’employeur' WHEN 'NO_NEWS' THEN 'Sans nouvelles' WHEN 'HEALTH_LEAVE' THEN 'Arrêt de longue durée pour raison de santé ou congé maternité' WHEN 'MOVED_AWAY' THEN 'Déménagement' WHEN 'DEATH' THEN 'Décès' ELSE e.reason::text END)
             || CASE WHEN e.counts THEN ' — comptabilisée : ' ELSE ' — non comptabilisée : ' END
             || e.presence_explanation AS detail,
           jsonb_build_object(
             'reason', (CASE e.reason WHEN 'CDI' THEN 'Embauche en CDI' WHEN 'CDD_OVER_6_MONTHS' THEN 'Embauche en CDD de 6 mois ou plus' WHEN 'INTERIM_OVER_6_MONTHS' THEN 'Missions d’intérim de 6 mois ou plus' WHEN 'BUSINESS_CREATION' THEN 'Création ou reprise d’entreprise' WHEN 'PUBLIC_SERVICE' THEN 'Stage ou titularisation dans la fonction publique' WHEN 'CDD_UNDER_6_MONTHS' THEN 'Embauche en CDD de moins de 6 mois' WHEN 'INTERIM_UNDER_6_MONTHS' THEN 'Missions d’intérim de moins de 6 mois' WHEN 'SUBSIDISED_CONTRACT' THEN 'Contrat aidé chez un employeur de droit commun' WHEN 'QUALIFYING_TRAINING' THEN 'Entrée en formation qualifiante ou pré-qualifiante' WHEN 'OTHER_SIAE_HIRE' THEN 'Embauche dans une autre structure d’insertion (SIAE)' WHEN 'JOB_SEEKING' THEN 'Au chômage, en recherche d’emploi' WHEN 'INACTIVE' THEN 'Inactif·ve, sans recherche d’emploi' WHEN 'DISMISSAL' THEN 'Licenciement ou rupture à l’initiative de l’employeur' WHEN 'NO_NEWS' THEN 'Sans nouvelles' WHEN 'HEALTH_LEAVE' THEN 'Arrêt de longue durée pour raison de santé ou congé maternité' WHEN 'MOVED_AWAY' THEN 'Déménagement' WHEN 'DEATH' THEN 'Décès' ELSE e.reason::text END),
             'category', (CASE e.category WHEN 'SUSTAINABLE_JOB' THEN 'Emploi durable' WHEN 'TRANSITION_JOB' THEN 'Emploi de transition' WHEN 'POSITIVE' THEN 'Sortie positive' WHEN 'OTHER' THEN 'Autre sortie' WHEN 'WITHDRAWN' THEN 'Retrait des sorties constatées' ELSE e.category::text END),
             'counts', e.counts,
             'minutesWorked', e.minutes_worked,
             'explanation', e.presence_explanation) AS extra
      FROM pathway_exit e
      JOIN person p ON p.id = e.person_id AND p.structure_id = e.structure_id
     CROSS JOIN LATERAL (VALUES
        ('exits.total', true),
        ('exits.' || e.category, true),
        ('exits.counted', e.counts),
        ('exits.counted.' || e.category, e.counts),
        ('exits.examined', e.counts AND e.category <> 'WITHDRAWN'),
        ('exits.dynamic', e.counts AND e.category IN ('SUSTAINABLE_JOB', 'TRANSITION_JOB', 'POSITIVE')),
        ('exits.durable', e.counts AND e.category = 'SUSTAINABLE_JOB')
     ) AS c(code, included)
     WHERE c.included AND e.structure_id = $1::uuid AND e.exit_date BETWEEN $2::date AND $3::date), sel AS (SELECT * FROM rec WHERE code = $4::text)
     SELECT (SELECT count(*) FROM sel)::int AS total_count, (SELECT coalesce(sum(value), 0) FROM sel)::bigint AS total_sum,
            page.*, page.date::text AS date_iso
       FROM (SELECT 1) AS one
       LEFT JOIN LATERAL (SELECT * FROM sel r ORDER BY r.date NULLS LAST, r.label, r.record_id LIMIT $5::int OFFSET $6::int) page
         ON true;

-- IndicatorsRepository.structureTarget
SELECT dynamic_exit_rate_bp, durable_employment_rate_bp FROM structure_target
            WHERE structure_id = $1 AND year = $2;
