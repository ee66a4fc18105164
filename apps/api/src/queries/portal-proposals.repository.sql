-- Requêtes de modules/proposals/portal-proposals.repository.ts (généré : npm run sql:snapshots)

-- PortalProposalsRepository.count
SELECT count(*)::int AS total FROM proposal pr
            WHERE (pr.partner_organisation_id = $1::uuid AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','HIRED') AND pr.consent_withdrawn_at IS NULL) AND ($2::text[] IS NULL OR pr.status = ANY($2::text[]));

-- PortalProposalsRepository.page
SELECT pr.id, pr.status, pr.proposed_at AS "proposedAt", pr.decided_at AS "decidedAt",
         pr.decline_reason AS "declineReason", pr.decision_comment AS "decisionComment", pr.version,
         pr.hiring_need_id AS "hiringNeedId", pr.structure_id AS "structureId", pr.person_id AS "personId",
         pr.share_full_name AS "shareFullName", pr.share_contact AS "shareContact", pr.message,
         pr.partner_organisation_id AS "partnerOrganisationId",
         s.name AS "structureName", p.first_name AS "firstName", p.last_name AS "lastName",
         c.title AS "certificationTitle"
    FROM proposal pr
    JOIN person p ON p.id = pr.person_id AND p.structure_id = pr.structure_id
    CROSS JOIN LATERAL (
    SELECT COALESCE(p.target_certification_id, (
      SELECT pc.certification_id FROM professionalisation_contract pc
       WHERE pc.structure_id = p.structure_id AND pc.person_id = p.id AND pc.status = ANY(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[])
       ORDER BY array_position(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[], pc.status), pc.start_date DESC, pc.id
       LIMIT 1)) AS certification_id) tc
    JOIN structure s ON s.id = pr.structure_id
    LEFT JOIN certification c ON c.id = tc.certification_id
   WHERE (pr.partner_organisation_id = $1::uuid AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','HIRED') AND pr.consent_withdrawn_at IS NULL) AND ($2::text[] IS NULL OR pr.status = ANY($2::text[]))
           ORDER BY pr.proposed_at DESC, pr.id DESC LIMIT $3 OFFSET $4;

-- PortalProposalsRepository.personAndJob
SELECT p.first_name AS "firstName", p.last_name AS "lastName", n.job_title AS "jobTitle"
           FROM person p, hiring_need n WHERE p.id = $1 AND p.structure_id = $2 AND n.id = $3;

-- PortalProposalsRepository.visible (lock)
SELECT pr.id, pr.status, pr.proposed_at AS "proposedAt", pr.decided_at AS "decidedAt",
         pr.decline_reason AS "declineReason", pr.decision_comment AS "decisionComment", pr.version,
         pr.hiring_need_id AS "hiringNeedId", pr.structure_id AS "structureId", pr.person_id AS "personId",
         pr.share_full_name AS "shareFullName", pr.share_contact AS "shareContact", pr.message,
         pr.partner_organisation_id AS "partnerOrganisationId",
         s.name AS "structureName", p.first_name AS "firstName", p.last_name AS "lastName",
         c.title AS "certificationTitle"
    FROM proposal pr
    JOIN person p ON p.id = pr.person_id AND p.structure_id = pr.structure_id
    CROSS JOIN LATERAL (
    SELECT COALESCE(p.target_certification_id, (
      SELECT pc.certification_id FROM professionalisation_contract pc
       WHERE pc.structure_id = p.structure_id AND pc.person_id = p.id AND pc.status = ANY(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[])
       ORDER BY array_position(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[], pc.status), pc.start_date DESC, pc.id
       LIMIT 1)) AS certification_id) tc
    JOIN structure s ON s.id = pr.structure_id
    LEFT JOIN certification c ON c.id = tc.certification_id
   WHERE (pr.partner_organisation_id = $1::uuid AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','HIRED') AND pr.consent_withdrawn_at IS NULL) AND pr.id = $2 FOR UPDATE OF pr;

-- PortalProposalsRepository.visible (read)
SELECT pr.id, pr.status, pr.proposed_at AS "proposedAt", pr.decided_at AS "decidedAt",
         pr.decline_reason AS "declineReason", pr.decision_comment AS "decisionComment", pr.version,
         pr.hiring_need_id AS "hiringNeedId", pr.structure_id AS "structureId", pr.person_id AS "personId",
         pr.share_full_name AS "shareFullName", pr.share_contact AS "shareContact", pr.message,
         pr.partner_organisation_id AS "partnerOrganisationId",
         s.name AS "structureName", p.first_name AS "firstName", p.last_name AS "lastName",
         c.title AS "certificationTitle"
    FROM proposal pr
    JOIN person p ON p.id = pr.person_id AND p.structure_id = pr.structure_id
    CROSS JOIN LATERAL (
    SELECT COALESCE(p.target_certification_id, (
      SELECT pc.certification_id FROM professionalisation_contract pc
       WHERE pc.structure_id = p.structure_id AND pc.person_id = p.id AND pc.status = ANY(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[])
       ORDER BY array_position(ARRAY['ACTIVE', 'ACCEPTED', 'SUBMITTED', 'DRAFT', 'COMPLETED']::text[], pc.status), pc.start_date DESC, pc.id
       LIMIT 1)) AS certification_id) tc
    JOIN structure s ON s.id = pr.structure_id
    LEFT JOIN certification c ON c.id = tc.certification_id
   WHERE (pr.partner_organisation_id = $1::uuid AND pr.status IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','HIRED') AND pr.consent_withdrawn_at IS NULL) AND pr.id = $2;
