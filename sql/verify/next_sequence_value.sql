-- The value the sequence's next nextval() returns.
SELECT CASE WHEN last_value IS NULL THEN start_value ELSE last_value + increment_by END
FROM pg_sequences
WHERE schemaname = $1 AND sequencename = $2;
