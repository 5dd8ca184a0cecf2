-- Once generated, production is vacuumed, frozen and analyzed, as a production in steady state is:
-- otherwise autovacuum takes its freshly loaded tables a minute later, in the middle of the first
-- run's measurements (the first run of a series after generating was its slowest, (b) too).
VACUUM (FREEZE, ANALYZE)
