-- Realistic values to mask with, numbered from 0, each with the one after it (the last with the first).
INSERT INTO pg_temp.devdb_mask_pool (kind, idx, value, next_value)
SELECT $1, (position - 1)::int, value, coalesce(lead(value) OVER (ORDER BY position), ($2::text[])[1])
FROM unnest($2::text[]) WITH ORDINALITY AS pool(value, position);
