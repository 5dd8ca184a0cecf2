-- Production's estimate of how many rows a rule's WHERE keeps; EXPLAIN plans, it does not run.
EXPLAIN (FORMAT JSON) SELECT $1::int FROM {{table}} WHERE (
{{where}}
)
