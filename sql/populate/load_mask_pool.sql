-- Realistic values to mask with, numbered from 0.
INSERT INTO devdb.mask_pool (kind, idx, value)
SELECT $1, (position - 1)::int, value FROM unnest($2::text[]) WITH ORDINALITY AS pool(value, position);
