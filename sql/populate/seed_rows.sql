-- all, where and limit rules. With a limit, rows come in primary-key order, so runs repeat. The
-- rows are chosen in a subquery of the foreign table alone, so production answers the LIMIT.
INSERT INTO {{table}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{source_columns}}
FROM (
    SELECT *
    FROM {{foreign_table}} AS source
    WHERE (
{{where}}
    )
    {{order_by}}
    LIMIT $1
) AS source
{{mask_joins}}
