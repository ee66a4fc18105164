-- Requêtes de modules/job-board/job-board.repository.ts (généré : npm run sql:snapshots)

-- JobBoardRepository.board
SELECT so.id, so.source_kind AS "sourceKind", coalesce(j.job_title, n.job_title) AS "jobTitle",
       coalesce(j.town, ps.city) AS town, coalesce(j.postal_code, ps.postal_code) AS "postalCode",
       j.contract_kind AS "contractKind", coalesce(j.description, n.requirements) AS description,
       so.structure_id AS "ownerStructureId", s.name AS "ownerStructureName", so.shared_at AS "sharedAt"
      FROM shared_offer so
      JOIN structure s ON s.id = so.structure_id AND s.active
      LEFT JOIN job_offer j ON j.id = so.job_offer_id AND j.structure_id = so.structure_id
      LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
      LEFT JOIN partner_site ps ON ps.id = n.site_id
     WHERE so.structure_id IN (SELECT DISTINCT peer.structure_id FROM network_member me
           JOIN network_member peer ON peer.network_id = me.network_id WHERE me.structure_id = $1)
       AND coalesce(j.status, n.status) = 'OPEN'
       AND ($2::text IS NULL OR coalesce(j.job_title, n.job_title) ILIKE $2 OR coalesce(j.description, n.requirements) ILIKE $2)
       AND ($3::text IS NULL OR coalesce(j.town, ps.city) ILIKE $3 OR coalesce(j.postal_code, ps.postal_code) LIKE $3)
       AND ($4::text IS NULL OR j.contract_kind = $4)
    ORDER BY so.shared_at DESC, so.id DESC LIMIT $5 OFFSET $6;

-- JobBoardRepository.boardCount
SELECT count(*)::int AS total
      FROM shared_offer so
      JOIN structure s ON s.id = so.structure_id AND s.active
      LEFT JOIN job_offer j ON j.id = so.job_offer_id AND j.structure_id = so.structure_id
      LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
      LEFT JOIN partner_site ps ON ps.id = n.site_id
     WHERE so.structure_id IN (SELECT DISTINCT peer.structure_id FROM network_member me
           JOIN network_member peer ON peer.network_id = me.network_id WHERE me.structure_id = $1)
       AND coalesce(j.status, n.status) = 'OPEN'
       AND ($2::text IS NULL OR coalesce(j.job_title, n.job_title) ILIKE $2 OR coalesce(j.description, n.requirements) ILIKE $2)
       AND ($3::text IS NULL OR coalesce(j.town, ps.city) ILIKE $3 OR coalesce(j.postal_code, ps.postal_code) LIKE $3)
       AND ($4::text IS NULL OR j.contract_kind = $4);

-- JobBoardRepository.boardOffer
SELECT so.id, so.source_kind AS "sourceKind", coalesce(j.job_title, n.job_title) AS "jobTitle",
       coalesce(j.town, ps.city) AS town, coalesce(j.postal_code, ps.postal_code) AS "postalCode",
       j.contract_kind AS "contractKind", coalesce(j.description, n.requirements) AS description,
       so.structure_id AS "ownerStructureId", s.name AS "ownerStructureName", so.shared_at AS "sharedAt", n.partner_organisation_id AS "partnerOrganisationId"
      FROM shared_offer so
      JOIN structure s ON s.id = so.structure_id AND s.active
      LEFT JOIN job_offer j ON j.id = so.job_offer_id AND j.structure_id = so.structure_id
      LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
      LEFT JOIN partner_site ps ON ps.id = n.site_id
     WHERE so.structure_id IN (SELECT DISTINCT peer.structure_id FROM network_member me
           JOIN network_member peer ON peer.network_id = me.network_id WHERE me.structure_id = $1)
       AND coalesce(j.status, n.status) = 'OPEN'
       AND ($2::text IS NULL OR coalesce(j.job_title, n.job_title) ILIKE $2 OR coalesce(j.description, n.requirements) ILIKE $2)
       AND ($3::text IS NULL OR coalesce(j.town, ps.city) ILIKE $3 OR coalesce(j.postal_code, ps.postal_code) LIKE $3)
       AND ($4::text IS NULL OR j.contract_kind = $4)
    AND so.id = $5;

-- JobBoardRepository.countStructures
SELECT count(*)::int AS total FROM structure WHERE id = ANY($1::uuid[]);

-- JobBoardRepository.feed
SELECT so.id, so.source_kind AS "sourceKind", coalesce(j.job_title, n.job_title) AS "jobTitle",
       coalesce(j.town, ps.city) AS town, coalesce(j.postal_code, ps.postal_code) AS "postalCode",
       j.contract_kind AS "contractKind", coalesce(j.description, n.requirements) AS description,
       so.structure_id AS "ownerStructureId", s.name AS "ownerStructureName", so.shared_at AS "sharedAt"
      FROM shared_offer so
      JOIN structure s ON s.id = so.structure_id AND s.active
      LEFT JOIN job_offer j ON j.id = so.job_offer_id AND j.structure_id = so.structure_id
      LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
      LEFT JOIN partner_site ps ON ps.id = n.site_id
     WHERE so.structure_id IN (SELECT structure_id FROM network_member WHERE network_id = $1)
       AND coalesce(j.status, n.status) = 'OPEN'
       AND ($2::text IS NULL OR coalesce(j.job_title, n.job_title) ILIKE $2 OR coalesce(j.description, n.requirements) ILIKE $2)
       AND ($3::text IS NULL OR coalesce(j.town, ps.city) ILIKE $3 OR coalesce(j.postal_code, ps.postal_code) LIKE $3)
       AND ($4::text IS NULL OR j.contract_kind = $4)
    ORDER BY so.shared_at DESC, so.id DESC;

-- JobBoardRepository.feedTokenHash
SELECT feed_token_hash AS hash FROM network WHERE id = $1;

-- JobBoardRepository.incoming
SELECT bp.id, bp.structure_id AS "structureId", bp.person_id AS "personId",
              bp.share_full_name AS "shareFullName", bp.share_contact AS "shareContact", bp.message,
              bp.proposed_at AS "proposedAt", coalesce(j.job_title, n.job_title) AS "jobTitle",
              n.partner_organisation_id AS "partnerOrganisationId"
         FROM board_proposal bp
         JOIN shared_offer so ON so.id = bp.shared_offer_id AND so.structure_id = bp.owner_structure_id
         LEFT JOIN job_offer j ON j.id = so.job_offer_id
         LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
        WHERE bp.owner_structure_id = $1 AND bp.status = 'PROPOSED'
        ORDER BY bp.proposed_at DESC, bp.id DESC LIMIT $2 OFFSET $3;

-- JobBoardRepository.incomingCount
SELECT count(*)::int AS total FROM board_proposal WHERE owner_structure_id = $1 AND status = 'PROPOSED';

-- JobBoardRepository.membersOf
SELECT m.network_id AS "networkId", s.id, s.name FROM network_member m JOIN structure s ON s.id = m.structure_id
        WHERE m.network_id = ANY($1::uuid[]) ORDER BY s.name, s.id;

-- JobBoardRepository.ownProposals
SELECT bp.id, bp.person_id AS "personId", bp.status, bp.proposed_at AS "proposedAt", bp.version,
              coalesce(j.job_title, n.job_title) AS "jobTitle", s.name AS "ownerStructureName"
         FROM board_proposal bp
         JOIN shared_offer so ON so.id = bp.shared_offer_id AND so.structure_id = bp.owner_structure_id
         JOIN structure s ON s.id = bp.owner_structure_id
         LEFT JOIN job_offer j ON j.id = so.job_offer_id
         LEFT JOIN hiring_need n ON n.id = so.hiring_need_id
        WHERE bp.structure_id = $1 AND ($2::uuid IS NULL OR bp.person_id = $2) AND ($3::uuid IS NULL OR bp.id = $3)
        ORDER BY bp.proposed_at DESC, bp.id DESC;

-- JobBoardRepository.proposalAudience
SELECT (SELECT name FROM structure WHERE id = $2) AS "proposerName",
              coalesce((SELECT array_agg(u.id ORDER BY u.id) FROM app_user u
                         WHERE u.structure_id = $1 AND u.active AND u.role::text = ANY($3::text[])), '{}') AS "recipientIds";

-- JobBoardRepository.reachesNeed
SELECT 1 FROM hiring_need n
         JOIN partnership pa ON pa.partner_organisation_id = n.partner_organisation_id AND pa.structure_id = $1
        WHERE n.id = $2 AND (n.created_by_structure_id IS NULL OR n.created_by_structure_id = $1::uuid OR n.shared_with_partners);

-- JobBoardRepository.setMembers
-- a répondu : insert or update on table "network_member" violates a foreign key constraint
DELETE FROM network_member WHERE network_id = $1 AND NOT (structure_id = ANY($2::uuid[]));

INSERT INTO network_member (network_id, structure_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING;

-- JobBoardRepository.share
-- a répondu : insert or update on table "shared_offer" violates a foreign key constraint
INSERT INTO shared_offer (structure_id, source_kind, job_offer_id, hiring_need_id, shared_by_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING;

-- JobBoardRepository.sharedSources
SELECT coalesce(job_offer_id, hiring_need_id) AS id FROM shared_offer
        WHERE structure_id = $1 AND coalesce(job_offer_id, hiring_need_id) = ANY($2::uuid[]);

-- JobBoardRepository.unshare
DELETE FROM shared_offer WHERE structure_id = $1
          AND (job_offer_id = $2 OR hiring_need_id = $3);
