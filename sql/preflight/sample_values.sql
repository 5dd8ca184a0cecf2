-- The first rows of a table, for recognising personal data by its look: one query per table, every
-- column that could hold such data, cut short (text to its first 1,000 characters, JSON to 2,000, an
-- array to its first 10 elements, bytes to the 16 that tell an image or a scan).
SELECT {{columns}} FROM {{table}} LIMIT 200
