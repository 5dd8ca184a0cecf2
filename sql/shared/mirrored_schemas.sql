-- Which production schemas this developer database mirrors, and where their foreign tables live.
SELECT production_schema, foreign_schema
FROM devdb.mirrored_schema
ORDER BY production_schema;
