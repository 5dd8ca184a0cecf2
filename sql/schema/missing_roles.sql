SELECT name FROM unnest($1::text[]) AS wanted(name) WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted.name) ORDER BY 1;
