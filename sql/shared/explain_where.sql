-- Checks a rule's WHERE against production without running it: EXPLAIN plans, it does not execute.
-- The parameter makes the server accept exactly one statement.
EXPLAIN SELECT $1::int FROM {{table}} WHERE (
{{where}}
)
