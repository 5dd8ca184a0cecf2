-- DevDb's maskers. Each output depends only on the masker, the input value and the secret key,
-- so a value masks the same way in every table, run and machine. The key is set for the load's
-- transaction only (devdb.mask_key) and is never written to a table. The pool of realistic values
-- comes from Bogus's locale data, loaded by populate.
CREATE TABLE IF NOT EXISTS devdb.mask_pool (
    kind  text NOT NULL,
    idx   int  NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (kind, idx)
);

CREATE OR REPLACE FUNCTION devdb.mask_digest(kind text, value text) RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT sha256(convert_to(current_setting('devdb.mask_key') || chr(31) || kind || chr(31) || value, 'UTF8'))
$fn$;

-- 60 bits of the keyed hash, as a number to choose with.
CREATE OR REPLACE FUNCTION devdb.mask_number(kind text, value text) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT ('x' || substr(encode(devdb.mask_digest(kind, value), 'hex'), 1, 15))::bit(60)::bigint
$fn$;

-- 64 bits of another keyed hash: what keeps masked values of a unique column apart.
CREATE OR REPLACE FUNCTION devdb.mask_suffix(kind text, value text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT substr(encode(devdb.mask_digest(kind || ':unique', value), 'hex'), 1, 16)
$fn$;

-- Shortens a value to max_length, keeping a unique suffix whole.
CREATE OR REPLACE FUNCTION devdb.mask_fit(base text, suffix text, max_length int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT CASE
        WHEN suffix IS NULL THEN CASE WHEN max_length IS NULL THEN base ELSE left(base, max_length) END
        WHEN max_length IS NULL OR length(base) + 1 + length(suffix) <= max_length THEN base || ' ' || suffix
        WHEN max_length > length(suffix) + 1 THEN left(base, max_length - length(suffix) - 1) || ' ' || suffix
        ELSE right(suffix, max_length)
    END
$fn$;

-- A value of the pool chosen by the keyed hash, never the input itself.
CREATE OR REPLACE FUNCTION devdb.mask_pick(kind text, value text, make_unique boolean, max_length int) RETURNS text
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    size bigint;
    n bigint;
    picked text;
BEGIN
    IF value IS NULL THEN RETURN NULL; END IF;
    -- the pool's size is set once for the load (devdb.mask_pool_size_<kind>), not counted per value
    size := current_setting('devdb.mask_pool_size_' || kind, true)::bigint;
    IF size IS NULL OR size = 0 THEN RAISE EXCEPTION 'DevDb''s mask pool % is empty', kind; END IF;
    n := devdb.mask_number(kind, value);
    SELECT p.value INTO picked FROM devdb.mask_pool p WHERE p.kind = mask_pick.kind AND p.idx = n % size;
    IF picked = value THEN
        SELECT p.value INTO picked FROM devdb.mask_pool p WHERE p.kind = mask_pick.kind AND p.idx = (n + 1) % size;
    END IF;
    RETURN devdb.mask_fit(picked, CASE WHEN make_unique THEN devdb.mask_suffix(kind, value) END, max_length);
END
$fn$;

CREATE OR REPLACE FUNCTION devdb.mask_full_name(value text, make_unique boolean, max_length int) RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT devdb.mask_fit(devdb.mask_pick('first_name', value, false, NULL) || ' ' || devdb.mask_pick('last_name', value, false, NULL),
                          CASE WHEN make_unique THEN devdb.mask_suffix('full_name', value) END, max_length)
$fn$;

-- first.last@example.org style addresses on the reserved example domains, so no mail reaches anyone.
CREATE OR REPLACE FUNCTION devdb.mask_email(value text, make_unique boolean, max_length int) RETURNS text
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    n bigint;
    domain text;
    local_part text;
BEGIN
    IF value IS NULL THEN RETURN NULL; END IF;
    n := devdb.mask_number('email', value);
    domain := '@example.' || (ARRAY['com', 'org', 'net'])[1 + n % 3];
    -- One form whatever the column, unique or not, so an address masks the same in every table:
    -- initial and last name (at most 10 letters), a unique part, a reserved domain; 39 characters at most.
    local_part := left(regexp_replace(lower(left(devdb.mask_pick('first_name', value, false, NULL), 1) || '.' || devdb.mask_pick('last_name', value, false, NULL)), '[^a-z.]', '', 'g'), 10);
    local_part := local_part || '.' || devdb.mask_suffix('email', value);
    IF max_length IS NOT NULL AND length(local_part || domain) > max_length THEN
        local_part := devdb.mask_suffix('email', value);   -- a column shorter than that: the unique part alone
    END IF;
    RETURN local_part || domain;
END
$fn$;

-- Addresses in 10.0.0.0/8: private, so masked traffic logs point nowhere.
CREATE OR REPLACE FUNCTION devdb.mask_ip(value text) RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT CASE WHEN value IS NULL THEN NULL ELSE
        (SELECT CASE WHEN ip = host(value::inet) THEN '10.' || ((n + 1) >> 16 & 255) || '.' || ((n + 1) >> 8 & 255) || '.' || ((n + 1) & 255) ELSE ip END
         FROM (SELECT n, '10.' || (n >> 16 & 255) || '.' || (n >> 8 & 255) || '.' || (n & 255) AS ip
               FROM (SELECT devdb.mask_number('ip', value) AS n) x) y)
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
LANGUAGE sql STABLE AS $fn$
    SELECT CASE WHEN (n >> 40) & 1 = 1 THEN 1 + (n % max_days)::int ELSE -(1 + (n % max_days)::int) END
    FROM (SELECT devdb.mask_number('date_shift', value) AS n) x
$fn$;
