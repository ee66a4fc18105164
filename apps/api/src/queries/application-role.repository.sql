-- Requêtes de database/application-role.repository.ts (généré : npm run sql:snapshots)

-- ApplicationRoleRepository.auditLogPrivileges
SELECT r.rolsuper AS superuser,
            pg_has_role(current_user, c.relowner, 'USAGE') AS owner,
            has_table_privilege(current_user, c.oid, 'UPDATE') AS "update",
            has_table_privilege(current_user, c.oid, 'DELETE') AS "delete",
            has_table_privilege(current_user, c.oid, 'TRUNCATE') AS "truncate"
       FROM pg_class c JOIN pg_roles r ON r.rolname = current_user
      WHERE c.oid = 'audit_log'::regclass;

-- ApplicationRoleRepository.grant
GRANT USAGE ON SCHEMA public TO "postgres";

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "postgres";

GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "postgres";

REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_log" FROM "postgres";

REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "typeorm_migrations" FROM "postgres";
