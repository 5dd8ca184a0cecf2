-- Sequences behind the local tables' columns: owned ones (serial, identity) and ones a default names.
SELECT DISTINCT sn.nspname::text, s.relname::text, tn.nspname::text, t.relname::text, a.attname::text
FROM (
    SELECT d.objid AS seq, d.refobjid AS tab, d.refobjsubid AS col
    FROM pg_depend d
    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
      AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
    UNION
    SELECT d.refobjid, ad.adrelid, ad.adnum
    FROM pg_depend d
    JOIN pg_attrdef ad ON ad.oid = d.objid
    WHERE d.classid = 'pg_attrdef'::regclass AND d.refclassid = 'pg_class'::regclass
) used
JOIN pg_class s ON s.oid = used.seq AND s.relkind = 'S'
JOIN pg_namespace sn ON sn.oid = s.relnamespace
JOIN pg_class t ON t.oid = used.tab AND t.relkind IN ('r', 'p')
JOIN pg_namespace tn ON tn.oid = t.relnamespace
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = used.col
WHERE tn.nspname = ANY ($1)
ORDER BY 1, 2, 3, 4, 5;
