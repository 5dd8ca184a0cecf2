-- Production's rows and size in megabytes.
SELECT sum(n_live_tup)::bigint, pg_database_size(current_database()) / 1048576 FROM pg_stat_user_tables;
