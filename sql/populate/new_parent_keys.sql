-- Children of the sampled parents, step 1: the parents whose children were not fetched yet, sorted
-- and numbered, and remembered as fetched.
CREATE TEMPORARY TABLE devdb_keys ON COMMIT DROP AS
SELECT new_parents.*, row_number() OVER (ORDER BY {{keys}}) AS devdb_position
FROM (
    SELECT DISTINCT {{parent_key_as_k}}
    FROM {{parent}} AS parent
    WHERE NOT EXISTS (SELECT 1 FROM {{expanded}} AS expanded WHERE {{expanded_matches_parent}})
) AS new_parents
