-- Inheritance (not partitioning) between local tables, shallowest first. A foreign scan of an
-- inheritance parent returns its children's rows too; populate moves those to their own table.
WITH RECURSIVE tree AS (
    SELECT i.inhparent AS parent, i.inhrelid AS child, 1 AS depth
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid AND NOT c.relispartition
    JOIN pg_class p ON p.oid = i.inhparent AND p.relkind = 'r'
    WHERE NOT EXISTS (SELECT 1 FROM pg_inherits up WHERE up.inhrelid = i.inhparent)
    UNION ALL
    SELECT i.inhparent, i.inhrelid, tree.depth + 1
    FROM pg_inherits i
    JOIN tree ON tree.child = i.inhparent
)
SELECT pn.nspname::text, p.relname::text, cn.nspname::text, c.relname::text
FROM tree
JOIN pg_class p ON p.oid = tree.parent JOIN pg_namespace pn ON pn.oid = p.relnamespace
JOIN pg_class c ON c.oid = tree.child JOIN pg_namespace cn ON cn.oid = c.relnamespace
WHERE pn.nspname = ANY ($1) AND cn.nspname = ANY ($1)
ORDER BY tree.depth, 1, 2, 3, 4;
