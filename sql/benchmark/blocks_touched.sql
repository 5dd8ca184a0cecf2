-- Production's pages over all application tables, heap and index: read into its buffers (from the
-- operating system or disk), and accessed at all (reads plus hits on pages already in its buffers).
SELECT coalesce(sum(coalesce(heap_blks_read, 0) + coalesce(idx_blks_read, 0)), 0)::bigint,
       coalesce(sum(coalesce(heap_blks_read, 0) + coalesce(heap_blks_hit, 0) + coalesce(idx_blks_read, 0) + coalesce(idx_blks_hit, 0)), 0)::bigint
FROM pg_statio_user_tables;
