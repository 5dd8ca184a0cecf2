-- Pages per table on production, for block sampling: for a partitioned table, its largest leaf,
-- because a TID range applies to each partition in turn.
SELECT n.nspname, c.relname,
       CASE WHEN c.relkind = 'p'
            THEN coalesce((SELECT max(pg_relation_size(p.relid)) FROM pg_partition_tree(c.oid) p WHERE p.isleaf), 0)
            ELSE pg_relation_size(c.oid)
       END / current_setting('block_size')::bigint AS pages
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition;
