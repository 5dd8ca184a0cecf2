-- Distinct values and NULL share of columns, from production's statistics; inherited rows
-- describe partitioned tables as a whole.
SELECT s.schemaname::text, s.tablename::text, s.attname::text, s.n_distinct::float8, s.null_frac::float8
FROM pg_stats s
JOIN pg_namespace n ON n.nspname = s.schemaname
JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename
WHERE s.schemaname = ANY ($1)
  AND s.inherited = (c.relkind = 'p');
