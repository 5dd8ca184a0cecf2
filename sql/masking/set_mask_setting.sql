-- $3: true for the load's transaction only; false on a parallel build's fetching connections,
-- which commit as they go (the setting still ends with the session and is never stored).
SELECT set_config($1, $2, $3);
