-- A parallel build's fetching connection (staging database only): each statement commits on its own,
-- so these hold for the session. As in the load's transaction: triggers and foreign-key checks off,
-- parameters out of the server's log, and a server that notices within a second when DevDb is gone.
-- A lock wait means two fetching connections collided, which the key split should prevent: fail
-- with a message rather than wait for ever.
SET session_replication_role = replica;
SET client_connection_check_interval = '1s';
SET log_parameter_max_length = 0;
SET log_parameter_max_length_on_error = 0;
SET lock_timeout = '60s';
