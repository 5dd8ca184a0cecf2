-- Updating in place (UpdateDevDbData): the foreign server and user mapping an earlier build made take
-- this run's production settings, the ones the checks before it just used, so that populate reads
-- the production it was given, with today's password: a moved database or a rotated password is
-- followed, not read from where the build found it. Runs inside the load's transaction, so a
-- failed load leaves them as they were. Returns the names of the options that changed (never their
-- values). DDL takes no parameters, so the values go through format(%L) inside the server; the
-- password is bound as a parameter, which a server that logs statements must not log.
SET LOCAL log_parameter_max_length = 0;
SET LOCAL log_parameter_max_length_on_error = 0;
-- What makes each wanted option so: ADD it, SET it, or DROP it (wanted NULL); nothing when it already is.
CREATE FUNCTION pg_temp.devdb_option_changes(current_options text[], names text[], wanted text[])
RETURNS TABLE (option_name text, action text)
LANGUAGE sql AS $fn$
    SELECT w.name,
           CASE WHEN c.option_name IS NULL THEN format('ADD %I %L', w.name, w.value)
                WHEN w.value IS NULL THEN format('DROP %I', w.name)
                ELSE format('SET %I %L', w.name, w.value)
           END
    FROM unnest(names, wanted) WITH ORDINALITY AS w(name, value, position)
    LEFT JOIN pg_options_to_table(current_options) AS c ON c.option_name = w.name
    WHERE (c.option_name IS NULL AND w.value IS NOT NULL)
       OR (c.option_name IS NOT NULL AND c.option_value IS DISTINCT FROM w.value)
    ORDER BY w.position
$fn$;

CREATE FUNCTION pg_temp.devdb_follow_production(host text, port text, dbname text, fetch_size text, sslmode text,
                                                remote_user text, remote_password text) RETURNS text[]
LANGUAGE plpgsql AS $fn$
DECLARE
    mapped boolean := EXISTS (SELECT 1 FROM pg_user_mappings WHERE srvname = 'devdb_production' AND usename = CURRENT_USER);
    server_changed text[];
    server_actions text[];
    mapping_changed text[];
    mapping_actions text[];
BEGIN
    SELECT array_agg(c.option_name), array_agg(c.action) INTO server_changed, server_actions
    FROM pg_temp.devdb_option_changes(
        (SELECT srvoptions FROM pg_foreign_server WHERE srvname = 'devdb_production'),
        ARRAY['host', 'port', 'dbname', 'fetch_size', 'sslmode'],
        ARRAY[host, port, dbname, fetch_size, sslmode]) AS c;
    SELECT array_agg(c.option_name), array_agg(c.action) INTO mapping_changed, mapping_actions
    FROM pg_temp.devdb_option_changes(
        (SELECT umoptions FROM pg_user_mappings WHERE srvname = 'devdb_production' AND usename = CURRENT_USER),
        ARRAY['user', 'password'],
        ARRAY[remote_user, remote_password]) AS c;

    IF server_actions IS NOT NULL THEN
        EXECUTE 'ALTER SERVER devdb_production OPTIONS (' || array_to_string(server_actions, ', ') || ')';
    END IF;
    IF NOT mapped THEN
        EXECUTE 'CREATE USER MAPPING FOR CURRENT_USER SERVER devdb_production OPTIONS (' || array_to_string(mapping_actions, ', ') || ')';
    ELSIF mapping_actions IS NOT NULL THEN
        EXECUTE 'ALTER USER MAPPING FOR CURRENT_USER SERVER devdb_production OPTIONS (' || array_to_string(mapping_actions, ', ') || ')';
    END IF;
    RETURN coalesce(server_changed, '{}') || coalesce(mapping_changed, '{}');
END
$fn$;

SELECT pg_temp.devdb_follow_production(@host, @port, @dbname, @fetch_size, @sslmode, @remote_user, @remote_password);
