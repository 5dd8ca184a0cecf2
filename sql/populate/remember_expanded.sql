-- The parents of this batch list have had their children fetched: later rounds skip them.
INSERT INTO {{expanded}} SELECT {{keys}} FROM pg_temp.devdb_keys
