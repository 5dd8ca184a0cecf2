-- Closure over a foreign key whose key is masked: local keys are masked, production's are not. The
-- missing parents' real keys are read from production's copy of the child rows (by the child's
-- primary key, as array parameters), inside this one statement, never stored; parents are then
-- fetched by them and masked as they are written.
WITH missing AS MATERIALIZED (
    SELECT {{child_pk_as_k}}
    FROM {{child}} AS child
    WHERE {{child_key_not_null}}
      AND NOT EXISTS (SELECT 1 FROM {{parent}} AS parent WHERE {{parent_matches_child}})
)
INSERT INTO {{parent}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{source_columns}}
FROM {{foreign_parent}} AS source
WHERE {{source_key_in_real_keys}}
