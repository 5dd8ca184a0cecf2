-- The mark that lets SetupDevDb drop this database next time without --force.
COMMENT ON DATABASE {{database}} IS 'DevDb developer database: rebuilt from production by DevDb; do not keep work here'
