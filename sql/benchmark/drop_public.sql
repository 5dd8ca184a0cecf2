-- schema.sql creates public itself.
DROP SCHEMA public CASCADE;
