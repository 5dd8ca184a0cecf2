-- Inside the load's one transaction: the local copies of production's triggers, and the foreign
-- key checks, stay quiet while rows arrive in any order; the orphan check at the end replaces them.
SET LOCAL session_replication_role = replica;
