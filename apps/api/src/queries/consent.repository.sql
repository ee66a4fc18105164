-- Requêtes de modules/intake/consent.repository.ts (généré : npm run sql:snapshots)

-- ConsentRepository.setDays
UPDATE "person" SET "information_given_on" = $1, "consent_given_on" = $2, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $3 AND "structure_id" = $4;
