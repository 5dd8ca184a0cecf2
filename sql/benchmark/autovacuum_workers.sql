-- Autovacuum workers busy on the cluster (each call is its own transaction, so the view is fresh).
SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker';
