-- Requêtes de modules/reports/dashboard.repository.ts (généré : npm run sql:snapshots)

-- DashboardRepository.partnershipName
SELECT o.name FROM partnership ps JOIN partner_organisation o ON o.id = ps.partner_organisation_id
          WHERE ps.id = $1 AND ps.structure_id = $2;

-- DashboardRepository.sharedTargetName
SELECT name || ' (objectif partagé)' AS name FROM partnership_group WHERE id = $1 AND structure_id = $2;

-- DashboardRepository.structureName
SELECT name FROM structure WHERE id = $1;
