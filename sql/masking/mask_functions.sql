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

-- A keyed permutation of the numbers below 10^n (n <= 18): a four-step Feistel network over the
-- number's two halves, each step adding a keyed digest of the other half; run backwards when inverse.
-- attempt selects another permutation.
CREATE OR REPLACE FUNCTION devdb.mask_permute(x numeric, n int, attempt int, inverse boolean) RETURNS numeric
LANGUAGE plpgsql STABLE STRICT AS $fn$
DECLARE
    half_a int     := n / 2;
    ma     numeric := 10::numeric ^ (n / 2);
    mb     numeric := 10::numeric ^ (n - n / 2);
    a      numeric := div(x, 10::numeric ^ (n - n / 2));
    b      numeric := mod(x, 10::numeric ^ (n - n / 2));
    step   int;
BEGIN
    FOR k IN 0 .. 3 LOOP
        step := CASE WHEN inverse THEN 3 - k ELSE k END;
        IF step % 2 = 0 THEN
            a := mod(a + (CASE WHEN inverse THEN -1 ELSE 1 END) * mod(devdb.mask_slice(devdb.mask_digest('digits', attempt || ':' || n || ':' || step || ':' || b), 0)::numeric, ma) + ma, ma);
        ELSE
            b := mod(b + (CASE WHEN inverse THEN -1 ELSE 1 END) * mod(devdb.mask_slice(devdb.mask_digest('digits', attempt || ':' || n || ':' || step || ':' || a), 0)::numeric, mb) + mb, mb);
        END IF;
    END LOOP;
    RETURN a * mb + b;
END
$fn$;

-- Every digit replaced, everything else kept: phone numbers, postcodes and identity numbers keep their
-- format (and pass the CHECK constraints written for it); a leading +country code stays, as it
-- identifies nobody. Up to 18 digits, the digits are a keyed permutation (p(p^-1(x) + 1), which moves
-- every value), so two values of one format never mask alike and a unique column stays unique; a longer
-- run is masked digit by digit. A value with no digit to replace becomes stars: the output is never the
-- input. attempt > 0 draws another value of the same format (a column under a CHECK constraint takes
-- the first draw that passes it, see MaskPlan).
CREATE OR REPLACE FUNCTION devdb.mask_digits(value text, attempt int DEFAULT 0) RETURNS text
LANGUAGE plpgsql STABLE STRICT AS $fn$
DECLARE
    prefix text := coalesce(substring(value FROM '^\s*\+[0-9]+'), '');
    rest   text := substr(value, length(prefix) + 1);
    digits text := regexp_replace(rest, '[^0-9]', '', 'g');
    n      int  := length(digits);
    masked text;
    result text := prefix;
    digest bytea;
    used   int := 0;
    c      text;
BEGIN
    IF n = 0 THEN RETURN repeat('*', length(value)); END IF;
    IF n <= 18 THEN
        masked := lpad(devdb.mask_permute(mod(devdb.mask_permute(digits::numeric, n, attempt, true) + 1, 10::numeric ^ n), n, attempt, false)::bigint::text, n, '0');
    ELSE
        digest := devdb.mask_digest('digits', attempt || ':' || rest);
        masked := '';
        FOR i IN 1 .. n LOOP
            IF (i - 1) % 32 = 0 AND i > 1 THEN digest := sha256(digest); END IF;
            masked := masked || (get_byte(digest, (i - 1) % 32) % 10)::text;
        END LOOP;
    END IF;
    FOR i IN 1 .. length(rest) LOOP
        c := substr(rest, i, 1);
        IF c BETWEEN '0' AND '9' THEN
            used := used + 1;
            result := result || substr(masked, used, 1);
        ELSE
            result := result || c;
        END IF;
    END LOOP;
    IF result = value THEN RETURN repeat('*', length(value)); END IF;
    RETURN result;
END
$fn$;

-- Whether a text value is a valid value of a type: a domain's CHECK constraints (a checksum, say)
-- pass. The type comes as a NULL of it.
CREATE OR REPLACE FUNCTION devdb.mask_fits(value text, sample anyelement) RETURNS boolean
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    EXECUTE format('SELECT %L::%s', value, pg_typeof(sample));
    RETURN true;
EXCEPTION WHEN check_violation OR invalid_text_representation OR string_data_right_truncation OR numeric_value_out_of_range THEN
    RETURN false;
END
$fn$;

-- One text value masked by a scalar masker's name: what an array's elements and JSON's strings are
-- masked with. Pool-masked values are exactly those of a column with that masker (MaskPlan), so an
-- email masks alike in a column, an array and a JSON payload.
CREATE OR REPLACE FUNCTION devdb.mask_text(kind text, value text) RETURNS text
LANGUAGE plpgsql STABLE STRICT AS $fn$
DECLARE
    digest bytea;
    pool   name[];
    last   name[];
    chosen text;
    pick   bigint;
BEGIN
    CASE kind
        WHEN 'null' THEN RETURN NULL;
        WHEN 'ip' THEN RETURN devdb.mask_ip(value);
        WHEN 'hash' THEN RETURN devdb.mask_hash(value);
        WHEN 'digits' THEN RETURN devdb.mask_digits(value);
        ELSE NULL;
    END CASE;
    digest := devdb.mask_digest(kind, value);
    IF kind = 'email' THEN
        SELECT p.pool INTO pool FROM pg_temp.devdb_mask_pool p WHERE p.kind = 'email_name';
        RETURN pool[1 + devdb.mask_slice(digest, 1) % array_length(pool, 1)]::text || '.' || encode(substr(digest, 17, 8), 'hex')
            || '@example.' || (ARRAY['com', 'org', 'net'])[1 + devdb.mask_slice(digest, 0) % 3];
    ELSIF kind = 'full_name' THEN
        SELECT p.pool INTO pool FROM pg_temp.devdb_mask_pool p WHERE p.kind = 'first_name';
        SELECT p.pool INTO last FROM pg_temp.devdb_mask_pool p WHERE p.kind = 'last_name';
        pick := devdb.mask_slice(digest, 0) % array_length(pool, 1);
        chosen := pool[1 + pick]::text || ' ' || last[1 + devdb.mask_slice(digest, 1) % array_length(last, 1)]::text;
        IF chosen = value THEN
            chosen := pool[1 + (pick + 1) % array_length(pool, 1)]::text || ' ' || last[1 + devdb.mask_slice(digest, 1) % array_length(last, 1)]::text;
        END IF;
        RETURN chosen;
    END IF;
    SELECT p.pool INTO pool FROM pg_temp.devdb_mask_pool p WHERE p.kind = mask_text.kind;
    IF pool IS NULL THEN RAISE EXCEPTION 'devdb.mask_text: % is not a masker of one value', kind; END IF;
    pick := devdb.mask_slice(digest, 0) % array_length(pool, 1);
    chosen := pool[1 + pick]::text;
    IF chosen = value THEN chosen := pool[1 + (pick + 1) % array_length(pool, 1)]::text; END IF;
    RETURN chosen;
END
$fn$;

-- Every email address and IPv4 address inside a text replaced in place, the rest kept.
CREATE OR REPLACE FUNCTION devdb.mask_in_text(value text) RETURNS text
LANGUAGE plpgsql STABLE STRICT AS $fn$
DECLARE
    found text;
BEGIN
    FOR found IN SELECT DISTINCT m[1] FROM regexp_matches(value, '([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})', 'g') AS m LOOP
        value := replace(value, found, devdb.mask_text('email', found));
    END LOOP;
    FOR found IN SELECT DISTINCT m[1] FROM regexp_matches(value, '(?:^|[^0-9.])((?:[0-9]{1,3}\.){3}[0-9]{1,3})(?![0-9.])', 'g') AS m LOOP
        value := replace(value, found, devdb.mask_text('ip', found));
    END LOOP;
    RETURN value;
END
$fn$;

-- What a JSON string is, by its look or by the key it is under (the key rules, derived from DevDb's
-- column-name rules, are set for the load as devdb.mask_json_keys): the masker for it, 'in_text' for
-- a longer text that holds emails, or NULL.
CREATE OR REPLACE FUNCTION devdb.mask_json_kind(key text, value text) RETURNS text
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    rules    jsonb := current_setting('devdb.mask_json_keys')::jsonb;
    rule     jsonb;
    word     text;
    words    text[];
    digits   int;
BEGIN
    IF value = '' THEN RETURN NULL; END IF;
    IF value ~ '^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]{2,}$' THEN RETURN 'email'; END IF;
    IF value ~ '^([0-9]{1,3}\.){3}[0-9]{1,3}(/[0-9]{1,2})?$' OR (value ~ '^[0-9a-fA-F:]+(/[0-9]{1,3})?$' AND value ~ ':.*:') THEN RETURN 'ip'; END IF;
    IF value ~ '^(\$2[abxy]?\$[0-9]{2}\$|\$argon2|\$scrypt\$|\$[156]\$|pbkdf2|eyJ[A-Za-z0-9_-]{8,}\.eyJ|(sk|rk)_(live|test)_|whsec_|gh[posur]_|xox[abpors]-|AKIA[0-9A-Z]{16}|-----BEGIN)' THEN RETURN 'hash'; END IF;
    digits := length(regexp_replace(value, '[^0-9]', '', 'g'));
    IF value ~ '^[0-9 -]+$' AND digits BETWEEN 13 AND 19 THEN RETURN 'digits'; END IF;
    IF value ~ '^\+?[0-9 ().-]{7,24}$' AND value ~ '[-+( ]' AND digits BETWEEN 7 AND 15
       AND value !~ '^([0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4})$' THEN RETURN 'phone'; END IF;
    IF key IS NOT NULL THEN
        word := regexp_replace(lower(regexp_replace(key, '([a-z0-9])([A-Z])', '\1_\2', 'g')), '[^a-z0-9]+', '_', 'g');
        IF word ~ (rules->>'any') AND word !~ (rules->>'none') THEN
            FOR rule IN SELECT * FROM jsonb_array_elements(rules->'kinds') LOOP
                IF word ~ (rule->>1) THEN RETURN rule->>0; END IF;
            END LOOP;
        END IF;
        -- a name under a key that says so: {"name": "Olivia Martin"}, not {"name": "invoice.paid"}
        IF word ~ '(^|_)name$' AND value ~ '^[[:upper:]][^0-9@_.:/]*$' AND array_length(regexp_split_to_array(value, '\s+'), 1) <= 4 THEN RETURN 'full_name'; END IF;
    END IF;
    -- a person's name wherever it is: a first name and a last name from Bogus's lists (pg_temp.devdb_person_names)
    IF value ~ '^[[:upper:]][[:alpha:]''.-]*( [[:upper:]][[:alpha:]''.-]*){1,3}$' THEN
        words := regexp_split_to_array(value, ' ');
        IF EXISTS (SELECT FROM pg_temp.devdb_person_names n WHERE n.name = lower(words[1]) AND n.first)
           AND EXISTS (SELECT FROM pg_temp.devdb_person_names n WHERE n.name = lower(words[array_length(words, 1)]) AND n.last) THEN
            RETURN 'full_name';
        END IF;
    END IF;
    IF value ~ '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}' THEN RETURN 'in_text'; END IF;
    RETURN NULL;
END
$fn$;

-- A JSON document with every string that looks personal masked in place; structure, keys, numbers and
-- the other strings kept. Under a key, the key decides (see mask_json_kind).
CREATE OR REPLACE FUNCTION devdb.mask_json(value jsonb, key text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    kind text;
    s    text;
BEGIN
    IF value IS NULL THEN RETURN NULL; END IF;
    CASE jsonb_typeof(value)
        WHEN 'object' THEN
            RETURN (SELECT coalesce(jsonb_object_agg(e.key, devdb.mask_json(e.value, e.key)), '{}'::jsonb) FROM jsonb_each(value) AS e);
        WHEN 'array' THEN
            RETURN (SELECT coalesce(jsonb_agg(devdb.mask_json(e.value, mask_json.key) ORDER BY e.n), '[]'::jsonb) FROM jsonb_array_elements(value) WITH ORDINALITY AS e(value, n));
        WHEN 'string' THEN
            s := value #>> '{}';
            kind := devdb.mask_json_kind(key, s);
            IF kind IS NULL THEN RETURN value;
            ELSIF kind = 'in_text' THEN RETURN to_jsonb(devdb.mask_in_text(s));
            END IF;
            RETURN coalesce(to_jsonb(devdb.mask_text(kind, s)), 'null'::jsonb);
        ELSE
            RETURN value;
    END CASE;
END
$fn$;

-- JSON held in a text column: masked as JSON when it is JSON, otherwise its emails and IPs masked in place.
CREATE OR REPLACE FUNCTION devdb.mask_json_text(value text) RETURNS text
LANGUAGE plpgsql STABLE STRICT AS $fn$
DECLARE
    document jsonb;
BEGIN
    BEGIN
        document := value::jsonb;
    EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
        RETURN devdb.mask_in_text(value);
    END;
    RETURN devdb.mask_json(document)::text;
END
$fn$;

-- The values a path reaches, masked by name ('null' writes JSON null); everything else kept. A path is
-- a list of steps: {"key": k}, {"index": i} or {"any": true} (every key or element).
CREATE OR REPLACE FUNCTION devdb.mask_json_at(value jsonb, steps jsonb, mask text) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    step jsonb := steps->0;
    rest jsonb := steps - 0;
    i    int;
BEGIN
    IF value IS NULL THEN RETURN NULL; END IF;
    IF step IS NULL THEN
        CASE jsonb_typeof(value)
            WHEN 'object' THEN
                RETURN (SELECT coalesce(jsonb_object_agg(e.key, devdb.mask_json_at(e.value, '[]', mask)), '{}'::jsonb) FROM jsonb_each(value) AS e);
            WHEN 'array' THEN
                RETURN (SELECT coalesce(jsonb_agg(devdb.mask_json_at(e.value, '[]', mask) ORDER BY e.n), '[]'::jsonb) FROM jsonb_array_elements(value) WITH ORDINALITY AS e(value, n));
            WHEN 'null' THEN RETURN value;
            ELSE
                RETURN coalesce(to_jsonb(devdb.mask_text(mask, value #>> '{}')), 'null'::jsonb);
        END CASE;
    END IF;
    IF step ? 'key' THEN
        IF jsonb_typeof(value) = 'object' AND value ? (step->>'key') THEN
            RETURN jsonb_set(value, ARRAY[step->>'key'], devdb.mask_json_at(value->(step->>'key'), rest, mask));
        END IF;
    ELSIF step ? 'index' THEN
        i := (step->>'index')::int;
        IF jsonb_typeof(value) = 'array' AND i < jsonb_array_length(value) THEN
            RETURN jsonb_set(value, ARRAY[i::text], devdb.mask_json_at(value->i, rest, mask));
        END IF;
    ELSIF jsonb_typeof(value) = 'object' THEN
        RETURN (SELECT coalesce(jsonb_object_agg(e.key, devdb.mask_json_at(e.value, rest, mask)), '{}'::jsonb) FROM jsonb_each(value) AS e);
    ELSIF jsonb_typeof(value) = 'array' THEN
        RETURN (SELECT coalesce(jsonb_agg(devdb.mask_json_at(e.value, rest, mask) ORDER BY e.n), '[]'::jsonb) FROM jsonb_array_elements(value) WITH ORDINALITY AS e(value, n));
    END IF;
    RETURN value;
END
$fn$;

-- A { json: { "$.path": masker } } rule: each path's values masked in turn ($2, a setting of the load).
CREATE OR REPLACE FUNCTION devdb.mask_json_paths(value jsonb, paths jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    path jsonb;
BEGIN
    IF value IS NULL THEN RETURN NULL; END IF;
    FOR path IN SELECT * FROM jsonb_array_elements(paths) LOOP
        value := devdb.mask_json_at(value, path->'steps', path->>'mask');
    END LOOP;
    RETURN value;
END
$fn$;
