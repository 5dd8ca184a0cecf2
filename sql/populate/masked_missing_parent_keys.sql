-- Closure over a foreign key whose key is masked, step 1: local keys are masked, production's are
-- not, so what is kept is the primary keys of the child rows whose parent is missing, numbered.
CREATE TEMPORARY TABLE devdb_keys ON COMMIT DROP AS
SELECT missing.*, row_number() OVER (ORDER BY {{keys}}) AS devdb_position
FROM (
    SELECT {{child_pk_as_k}}
    FROM {{child}} AS child
    WHERE {{child_key_not_null}}
      AND NOT EXISTS (SELECT 1 FROM {{parent}} AS parent WHERE {{parent_matches_child}})
) AS missing
