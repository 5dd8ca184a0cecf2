-- Sessions on the developer database besides ours: copying it as a template needs none.
SELECT count(*)::int, coalesce(string_agg(DISTINCT coalesce(nullif(application_name, ''), 'unnamed'), ', '), '')
FROM pg_stat_activity
WHERE datname = $1 AND pid <> pg_backend_pid();
