-- A synthetic production for the benchmark, at scale devdb.bench_scale (set by the caller):
-- scale 1 is about 1 GB, with 5,000,000 order lines. The demo's shapes: a chain four deep, a cycle,
-- a self-reference, a composite key, partitions, personal data, and realistic fan-out.
SELECT setseed(0.17);
CREATE TEMP TABLE bench_size AS
SELECT greatest(1, round(500000 * s))::int AS customers, greatest(1, round(300000 * s))::int AS addresses,
       greatest(1, round(1500000 * s))::int AS orders, greatest(1, round(1500000 * s))::int AS payments,
       greatest(1, round(1200000 * s))::int AS shipments
FROM (SELECT current_setting('devdb.bench_scale')::numeric AS s) x;

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
CREATE TABLE country (code char(2) PRIMARY KEY, name text NOT NULL);
CREATE TABLE city (id int PRIMARY KEY, country_code char(2) NOT NULL REFERENCES country, name text NOT NULL);
CREATE TABLE address (id int PRIMARY KEY, city_id int NOT NULL REFERENCES city, street text NOT NULL, postcode text NOT NULL);
CREATE TABLE customer (
    id int PRIMARY KEY, email text NOT NULL UNIQUE, first_name text NOT NULL, last_name text NOT NULL, phone text,
    address_id int NOT NULL REFERENCES address, referred_by int REFERENCES customer, created_at timestamptz NOT NULL
);
CREATE TABLE store (id int PRIMARY KEY, name text NOT NULL, address_id int NOT NULL REFERENCES address, manager_id int);
CREATE TABLE staff (id int PRIMARY KEY, store_id int NOT NULL REFERENCES store, first_name text NOT NULL, last_name text NOT NULL, email text NOT NULL);
ALTER TABLE store ADD FOREIGN KEY (manager_id) REFERENCES staff;
CREATE TABLE category (id int PRIMARY KEY, parent_id int REFERENCES category, name text NOT NULL);
CREATE TABLE product (id int PRIMARY KEY, category_id int NOT NULL REFERENCES category, name text NOT NULL, price numeric(10,2) NOT NULL);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, store_id int REFERENCES store,
                     status order_status NOT NULL, ordered_at timestamptz NOT NULL);
CREATE TABLE order_line (order_id int NOT NULL REFERENCES orders, line_no int NOT NULL, product_id int NOT NULL REFERENCES product,
                         quantity int NOT NULL, unit_price numeric(10,2) NOT NULL,
                         line_total numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
                         PRIMARY KEY (order_id, line_no));
CREATE TABLE shipment (id int PRIMARY KEY, order_id int NOT NULL, line_no int NOT NULL, tracking text NOT NULL, shipped_at timestamptz NOT NULL,
                       FOREIGN KEY (order_id, line_no) REFERENCES order_line);
CREATE TABLE payment (id int NOT NULL, order_id int NOT NULL REFERENCES orders, amount numeric(10,2) NOT NULL, paid_at date NOT NULL,
                      PRIMARY KEY (id, paid_at)) PARTITION BY RANGE (paid_at);
CREATE TABLE payment_2023 PARTITION OF payment FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE payment_2024 PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE payment_2025 PARTITION OF payment FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

INSERT INTO country SELECT chr(65 + g / 26) || chr(65 + g % 26), 'Country ' || g FROM generate_series(0, 19) g;
INSERT INTO city SELECT g, chr(65 + (g % 20) / 26) || chr(65 + (g % 20) % 26), 'City ' || g FROM generate_series(0, 199) g;
INSERT INTO address SELECT g, g % 200, g || ' Market Street', 'PC' || (g % 9999) FROM generate_series(1, (SELECT addresses FROM bench_size)) g;
INSERT INTO customer
SELECT g, 'person' || g || '@mail.example', 'First' || (g % 997), 'Last' || (g % 991), '+44 20 ' || lpad((g % 10000000)::text, 7, '0'),
       1 + g % (SELECT addresses FROM bench_size), CASE WHEN g > 100 AND g % 4 = 0 THEN 1 + (g * 7) % (g - 1) END,
       timestamptz '2020-01-01' + g * interval '1 minute'
FROM generate_series(1, (SELECT customers FROM bench_size)) g;
INSERT INTO store SELECT g, 'Store ' || g, 1 + g, NULL FROM generate_series(1, 50) g;
INSERT INTO staff SELECT g, 1 + g % 50, 'First' || g, 'Last' || g, 'staff' || g || '@shop.example' FROM generate_series(1, 500) g;
UPDATE store SET manager_id = id;
INSERT INTO category SELECT g, CASE WHEN g > 10 THEN 1 + g % 10 END, 'Category ' || g FROM generate_series(1, 100) g;
INSERT INTO product SELECT g, 1 + g % 100, 'Product ' || g, round((1 + random() * 200)::numeric, 2) FROM generate_series(1, 20000) g;
INSERT INTO orders
SELECT g, 1 + (g * 31) % (SELECT customers FROM bench_size), CASE WHEN g % 3 = 0 THEN 1 + g % 50 END,
       (ARRAY['pending', 'paid', 'shipped', 'delivered', 'cancelled']::order_status[])[1 + g % 5], timestamptz '2023-01-01' + g * interval '20 seconds'
FROM generate_series(1, (SELECT orders FROM bench_size)) g;
-- 1 to 5 lines per order, 3.33 on average: 5,000,000 at scale 1
INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_price)
SELECT o, l, 1 + (o * 7 + l * 13) % 20000, 1 + (o + l) % 4, 9.99
FROM generate_series(1, (SELECT orders FROM bench_size)) o, generate_series(1, 5) l
WHERE l <= 1 + (o * 7) % 5 AND (l <= 3 OR o % 3 = 0);
INSERT INTO shipment SELECT row_number() OVER (), order_id, line_no, 'TRK' || order_id || '-' || line_no, timestamptz '2024-01-01'
FROM order_line WHERE (order_id + line_no) % 3 = 0 LIMIT (SELECT shipments FROM bench_size);
INSERT INTO payment SELECT g, 1 + (g * 17) % (SELECT orders FROM bench_size), 10 + g % 500, date '2023-01-01' + g % 1090
FROM generate_series(1, (SELECT payments FROM bench_size)) g;

CREATE INDEX ON customer (address_id);
CREATE INDEX ON customer (referred_by);
CREATE INDEX ON orders (customer_id);
CREATE INDEX ON shipment (order_id, line_no);
CREATE INDEX ON payment (order_id);
