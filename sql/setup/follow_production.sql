-- Updating in place (UpdateDevDbData): the foreign server and user mapping an earlier build made take
-- this run's production settings, the ones the checks before it just used, so that populate reads
-- the production it was given, with today's password: a moved database or a rotated password is
-- followed, not read from where the build found it. Runs inside the load's transaction, so a
-- failed load leaves them as they were. Returns the names of the options that changed (never their
-- values). DDL takes no parameters, so the values go through format(%L) inside the server; the
-- password is bound as a parameter, which a server that logs statements must not log.
SET LOCAL log_parameter_max_length = 0;
SET LOCAL log_parameter_max_length_on_error = 0;
CREATE FUNCTION pg_temp.devdb_option_changes(current_options text[], names text[], wanted text[]) RETURNS text[]
LANGUAGE plpgsql AS $fn$
DECLARE
    actions text[] := '{}';
    present boolean;
    now_set text;
BEGIN
    FOR i IN 1 .. array_length(names, 1) LOOP
        SELECT true, option_value INTO present, now_set
        FROM pg_options_to_table(current_options) WHERE option_name = names[i];
        IF present IS NULL THEN
            IF wanted[i] IS NOT NULL THEN actions := actions || format('ADD %I %L', names[i], wanted[i]); END IF;
        ELSIF wanted[i] IS NULL THEN
            actions := actions || format('DROP %I', names[i]);
        ELSIF now_set IS DISTINCT FROM wanted[i] THEN
            actions := actions || format('SET %I %L', names[i], wanted[i]);
        END IF;
        present := NULL;
    END LOOP;
    RETURN actions;
END
$fn$;

CREATE FUNCTION pg_temp.devdb_follow_production(host text, port text, dbname text, fetch_size text, sslmode text,
                                                remote_user text, remote_password text) RETURNS text[]
LANGUAGE plpgsql AS $fn$
DECLARE
    server_actions text[] := pg_temp.devdb_option_changes(
        (SELECT srvoptions FROM pg_foreign_server WHERE srvname = 'devdb_production'),
        ARRAY['host', 'port', 'dbname', 'fetch_size', 'sslmode'],
        ARRAY[host, port, dbname, fetch_size, sslmode]);
    mapped boolean := EXISTS (SELECT 1 FROM pg_user_mappings WHERE srvname = 'devdb_production' AND usename = CURRENT_USER);
    mapping_actions text[] := pg_temp.devdb_option_changes(
        (SELECT umoptions FROM pg_user_mappings WHERE srvname = 'devdb_production' AND usename = CURRENT_USER),
        ARRAY['user', 'password'],
        ARRAY[remote_user, remote_password]);
BEGIN
    IF cardinality(server_actions) > 0 THEN
        EXECUTE 'ALTER SERVER devdb_production OPTIONS (' || array_to_string(server_actions, ', ') || ')';
    END IF;
    IF NOT mapped THEN
        EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER devdb_production OPTIONS (%s)', array_to_string(mapping_actions, ', '));
    ELSIF cardinality(mapping_actions) > 0 THEN
        EXECUTE 'ALTER USER MAPPING FOR CURRENT_USER SERVER devdb_production OPTIONS (' || array_to_string(mapping_actions, ', ') || ')';
    END IF;
    RETURN ARRAY(SELECT trim(BOTH '"' FROM split_part(a, ' ', 2)) FROM unnest(server_actions || mapping_actions) AS a);
END
$fn$;

SELECT pg_temp.devdb_follow_production(@host, @port, @dbname, @fetch_size, @sslmode, @remote_user, @remote_password);
