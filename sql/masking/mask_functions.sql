-- DevDb's maskers. Each output depends only on the masker, the input value and the secret key,
-- so a value masks the same way in every table, run and machine. The key is set for the load's
-- transaction only (devdb.mask_key) and is never written to a table. The pool of realistic values
-- comes from Bogus's locale data, loaded by populate.
-- The pools live in a temporary table (create_mask_pool.sql): pool-masked columns are joined
-- to it (see MaskPlan), one keyed digest and one lookup per value instead of a function call that
-- queries per value. Older versions kept the pools in devdb.mask_pool and picked with functions.
DROP TABLE IF EXISTS devdb.mask_pool;
DROP FUNCTION IF EXISTS devdb.mask_pick(text, text, boolean, integer), devdb.mask_email(text, boolean, integer),
    devdb.mask_full_name(text, boolean, integer), devdb.mask_suffix(text, text), devdb.mask_fit(text, text, integer),
    devdb.mask_number(text, text);

CREATE OR REPLACE FUNCTION devdb.mask_digest(kind text, value text) RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    -- the constant middle is grouped so the planner folds it once (same bytes as key, 31, kind, 31, value)
    SELECT sha256(convert_to(current_setting('devdb.mask_key') || (chr(31) || kind || chr(31)) || value, 'UTF8'))
$fn$;

-- The first 60 bits of a digest's bytes 8 * part + 1 to 8 * part + 8, as a number to choose with.
-- Shifted bytes: the same number as ('x' || 15 hex digits)::bit(60)::bigint, at half the cost.
CREATE OR REPLACE FUNCTION devdb.mask_slice(digest bytea, part int) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT (get_byte(digest, 8 * part)::bigint << 52) | (get_byte(digest, 8 * part + 1)::bigint << 44)
         | (get_byte(digest, 8 * part + 2)::bigint << 36) | (get_byte(digest, 8 * part + 3)::bigint << 28)
         | (get_byte(digest, 8 * part + 4)::bigint << 20) | (get_byte(digest, 8 * part + 5) << 12)
         | (get_byte(digest, 8 * part + 6) << 4) | (get_byte(digest, 8 * part + 7) >> 4)
$fn$;

-- Addresses in 10.0.0.0/8: private, so masked traffic logs point nowhere. PL/pgSQL, as the number
-- is used several times: a SQL function with a subquery runs through the slower SQL-function
-- executor on every row (measured 3 to 12 times slower). The digest goes through a variable, so
-- mask_slice inlines (PostgreSQL does not inline a function that uses a costly argument twice).
CREATE OR REPLACE FUNCTION devdb.mask_ip(value text) RETURNS text
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    digest bytea  := devdb.mask_digest('ip', value);
    n      bigint := devdb.mask_slice(digest, 0);
    ip     text   := '10.' || (n >> 16 & 255) || '.' || (n >> 8 & 255) || '.' || (n & 255);
BEGIN
    IF value IS NULL THEN
        RETURN NULL;
    ELSIF ip = host(value::inet) THEN
        RETURN '10.' || ((n + 1) >> 16 & 255) || '.' || ((n + 1) >> 8 & 255) || '.' || ((n + 1) & 255);
    END IF;
    RETURN ip;
END
$fn$;

CREATE OR REPLACE FUNCTION devdb.mask_hash(value text) RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT encode(devdb.mask_digest('hash', value), 'hex')
$fn$;

-- Keeps the first and last characters and stars the rest; values too short to hide anything are all stars.
CREATE OR REPLACE FUNCTION devdb.mask_partial(value text, keep_first int, keep_last int) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE
        WHEN value IS NULL THEN NULL
        WHEN length(value) <= keep_first + keep_last THEN repeat('*', length(value))
        ELSE left(value, keep_first) || repeat('*', length(value) - keep_first - keep_last) || right(value, keep_last)
    END
$fn$;

-- Whole days to shift a date by: between 1 and max_days, earlier or later, never zero.
CREATE OR REPLACE FUNCTION devdb.mask_days(value text, max_days int) RETURNS int
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    digest bytea  := devdb.mask_digest('date_shift', value);
    n      bigint := devdb.mask_slice(digest, 0);
BEGIN
    RETURN CASE WHEN (n >> 40) & 1 = 1 THEN 1 + (n % max_days)::int ELSE -(1 + (n % max_days)::int) END;
END
$fn$;
