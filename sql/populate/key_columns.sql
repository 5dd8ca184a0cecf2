-- The columns of this step's key list and their types, to hand batches of it to a fetching connection.
SELECT a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a
WHERE a.attrelid = 'pg_temp.devdb_keys'::regclass
  AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'devdb_position'
ORDER BY a.attnum
