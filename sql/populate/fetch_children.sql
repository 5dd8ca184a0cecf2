-- Children of the sampled parents, step 2, once per batch of parents: fetched from production by
-- the parents' keys (array parameters, answered from production's index), at most $1 per parent in
-- primary-key order.
WITH new_parents AS MATERIALIZED (
    SELECT * FROM pg_temp.devdb_keys WHERE devdb_position > $2 AND devdb_position <= $3
)
INSERT INTO {{child}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{picked_columns}}
FROM (
    SELECT {{source_columns}},
           row_number() OVER (PARTITION BY {{source_child_key}} ORDER BY {{source_order_by}}) AS devdb_rank
    FROM {{foreign_child}} AS source
    {{mask_joins}}
    WHERE {{source_child_key_in_new_parents}}
) AS picked
WHERE ($1::bigint IS NULL OR picked.devdb_rank <= $1::bigint)
  AND {{not_already_local}}
