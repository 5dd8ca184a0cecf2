-- Whether a database exists and carries the marker comment ($2) written once it was complete.
SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1 AND shobj_description(oid, 'pg_database') = $2);
