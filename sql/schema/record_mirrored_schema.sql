INSERT INTO devdb.mirrored_schema (production_schema, foreign_schema) VALUES ($1, $2);
