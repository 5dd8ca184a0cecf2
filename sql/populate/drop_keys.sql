DROP TABLE pg_temp.devdb_keys
