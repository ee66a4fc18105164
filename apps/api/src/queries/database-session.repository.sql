-- Requêtes de database/database-session.repository.ts (généré : npm run sql:snapshots)

-- DatabaseSessionRepository.currentRole
SELECT current_user AS role;
