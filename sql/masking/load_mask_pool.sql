-- Realistic values to mask with, in order: a pick of position p takes element p + 1.
INSERT INTO pg_temp.devdb_mask_pool (kind, pool) VALUES ($1, $2::text[]::name[]);
