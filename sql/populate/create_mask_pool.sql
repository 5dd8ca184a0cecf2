-- The value pools, for this session only: for the load's transaction (ON COMMIT DROP) or, on a
-- parallel build's fetching connections, which commit statement by statement, for the session.
-- Each masked statement gathers the pools it uses into arrays once (MaskPlan.Joins) and picks
-- from them by position. Values are names (at most 63 bytes, checked when the pools are built):
-- fixed-width elements, which an array subscript reaches directly.
CREATE TEMPORARY TABLE IF NOT EXISTS devdb_mask_pool (
    kind  text NOT NULL,
    idx   int  NOT NULL,
    value name NOT NULL,
    PRIMARY KEY (kind, idx)
) ON COMMIT {{on_commit}};
