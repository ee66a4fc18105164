-- Requêtes de core/auth/proconnect/proconnect.repository.ts (généré : npm run sql:snapshots)

-- ProConnectRepository.bind
-- a répondu : insert or update on table "user_external_identity" violates a foreign key constraint
INSERT INTO user_external_identity (provider, subject, user_id, email, idp_id, last_sign_in_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (provider, user_id) DO UPDATE
         SET subject = EXCLUDED.subject, email = EXCLUDED.email, idp_id = EXCLUDED.idp_id,
             last_sign_in_at = now(), updated_at = now()
       RETURNING (xmax <> 0) AS rebound;

-- ProConnectRepository.boundAccount
SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.structure_id, u.partner_organisation_id, u.active
         FROM user_external_identity i JOIN app_user u ON u.id = i.user_id
        WHERE i.provider = $1 AND i.subject = $2;

-- ProConnectRepository.isBound
SELECT 1 FROM user_external_identity WHERE provider = $1 AND user_id = $2;

-- ProConnectRepository.lockAccountByEmail
SELECT id, email, first_name, last_name, role, structure_id, partner_organisation_id, active
         FROM app_user WHERE email = $1 FOR UPDATE;

-- ProConnectRepository.rememberLogin
WITH purge AS (DELETE FROM proconnect_login WHERE expires_at <= now())
       INSERT INTO proconnect_login (id, state, nonce, code_verifier, return_path, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6));

-- ProConnectRepository.setPasswordSignInAllowed
UPDATE structure s SET password_sign_in_allowed = $2, updated_at = now()
         FROM structure before WHERE s.id = $1 AND before.id = s.id
       RETURNING before.password_sign_in_allowed AS "was";

-- ProConnectRepository.structure
-- a répondu : Could not find any entity of type "StructureEntity" matching: {
SELECT "StructureEntity"."id" AS "StructureEntity_id", "StructureEntity"."created_at" AS "StructureEntity_created_at", "StructureEntity"."updated_at" AS "StructureEntity_updated_at", "StructureEntity"."name" AS "StructureEntity_name", "StructureEntity"."kind" AS "StructureEntity_kind", "StructureEntity"."siret" AS "StructureEntity_siret", "StructureEntity"."city" AS "StructureEntity_city", "StructureEntity"."password_sign_in_allowed" AS "StructureEntity_password_sign_in_allowed", "StructureEntity"."departement" AS "StructureEntity_departement", "StructureEntity"."convention_number" AS "StructureEntity_convention_number", "StructureEntity"."convention_starts_on" AS "StructureEntity_convention_starts_on", "StructureEntity"."convention_ends_on" AS "StructureEntity_convention_ends_on", "StructureEntity"."annex_number" AS "StructureEntity_annex_number", "StructureEntity"."annex_starts_on" AS "StructureEntity_annex_starts_on", "StructureEntity"."annex_ends_on" AS "StructureEntity_annex_ends_on", "StructureEntity"."hiring_target" AS "StructureEntity_hiring_target", "StructureEntity"."active" AS "StructureEntity_active" FROM "structure" "StructureEntity" WHERE (("StructureEntity"."id" = $1)) LIMIT 1;

-- ProConnectRepository.takeLogin
DELETE FROM proconnect_login WHERE id = $1
       RETURNING state, nonce, code_verifier AS "codeVerifier", return_path AS "returnPath", expires_at > now() AS live;

-- ProConnectRepository.touchIdentity
UPDATE user_external_identity SET last_sign_in_at = now(), idp_id = $3, updated_at = now()
        WHERE provider = $1 AND subject = $2;
