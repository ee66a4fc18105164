-- Requêtes de core/audit/audit.repository.ts (généré : npm run sql:snapshots)

-- AuditRepository.accountSecurityLog
SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.action, a.actor_label AS "actorLabel",
              a.actor_role AS "actorRole", coalesce(po.name, s.name) AS "actorOrganisation",
              a.subject_type AS "subjectType", a.details
         FROM audit_log a
         LEFT JOIN partner_organisation po ON po.id = a.actor_partner_organisation_id
         LEFT JOIN structure s ON s.id = a.actor_structure_id
        WHERE a.structure_id = $1 AND a.person_id IS NULL AND a.subject_type = 'account' AND a.subject_id = $2
          AND a.action = ANY($3::varchar[])
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT $4;

-- AuditRepository.append
INSERT INTO audit_log (actor_user_id, actor_role, actor_label, actor_structure_id, actor_partner_organisation_id,
                              action, structure_id, person_id, subject_type, subject_id, details)
       SELECT $1, $2, $3, $4, $5, e.action, e.structure_id, e.person_id, e.subject_type, e.subject_id, e.details
         FROM jsonb_to_recordset($6::jsonb) AS e(action varchar, structure_id uuid, person_id uuid, subject_type varchar,
                                                 subject_id uuid, details jsonb);

-- AuditRepository.isStaffOf
SELECT 1 FROM app_user WHERE id = $1 AND structure_id = $2;

-- AuditRepository.personLog
SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.action, a.actor_label AS "actorLabel",
              a.actor_role AS "actorRole", coalesce(po.name, s.name) AS "actorOrganisation",
              a.subject_type AS "subjectType", a.details
         FROM audit_log a
         LEFT JOIN partner_organisation po ON po.id = a.actor_partner_organisation_id
         LEFT JOIN structure s ON s.id = a.actor_structure_id
        WHERE a.structure_id = $1 AND a.person_id = $2
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT $3 OFFSET $4;

-- AuditRepository.personLogCount
SELECT count(*)::int AS n FROM audit_log WHERE structure_id = $1 AND person_id = $2;
