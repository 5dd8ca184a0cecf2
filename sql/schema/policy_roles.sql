-- Roles that production's row-level security policies name: schema.sql's CREATE POLICY needs them.
SELECT DISTINCT r.rolname::text
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(p.polroles) AS role_oid
JOIN pg_roles r ON r.oid = role_oid
WHERE n.nspname = ANY ($1)
ORDER BY 1;
