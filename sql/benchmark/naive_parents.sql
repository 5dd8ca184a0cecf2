-- The naive closure: parents by IN (SELECT ...), which postgres_fdw answers with the whole table.
INSERT INTO {{parent}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{columns}} FROM {{foreign_parent}}
WHERE ({{parent_key}}) IN (SELECT {{child_key}} FROM {{child}})
  AND ({{parent_key}}) NOT IN (SELECT {{parent_key}} FROM {{parent}});
