-- The value pools, for this session only: for the load's transaction (ON COMMIT DROP) or, on a
-- parallel build's fetching connections, which commit statement by statement, for the session.
-- One array per pool, of names (at most 63 bytes, checked when the pools are built): fixed-width
-- elements, which a subscript reaches directly (a text array is walked from its start). A masked
-- statement takes a copy of each pool it uses once (MaskPlan.Joins) and picks by position.
CREATE TEMPORARY TABLE IF NOT EXISTS devdb_mask_pool (
    kind text PRIMARY KEY,
    pool name[] NOT NULL
) ON COMMIT {{on_commit}};
