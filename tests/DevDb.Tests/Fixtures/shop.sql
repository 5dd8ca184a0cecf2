-- A small production database with every shape populate must handle; deterministic data.
SELECT setseed(0.5);

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
CREATE DOMAIN email_address AS text CHECK (VALUE ~ '^[^@\s]+@[^@\s]+$');
CREATE SCHEMA audit;

CREATE TABLE country (code char(2) PRIMARY KEY, name text NOT NULL);
CREATE TABLE city (id serial PRIMARY KEY, country_code char(2) NOT NULL REFERENCES country, name text NOT NULL);
CREATE TABLE address (id serial PRIMARY KEY, city_id int NOT NULL REFERENCES city, street text NOT NULL);
CREATE TABLE customer (
    id serial PRIMARY KEY,
    email email_address NOT NULL,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    address_id int NOT NULL REFERENCES address,
    referred_by int REFERENCES customer
);
CREATE TABLE store (id serial PRIMARY KEY, name text NOT NULL, manager_id int);
CREATE TABLE staff (id serial PRIMARY KEY, store_id int NOT NULL REFERENCES store, name text NOT NULL, boss_id int REFERENCES staff);
ALTER TABLE store ADD FOREIGN KEY (manager_id) REFERENCES staff;
CREATE TABLE product (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customer,
    store_id int REFERENCES store,
    status order_status NOT NULL DEFAULT 'pending',
    ordered_at timestamptz NOT NULL
);
CREATE TABLE order_line (
    order_id int NOT NULL REFERENCES orders,
    line_no int NOT NULL,
    product_id int NOT NULL REFERENCES product,
    quantity int NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    line_total numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    PRIMARY KEY (order_id, line_no)
);
CREATE TABLE shipment_item (
    id serial PRIMARY KEY,
    order_id int NOT NULL,
    line_no int NOT NULL,
    shipped_at timestamptz NOT NULL,
    FOREIGN KEY (order_id, line_no) REFERENCES order_line
);
CREATE TABLE payment (
    id bigserial,
    order_id int NOT NULL REFERENCES orders,
    amount numeric(10,2) NOT NULL,
    paid_at date NOT NULL,
    PRIMARY KEY (id, paid_at)
) PARTITION BY RANGE (paid_at);
CREATE TABLE payment_2023 PARTITION OF payment FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE payment_2024 PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE page_view (id bigserial PRIMARY KEY, customer_id int REFERENCES customer, url text NOT NULL, viewed_at timestamptz NOT NULL);
CREATE TABLE audit.audit_log (id bigserial PRIMARY KEY, what text NOT NULL, at timestamptz NOT NULL DEFAULT now());

INSERT INTO country VALUES ('GB', 'United Kingdom'), ('FR', 'France'), ('DE', 'Germany'), ('NL', 'Netherlands');
INSERT INTO city (country_code, name) SELECT (ARRAY['GB','FR','DE','NL'])[1 + g % 4], 'City ' || g FROM generate_series(1, 40) g;
INSERT INTO address (city_id, street) SELECT 1 + (g * 7) % 40, g || ' High Street' FROM generate_series(1, 600) g;
INSERT INTO customer (email, name, active, address_id, referred_by)
SELECT 'user' || g || '@example.com', 'Customer ' || g, g % 5 <> 0, g, CASE WHEN g > 10 AND g % 3 = 0 THEN g / 3 END
FROM generate_series(1, 500) g;
INSERT INTO store (name) SELECT 'Store ' || g FROM generate_series(1, 4) g;
INSERT INTO staff (store_id, name, boss_id) SELECT 1 + g % 4, 'Staff ' || g, CASE WHEN g > 4 THEN 1 + g % 4 END FROM generate_series(1, 20) g;
UPDATE store SET manager_id = id;
INSERT INTO product (name, price) SELECT 'Product ' || g, round((1 + random() * 99)::numeric, 2) FROM generate_series(1, 100) g;
INSERT INTO orders (customer_id, store_id, status, ordered_at)
SELECT 1 + (g * 13) % 500, CASE WHEN g % 2 = 0 THEN 1 + g % 4 END, (ARRAY['pending','paid','shipped']::order_status[])[1 + g % 3],
       timestamptz '2024-01-01' + g * interval '1 hour'
FROM generate_series(1, 2000) g;
INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_price)
SELECT o, l, 1 + (o * l) % 100, 1 + (o + l) % 5, 9.99 FROM generate_series(1, 2000) o, generate_series(1, 3) l WHERE l <= 1 + o % 3;
INSERT INTO shipment_item (order_id, line_no, shipped_at)
SELECT order_id, line_no, timestamptz '2024-06-01' FROM order_line WHERE (order_id + line_no) % 4 = 0;
INSERT INTO payment (order_id, amount, paid_at) SELECT g, 10 + g % 90, date '2023-06-01' + (g % 400) FROM generate_series(1, 2000) g;
INSERT INTO page_view (customer_id, url, viewed_at)
SELECT CASE WHEN g % 10 <> 0 THEN 1 + g % 500 END, '/products/' || (g % 100) || '/details?ref=campaign-' || (g % 17), timestamptz '2024-01-01' + g * interval '1 minute'
FROM generate_series(1, 40000) g;

-- A trigger that would write to the audit log if it fired while DevDb loads orders.
CREATE FUNCTION audit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit.audit_log (what) VALUES ('order ' || NEW.id);
    RETURN NEW;
END $$;
CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit_order();
INSERT INTO audit.audit_log (what) SELECT 'login ' || g FROM generate_series(1, 50) g;

ANALYZE;
