-- A cut point: references to parents that are not in the sample become NULL; the rows stay.
UPDATE {{child}} AS child
SET {{set_null}}
WHERE {{child_key_not_null}}
  AND NOT EXISTS (SELECT 1 FROM {{parent}} AS parent WHERE {{parent_matches_child}})
