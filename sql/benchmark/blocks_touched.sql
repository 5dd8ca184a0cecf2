-- Heap and index pages production read or found in its cache, over all application tables.
SELECT coalesce(sum(coalesce(heap_blks_read, 0) + coalesce(heap_blks_hit, 0) + coalesce(idx_blks_read, 0) + coalesce(idx_blks_hit, 0)), 0)::bigint
FROM pg_statio_user_tables;
