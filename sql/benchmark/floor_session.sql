-- The floor loads without foreign-key triggers, as populate does.
SET session_replication_role = replica;
