-- Restoring in place, for an owner who may not create databases: everything they own goes first.
DROP OWNED BY CURRENT_USER;
