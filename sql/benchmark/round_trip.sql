-- The smallest query: its time is one round trip to production and back.
SELECT 1
