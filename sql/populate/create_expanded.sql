-- Remembers, for one children relationship, the parents whose children were already fetched,
-- so later rounds fetch only for new parents. Gone when the load's transaction ends.
CREATE TEMP TABLE {{expanded}} ON COMMIT DROP AS
SELECT {{parent_key_as_k}} FROM {{parent}} AS parent WITH NO DATA;
