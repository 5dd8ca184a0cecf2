-- The local tables to fill: partitions are filled through their parent. Generated columns are
-- computed locally, so they are neither read nor written.
SELECT n.nspname,
       c.relname,
       array(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
             ORDER BY a.attnum)::text[] AS columns,
       coalesce(array(SELECT a.attname
                      FROM pg_constraint k
                      CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key(attnum, position)
                      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = key.attnum
                      WHERE k.conrelid = c.oid AND k.contype = 'p'
                      ORDER BY key.position), '{}')::text[] AS primary_key,
       array(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull
             ORDER BY a.attnum)::text[] AS not_null_columns,
       array(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum)::text[] AS all_columns,
       array(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum)::text[] AS all_types,
       -- columns under a unique index (or the primary key): masking must keep them distinct
       coalesce(array(SELECT DISTINCT a.attname FROM pg_index i
                      CROSS JOIN LATERAL unnest(i.indkey) AS key(attnum)
                      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = key.attnum
                      WHERE i.indrelid = c.oid AND i.indisunique), '{}')::text[] AS unique_columns
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
ORDER BY 1, 2;
