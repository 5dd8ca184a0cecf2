-- Inside the load's one transaction: the local copies of production's triggers, and the foreign
-- key checks, stay quiet while rows arrive in any order; the orphan check at the end replaces them.
SET LOCAL session_replication_role = replica;
-- If DevDb is killed, the server notices within a second and rolls back, instead of finishing a
-- long statement for nobody while holding the tables' locks.
SET LOCAL client_connection_check_interval = '1s';
