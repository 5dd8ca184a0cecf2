-- When a closure step's keys make several batches, each batch finds its range of positions by this
-- index instead of reading the whole key table (40,000 keys: about 4 ms per batch without it, 1 ms with it).
CREATE INDEX ON pg_temp.devdb_keys (devdb_position)
