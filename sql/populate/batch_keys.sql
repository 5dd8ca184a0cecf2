-- On a fetching connection of a parallel build: the batch of keys the load's connection gathered,
-- typed back from text and numbered from the batch's first position, so the step's fetch statement
-- runs unchanged. Dropped once the batch is fetched (drop_keys.sql).
CREATE TEMPORARY TABLE devdb_keys ON COMMIT DROP AS
SELECT {{typed_keys}}, $1::bigint + batch.devdb_ordinal AS devdb_position
FROM unnest({{key_arrays}}) WITH ORDINALITY AS batch({{keys}}, devdb_ordinal)
