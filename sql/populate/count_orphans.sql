-- Rows whose foreign key points at no local parent; must be zero after closure.
SELECT count(*)
FROM {{child}} AS child
WHERE {{child_key_not_null}}
  AND NOT EXISTS (SELECT 1 FROM {{parent}} AS parent WHERE {{parent_matches_child}})
