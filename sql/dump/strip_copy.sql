-- In the throwaway copy only: everything that reaches production goes, so the dump cannot carry
-- the foreign server, the user mapping with its password, the foreign tables or the host name.
DROP EXTENSION IF EXISTS postgres_fdw CASCADE;
DROP SCHEMA IF EXISTS devdb CASCADE;
DROP SCHEMA IF EXISTS {{foreign_schemas}} CASCADE;
COMMENT ON DATABASE {{copy}} IS NULL;
