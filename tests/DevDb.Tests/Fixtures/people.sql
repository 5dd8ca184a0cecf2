-- Personal data with values no masker could produce, so any that leaks is found.
CREATE TABLE customer (
    id serial PRIMARY KEY,
    email varchar(40) NOT NULL UNIQUE,
    first_name varchar(8) NOT NULL,
    last_name text,
    full_name text,
    phone text,
    street text,
    city text,
    postcode text,
    last_ip inet,
    birth_date date,
    ssn text,
    iban text,
    nickname text,
    note text,
    contact text,   -- names that say nothing: only the values show what these are
    ref text,
    password text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT '2024-01-01'
);
CREATE TABLE newsletter_signup (id serial PRIMARY KEY, email text NOT NULL);
-- A foreign key to a masked unique key: it must be masked the same way, and closure must follow it.
CREATE TABLE account (id serial PRIMARY KEY, owner_email varchar(40) NOT NULL REFERENCES customer (email), plan text NOT NULL);

INSERT INTO customer (email, first_name, last_name, full_name, phone, street, city, postcode, last_ip, birth_date, ssn, iban, nickname, note, contact, ref, password)
SELECT 'zq' || g || '.leak@corp.test', 'Zq' || g, 'Xylo' || g, 'Zq' || g || ' Xylo' || g, '+31 6 ' || lpad(g::text, 8, '0'),
       g || ' Quuxstraat', 'Quuxcity' || g % 50, 'QX ' || g, ('192.168.' || g / 256 || '.' || g % 256)::inet,
       date '1980-01-01' + g, 'SSN-' || g, 'NL91QUUX' || lpad(g::text, 10, '0'), 'nick' || g, CASE WHEN g % 2 = 0 THEN 'note ' || g END,
       'zq' || g || '.other@corp.test', (ARRAY['4111 1111 1111 1111', '5555 5555 5555 4444', '3782 822463 10005', '4012 8888 8888 1881'])[1 + g % 4], 'pw-' || g
FROM generate_series(1, 2000) g;
INSERT INTO newsletter_signup (email)
SELECT email FROM customer WHERE id % 3 = 0
UNION ALL SELECT 'stranger' || g || '@corp.test' FROM generate_series(1, 200) g;
INSERT INTO account (owner_email, plan) SELECT email, 'basic' FROM customer WHERE id % 2 = 0;
-- A personal primary key, referenced by another table.
CREATE TABLE login (username text PRIMARY KEY, last_seen date NOT NULL);
CREATE TABLE session (id serial PRIMARY KEY, username text NOT NULL REFERENCES login, started date NOT NULL);
INSERT INTO login SELECT 'zq' || g || '_handle', date '2024-01-01' + g % 300 FROM generate_series(1, 500) g;
INSERT INTO session (username, started) SELECT 'zq' || (1 + g % 500) || '_handle', date '2024-06-01' FROM generate_series(1, 1500) g;
ANALYZE;
