-- Realistic values to mask with, numbered from 0.
INSERT INTO pg_temp.devdb_mask_pool (kind, idx, value)
SELECT $1, (position - 1)::int, value::name
FROM unnest($2::text[]) WITH ORDINALITY AS pool(value, position);
