-- Extensions a database uses, except the ones every server has or that DevDb itself installs.
SELECT extname
FROM pg_extension
WHERE extname NOT IN ('plpgsql', 'postgres_fdw')
ORDER BY 1;
