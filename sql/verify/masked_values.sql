-- For a sample of local rows, production's row with the same primary key (fetched by key): how many
-- rows still hold production's value in each masked column. Every count must be zero.
WITH local_rows AS MATERIALIZED (
    SELECT {{local_select}}
    FROM {{table}} AS local
    ORDER BY {{local_order}}
    LIMIT 200
)
SELECT {{equal_counts}}
FROM {{foreign_table}} AS source
JOIN local_rows ON {{source_matches_local}}
WHERE {{source_key_in_local}}
