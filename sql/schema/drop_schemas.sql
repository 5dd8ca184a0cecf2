-- The old application schemas and their foreign tables go; schema.sql recreates them.
DROP SCHEMA IF EXISTS {{schemas}} CASCADE;
DELETE FROM devdb.mirrored_schema;
