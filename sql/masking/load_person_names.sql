-- $1 first names, $2 last names: a name in both lists is both.
INSERT INTO pg_temp.devdb_person_names (name, first, last)
SELECT name, bool_or(first), bool_or(last)
FROM (SELECT lower(unnest($1::text[])) AS name, true AS first, false AS last
      UNION ALL
      SELECT lower(unnest($2::text[])), false, true) AS names
GROUP BY name
ON CONFLICT DO NOTHING;
