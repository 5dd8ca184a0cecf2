-- Production as real schemas are: every shape that breaks subsetting tools. Deterministic data.
SELECT setseed(0.25);

CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);
CREATE SCHEMA crm;
CREATE SCHEMA "Sales Dept";
CREATE SCHEMA "s_schema_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxx";

-- Self-reference (a chain to cut with nullify), and every awkward type.
CREATE TABLE users (
    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    referred_by int REFERENCES users,
    profile json,
    tags text[],
    avatar bytea,
    active_during tstzrange,
    search tsvector,
    mood mood,
    age positive_int
);
CREATE TABLE post (id serial PRIMARY KEY, author_id int NOT NULL REFERENCES users, title text NOT NULL);
-- comment.subject_id points at post.id, but production never declared it.
CREATE TABLE comment (id serial PRIMARY KEY, subject_id int NOT NULL, body text NOT NULL);

-- A foreign key to a unique key that is not the primary key, in another schema; deferrable children.
CREATE TABLE crm.orders (id serial PRIMARY KEY, user_email text NOT NULL REFERENCES users (email), placed date NOT NULL);
CREATE TABLE crm.order_line (
    order_id int NOT NULL REFERENCES crm.orders DEFERRABLE INITIALLY DEFERRED,
    line int NOT NULL,
    qty int NOT NULL,
    PRIMARY KEY (order_id, line)
);

-- Names that need quoting everywhere.
CREATE TABLE "Sales Dept"."Order ""Items""" (
    "Id" serial PRIMARY KEY,
    "select" int NOT NULL,
    "größe" text,
    "Order Id" int REFERENCES crm.orders
);
CREATE TABLE "Sales Dept".table_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxxxxx (
    id int PRIMARY KEY,
    item_id int NOT NULL REFERENCES "Sales Dept"."Order ""Items"""
);
CREATE TABLE "s_schema_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxx".note (
    id int PRIMARY KEY,
    user_id int REFERENCES users
);

-- No primary key at all.
CREATE TABLE event_log (user_id int REFERENCES users, what text NOT NULL, at timestamptz NOT NULL);

-- Partitioned, with identity ALWAYS and a generated column.
CREATE TABLE measurement (
    id bigint GENERATED ALWAYS AS IDENTITY,
    user_id int NOT NULL REFERENCES users,
    at date NOT NULL,
    value numeric NOT NULL,
    doubled numeric GENERATED ALWAYS AS (value * 2) STORED,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE measurement_2023 PARTITION OF measurement FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- Row-level security.
CREATE TABLE secret_note (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users, note text NOT NULL);
ALTER TABLE secret_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON secret_note USING (true);
-- A policy for a role the developer server does not have (tests create it on production's side only
-- when the servers differ; here its name is unique to this database's run).
DO $$ BEGIN
    EXECUTE format('CREATE ROLE %I NOLOGIN', 'support_' || current_database());
    EXECUTE format('CREATE POLICY support_reads ON secret_note FOR SELECT TO %I USING (true)', 'support_' || current_database());
END $$;

-- Inheritance (not partitioning): a scan of vehicle returns cars and trucks too.
CREATE TABLE vehicle (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE car (doors int NOT NULL) INHERITS (vehicle);
CREATE TABLE truck (payload int) INHERITS (vehicle);
CREATE TABLE pickup (bed_length int) INHERITS (truck);
CREATE TABLE rental (id serial PRIMARY KEY, vehicle_id int NOT NULL REFERENCES vehicle, user_id int NOT NULL REFERENCES users);

INSERT INTO users (email, referred_by, profile, tags, avatar, active_during, search, mood, age)
SELECT 'u' || g || '@example.com',
       CASE WHEN g > 1 AND g % 2 = 0 THEN 1 + (g * 7) % (g - 1) END,
       json_build_object('n', g, 'dup', 1, 'dup', 2),
       ARRAY['t' || g % 3, 't' || g % 5],
       decode(md5(g::text), 'hex'),
       tstzrange(timestamptz '2024-01-01' + g * interval '1 day', timestamptz '2024-02-01' + g * interval '1 day'),
       to_tsvector('english', 'user number ' || g || ' likes cats'),
       (ARRAY['happy', 'sad', 'meh']::mood[])[1 + g % 3],
       18 + g % 50
FROM generate_series(1, 300) g;
INSERT INTO post (author_id, title) SELECT 1 + g % 300, 'Post ' || g FROM generate_series(1, 600) g;
INSERT INTO comment (subject_id, body) SELECT 1 + (g * 11) % 600, 'Comment ' || g FROM generate_series(1, 1500) g;
INSERT INTO crm.orders (user_email, placed) SELECT 'u' || (1 + g % 300) || '@example.com', date '2024-01-01' + g % 365 FROM generate_series(1, 1000) g;
INSERT INTO crm.order_line SELECT o, l, 1 + (o + l) % 4 FROM generate_series(1, 1000) o, generate_series(1, 5) l WHERE l <= 1 + o % 5;
-- Order 7 is hot: 200 lines.
INSERT INTO crm.order_line SELECT 7, l, 1 FROM generate_series(6, 200) l;
INSERT INTO "Sales Dept"."Order ""Items""" ("select", "größe", "Order Id") SELECT g, 'Größe ' || g, 1 + g % 1000 FROM generate_series(1, 500) g;
INSERT INTO "Sales Dept".table_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxxxxx SELECT g, 1 + g % 500 FROM generate_series(1, 200) g;
INSERT INTO "s_schema_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxx".note SELECT g, 1 + g % 300 FROM generate_series(1, 100) g;
INSERT INTO event_log SELECT 1 + g % 300, 'event ' || g, timestamptz '2024-01-01' + g * interval '1 minute' FROM generate_series(1, 2000) g;
INSERT INTO measurement (user_id, at, value) SELECT 1 + g % 300, date '2023-06-01' + g % 400, g / 10.0 FROM generate_series(1, 2000) g;
INSERT INTO secret_note (user_id, note) SELECT 1 + g % 300, 'secret ' || g FROM generate_series(1, 300) g;
INSERT INTO vehicle SELECT g, 'vehicle ' || g FROM generate_series(1, 100) g;
INSERT INTO car SELECT g, 'car ' || g, 4 FROM generate_series(101, 300) g;
INSERT INTO truck SELECT g, 'truck ' || g, 1000 FROM generate_series(301, 400) g;
INSERT INTO pickup SELECT g, 'pickup ' || g, 500, 2 FROM generate_series(401, 450) g;
INSERT INTO rental (vehicle_id, user_id) SELECT 1 + g % 100, 1 + g % 300 FROM generate_series(1, 300) g;
ANALYZE;
