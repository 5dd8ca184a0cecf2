-- The final subset's keys, one array per key column.
SELECT {{key_arrays}} FROM {{table}};
