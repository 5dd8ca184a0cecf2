-- What the local user may do: create databases (then restores are all-or-nothing), and whether
-- the developer database exists and is theirs.
SELECT r.rolsuper OR r.rolcreatedb AS can_create,
       d.datname IS NOT NULL AS database_exists,
       coalesce(pg_get_userbyid(d.datdba) = current_user OR r.rolsuper, false) AS owns_database
FROM pg_roles r
LEFT JOIN pg_database d ON d.datname = $1
WHERE r.rolname = current_user;
