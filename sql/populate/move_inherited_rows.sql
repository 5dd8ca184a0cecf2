-- Rows in the parent table alone that production keeps in this child table: fetched from the
-- child's foreign table by key, inserted into the local child, removed from the parent.
WITH candidates AS MATERIALIZED (
    SELECT {{parent_key_as_k}} FROM ONLY {{parent}} AS parent
), in_child AS MATERIALIZED (
    SELECT {{source_columns}}
    FROM {{foreign_child}} AS source
    {{mask_joins}}
    WHERE {{source_key_in_candidates}}
), removed AS (
    DELETE FROM ONLY {{parent}} AS parent
    USING in_child
    WHERE {{parent_matches_in_child}}
)
INSERT INTO {{child}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{in_child_columns}}
FROM in_child
WHERE NOT EXISTS (SELECT 1 FROM {{child}} AS local WHERE {{local_matches_in_child}})
