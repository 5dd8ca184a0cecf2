-- The naive way's children: every child of a local parent, which postgres_fdw answers with the
-- whole child table; children already here (as parents of other rows, or from an earlier round)
-- are left out by their primary key.
INSERT INTO {{child}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{columns}} FROM {{foreign_child}}
WHERE ({{child_key}}) IN (SELECT {{parent_key}} FROM {{parent}})
  AND ({{child_primary_key}}) NOT IN (SELECT {{child_primary_key}} FROM {{child}});
