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
                      WHERE i.indrelid = c.oid AND i.indisunique), '{}')::text[] AS unique_columns,
       -- each column's type with its domains resolved, and its type category (an array's: its
       -- element's), so personal-data detection knows what a column can hold
       array(SELECT format_type(base.oid, base.typmod) FROM pg_attribute a
             CROSS JOIN LATERAL (WITH RECURSIVE d(oid, typmod, depth) AS (
                     SELECT a.atttypid, a.atttypmod, 0
                     UNION ALL
                     SELECT t.typbasetype, t.typtypmod, d.depth + 1 FROM d JOIN pg_type t ON t.oid = d.oid WHERE t.typtype = 'd')
                 SELECT oid, typmod FROM d ORDER BY depth DESC LIMIT 1) AS base
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum)::text[] AS base_types,
       array(SELECT coalesce(element.typcategory, base.typcategory)::text FROM pg_attribute a
             CROSS JOIN LATERAL (WITH RECURSIVE d(oid, depth) AS (
                     SELECT a.atttypid, 0
                     UNION ALL
                     SELECT t.typbasetype, d.depth + 1 FROM d JOIN pg_type t ON t.oid = d.oid WHERE t.typtype = 'd')
                 SELECT t.typcategory, t.typelem FROM d JOIN pg_type t ON t.oid = d.oid ORDER BY d.depth DESC LIMIT 1) AS base
             LEFT JOIN pg_type element ON element.oid = base.typelem AND base.typcategory = 'A'
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum)::text[] AS type_categories,
       -- columns a CHECK constraint of the table, or of their domain, reads: masked values must pass it
       coalesce(array(SELECT DISTINCT a.attname FROM pg_attribute a
                      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                        AND (EXISTS (SELECT FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c' AND a.attnum = ANY (k.conkey))
                             OR EXISTS (SELECT FROM pg_constraint k WHERE k.contypid = a.atttypid AND k.contype = 'c'))), '{}')::text[] AS checked_columns,
       -- each CHECK constraint that reads one column alone: the column, a tab, and its expression
       coalesce(array(SELECT a.attname || E'\t' || pg_get_expr(k.conbin, k.conrelid) FROM pg_constraint k
                      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.conkey[1]
                      WHERE k.conrelid = c.oid AND k.contype = 'c' AND cardinality(k.conkey) = 1
                      ORDER BY k.conname), '{}')::text[] AS column_checks
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ($1)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
ORDER BY 1, 2;
