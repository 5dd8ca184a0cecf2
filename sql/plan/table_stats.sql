-- Production's own estimates of its tables' sizes; a partitioned table is the sum of its leaves
-- (pg_partition_tree lists nothing for an ordinary table, which counts for itself). reltuples is
-- -1 for a table never analyzed: its size in pages then stands in, at 50 rows a page.
SELECT n.nspname, c.relname,
       coalesce((SELECT sum(CASE WHEN l.reltuples >= 0 THEN l.reltuples
                                 ELSE pg_relation_size(l.oid) / current_setting('block_size')::bigint * 50 END)
                 FROM pg_class l
                 WHERE l.oid = c.oid AND c.relkind = 'r'
                    OR l.oid IN (SELECT p.relid FROM pg_partition_tree(c.oid) p WHERE p.isleaf AND c.relkind = 'p')), 0)::float8 AS estimated_rows
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition;
