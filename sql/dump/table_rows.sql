-- Every application table's row count, for the manifest (partitions count through their parent).
SELECT n.nspname, c.relname
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\_temp%' AND n.nspname NOT LIKE 'pg\_toast\_temp%'
  AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY 1, 2;
