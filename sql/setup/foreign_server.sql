-- Runs in the new developer database, in one transaction. DevDb's own objects live in schema devdb,
-- apart from the application's schemas, so that rebuilding those never touches the connection to
-- production. Production's password is bound as a parameter: a server that logs statements
-- (log_statement, log_min_duration_statement) would log it with them, unless told not to.
SET LOCAL log_parameter_max_length = 0;
SET LOCAL log_parameter_max_length_on_error = 0;
CREATE SCHEMA devdb;
CREATE EXTENSION postgres_fdw SCHEMA devdb;

CREATE TABLE devdb.mirrored_schema (
    production_schema name PRIMARY KEY,
    foreign_schema    name NOT NULL UNIQUE
);

-- DDL takes no parameters, so the values go through format(%L) inside the server.
-- Production's sessions are read-only: a write through a foreign table fails there.
CREATE FUNCTION pg_temp.create_foreign_server(host text, port text, dbname text, fetch_size text, sslmode text,
                                              remote_user text, remote_password text) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    EXECUTE format('CREATE SERVER devdb_production FOREIGN DATA WRAPPER postgres_fdw OPTIONS '
                   '(host %L, port %L, dbname %L, fetch_size %L, options %L, application_name %L%s)',
                   host, port, dbname, fetch_size, '-c default_transaction_read_only=on', 'devdb',
                   CASE WHEN sslmode IS NULL THEN '' ELSE format(', sslmode %L', sslmode) END);
    EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER devdb_production OPTIONS (user %L%s)',
                   remote_user,
                   CASE WHEN remote_password IS NULL THEN '' ELSE format(', password %L', remote_password) END);
END
$fn$;

SELECT pg_temp.create_foreign_server(@host, @port, @dbname, @fetch_size, @sslmode, @remote_user, @remote_password);

-- Making the server a member of the extension keeps it, and the user mapping with production's
-- password, out of any pg_dump of this database.
ALTER EXTENSION postgres_fdw ADD SERVER devdb_production;

-- A window on production's catalog, to prove the connection works from the developer server.
CREATE FOREIGN TABLE devdb.production_settings (name text, setting text)
    SERVER devdb_production OPTIONS (schema_name 'pg_catalog', table_name 'pg_settings');
