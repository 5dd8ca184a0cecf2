-- The floor: exactly the final subset's rows, found by primary key (typed arrays, so production can
-- use its index). COPY takes no parameters, so the key arrays are literals quoted by PostgreSQL
-- (quote_literal) from the developer database's keys.
COPY (SELECT {{columns}} FROM {{table}} WHERE {{first_key_column}} = ANY (ARRAY(SELECT DISTINCT k FROM unnest({{key_literals}}) AS u(k))) AND ({{key_columns}}) IN (SELECT * FROM unnest({{key_literals}}))) TO STDOUT
