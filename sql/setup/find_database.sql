-- The developer database, if it exists, and whether DevDb created it (its comment says so).
SELECT d.datname, coalesce(shobj_description(d.oid, 'pg_database'), '') LIKE 'DevDb developer database%' AS created_by_devdb
FROM pg_database d
WHERE d.datname = $1;
