-- Closure over one foreign key, step 1: the keys of the parents that local children reference but
-- the local parent table lacks, sorted and numbered, so that each query production answers in
-- step 2 is small enough for its index (a long key list makes its planner read the whole table).
-- When the key is masked, local keys are not production's: what is kept instead is the primary
-- keys of the child rows whose parent is missing.
CREATE TEMPORARY TABLE devdb_keys ON COMMIT DROP AS
SELECT missing.*, row_number() OVER (ORDER BY {{keys}}) AS devdb_position
FROM (
    SELECT {{missing_keys}}
    FROM {{child}} AS child
    WHERE {{child_key_not_null}}
      AND NOT EXISTS (SELECT 1 FROM {{parent}} AS parent WHERE {{parent_matches_child}})
) AS missing
