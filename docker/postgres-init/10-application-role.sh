#!/bin/sh
# First start of the database container only: the login role the API serves requests with. It owns nothing; the
# API's start migrates as the owner (POSTGRES_USER, MIGRATION_DATABASE_URL) and grants this role what it may do —
# never rewriting the audit log (docs/operations.md).
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="${APP_DB_PASSWORD}" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE tremplin_app LOGIN PASSWORD :'app_password';
SQL
