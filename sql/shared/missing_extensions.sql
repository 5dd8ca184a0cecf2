-- Of the extensions production uses ($1), the ones this server cannot install.
SELECT name
FROM unnest($1::text[]) AS wanted(name)
WHERE NOT EXISTS (SELECT 1 FROM pg_available_extensions a WHERE a.name = wanted.name)
ORDER BY 1;
