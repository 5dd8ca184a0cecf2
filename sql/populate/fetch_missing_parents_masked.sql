-- Closure over a foreign key whose key is masked, step 2, once per batch: the missing parents' real
-- keys are read from production's copy of the child rows (by the child's primary key, as array
-- parameters), inside this one statement, never stored; parents are then fetched by them and
-- masked as they are written.
WITH missing AS MATERIALIZED (
    SELECT * FROM pg_temp.devdb_keys WHERE devdb_position > $1 AND devdb_position <= $2
)
INSERT INTO {{parent}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{source_columns}}
FROM {{foreign_parent}} AS source
{{mask_joins}}
WHERE {{source_key_in_real_keys}}
