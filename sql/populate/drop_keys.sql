-- The key table of a closure step, when there is one; on the load's connection it stays until the next step or the end of the transaction.
DROP TABLE IF EXISTS pg_temp.devdb_keys
