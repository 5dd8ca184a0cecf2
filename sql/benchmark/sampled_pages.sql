-- How many of production's pages hold the final subset's rows.
SELECT count(DISTINCT (ctid::text::point)[0]) FROM {{table}} WHERE ({{key_columns}}) IN (SELECT * FROM unnest({{key_literals}}));
