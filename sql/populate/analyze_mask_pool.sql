-- Statistics for the planner, so pool lookups become hash joins.
ANALYZE pg_temp.devdb_mask_pool;
