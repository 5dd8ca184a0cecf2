-- For the load's transaction only: parameters stay out of the server's log, and the key (bound as
-- a parameter, derived from DEVDB_MASK_KEY) lives in a setting that ends with the transaction.
SET LOCAL log_parameter_max_length = 0;
SET LOCAL log_parameter_max_length_on_error = 0;
