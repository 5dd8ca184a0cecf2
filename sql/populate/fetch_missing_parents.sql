-- Closure over one foreign key, step 2, once per batch of missing keys: the parent rows are fetched
-- from production by key. The key lists reach production as array parameters (= ANY), so
-- production answers from its index; for a composite key the exact pairs are then kept locally.
-- When the key is masked, the parents' real keys are read from production's copy of the child rows
-- (by the child's primary key, as array parameters) inside this one statement, never stored.
-- Parents are masked as they are written.
WITH missing AS MATERIALIZED (
    SELECT * FROM pg_temp.devdb_keys WHERE devdb_position > $1 AND devdb_position <= $2
)
INSERT INTO {{parent}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{source_columns}}
FROM {{foreign_parent}} AS source
{{mask_joins}}
WHERE {{source_key_in_missing}}
