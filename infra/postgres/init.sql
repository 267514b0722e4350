-- Runs once when the Postgres data directory is first initialised (docker-entrypoint-initdb.d),
-- as the superuser, in the database named by POSTGRES_DB.
-- The app's migrations need the pgvector extension; creating an extension usually needs more
-- privileges than the app's own role has, so it is done here. On a managed database, run this
-- statement once as the administrator (see infra/README.md).
CREATE EXTENSION IF NOT EXISTS vector;
