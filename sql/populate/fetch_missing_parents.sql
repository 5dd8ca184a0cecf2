-- Closure over one foreign key: the parent rows that local children reference but the local parent
-- table lacks are fetched from production by key. The key lists reach production as array
-- parameters (= ANY), so production answers from its index; for a composite key the exact pairs
-- are then kept locally.
WITH missing AS MATERIALIZED (
    SELECT DISTINCT {{child_key_as_k}}
    FROM {{child}} AS child
    WHERE {{child_key_not_null}}
      AND NOT EXISTS (SELECT 1 FROM {{parent}} AS parent WHERE {{parent_matches_child}})
)
INSERT INTO {{parent}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{source_columns}}
FROM {{foreign_parent}} AS source
WHERE {{source_key_in_missing}}
