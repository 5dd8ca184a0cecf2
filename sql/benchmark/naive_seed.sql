-- The naive way: a random share of rows, filtered after the whole table crossed the wire.
INSERT INTO {{table}} ({{columns}}) OVERRIDING SYSTEM VALUE
SELECT {{columns}} FROM {{foreign_table}} WHERE random() < $1;
