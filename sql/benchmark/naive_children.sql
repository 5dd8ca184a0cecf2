INSERT INTO {{child}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{columns}} FROM {{foreign_child}} WHERE ({{child_key}}) IN (SELECT {{parent_key}} FROM {{parent}});
