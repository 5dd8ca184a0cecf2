INSERT INTO {{table}} ({{columns}}) OVERRIDING SYSTEM VALUE SELECT {{columns}} FROM {{foreign_table}};
