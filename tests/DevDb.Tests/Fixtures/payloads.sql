-- Personal data in arrays, JSON, bytes, numbers and formatted text: the maskers that fit each.
CREATE TABLE member (
    id serial PRIMARY KEY,
    handle varchar(20) NOT NULL UNIQUE,
    email text NOT NULL,
    phone varchar(20) NOT NULL CHECK (phone ~ '^\+31 6 [0-9]{8}$'),
    national_id char(11) CHECK (national_id ~ '^[0-9]{3}-[0-9]{2}-[0-9]{4} $' OR national_id ~ '^[0-9]{3}-[0-9]{2}-[0-9]{4}$'),
    home_lat numeric(9,6) NOT NULL,
    home_lon double precision,
    photo bytea NOT NULL,
    notes text,
    cc_emails varchar(60)[],
    known_ips inet[],
    prefs jsonb,
    profile jsonb,
    raw_event text
);
INSERT INTO member (handle, email, phone, national_id, home_lat, home_lon, photo, notes, cc_emails, known_ips, prefs, profile, raw_event)
SELECT 'zq_handle_' || g,
       'zq' || g || '.leak@corp.test',
       '+31 6 ' || lpad((10000000 + g)::text, 8, '0'),
       lpad((100 + g % 900)::text, 3, '0') || '-' || lpad((g % 100)::text, 2, '0') || '-' || lpad(g::text, 4, '0'),
       52.370000 + g / 100000.0,
       4.890000 + g / 100000.0,
       decode('ffd8ffe000104a464946', 'hex') || convert_to('photo of zq' || g, 'UTF8'),
       CASE WHEN g % 3 = 0 THEN 'Called zq' || g || ' about the late payment, very upset.' END,
       CASE WHEN g % 4 = 0 THEN '{}'::varchar(60)[] WHEN g % 4 = 1 THEN NULL ELSE ARRAY['zq' || g || '.cc@corp.test', NULL, 'zq' || (g + 1) || '.cc@corp.test'] END,
       ARRAY[('192.168.' || g / 256 || '.' || g % 256)::inet],
       jsonb_build_object('theme', 'dark', 'digest', 'weekly', 'beta', g % 2 = 0),
       jsonb_build_object('contact', jsonb_build_object('email', 'zq' || g || '.json@corp.test', 'phone', '+31 6 5' || lpad(g::text, 7, '0'), 'name', 'Zora Xylo'),
                          'plan', 'pro', 'visits', g, 'ips', jsonb_build_array('10.9.' || g % 250 || '.1')),
       '{"type":"signup","data":{"email":"zq' || g || '.raw@corp.test","source":"web"}}'
FROM generate_series(1, 400) g;
-- a referencing table: masked arrays and JSON need no key of their own
CREATE TABLE visit (id serial PRIMARY KEY, member_id int NOT NULL REFERENCES member, at date NOT NULL DEFAULT '2024-01-01');
INSERT INTO visit (member_id) SELECT 1 + g % 400 FROM generate_series(1, 800) g;
ANALYZE;
