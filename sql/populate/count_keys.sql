SELECT count(*) FROM pg_temp.devdb_keys
