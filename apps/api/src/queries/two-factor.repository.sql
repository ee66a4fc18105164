-- Requêtes de core/auth/two-factor/two-factor.repository.ts (généré : npm run sql:snapshots)

-- TwoFactorRepository.countChallengeAttempt
UPDATE two_factor_challenge c SET attempts = c.attempts + 1
           FROM app_user u
          WHERE c.id = $1 AND u.id = c.user_id AND u.active AND c.expires_at > now() AND c.attempts < $2
         RETURNING c.user_id, u.email;

-- TwoFactorRepository.disable
DELETE FROM user_recovery_code WHERE user_id = $1;

DELETE FROM user_two_factor WHERE user_id = $1;

-- TwoFactorRepository.enable
UPDATE user_two_factor SET enabled_at = now(), last_used_step = $2 WHERE user_id = $1;

-- TwoFactorRepository.enabledSecret
SELECT secret_encrypted FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL;

-- TwoFactorRepository.hasSecret
SELECT 1 FROM user_two_factor WHERE user_id = $1;

-- TwoFactorRepository.isEnabled
SELECT 1 FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL;

-- TwoFactorRepository.isRequired
SELECT 1 FROM structure_two_factor_policy WHERE structure_id = $1;

-- TwoFactorRepository.lockPendingSecret
SELECT secret_encrypted FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NULL FOR UPDATE;

-- TwoFactorRepository.mustEnrol
SELECT (u.role IN ('DIRECTOR', 'ADMINISTRATOR')
           AND EXISTS (SELECT 1 FROM structure_two_factor_policy p WHERE p.structure_id = u.structure_id)
           AND NOT EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL)) AS must FROM app_user u WHERE u.id = $1;

-- TwoFactorRepository.openChallenge
-- a répondu : insert or update on table "two_factor_challenge" violates a foreign key constraint
WITH purge AS (DELETE FROM two_factor_challenge WHERE user_id = $2 AND expires_at <= now())
       INSERT INTO two_factor_challenge (id, user_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3));

-- TwoFactorRepository.replaceRecoveryCodes
-- a répondu : insert or update on table "user_recovery_code" violates a foreign key constraint
DELETE FROM user_recovery_code WHERE user_id = $1;

INSERT INTO user_recovery_code (user_id, code_hash) SELECT $1, unnest($2::char(64)[]);

-- TwoFactorRepository.require
-- a répondu : insert or update on table "structure_two_factor_policy" violates a foreign key constraint
INSERT INTO structure_two_factor_policy (structure_id, required_by) VALUES ($1, $2)
       ON CONFLICT (structure_id) DO NOTHING;

-- TwoFactorRepository.spendChallenge
DELETE FROM two_factor_challenge WHERE id = $1 RETURNING id;

-- TwoFactorRepository.spendRecoveryCode
UPDATE user_recovery_code SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
          AND EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = $1 AND t.enabled_at IS NOT NULL)
       RETURNING id;

-- TwoFactorRepository.spendStep
UPDATE user_two_factor SET last_used_step = $2
        WHERE user_id = $1 AND enabled_at IS NOT NULL AND last_used_step < $2
       RETURNING user_id;

-- TwoFactorRepository.startEnrolment
-- a répondu : insert or update on table "user_two_factor" violates a foreign key constraint
INSERT INTO user_two_factor AS t (user_id, secret_encrypted, enabled_at, last_used_step)
       VALUES ($1, $2, NULL, -1)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, last_used_step = -1,
                                           created_at = now()
        WHERE t.enabled_at IS NULL
       RETURNING t.user_id;

-- TwoFactorRepository.status
SELECT t.enabled_at,
              (SELECT count(*)::int FROM user_recovery_code r WHERE r.user_id = u.id AND r.used_at IS NULL) AS codes_left,
              (u.role IN ('DIRECTOR', 'ADMINISTRATOR')
                AND EXISTS (SELECT 1 FROM structure_two_factor_policy p WHERE p.structure_id = u.structure_id)) AS required
         FROM app_user u LEFT JOIN user_two_factor t ON t.user_id = u.id
        WHERE u.id = $1;

-- TwoFactorRepository.unrequire
DELETE FROM structure_two_factor_policy WHERE structure_id = $1;

-- TwoFactorRepository.user
-- a répondu : Could not find any entity of type "UserEntity" matching: {
SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."first_name" AS "UserEntity_first_name", "UserEntity"."last_name" AS "UserEntity_last_name", "UserEntity"."password_hash" AS "UserEntity_password_hash", "UserEntity"."must_change_password" AS "UserEntity_must_change_password", "UserEntity"."role" AS "UserEntity_role", "UserEntity"."structure_id" AS "UserEntity_structure_id", "UserEntity"."partner_organisation_id" AS "UserEntity_partner_organisation_id", "UserEntity"."active" AS "UserEntity_active" FROM "app_user" "UserEntity" WHERE (("UserEntity"."id" = $1)) LIMIT 1;
