-- Bogus's first and last names (lower case), for json masking to recognise a person's name the way
-- detection does: for this session only, like the value pools.
CREATE TEMPORARY TABLE IF NOT EXISTS devdb_person_names (
    name  text PRIMARY KEY,
    first boolean NOT NULL,
    last  boolean NOT NULL
) ON COMMIT {{on_commit}};
