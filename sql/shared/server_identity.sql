-- Identifies a server and database, to refuse building the developer database over production.
-- The postmaster start time tells two servers apart even when they are reached by different names.
SELECT pg_postmaster_start_time()::text || ':' || current_setting('port') AS server_identity,
       current_database() AS database_name,
       current_setting('server_version_num')::int AS version_num,
       pg_encoding_to_char(encoding) AS encoding
FROM pg_database
WHERE datname = current_database();
