-- Reaches production through the foreign server, as populate will.
SELECT setting FROM devdb.production_settings WHERE name = 'default_transaction_read_only';
