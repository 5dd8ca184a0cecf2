-- Production's tables as foreign tables, in a schema of their own, out of the application's way.
-- The local schema exists first, so production's enums and domains resolve.
CREATE SCHEMA {{foreign_schema}};
IMPORT FOREIGN SCHEMA {{production_schema}} FROM SERVER devdb_production INTO {{foreign_schema}};
