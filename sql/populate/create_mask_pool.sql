-- The value pools, for this session only: for the load's transaction (ON COMMIT DROP) or, on a
-- parallel build's fetching connections, which commit statement by statement, for the session.
-- next_value stands in when the chosen value is the input itself. The primary key is there for
-- statements production's rows come in by TID range: postgres_fdw guesses one row for them, and
-- without an index the planner may then scan the pool again for every row (measured: 3,000 masked
-- addresses took 3 to 7 s instead of 0.2 s). Where it expects many rows it still hashes each pool once.
CREATE TEMPORARY TABLE IF NOT EXISTS devdb_mask_pool (
    kind       text NOT NULL,
    idx        int  NOT NULL,
    value      text NOT NULL,
    next_value text NOT NULL,
    PRIMARY KEY (kind, idx)
) ON COMMIT {{on_commit}};
