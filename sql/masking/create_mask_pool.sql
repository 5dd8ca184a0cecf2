-- The value pools, for this session only: for the load's transaction (ON COMMIT DROP) or, on a
-- parallel build's fetching connections, which commit statement by statement, for the session.
-- One array per pool, of names (at most 63 bytes, checked when the pools are built): fixed-width
-- elements, which a subscript reaches directly (a text array is walked from its start). A masked
-- statement takes a copy of each pool it uses once (MaskPlan.Joins) and picks by position.
CREATE TEMPORARY TABLE IF NOT EXISTS devdb_mask_pool (
    kind text PRIMARY KEY,
    pool name[] NOT NULL
) ON COMMIT {{on_commit}};
-- Stored uncompressed: compressing the pools cost about 15 ms per load, and every statement's copy of
-- a pool had to be decompressed first (0.5 ms against 0.2 ms for the 3,007 first names).
ALTER TABLE pg_temp.devdb_mask_pool ALTER COLUMN pool SET STORAGE EXTERNAL;
