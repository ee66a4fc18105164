-- Requêtes de health/health.repository.ts (généré : npm run sql:snapshots)

-- HealthRepository.ping
SELECT 1;
