-- One batch of this step's keys, as text, for a fetching connection of a parallel build.
SELECT {{keys_as_text}}
FROM pg_temp.devdb_keys
WHERE devdb_position > $1 AND devdb_position <= $2
ORDER BY devdb_position
