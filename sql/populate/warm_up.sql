-- A fetching connection of a parallel build opens its own connection to production while the
-- others do (otherwise each would open it at its first job: about ten round trips, one after another).
SELECT 1 FROM {{foreign_table}} LIMIT 0
