-- Moves a sequence past the largest value loaded, so inserts with default ids succeed.
SELECT setval(s.seqrelid, $2::bigint)
FROM pg_sequence s
WHERE s.seqrelid = to_regclass($1) AND $2::bigint BETWEEN s.seqmin AND s.seqmax AND s.seqincrement > 0;
