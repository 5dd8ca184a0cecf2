-- Every foreign key between the local tables, once: constraints that partitions inherit are
-- folded onto the partitioned root, since rows are read and written through the root.
-- pg_partition_root() is NULL for an ordinary table, hence coalesce.
SELECT DISTINCT
       con.conname::text,
       child_ns.nspname::text, child.relname::text,
       array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.position)::text[] AS child_columns,
       parent_ns.nspname::text, parent.relname::text,
       array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.position)::text[] AS parent_columns
FROM pg_constraint con
JOIN pg_class child ON child.oid = coalesce(pg_partition_root(con.conrelid), con.conrelid)
JOIN pg_namespace child_ns ON child_ns.oid = child.relnamespace
JOIN pg_class parent ON parent.oid = coalesce(pg_partition_root(con.confrelid), con.confrelid)
JOIN pg_namespace parent_ns ON parent_ns.oid = parent.relnamespace
WHERE con.contype = 'f'
  AND con.conparentid = 0
  AND child_ns.nspname = ANY ($1)
  AND parent_ns.nspname = ANY ($1)
ORDER BY 2, 3, 1;
