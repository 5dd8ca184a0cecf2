-- One DevDb action at a time per developer database: a session-level lock, released when the
-- action's process ends, however it ends.
SELECT pg_try_advisory_lock(hashtextextended('devdb:' || $1, 0));
