-- The floor: exactly the final subset's rows. COPY takes no parameters, so the key arrays are
-- literals quoted by PostgreSQL (quote_literal) from the developer database's keys.
COPY (SELECT {{columns}} FROM {{table}} WHERE ({{key_columns}}) IN (SELECT * FROM unnest({{key_literals}}))) TO STDOUT
