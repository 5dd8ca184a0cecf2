-- Percent rule: only the chosen blocks cross the wire (production runs a TID range scan); where a
-- table has too few blocks to choose from, rows of the chosen blocks are kept by a seeded hash.
INSERT INTO {{table}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{source_columns}}
FROM {{foreign_table}} AS source
{{mask_joins}}
WHERE source.ctid >= $1 AND source.ctid < $2
  AND ($3::float8 >= 1 OR abs(hashtextextended(source::text, $4)) % 1000000 < $3 * 1000000)
  AND (
{{where}}
)
