-- all, where and limit rules. With a limit, rows come in primary-key order, so runs repeat.
INSERT INTO {{table}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{source_columns}}
FROM {{foreign_table}} AS source
WHERE (
{{where}}
)
{{order_by}}
LIMIT $1
