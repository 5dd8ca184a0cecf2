-- Children of the sampled parents, fetched from production by the parents' keys (array
-- parameters, answered from production's index), at most $1 per parent in primary-key order.
WITH new_parents AS MATERIALIZED (
    SELECT DISTINCT {{parent_key_as_k}}
    FROM {{parent}} AS parent
    WHERE NOT EXISTS (SELECT 1 FROM {{expanded}} AS expanded WHERE {{expanded_matches_parent}})
), remembered AS (
    INSERT INTO {{expanded}} SELECT * FROM new_parents
)
INSERT INTO {{child}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{picked_columns}}
FROM (
    SELECT {{source_columns}},
           row_number() OVER (PARTITION BY {{source_child_key}} ORDER BY {{source_order_by}}) AS devdb_rank
    FROM {{foreign_child}} AS source
    WHERE {{source_child_key_in_new_parents}}
) AS picked
WHERE ($1::bigint IS NULL OR picked.devdb_rank <= $1::bigint)
  AND {{not_already_local}}
