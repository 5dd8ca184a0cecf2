SET client_min_messages = warning;

CREATE FUNCTION pg_temp.h(s text) RETURNS integer LANGUAGE sql IMMUTABLE AS $fn$
    SELECT ('x0' || substr(md5(s), 1, 7))::bit(32)::integer
$fn$;

CREATE FUNCTION pg_temp.first_name(g bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT (ARRAY['Olivia','Liam','Emma','Noah','Ava','Elijah','Sophia','James','Isabella','Benjamin',
                  'Mia','Lucas','Charlotte','Mateo','Amelia','Ethan','Harper','Daniel','Evelyn','Jackson',
                  'Abigail','Sebastian','Emily','Aiden','Madison','Carlos','Priya','Wei','Aaliyah','Diego',
                  'Fatima','Hiroshi','Grace','Marcus','Chloe','Andre','Nora','Samuel','Leah','Tyler',
                  'Zoe','Kevin','Hannah','Jamal','Rachel','Omar','Megan','Luis'])[1 + g % 48]
$fn$;

CREATE FUNCTION pg_temp.last_name(g bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT (ARRAY['Martin','Johnson','Williams','Brown','Garcia','Miller','Davis','Rodriguez','Martinez','Hernandez',
                  'Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Lee','Perez',
                  'Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson','Walker','Young',
                  'Allen','King','Wright','Scott','Nguyen','Hill','Flores','Green','Adams','Kowalski',
                  'Baker','Chen','Rivera','Campbell','Mitchell','Carter','Patel','O''Brien'])[1 + (g / 48 + 7 * (g % 48)) % 48]
$fn$;

CREATE FUNCTION pg_temp.email(g bigint, first text, last text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE g % 7
        WHEN 0 THEN f || '.' || l || '@gmail.com'
        WHEN 1 THEN f || '.' || l || (g % 89 + 11) || '@gmail.com'
        WHEN 2 THEN substr(f, 1, 1) || l || g || '@yahoo.com'
        WHEN 3 THEN f || '_' || l || '@hotmail.com'
        WHEN 4 THEN f || l || (1958 + g % 47) || '@outlook.com'
        WHEN 5 THEN f || '.' || l || (ARRAY['@icloud.com','@comcast.net','@proton.me'])[1 + g % 3]
        ELSE f || '.' || l || '@' || (ARRAY['bluefinlabs.io','harborview.org','mapleridgedental.com','cascadiahealth.org',
                                            'summitcpa.com','northpointlogistics.com','brightwave.co','ironwoodlaw.com'])[1 + g % 8]
    END
    FROM (SELECT lower(regexp_replace(first, '[^A-Za-z]', '', 'g')) AS f,
                 lower(regexp_replace(last, '[^A-Za-z]', '', 'g')) AS l) n
$fn$;

CREATE FUNCTION pg_temp.alnum(seed text, len integer) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT substr(translate(encode(sha256(convert_to(seed, 'UTF8')) || sha256(convert_to(seed || '#', 'UTF8')), 'base64'),
                            E'+/=\n', ''), 1, len)
$fn$;

CREATE FUNCTION pg_temp.bcrypt(seed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT '$2y$10$' || substr(translate(encode(sha256(convert_to(seed, 'UTF8')) || sha256(convert_to(seed || '~', 'UTF8')), 'base64'),
                                         E'+=\n', '.'), 1, 53)
$fn$;

CREATE FUNCTION pg_temp.b64(b bytea) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT translate(encode(b, 'base64'), E'\n', '')
$fn$;

CREATE FUNCTION pg_temp.ps(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT 's:' || octet_length(t) || ':"' || t || '";'
$fn$;

CREATE FUNCTION pg_temp.ip(seed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE WHEN pg_temp.h(seed) % 9 = 0 THEN
        (ARRAY['2601','2600','2607','2a00','2603','2a02','2605'])[1 + pg_temp.h(seed || 'p') % 7] || ':' ||
        to_hex(pg_temp.h(seed || 'a') % 4096) || ':' || to_hex(pg_temp.h(seed || 'b') % 65536) || ':' ||
        to_hex(pg_temp.h(seed || 'c') % 65536) || ':' || to_hex(pg_temp.h(seed || 'd') % 65536) || ':' ||
        to_hex(pg_temp.h(seed || 'e') % 65536) || ':' || to_hex(pg_temp.h(seed || 'f') % 65536) || ':' ||
        to_hex(pg_temp.h(seed || 'g') % 65536)
    ELSE
        (ARRAY[73,24,98,107,67,108,174,71,76,99,86,81,142,184,68,50,47,209,66,104])[1 + pg_temp.h(seed || 'o') % 20] || '.' ||
        (pg_temp.h(seed || '1') % 256) || '.' || (pg_temp.h(seed || '2') % 256) || '.' || (1 + pg_temp.h(seed || '3') % 254)
    END
$fn$;

CREATE FUNCTION pg_temp.ua(seed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT (ARRAY[
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36',
        'Mozilla/5.0 (Linux; Android 13; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
        'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0'
    ])[1 + pg_temp.h(seed) % 10]
$fn$;

CREATE FUNCTION pg_temp.phone(seed text, area text, country text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE
        WHEN country = 'GB' AND k % 3 = 0 THEN '07' || (400 + k % 590) || ' ' || lpad((k % 1000000)::text, 6, '0')
        WHEN country = 'GB' AND area = '20' AND k % 2 = 0 THEN '+44 20 ' || (3000 + k % 5000) || ' ' || lpad((k % 10000)::text, 4, '0')
        WHEN country = 'GB' AND area = '20' THEN '020 ' || (7000 + k % 1000) || ' ' || lpad((k % 10000)::text, 4, '0')
        WHEN country = 'GB' AND k % 2 = 0 THEN '+44 ' || area || ' ' || (200 + k % 700) || ' ' || lpad((k % 10000)::text, 4, '0')
        WHEN country = 'GB' THEN '0' || area || ' ' || (200 + k % 700) || ' ' || lpad((k % 10000)::text, 4, '0')
        WHEN k % 5 = 0 THEN '(' || area || ') ' || ex || '-' || ln
        WHEN k % 5 = 1 THEN area || '-' || ex || '-' || ln
        WHEN k % 5 = 2 THEN '+1 ' || area || ' ' || ex || ' ' || ln
        WHEN k % 5 = 3 THEN '+1 (' || area || ') ' || ex || '-' || ln
        ELSE area || ex || ln
    END
    FROM (SELECT pg_temp.h(seed) AS k,
                 (201 + pg_temp.h(seed || 'x') % 790)::text AS ex,
                 lpad((pg_temp.h(seed || 'l') % 10000)::text, 4, '0') AS ln) p
$fn$;

CREATE TEMP TABLE tmp_city (idx integer PRIMARY KEY, city text, province text, country text, postal text, area text, lat double precision, lon double precision);
INSERT INTO tmp_city VALUES
 (1,'Portland','OR','US','972','503',45.5152,-122.6784),(2,'Seattle','WA','US','981','206',47.6062,-122.3321),
 (3,'San Francisco','CA','US','941','415',37.7749,-122.4194),(4,'Los Angeles','CA','US','900','323',34.0522,-118.2437),
 (5,'San Diego','CA','US','921','619',32.7157,-117.1611),(6,'Denver','CO','US','802','303',39.7392,-104.9903),
 (7,'Austin','TX','US','787','512',30.2672,-97.7431),(8,'Houston','TX','US','770','713',29.7604,-95.3698),
 (9,'Dallas','TX','US','752','214',32.7767,-96.7970),(10,'Chicago','IL','US','606','773',41.8781,-87.6298),
 (11,'Minneapolis','MN','US','554','612',44.9778,-93.2650),(12,'Madison','WI','US','537','608',43.0731,-89.4012),
 (13,'Columbus','OH','US','432','614',39.9612,-82.9988),(14,'Ann Arbor','MI','US','481','734',42.2808,-83.7430),
 (15,'Atlanta','GA','US','303','404',33.7490,-84.3880),(16,'Nashville','TN','US','372','615',36.1627,-86.7816),
 (17,'Charlotte','NC','US','282','704',35.2271,-80.8431),(18,'Raleigh','NC','US','276','919',35.7796,-78.6382),
 (19,'Miami','FL','US','331','305',25.7617,-80.1918),(20,'Orlando','FL','US','328','407',28.5383,-81.3792),
 (21,'Boston','MA','US','021','617',42.3601,-71.0589),(22,'Brooklyn','NY','US','112','718',40.6782,-73.9442),
 (23,'New York','NY','US','100','212',40.7128,-74.0060),(24,'Philadelphia','PA','US','191','215',39.9526,-75.1652),
 (25,'Pittsburgh','PA','US','152','412',40.4406,-79.9959),(26,'Baltimore','MD','US','212','410',39.2904,-76.6122),
 (27,'Phoenix','AZ','US','850','602',33.4484,-112.0740),(28,'Salt Lake City','UT','US','841','801',40.7608,-111.8910),
 (29,'Boise','ID','US','837','208',43.6150,-116.2023),(30,'Burlington','VT','US','054','802',44.4759,-73.2121),
 (31,'Bend','OR','US','977','541',44.0582,-121.3153),(32,'Toronto','ON','CA','M5V','416',43.6532,-79.3832),
 (33,'Vancouver','BC','CA','V6K','604',49.2827,-123.1207),(34,'Montréal','QC','CA','H2J','514',45.5019,-73.5674),
 (35,'Calgary','AB','CA','T2S','403',51.0447,-114.0719),(36,'London',NULL,'GB','N7','20',51.5072,-0.1276),
 (37,'Manchester',NULL,'GB','M20','161',53.4808,-2.2426),(38,'Edinburgh',NULL,'GB','EH9','131',55.9533,-3.1883);

CREATE TYPE order_status AS ENUM ('pending', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded');
CREATE TYPE payment_status AS ENUM ('pending', 'authorized', 'succeeded', 'failed', 'refunded', 'partially_refunded');
CREATE TYPE product_status AS ENUM ('draft', 'active', 'archived');
CREATE TYPE return_reason AS ENUM ('wrong_size', 'damaged_in_transit', 'defective', 'not_as_described', 'changed_mind', 'arrived_late', 'other');
CREATE DOMAIN country_code AS char(2) CHECK (VALUE ~ '^[A-Z]{2}$');

CREATE TABLE migrations (
    id serial PRIMARY KEY,
    migration varchar(255) NOT NULL,
    batch integer NOT NULL
);

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    email varchar(255) NOT NULL,
    email_verified_at timestamp(0) without time zone NULL,
    password varchar(255) NOT NULL,
    remember_token varchar(100) NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT users_email_unique UNIQUE (email)
);

CREATE TABLE password_reset_tokens (
    email varchar(255) PRIMARY KEY,
    token varchar(255) NOT NULL,
    created_at timestamp(0) without time zone NULL
);

CREATE TABLE failed_jobs (
    id bigserial PRIMARY KEY,
    uuid varchar(255) NOT NULL,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp(0) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT failed_jobs_uuid_unique UNIQUE (uuid)
);

CREATE TABLE personal_access_tokens (
    id bigserial PRIMARY KEY,
    tokenable_type varchar(255) NOT NULL,
    tokenable_id bigint NOT NULL,
    name varchar(255) NOT NULL,
    token varchar(64) NOT NULL,
    abilities text NULL,
    last_used_at timestamp(0) without time zone NULL,
    expires_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT personal_access_tokens_token_unique UNIQUE (token)
);
CREATE INDEX personal_access_tokens_tokenable_type_tokenable_id_index ON personal_access_tokens (tokenable_type, tokenable_id);

CREATE TABLE jobs (
    id bigserial PRIMARY KEY,
    queue varchar(255) NOT NULL,
    payload text NOT NULL,
    attempts smallint NOT NULL,
    reserved_at integer NULL,
    available_at integer NOT NULL,
    created_at integer NOT NULL
);
CREATE INDEX jobs_queue_index ON jobs (queue);

CREATE TABLE sessions (
    id varchar(255) PRIMARY KEY,
    user_id bigint NULL,
    ip_address varchar(45) NULL,
    user_agent text NULL,
    payload text NOT NULL,
    last_activity integer NOT NULL
);
CREATE INDEX sessions_user_id_index ON sessions (user_id);
CREATE INDEX sessions_last_activity_index ON sessions (last_activity);

CREATE TABLE cache (
    key varchar(255) PRIMARY KEY,
    value text NOT NULL,
    expiration integer NOT NULL
);

CREATE TABLE cache_locks (
    key varchar(255) PRIMARY KEY,
    owner varchar(255) NOT NULL,
    expiration integer NOT NULL
);

CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    user_id bigint NULL,
    first_name varchar(255) NOT NULL,
    last_name varchar(255) NOT NULL,
    email varchar(255) NOT NULL,
    phone varchar(32) NULL,
    date_of_birth date NULL,
    locale varchar(10) NOT NULL DEFAULT 'en_US',
    accepts_marketing boolean NOT NULL DEFAULT false,
    marketing_opted_in_at timestamp(0) without time zone NULL,
    tags text[] NULL,
    note text NULL,
    orders_count integer NOT NULL DEFAULT 0,
    total_spent numeric(12,2) NOT NULL DEFAULT 0,
    last_order_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    deleted_at timestamp(0) without time zone NULL,
    stripe_id varchar(255) NULL,
    pm_type varchar(255) NULL,
    pm_last_four varchar(4) NULL,
    CONSTRAINT customers_email_unique UNIQUE (email),
    CONSTRAINT customers_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX customers_stripe_id_index ON customers (stripe_id);
CREATE INDEX customers_last_name_first_name_index ON customers (last_name, first_name);

CREATE TABLE customer_addresses (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL,
    first_name varchar(255) NOT NULL,
    last_name varchar(255) NOT NULL,
    company varchar(255) NULL,
    address1 varchar(255) NOT NULL,
    address2 varchar(255) NULL,
    city varchar(255) NOT NULL,
    province varchar(255) NULL,
    zip varchar(20) NOT NULL,
    country_code country_code NOT NULL DEFAULT 'US',
    phone varchar(32) NULL,
    latitude double precision NULL,
    longitude double precision NULL,
    is_default boolean NOT NULL DEFAULT false,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT customer_addresses_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX customer_addresses_customer_id_index ON customer_addresses (customer_id);

CREATE TABLE categories (
    id bigserial PRIMARY KEY,
    parent_id bigint NULL,
    name varchar(255) NOT NULL,
    slug varchar(255) NOT NULL,
    description text NULL,
    position integer NOT NULL DEFAULT 0,
    is_visible boolean NOT NULL DEFAULT true,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT categories_slug_unique UNIQUE (slug),
    CONSTRAINT categories_parent_id_foreign FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL
);

CREATE TABLE suppliers (
    id bigserial PRIMARY KEY,
    company_name varchar(255) NOT NULL,
    contact_name varchar(255) NULL,
    contact_title varchar(255) NULL,
    address varchar(255) NULL,
    city varchar(255) NULL,
    region varchar(255) NULL,
    postal_code varchar(20) NULL,
    country varchar(255) NULL,
    phone varchar(32) NULL,
    fax varchar(32) NULL,
    email varchar(255) NULL,
    homepage text NULL,
    payment_terms_days smallint NOT NULL DEFAULT 30,
    lead_time_days smallint NULL,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL
);

CREATE TABLE products (
    id bigserial PRIMARY KEY,
    category_id bigint NULL,
    supplier_id bigint NULL,
    name varchar(255) NOT NULL,
    slug varchar(255) NOT NULL,
    description text NULL,
    sku varchar(64) NOT NULL,
    invoice_display_name varchar(40) NULL,
    status product_status NOT NULL DEFAULT 'draft',
    price numeric(10,2) NOT NULL,
    compare_at_price numeric(10,2) NULL,
    cost numeric(10,2) NULL,
    weight_grams integer NULL,
    is_taxable boolean NOT NULL DEFAULT true,
    tags varchar(50)[] NULL,
    attributes jsonb NULL,
    average_rating real NULL,
    published_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    deleted_at timestamp(0) without time zone NULL,
    CONSTRAINT products_slug_unique UNIQUE (slug),
    CONSTRAINT products_sku_unique UNIQUE (sku),
    CONSTRAINT products_category_id_foreign FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE SET NULL,
    CONSTRAINT products_supplier_id_foreign FOREIGN KEY (supplier_id) REFERENCES suppliers (id) ON DELETE SET NULL,
    CONSTRAINT products_price_check CHECK (price >= 0)
);

CREATE TABLE category_product (
    category_id bigint NOT NULL,
    product_id bigint NOT NULL,
    position integer NOT NULL DEFAULT 0,
    PRIMARY KEY (category_id, product_id),
    CONSTRAINT category_product_category_id_foreign FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE CASCADE,
    CONSTRAINT category_product_product_id_foreign FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);

CREATE TABLE product_variants (
    id bigserial PRIMARY KEY,
    product_id bigint NOT NULL,
    sku varchar(64) NOT NULL,
    title varchar(255) NOT NULL,
    option1 varchar(255) NULL,
    option2 varchar(255) NULL,
    price numeric(10,2) NOT NULL,
    compare_at_price numeric(10,2) NULL,
    barcode varchar(14) NULL,
    weight_grams integer NULL,
    position integer NOT NULL DEFAULT 1,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT product_variants_sku_unique UNIQUE (sku),
    CONSTRAINT product_variants_product_id_foreign FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);

CREATE TABLE product_images (
    id bigserial PRIMARY KEY,
    product_id bigint NOT NULL,
    path varchar(255) NOT NULL,
    alt_text varchar(255) NULL,
    mime_type varchar(50) NOT NULL,
    width integer NULL,
    height integer NULL,
    thumbnail bytea NULL,
    position integer NOT NULL DEFAULT 0,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT product_images_product_id_foreign FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);

CREATE TABLE inventory_levels (
    id bigserial PRIMARY KEY,
    product_variant_id bigint NOT NULL,
    warehouse varchar(16) NOT NULL,
    bin_location varchar(20) NULL,
    quantity_on_hand integer NOT NULL DEFAULT 0,
    quantity_reserved integer NOT NULL DEFAULT 0,
    reorder_point integer NULL,
    last_counted_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT inventory_levels_product_variant_id_warehouse_unique UNIQUE (product_variant_id, warehouse),
    CONSTRAINT inventory_levels_product_variant_id_foreign FOREIGN KEY (product_variant_id) REFERENCES product_variants (id) ON DELETE CASCADE
);

CREATE TABLE shippers (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    code varchar(20) NOT NULL,
    phone varchar(32) NULL,
    tracking_url_template varchar(255) NULL,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT shippers_code_unique UNIQUE (code)
);

CREATE TABLE coupons (
    id bigserial PRIMARY KEY,
    code varchar(64) NOT NULL,
    type varchar(255) NOT NULL CHECK (type IN ('percent', 'fixed_amount', 'free_shipping')),
    value numeric(10,2) NOT NULL DEFAULT 0,
    minimum_subtotal numeric(10,2) NULL,
    usage_limit integer NULL,
    usage_limit_per_customer integer NULL,
    times_used integer NOT NULL DEFAULT 0,
    starts_at timestamp(0) without time zone NULL,
    expires_at timestamp(0) without time zone NULL,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    allowed_emails text[] NULL,
    CONSTRAINT coupons_code_unique UNIQUE (code)
);

CREATE TABLE tax_rates (
    id bigserial PRIMARY KEY,
    country_code country_code NOT NULL,
    province_code varchar(8) NULL,
    name varchar(255) NOT NULL,
    rate numeric(7,4) NOT NULL,
    priority smallint NOT NULL DEFAULT 1,
    is_compound boolean NOT NULL DEFAULT false,
    applies_to_shipping boolean NOT NULL DEFAULT false,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL
);
CREATE INDEX tax_rates_country_code_province_code_index ON tax_rates (country_code, province_code);

CREATE TABLE carts (
    id uuid PRIMARY KEY,
    customer_id bigint NULL,
    session_id varchar(255) NULL,
    email varchar(255) NULL,
    currency char(3) NOT NULL DEFAULT 'USD',
    coupon_id bigint NULL,
    status varchar(255) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'converted', 'abandoned', 'expired')),
    item_count integer NOT NULL DEFAULT 0,
    subtotal numeric(10,2) NOT NULL DEFAULT 0,
    abandoned_email_sent_at timestamp(0) without time zone NULL,
    expires_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT carts_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL,
    CONSTRAINT carts_coupon_id_foreign FOREIGN KEY (coupon_id) REFERENCES coupons (id) ON DELETE SET NULL
);
CREATE INDEX carts_session_id_index ON carts (session_id);

CREATE TABLE cart_items (
    id bigserial PRIMARY KEY,
    cart_id uuid NOT NULL,
    product_variant_id bigint NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    unit_price numeric(10,2) NOT NULL,
    options jsonb NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT cart_items_cart_id_product_variant_id_unique UNIQUE (cart_id, product_variant_id),
    CONSTRAINT cart_items_cart_id_foreign FOREIGN KEY (cart_id) REFERENCES carts (id) ON DELETE CASCADE,
    CONSTRAINT cart_items_product_variant_id_foreign FOREIGN KEY (product_variant_id) REFERENCES product_variants (id) ON DELETE CASCADE,
    CONSTRAINT cart_items_quantity_check CHECK (quantity > 0)
);

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    number varchar(32) NOT NULL,
    customer_id bigint NULL,
    email varchar(255) NOT NULL,
    phone varchar(32) NULL,
    status order_status NOT NULL DEFAULT 'pending',
    financial_status varchar(255) NOT NULL DEFAULT 'pending' CHECK (financial_status IN ('pending', 'authorized', 'paid', 'partially_refunded', 'refunded', 'voided')),
    fulfillment_status varchar(255) NULL CHECK (fulfillment_status IN ('unfulfilled', 'partial', 'fulfilled', 'returned')),
    currency char(3) NOT NULL DEFAULT 'USD',
    subtotal numeric(12,2) NOT NULL DEFAULT 0,
    discount_total numeric(12,2) NOT NULL DEFAULT 0,
    shipping_total numeric(12,2) NOT NULL DEFAULT 0,
    tax_total numeric(12,2) NOT NULL DEFAULT 0,
    total numeric(12,2) NOT NULL DEFAULT 0,
    coupon_id bigint NULL,
    shipper_id bigint NULL,
    tax_rate_id bigint NULL,
    ship_name varchar(255) NOT NULL,
    ship_company varchar(255) NULL,
    ship_address1 varchar(255) NOT NULL,
    ship_address2 varchar(255) NULL,
    ship_city varchar(255) NOT NULL,
    ship_province varchar(255) NULL,
    ship_zip varchar(20) NOT NULL,
    ship_country country_code NOT NULL,
    ship_phone varchar(32) NULL,
    billing_name varchar(255) NULL,
    billing_address1 varchar(255) NULL,
    billing_address2 varchar(255) NULL,
    billing_city varchar(255) NULL,
    billing_province varchar(255) NULL,
    billing_zip varchar(20) NULL,
    billing_country country_code NULL,
    customer_ip inet NULL,
    user_agent text NULL,
    customer_note text NULL,
    cancel_reason varchar(255) NULL,
    placed_at timestamp(0) without time zone NOT NULL,
    cancelled_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    metadata jsonb NULL,
    CONSTRAINT orders_number_unique UNIQUE (number),
    CONSTRAINT orders_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL,
    CONSTRAINT orders_coupon_id_foreign FOREIGN KEY (coupon_id) REFERENCES coupons (id) ON DELETE SET NULL,
    CONSTRAINT orders_shipper_id_foreign FOREIGN KEY (shipper_id) REFERENCES shippers (id) ON DELETE SET NULL,
    CONSTRAINT orders_tax_rate_id_foreign FOREIGN KEY (tax_rate_id) REFERENCES tax_rates (id) ON DELETE SET NULL
);
CREATE INDEX orders_customer_id_index ON orders (customer_id);
CREATE INDEX orders_email_index ON orders (email);
CREATE INDEX orders_placed_at_index ON orders (placed_at);
CREATE INDEX orders_status_index ON orders (status);

CREATE TABLE order_lines (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL,
    product_variant_id bigint NULL,
    sku varchar(64) NOT NULL,
    name varchar(255) NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    discount_amount numeric(10,2) NOT NULL DEFAULT 0,
    tax_amount numeric(10,2) NOT NULL DEFAULT 0,
    line_total numeric(12,2) NOT NULL,
    requires_shipping boolean NOT NULL DEFAULT true,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT order_lines_order_id_foreign FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT order_lines_product_variant_id_foreign FOREIGN KEY (product_variant_id) REFERENCES product_variants (id) ON DELETE SET NULL,
    CONSTRAINT order_lines_quantity_check CHECK (quantity > 0)
);
CREATE INDEX order_lines_order_id_index ON order_lines (order_id);

CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL,
    provider varchar(32) NOT NULL,
    provider_transaction_id varchar(255) NULL,
    provider_customer_id varchar(255) NULL,
    payer_email varchar(255) NULL,
    amount numeric(12,2) NOT NULL,
    currency char(3) NOT NULL,
    status payment_status NOT NULL DEFAULT 'pending',
    card_brand varchar(32) NULL,
    card_last4 char(4) NULL,
    card_exp_month smallint NULL,
    card_exp_year smallint NULL,
    card_fingerprint varchar(64) NULL,
    cvc_check varchar(16) NULL,
    avs_result varchar(16) NULL,
    failure_code varchar(64) NULL,
    failure_message text NULL,
    gateway_response jsonb NULL,
    processed_at timestamp(0) with time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT payments_order_id_foreign FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
);
CREATE INDEX payments_provider_transaction_id_index ON payments (provider_transaction_id);
CREATE INDEX payments_order_id_index ON payments (order_id);

CREATE TABLE shipments (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL,
    shipper_id bigint NULL,
    tracking_number varchar(64) NULL,
    service_level varchar(64) NULL,
    status varchar(255) NOT NULL DEFAULT 'label_created' CHECK (status IN ('label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned_to_sender')),
    package_count smallint NOT NULL DEFAULT 1,
    weight_grams integer NULL,
    label_cost numeric(8,2) NULL,
    shipped_at timestamp(0) without time zone NULL,
    delivered_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    signed_by varchar(255) NULL,
    signature_image bytea NULL,
    CONSTRAINT shipments_order_id_foreign FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT shipments_shipper_id_foreign FOREIGN KEY (shipper_id) REFERENCES shippers (id) ON DELETE SET NULL
);
CREATE INDEX shipments_tracking_number_index ON shipments (tracking_number);

CREATE TABLE returns (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL,
    rma_number varchar(32) NOT NULL,
    status varchar(255) NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'received', 'refunded', 'rejected')),
    reason return_reason NOT NULL,
    customer_comment text NULL,
    staff_notes text NULL,
    return_tracking_number varchar(64) NULL,
    restocking_fee numeric(8,2) NOT NULL DEFAULT 0,
    approved_by bigint NULL,
    received_at timestamp(0) without time zone NULL,
    resolved_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT returns_rma_number_unique UNIQUE (rma_number),
    CONSTRAINT returns_order_id_foreign FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT returns_approved_by_foreign FOREIGN KEY (approved_by) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE return_items (
    id bigserial PRIMARY KEY,
    return_id bigint NOT NULL,
    order_line_id bigint NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    condition varchar(255) NULL CHECK (condition IN ('unopened', 'like_new', 'used', 'damaged')),
    restock boolean NOT NULL DEFAULT true,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT return_items_return_id_foreign FOREIGN KEY (return_id) REFERENCES returns (id) ON DELETE CASCADE,
    CONSTRAINT return_items_order_line_id_foreign FOREIGN KEY (order_line_id) REFERENCES order_lines (id) ON DELETE CASCADE
);

CREATE TABLE refunds (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL,
    payment_id bigint NULL,
    return_id bigint NULL,
    amount numeric(12,2) NOT NULL,
    currency char(3) NOT NULL,
    reason varchar(255) NOT NULL CHECK (reason IN ('requested_by_customer', 'duplicate', 'fraudulent', 'return', 'shipping_delay', 'other')),
    note text NULL,
    provider_refund_id varchar(255) NULL,
    status varchar(255) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
    refunded_by bigint NULL,
    processed_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT refunds_order_id_foreign FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT refunds_payment_id_foreign FOREIGN KEY (payment_id) REFERENCES payments (id) ON DELETE SET NULL,
    CONSTRAINT refunds_return_id_foreign FOREIGN KEY (return_id) REFERENCES returns (id) ON DELETE SET NULL,
    CONSTRAINT refunds_refunded_by_foreign FOREIGN KEY (refunded_by) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE notifications (
    id uuid PRIMARY KEY,
    type varchar(255) NOT NULL,
    notifiable_type varchar(255) NOT NULL,
    notifiable_id bigint NOT NULL,
    data text NOT NULL,
    read_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL
);
CREATE INDEX notifications_notifiable_type_notifiable_id_index ON notifications (notifiable_type, notifiable_id);

CREATE TABLE activity_log (
    id bigserial PRIMARY KEY,
    log_name varchar(255) NULL,
    description text NOT NULL,
    subject_type varchar(255) NULL,
    subject_id bigint NULL,
    causer_type varchar(255) NULL,
    causer_id bigint NULL,
    properties json NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    event varchar(255) NULL,
    batch_uuid uuid NULL
);
CREATE INDEX subject ON activity_log (subject_type, subject_id);
CREATE INDEX causer ON activity_log (causer_type, causer_id);
CREATE INDEX activity_log_log_name_index ON activity_log (log_name);

CREATE TABLE gift_cards (
    id bigserial PRIMARY KEY,
    code varchar(32) NOT NULL,
    last_characters varchar(4) NOT NULL,
    initial_value numeric(10,2) NOT NULL,
    balance numeric(10,2) NOT NULL,
    currency char(3) NOT NULL DEFAULT 'USD',
    customer_id bigint NULL,
    order_id bigint NULL,
    sender_name varchar(255) NULL,
    recipient_name varchar(255) NULL,
    recipient_email varchar(255) NULL,
    message text NULL,
    expires_on date NULL,
    disabled_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT gift_cards_code_unique UNIQUE (code),
    CONSTRAINT gift_cards_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL,
    CONSTRAINT gift_cards_order_id_foreign FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE SET NULL,
    CONSTRAINT gift_cards_balance_check CHECK (balance >= 0 AND balance <= initial_value)
);

CREATE TABLE product_reviews (
    id bigserial PRIMARY KEY,
    product_id bigint NOT NULL,
    customer_id bigint NULL,
    author_name varchar(255) NOT NULL,
    author_email varchar(255) NULL,
    author_location varchar(255) NULL,
    rating smallint NOT NULL,
    title varchar(255) NULL,
    body text NOT NULL,
    is_verified_buyer boolean NOT NULL DEFAULT false,
    status varchar(255) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
    moderator_note text NULL,
    helpful_count integer NOT NULL DEFAULT 0,
    ip_address inet NULL,
    published_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT product_reviews_product_id_foreign FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT product_reviews_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL,
    CONSTRAINT product_reviews_rating_check CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX product_reviews_product_id_status_index ON product_reviews (product_id, status);

CREATE TABLE wishlists (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL,
    name varchar(255) NOT NULL DEFAULT 'My Wishlist',
    is_public boolean NOT NULL DEFAULT false,
    share_token varchar(64) NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT wishlists_share_token_unique UNIQUE (share_token),
    CONSTRAINT wishlists_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE wishlist_items (
    id bigserial PRIMARY KEY,
    wishlist_id bigint NOT NULL,
    product_id bigint NOT NULL,
    product_variant_id bigint NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL,
    CONSTRAINT wishlist_items_wishlist_id_product_id_unique UNIQUE (wishlist_id, product_id),
    CONSTRAINT wishlist_items_wishlist_id_foreign FOREIGN KEY (wishlist_id) REFERENCES wishlists (id) ON DELETE CASCADE,
    CONSTRAINT wishlist_items_product_id_foreign FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT wishlist_items_product_variant_id_foreign FOREIGN KEY (product_variant_id) REFERENCES product_variants (id) ON DELETE SET NULL
);

INSERT INTO migrations (migration, batch)
SELECT m[i], b[i]
FROM (SELECT ARRAY[
        '2014_10_12_000000_create_users_table',
        '2014_10_12_100000_create_password_reset_tokens_table',
        '2019_08_19_000000_create_failed_jobs_table',
        '2019_12_14_000001_create_personal_access_tokens_table',
        '2023_02_20_141503_create_jobs_table',
        '2023_02_20_141512_create_sessions_table',
        '2023_02_20_141520_create_cache_table',
        '2023_02_20_143011_create_customers_table',
        '2023_02_20_143125_create_customer_addresses_table',
        '2023_02_20_150244_create_categories_table',
        '2023_02_20_150301_create_suppliers_table',
        '2023_02_20_150330_create_products_table',
        '2023_02_20_150352_create_category_product_table',
        '2023_02_20_150410_create_product_variants_table',
        '2023_02_20_150455_create_product_images_table',
        '2023_02_27_093012_create_inventory_levels_table',
        '2023_02_27_093540_create_shippers_table',
        '2023_02_27_094102_create_coupons_table',
        '2023_02_27_094230_create_tax_rates_table',
        '2023_02_27_101845_create_carts_table',
        '2023_02_27_101902_create_cart_items_table',
        '2023_02_27_103311_create_orders_table',
        '2023_02_27_103420_create_order_lines_table',
        '2023_02_27_110517_create_payments_table',
        '2023_03_08_160233_create_shipments_table',
        '2023_03_08_161129_create_returns_table',
        '2023_03_08_161201_create_return_items_table',
        '2023_03_08_161004_create_refunds_table',
        '2023_03_21_120045_create_notifications_table',
        '2023_03_21_120312_create_activity_log_table',
        '2023_03_21_120313_add_event_column_to_activity_log_table',
        '2023_03_21_120314_add_batch_uuid_column_to_activity_log_table',
        '2023_04_03_140215_add_stripe_columns_to_customers_table',
        '2023_04_11_084512_create_gift_cards_table',
        '2023_04_11_090233_create_product_reviews_table',
        '2023_05_02_131706_create_wishlists_table',
        '2023_05_02_131731_create_wishlist_items_table',
        '2023_06_19_102250_add_metadata_to_orders_table',
        '2023_09_05_152208_add_signature_to_shipments_table',
        '2024_01_15_111402_add_allowed_emails_to_coupons_table'
      ] AS m,
      ARRAY[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,3,3,3,3,4,4,4,4,5,6,6,7,7,8,9,10] AS b) a,
     generate_series(1, 40) i
ORDER BY i;

INSERT INTO customers (first_name, last_name, email, phone, date_of_birth, locale, accepts_marketing, marketing_opted_in_at,
                       tags, note, created_at, updated_at, deleted_at, stripe_id, pm_type, pm_last_four)
SELECT fn, ln, pg_temp.email(g, fn, ln),
       CASE WHEN k % 7 = 3 THEN NULL ELSE pg_temp.phone('cust' || g, c.area, c.country) END,
       CASE WHEN k % 5 IN (0, 2) THEN date '1952-03-14' + ((k / 5) % 17500) END,
       CASE c.country WHEN 'GB' THEN 'en_GB' WHEN 'CA' THEN CASE WHEN c.city = 'Montréal' THEN 'fr_CA' ELSE 'en_CA' END ELSE 'en_US' END,
       k % 3 <> 0,
       CASE WHEN k % 3 <> 0 THEN timestamp '2021-03-01 09:00' + g * interval '31 hours' + (k % 40) * interval '1 minute' END,
       CASE WHEN k % 11 = 0 THEN ARRAY['vip','repeat']
            WHEN k % 11 = 1 THEN ARRAY['wholesale']
            WHEN k % 11 = 2 THEN ARRAY['newsletter']
            WHEN k % 11 = 3 THEN ARRAY['repeat']
            WHEN k % 11 = 4 THEN ARRAY['instagram','newsletter']
            WHEN k % 11 = 5 THEN ARRAY[]::text[] END,
       CASE WHEN k % 23 = 0 THEN (ARRAY[
            'Prefers deliveries after 5pm, works nights at the hospital.',
            'Called about late delivery, offered 10% off next order.',
            'Wholesale inquiry for her café, sent the price sheet and MOQ.',
            'Asked to be removed from SMS marketing. Email is OK.',
            'Chargeback filed (item not received), resolved in our favour with UPS proof of delivery.',
            'Allergic to lanolin, do not recommend wool care products.',
            'Sends lots of referrals. Comp shipping on request.',
            'Address validation failed twice, confirm unit number by phone before shipping.',
            'Recently widowed, account was her late husband''s. Be gentle on calls.',
            'Uses a wheelchair, needs parcels left at the ground floor concierge.'
            ])[1 + (k / 23) % 10] END,
       timestamp '2021-03-01 09:00' + g * interval '31 hours' + (k % 40) * interval '1 minute',
       timestamp '2021-03-01 09:00' + g * interval '31 hours' + (k % 40) * interval '1 minute' + (k % 400) * interval '1 day',
       CASE WHEN k % 97 = 5 THEN timestamp '2024-02-01' + (k % 60) * interval '1 day' END,
       CASE WHEN k % 4 <> 1 THEN 'cus_' || pg_temp.alnum('stripe' || g, 14) END,
       CASE WHEN k % 4 <> 1 THEN (ARRAY['visa','visa','mastercard','visa','amex','mastercard','discover'])[1 + k % 7] END,
       CASE WHEN k % 4 <> 1 THEN lpad((pg_temp.h('last4' || g) % 10000)::text, 4, '0') END
FROM generate_series(1, 600) g
CROSS JOIN LATERAL (SELECT pg_temp.first_name(g) AS fn, pg_temp.last_name(g) AS ln, pg_temp.h('k' || g) AS k) n
JOIN tmp_city c ON c.idx = 1 + pg_temp.h('c' || g) % 38
ORDER BY g;

INSERT INTO users (name, email, email_verified_at, password, remember_token, created_at, updated_at)
SELECT pg_temp.first_name(g) || ' ' || pg_temp.last_name(g),
       lower(regexp_replace(pg_temp.first_name(g), '[^A-Za-z]', '', 'g')) || '.' || lower(regexp_replace(pg_temp.last_name(g), '[^A-Za-z]', '', 'g')) || '@harborandpine.com',
       timestamp '2023-02-21 10:00' + (g - 2000) * interval '9 days',
       pg_temp.bcrypt('staff' || g),
       CASE WHEN g % 3 <> 0 THEN pg_temp.alnum('remember' || g, 60) END,
       timestamp '2023-02-21 09:30' + (g - 2000) * interval '9 days',
       timestamp '2023-02-21 09:30' + (g - 2000) * interval '9 days' + interval '3 days'
FROM generate_series(2000, 2011) g
ORDER BY g;

INSERT INTO users (name, email, email_verified_at, password, remember_token, created_at, updated_at)
SELECT c.first_name || ' ' || c.last_name, c.email,
       CASE WHEN c.id % 10 <> 4 THEN greatest(c.created_at, timestamp '2023-03-01') + interval '14 minutes' END,
       pg_temp.bcrypt('user' || c.id),
       CASE WHEN c.id % 4 <> 0 THEN pg_temp.alnum('remember-u' || c.id, 60) END,
       greatest(c.created_at, timestamp '2023-03-01'),
       greatest(c.created_at, timestamp '2023-03-01') + (c.id % 200) * interval '1 day'
FROM customers c
WHERE c.id % 8 < 3
ORDER BY c.id;

UPDATE customers c SET user_id = u.id FROM users u WHERE u.email = c.email;

INSERT INTO password_reset_tokens (email, token, created_at)
SELECT u.email, pg_temp.bcrypt('reset' || u.id), timestamp '2024-01-02 07:00' + u.id * interval '5 hours 13 minutes'
FROM users u
WHERE u.id % 9 = 2
ORDER BY u.id;

INSERT INTO customer_addresses (customer_id, first_name, last_name, company, address1, address2, city, province, zip, country_code,
                                phone, latitude, longitude, is_default, created_at, updated_at)
SELECT cu.id,
       CASE WHEN s.n = 2 AND k % 2 = 0 THEN pg_temp.first_name(cu.id * 5 + 7) ELSE cu.first_name END,
       cu.last_name,
       CASE WHEN s.n = 2 AND k % 2 = 1 THEN (ARRAY['Bluefin Labs','Harborview Medical Center','Maple Ridge Dental','Summit CPA Group',
            'Northpoint Logistics','Brightwave Studio','Ironwood Law LLP','Cascadia Health','City of ' || c.city,'Riverside Elementary School'])[1 + k % 10]
            WHEN k % 37 = 0 THEN 'Little Fern Bakery' END,
       CASE
         WHEN c.country = 'GB' THEN
           CASE WHEN k % 3 = 0 THEN 'Flat ' || (1 + k % 12) || ', ' ELSE '' END ||
           (1 + k % 240) || CASE WHEN k % 7 = 0 THEN 'B' ELSE '' END || ' ' ||
           CASE c.city WHEN 'London' THEN (ARRAY['Holloway Road','Camden Road','Upper Street','Baker Street','Caledonian Road'])[1 + k % 5]
                       WHEN 'Manchester' THEN (ARRAY['Wilmslow Road','Burton Road','Palatine Road','Barlow Moor Road'])[1 + k % 4]
                       ELSE (ARRAY['Marchmont Road','Leith Walk','Warrender Park Road','Bruntsfield Place'])[1 + k % 4] END
         WHEN c.city = 'Montréal' THEN (100 + k % 5900) || ' ' || (ARRAY['Rue Saint-Denis','Boulevard Saint-Laurent','Avenue du Mont-Royal Est','Rue Rachel Est','Avenue Laurier Ouest'])[1 + k % 5]
         ELSE (10 + k % 9800) || ' ' || (ARRAY['Maple Avenue','Oak Street','Evergreen Terrace','Pine Street','Cedar Lane','Elm Street',
              'Washington Avenue','Lakeview Drive','SE Hawthorne Blvd','Division Street','Magnolia Avenue','Riverside Drive',
              'Park Place','Highland Avenue','Willow Court','Main Street','2nd Avenue','Market Street','Cherry Hill Road',
              'Juniper Way','N Williams Ave','Sunset Boulevard','Greenwood Ave N','Birch Street','Prospect Place','Chestnut Street'])[1 + (k / 7) % 26]
       END,
       CASE WHEN c.country = 'GB' THEN NULL
            WHEN k % 7 = 0 THEN 'Apt ' || (1 + k % 40) || chr(65 + k % 4)
            WHEN k % 7 = 1 THEN 'Suite ' || (100 + k % 400)
            WHEN k % 7 = 2 THEN 'Unit ' || (1 + k % 30)
            WHEN k % 7 = 3 AND c.country = 'US' THEN '#' || (1 + k % 20) END,
       c.city, c.province,
       CASE c.country
         WHEN 'US' THEN c.postal || lpad((k % 100)::text, 2, '0')
         WHEN 'CA' THEN c.postal || ' ' || (k % 10) || substr('ABCEGHJKLMNPRSTVXY', 1 + (k / 10) % 18, 1) || ((k / 180) % 10)
         ELSE c.postal || ' ' || (k % 10) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (k / 10) % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (k / 200) % 20, 1)
       END,
       c.country,
       CASE WHEN s.n = 1 THEN cu.phone WHEN k % 3 = 0 THEN NULL ELSE pg_temp.phone('addr' || cu.id, c.area, c.country) END,
       CASE WHEN k % 6 <> 5 THEN round((c.lat + ((k % 2001) - 1000) / 25000.0)::numeric, 6)::double precision END,
       CASE WHEN k % 6 <> 5 THEN round((c.lon + (((k / 2001) % 2001) - 1000) / 25000.0)::numeric, 6)::double precision END,
       s.n = 1,
       cu.created_at + (s.n - 1) * interval '40 days',
       cu.created_at + (s.n - 1) * interval '40 days' + (k % 90) * interval '1 day'
FROM customers cu
CROSS JOIN generate_series(1, 2) s(n)
CROSS JOIN LATERAL (SELECT pg_temp.h('addr' || cu.id || '-' || s.n) AS k) kk
JOIN tmp_city c ON c.idx = CASE WHEN s.n = 1 THEN 1 + pg_temp.h('c' || cu.id) % 38 ELSE 1 + pg_temp.h('c2' || cu.id) % 31 END
WHERE s.n = 1 OR cu.id % 3 = 0
ORDER BY cu.id, s.n;

INSERT INTO categories (parent_id, name, slug, description, position, is_visible, created_at, updated_at)
SELECT p[i], n[i], lower(regexp_replace(replace(n[i], '&', 'and'), '[^A-Za-z0-9]+', '-', 'g')), d[i], pos[i], i <> 17,
       timestamp '2023-02-22 11:00' + i * interval '3 minutes', timestamp '2023-06-01 15:20' + i * interval '11 hours'
FROM (SELECT ARRAY[NULL,NULL,NULL,NULL,1,1,1,1,2,2,2,3,3,4,NULL,NULL,NULL]::bigint[] AS p,
             ARRAY['Apparel','Home & Kitchen','Outdoor','Stationery & Gifts','Socks & Base Layers','Outerwear','Shirts & Knitwear',
                   'Hats & Gloves','Kitchen & Dining','Bedding & Throws','Candles & Home Fragrance','Camp Gear','Bags & Packs',
                   'Notebooks & Journals','New Arrivals','Gift Guide','Sale'] AS n,
             ARRAY['Durable everyday clothing made from natural fibres.',
                   'Things for the kitchen, the table and the bedroom that get better with use.',
                   'Gear for weekends in the woods and nights around the fire.',
                   'Paper goods, pens and small gifts.',
                   'Merino, alpaca and organic cotton socks and base layers.',
                   'Jackets and vests for rain, wind and cold.',
                   'Flannels, tees and sweaters.',
                   NULL,
                   'Cast iron, stoneware and wooden tools.',
                   'Linen, wool and cotton for the bedroom.',
                   'Hand-poured soy and beeswax candles.',
                   'Mugs, kettles, lanterns and hammocks.',
                   'Totes, packs and duffels in waxed canvas and leather.',
                   NULL,
                   'The latest additions to the shop.',
                   'Our favourite gifts, hand-picked by the team.',
                   'Last chance: discontinued colours and seconds.'] AS d,
             ARRAY[1,2,3,4,1,2,3,4,1,2,3,1,2,1,0,5,9] AS pos) a,
     generate_series(1, 17) i
ORDER BY i;

INSERT INTO suppliers (company_name, contact_name, contact_title, address, city, region, postal_code, country, phone, fax, email,
                       homepage, payment_terms_days, lead_time_days, is_active, created_at, updated_at)
SELECT cn[i], ct[i], tt[i], ad[i], ci[i], rg[i], pc[i], co[i], ph[i], fx[i], em[i], hp[i],
       (ARRAY[30,45,30,60,15,30])[1 + i % 6], CASE WHEN i % 5 <> 3 THEN (ARRAY[14,21,35,60,90])[1 + i % 5] END,
       i NOT IN (12, 17),
       timestamp '2023-02-23 13:00' + i * interval '2 days 4 hours', timestamp '2023-09-01 10:00' + i * interval '6 days'
FROM (SELECT
  ARRAY['Cascadia Woolen Mills','Lanificio Bellora S.p.A.','Porto Leather Works Lda.','Kiln & Clay Studio','Blue Ridge Ironworks LLC',
        'Nordisk Ull AB','Fraser Valley Candle Co.','Yorkshire Linen Company Ltd','Hangzhou Everbright Outdoor Products Co., Ltd.',
        'Great Lakes Paper Goods','Alpaca del Sur S.A.C.','Heritage Brass & Pen','Van der Meer Textiel B.V.','Ozark Hardwood Supply',
        'Atelier Moreau SARL','Summit Camp Equipment Inc.','Kerala Coir & Cotton Exports','Maple Leaf Enamelware Ltd.',
        'Pacific Northwest Apiaries','Shenzhen Brightway Lighting Co., Ltd.'] AS cn,
  ARRAY['Karen Lindqvist','Giulia Ferraro','João Carvalho','Ayumi Tanaka','Dale Whitaker','Sofia Bergström','Priya Sandhu',
        'Thomas Hargreaves','Lin Mei','Michael Novak','Rosa Quispe','Ethan Cole','Pieter van der Meer','Brenda Sykes',
        'Camille Moreau','Jason Whitfield','Anil Menon','Geneviève Tremblay','Samuel Okafor','Chen Jia'] AS ct,
  ARRAY['Sales Manager','Export Manager','Owner','Production Lead','Account Representative','Key Account Manager','Co-Founder',
        'Sales Director','Sales Representative','Sales Manager','Export Coordinator','Owner','Managing Director',
        'Order Desk Supervisor','Gérante','National Accounts Manager','Proprietor','Directrice des ventes','Wholesale Manager',
        'Overseas Sales Manager'] AS tt,
  ARRAY['1420 SE Water Ave','Via Cesare Battisti 14','Rua de Santa Catarina 312','88 Harrison St, Unit 3','2200 Industrial Pkwy',
        'Östra Hamngatan 24','33505 S Fraser Way','Unit 7, Mill Lane Industrial Estate','No. 188 Binkang Road, Binjiang District',
        '410 W Fulton St','Av. El Sol 948','19 Wharf Street','Industrieweg 41','1680 N Old Wire Rd','12 Rue de la République',
        '4700 Sterling Dr','14/322 MG Road','2250 Rue Sainte-Catherine E','7711 NE 175th St','5F, Building B, Huafeng Industrial Park'] AS ad,
  ARRAY['Portland','Biella','Porto','Oakland','Asheville','Göteborg','Abbotsford','Huddersfield','Hangzhou','Grand Rapids','Cusco',
        'Providence','Tilburg','Fayetteville','Lyon','Boulder','Kochi','Montréal','Kenmore','Shenzhen'] AS ci,
  ARRAY['OR','BI',NULL,'CA','NC',NULL,'BC','West Yorkshire','Zhejiang','MI','Cusco','RI','Noord-Brabant','AR',
        'Auvergne-Rhône-Alpes','CO','Kerala','QC','WA','Guangdong'] AS rg,
  ARRAY['97214','13900','4000-447','94607','28806','411 09','V2S 2B7','HD1 6BU','310051','49503','08002','02903','5031 BL',
        '72703','69002','80301','682016','H2K 2J1','98028','518000'] AS pc,
  ARRAY['USA','Italy','Portugal','USA','USA','Sweden','Canada','UK','China','USA','Peru','USA','Netherlands','USA','France',
        'USA','India','Canada','USA','China'] AS co,
  ARRAY['(503) 231-4470','+39 015 840 2231','+351 22 205 8810','(510) 832-6610','(828) 254-3390','+46 31 711 42 00',
        '(604) 859-2214','+44 1484 530712','+86 571 8776 2310','(616) 459-0082','+51 84 234571','(401) 272-5180',
        '+31 13 544 7820','(479) 521-7400','+33 4 78 42 19 63','(303) 449-8811','+91 484 235 6712','(514) 527-3301',
        '(425) 485-2290','+86 755 2658 4471'] AS ph,
  ARRAY['(503) 231-4471','+39 015 840 2299',NULL,NULL,'(828) 254-3391',NULL,NULL,'+44 1484 530713','+86 571 8776 2311',
        '(616) 459-0085',NULL,NULL,'+31 13 544 7821','(479) 521-7401',NULL,'(303) 449-8812','+91 484 235 6713',
        '(514) 527-3302',NULL,'+86 755 2658 4470'] AS fx,
  ARRAY['k.lindqvist@cascadiawoolen.com','g.ferraro@lanificiobellora.it','joao@portoleatherworks.pt','ayumi@kilnandclay.com',
        'dwhitaker@blueridgeironworks.com','sofia.bergstrom@nordiskull.se','priya@fraservalleycandle.ca',
        't.hargreaves@yorkshirelinen.co.uk','linda.lin@everbright-outdoor.com','mnovak@greatlakespaper.com',
        'rquispe@alpacadelsur.pe','ethan@heritagebrass.co','p.vandermeer@vandermeertextiel.nl','orders@ozarkhardwood.com',
        'camille@ateliermoreau.fr','jwhitfield@summitcamp.com','anil.menon@keralacoircotton.in','g.tremblay@mapleleafenamel.ca',
        'sam.okafor@pnwapiaries.com','jessica@brightway-lighting.cn'] AS em,
  ARRAY['https://www.cascadiawoolen.com','https://www.lanificiobellora.it','https://portoleatherworks.pt','https://kilnandclay.com',
        'https://blueridgeironworks.com','https://nordiskull.se','https://fraservalleycandle.ca','https://www.yorkshirelinen.co.uk',
        'http://www.everbright-outdoor.com','https://greatlakespaper.com','https://alpacadelsur.pe',NULL,'https://vandermeertextiel.nl',
        'https://ozarkhardwood.com','https://ateliermoreau.fr','https://summitcamp.com','http://www.keralacoircotton.in',
        'https://mapleleafenamel.ca','https://pnwapiaries.com','http://www.brightway-lighting.com'] AS hp) a,
     generate_series(1, 20) i
ORDER BY i;

INSERT INTO products (category_id, supplier_id, name, slug, description, sku, invoice_display_name, status, price, compare_at_price,
                      cost, weight_grams, is_taxable, tags, attributes, published_at, created_at, updated_at, deleted_at)
SELECT cat,
       CASE WHEN i % 13 = 6 THEN NULL ELSE
       CASE cat WHEN 5 THEN (ARRAY[1,2,6,11])[1 + i % 4] WHEN 6 THEN (ARRAY[1,9])[1 + i % 2] WHEN 7 THEN (ARRAY[2,13,6])[1 + i % 3]
                WHEN 8 THEN (ARRAY[3,1])[1 + i % 2] WHEN 9 THEN (ARRAY[4,5,18,14])[1 + i % 4] WHEN 10 THEN (ARRAY[8,13,17])[1 + i % 3]
                WHEN 11 THEN (ARRAY[7,19])[1 + i % 2] WHEN 12 THEN (ARRAY[9,16,18,20])[1 + i % 4] WHEN 13 THEN (ARRAY[3,9,15])[1 + i % 3]
                ELSE (ARRAY[10,12])[1 + i % 2] END END,
       nm[i],
       trim(both '-' from lower(regexp_replace(replace(replace(nm[i], '&', 'and'), '"', '-inch'), '[^A-Za-z0-9]+', '-', 'g'))),
       (ARRAY['Made to be used every day and to last for years: meet the %s.',
              'One of our best sellers. The %s has been in the shop since day one.',
              'Designed in Portland and made by a small family-run workshop, the %s is simple and built well.',
              'The %s we wished existed, so we made it. Backed by our lifetime repair promise.'])[1 + i % 4]
         || CASE WHEN cat = 14 THEN '' ELSE E'\n\n' || CASE cat WHEN 5 THEN 'Machine wash cold, lay flat to dry.' WHEN 6 THEN 'Spot clean. Re-wax once a year to keep it weatherproof.'
                 WHEN 7 THEN 'Hand wash cold or dry clean. Dry flat.' WHEN 8 THEN 'Hand wash cold. Condition leather as needed.'
                 WHEN 9 THEN 'Hand wash and dry thoroughly before storing.' WHEN 10 THEN 'Machine wash warm, tumble dry low.'
                 WHEN 11 THEN 'Trim the wick to 1/4 inch before each burn. Never leave a burning candle unattended.'
                 WHEN 12 THEN 'Wipe clean with a damp cloth.' ELSE 'Spot clean with mild soap and water.' END END,
       'HP-' || (ARRAY['SOC','OUT','SHI','HAT','KIT','BED','CAN','CMP','BAG','STA'])[cat - 4] || '-' || lpad((1000 + i * 7)::text, 4, '0'),
       upper(left(regexp_replace(nm[i], '[^A-Za-z0-9 ]', '', 'g'), 40)),
       (CASE WHEN i IN (9, 33) THEN 'draft' WHEN i IN (14, 46) THEN 'archived' ELSE 'active' END)::product_status,
       pr[i],
       CASE WHEN i % 9 = 4 THEN round(pr[i] * 1.25, 0) - 0.05 END,
       round(pr[i] * (0.32 + (i % 7) * 0.03), 2),
       wt[i],
       cat NOT IN (14) OR i % 2 = 0,
       CASE i % 5 WHEN 0 THEN ARRAY['bestseller','gift']::varchar(50)[] WHEN 1 THEN ARRAY['new']::varchar(50)[]
                  WHEN 2 THEN ARRAY['made-in-usa']::varchar(50)[] WHEN 3 THEN NULL ELSE ARRAY['sustainable','plastic-free']::varchar(50)[] END,
       jsonb_build_object('material', (ARRAY['Merino wool','Merino wool','Alpaca blend','Merino wool','Merino wool','Organic cotton',
                                             'Waxed cotton canvas','Recycled nylon','Recycled nylon','Cotton canvas','Recycled down',
                                             'Organic cotton flannel','Organic cotton','Lambswool','Wool','Linen','Cotton chambray',
                                             'Merino wool','Waxed cotton canvas','Full-grain leather','Wool','Wool felt','Cast iron',
                                             'Enameled cast iron','Stoneware','Walnut','Linen','Stoneware','Carbon steel','Olive wood',
                                             'Linen','Wool','Cotton','Organic cotton','Cotton','Soy wax','Soy wax','Beeswax','Glass',
                                             'Glass','Enamelled steel','Titanium','Stainless steel','Parachute nylon','Aluminium',
                                             'Aluminium','Stainless steel','Waxed cotton canvas','Recycled nylon','Full-grain leather',
                                             'Waxed cotton canvas','Cotton canvas','Waxed cotton canvas','Recycled nylon','Paper','Leather',
                                             'Paper','Brass','Stone paper','Cotton paper'])[i],
                          'origin', (ARRAY['USA','Portugal','Italy','Canada','India','China','United Kingdom'])[1 + i % 7],
                          'warranty_years', (ARRAY[1,2,5,0])[1 + i % 4]),
       CASE WHEN i NOT IN (9, 33) THEN timestamp '2023-03-01 08:00' + i * interval '2 days 5 hours' END,
       timestamp '2023-02-25 10:00' + i * interval '2 days 5 hours',
       timestamp '2023-10-01 10:00' + i * interval '1 day 7 hours',
       CASE WHEN i = 46 THEN timestamp '2024-01-09 16:42' END
FROM (SELECT ARRAY[
  'Merino Wool Crew Socks','Merino Hiking Socks','Alpaca Lounge Socks','Midweight Merino Base Layer Top','Midweight Merino Base Layer Bottom',
  'Organic Cotton Ankle Socks','Waxed Canvas Field Jacket','Quilted Liner Vest','Packable Rain Shell','Sherpa-Lined Trucker Jacket',
  'Recycled Down Puffer Jacket','Brushed Flannel Shirt','Heavyweight Pocket Tee','Lambswool Crewneck Sweater','Fisherman Cable-Knit Sweater',
  'Linen Camp Shirt','Chambray Work Shirt','Ribbed Merino Beanie','Waxed Canvas Six-Panel Cap','Leather Work Gloves','Fingerless Wool Mitts',
  'Wide-Brim Wool Felt Hat','Pre-Seasoned Cast Iron Skillet 10"','Enameled Dutch Oven 5.5 qt','Stoneware Pour-Over Set',
  'Walnut End-Grain Cutting Board','Linen Tea Towel Set of 3','Speckled Stoneware Mug','Carbon Steel Wok','Olive Wood Serving Spoons',
  'Stonewashed Linen Duvet Cover','Wool Camp Blanket','Waffle Knit Throw','Organic Percale Sheet Set','Chunky Knit Throw Pillow',
  'Cedar & Smoke Soy Candle','Fir Needle Soy Candle','Hand-Poured Beeswax Tapers','Coastal Sage Reed Diffuser','Matchstick Cloche Set',
  'Enamel Camp Mug','Titanium Spork','Insulated Camp Kettle','Parachute Nylon Hammock','Folding Camp Stool','LED Camp Lantern 400 Lumen',
  'Stainless Steel Growler 64 oz','Waxed Canvas Tote Bag','Roll-Top Day Pack 24L','Leather Dopp Kit','Weekender Duffel Bag',
  'Canvas Utility Apron','Waxed Canvas Messenger Bag','Sling Bag 6L','Dot Grid Hardcover Journal','Leather Field Notes Cover',
  'Weekly Planner 2024','Brass Bullet Pen','Waterproof Trail Notebook 3-Pack','Letterpress Greeting Card Set'] AS nm,
  ARRAY[24.00,28.00,32.00,89.00,84.00,16.00,248.00,118.00,149.00,198.00,229.00,78.00,38.00,128.00,168.00,72.00,68.00,34.00,42.00,
        58.00,36.00,145.00,45.00,179.00,64.00,96.00,32.00,26.00,58.00,34.00,219.00,139.00,98.00,189.00,54.00,36.00,36.00,22.00,42.00,
        18.00,18.00,14.95,39.00,69.00,48.00,54.00,44.00,68.00,138.00,74.00,198.00,58.00,164.00,62.00,26.00,48.00,28.00,36.00,24.00,
        22.00]::numeric[] AS pr,
  ARRAY[90,110,95,240,220,60,1450,520,380,1300,780,420,260,480,950,240,390,80,110,190,70,160,2270,5400,1100,2200,240,410,1600,180,
        1650,1800,900,1900,700,340,340,230,380,180,190,20,650,560,1200,480,620,580,900,320,1650,420,1100,340,480,160,420,40,280,180] AS wt) a,
     generate_series(1, 60) i
CROSS JOIN LATERAL (SELECT CASE WHEN i <= 6 THEN 5 WHEN i <= 11 THEN 6 WHEN i <= 17 THEN 7 WHEN i <= 22 THEN 8 WHEN i <= 30 THEN 9
                                WHEN i <= 35 THEN 10 WHEN i <= 40 THEN 11 WHEN i <= 47 THEN 12 WHEN i <= 54 THEN 13 ELSE 14 END AS cat) c
ORDER BY i;

UPDATE products SET description = format(description, lower(name));

INSERT INTO category_product (category_id, product_id, position)
SELECT category_id, id, (id * 3) % 17 FROM products WHERE category_id IS NOT NULL
UNION ALL
SELECT 15, id, id % 10 FROM products WHERE published_at >= timestamp '2023-05-15'
UNION ALL
SELECT 16, id, id % 12 FROM products WHERE 'gift' = ANY (tags) OR id % 6 = 1
UNION ALL
SELECT 17, id, id % 5 FROM products WHERE compare_at_price IS NOT NULL;

INSERT INTO product_variants (product_id, sku, title, option1, option2, price, compare_at_price, barcode, weight_grams, position,
                              created_at, updated_at)
SELECT p.id,
       p.sku || CASE WHEN o.o1 IS NULL THEN '' ELSE '-' || upper(left(regexp_replace(o.o1, '[^A-Za-z]', '', 'g'), 3)) END
             || CASE WHEN o.o2 IS NULL THEN '' ELSE '-' || replace(o.o2, '/', '') END,
       coalesce(o.o1 || coalesce(' / ' || o.o2, ''), 'Default Title'),
       o.o1, o.o2,
       p.price + CASE WHEN o.o2 IN ('XL', 'King') THEN 10 WHEN o.o2 = 'Queen' THEN 0 WHEN o.o2 = 'Twin' THEN -20 ELSE 0 END,
       p.compare_at_price,
       CASE WHEN p.id % 8 <> 3 THEN '8504' || lpad((pg_temp.h('upc' || p.id || '-' || v) % 10000000)::text, 7, '0') || (p.id * 7 + v) % 10 END,
       p.weight_grams, v, p.created_at, p.updated_at
FROM products p
CROSS JOIN generate_series(1, 8) v
CROSS JOIN LATERAL (SELECT
    CASE WHEN p.category_id IN (6, 7) THEN
           (ARRAY['Charcoal','Navy','Olive','Oatmeal','Rust','Heather Grey'])[1 + (p.id + ((v - 1) / 4) * 2) % 6]
         WHEN p.category_id = 5 THEN
           (ARRAY['Charcoal','Navy','Olive','Oatmeal','Rust','Heather Grey'])[1 + (p.id + ((v - 1) / 2) * 2) % 6]
         WHEN p.category_id = 8 AND p.id NOT IN (20, 21) THEN
           (ARRAY['Charcoal','Navy','Olive','Oatmeal','Rust','Heather Grey'])[1 + (p.id + (v - 1) * 3) % 6]
         WHEN p.category_id IN (10) THEN (ARRAY['Natural','Slate','Clay'])[1 + (p.id + (v - 1) / 3) % 3]
         WHEN p.category_id IN (9, 13) AND v <= 2 THEN (ARRAY['Black','Tan','Forest','Sand'])[1 + (p.id + v) % 4]
    END AS o1,
    CASE WHEN p.category_id IN (5) THEN (ARRAY['S/M','L/XL','S/M','L/XL'])[1 + (v - 1) % 4]
         WHEN p.category_id IN (6, 7) THEN (ARRAY['S','M','L','XL'])[1 + (v - 1) % 4]
         WHEN p.category_id IN (8) AND p.id IN (20, 21) THEN (ARRAY['S','M','L','XL'])[v]
         WHEN p.category_id IN (10) AND p.id NOT IN (33, 35) THEN (ARRAY['Twin','Queen','King'])[1 + (v - 1) % 3]
    END AS o2,
    CASE WHEN p.category_id IN (5) THEN 4 WHEN p.category_id IN (6, 7) THEN 8 WHEN p.category_id = 8 THEN CASE WHEN p.id IN (20, 21) THEN 4 ELSE 2 END
         WHEN p.category_id = 10 THEN CASE WHEN p.id IN (33, 35) THEN 1 ELSE 6 END
         WHEN p.category_id IN (9, 13) THEN CASE WHEN p.id % 3 = 0 THEN 1 ELSE 2 END ELSE 1 END AS nv) o
WHERE v <= o.nv
ORDER BY p.id, v;

UPDATE product_variants v SET option1 = NULL, title = coalesce(v.option2, 'Default Title'),
       sku = p.sku || coalesce('-' || replace(v.option2, '/', ''), '')
FROM products p
WHERE p.id = v.product_id AND p.category_id IN (9, 13) AND p.id % 3 = 0;

INSERT INTO product_images (product_id, path, alt_text, mime_type, width, height, thumbnail, position, created_at, updated_at)
SELECT p.id,
       'products/' || to_char(p.created_at, 'YYYY/MM') || '/' || p.slug || '-' || n || CASE WHEN (p.id + n) % 5 = 0 THEN '.png' WHEN (p.id + n) % 7 = 0 THEN '.webp' ELSE '.jpg' END,
       CASE WHEN (p.id + n) % 6 <> 0 THEN p.name || CASE n WHEN 1 THEN '' WHEN 2 THEN ', detail' ELSE ', in use' END END,
       CASE WHEN (p.id + n) % 5 = 0 THEN 'image/png' WHEN (p.id + n) % 7 = 0 THEN 'image/webp' ELSE 'image/jpeg' END,
       2000, CASE WHEN n = 3 THEN 1333 ELSE 2000 END,
       CASE WHEN (p.id + n) % 11 = 0 THEN NULL
            WHEN (p.id + n) % 5 = 0 THEN decode('89504e470d0a1a0a0000000d49484452000001900000019008060000', 'hex') || sha256(convert_to(p.slug || n, 'UTF8')) || sha512(convert_to(p.slug, 'UTF8'))
            WHEN (p.id + n) % 7 = 0 THEN decode('52494646', 'hex') || decode(lpad(to_hex(2000 + p.id), 4, '0') || '0000', 'hex') || decode('5745425056503820', 'hex') || sha512(convert_to(p.slug || n, 'UTF8'))
            ELSE decode('ffd8ffe000104a46494600010101004800480000ffdb004300', 'hex') || sha512(convert_to(p.slug || n, 'UTF8')) || sha512(convert_to(p.name || n, 'UTF8'))
                 || sha512(convert_to(p.sku || n, 'UTF8')) || sha256(convert_to(p.name, 'UTF8')) || decode('ffd9', 'hex') END,
       n - 1, p.created_at + n * interval '20 minutes', p.updated_at
FROM products p
CROSS JOIN generate_series(1, 3) n
WHERE n <= 1 + p.id % 3
ORDER BY p.id, n;

INSERT INTO inventory_levels (product_variant_id, warehouse, bin_location, quantity_on_hand, quantity_reserved, reorder_point, last_counted_at,
                              created_at, updated_at)
SELECT v.id, w,
       CASE WHEN v.id % 9 <> 0 THEN chr(65 + (v.id % 6)::integer) || '-' || lpad((1 + v.id % 24)::text, 2, '0') || '-' || lpad((1 + (v.id / 3) % 5)::text, 2, '0') END,
       CASE WHEN w = 'PDX1' THEN (pg_temp.h('inv' || v.id) % 140) ELSE (pg_temp.h('inv2' || v.id) % 60) END,
       pg_temp.h('res' || v.id || w) % 6,
       CASE WHEN v.id % 4 <> 0 THEN (ARRAY[5,10,15,20,25])[1 + v.id % 5] END,
       CASE WHEN v.id % 3 <> 0 THEN timestamp '2024-01-06 18:00' + (v.id % 20) * interval '1 hour' END,
       v.created_at, timestamp '2024-03-01 06:00' + v.id * interval '17 minutes'
FROM product_variants v
CROSS JOIN unnest(ARRAY['PDX1', 'EWR2']) w
WHERE w = 'PDX1' OR v.id % 3 <> 1
ORDER BY v.id, w;

INSERT INTO shippers (name, code, phone, tracking_url_template, is_active, created_at, updated_at)
SELECT n[i], c[i], ph[i], u[i], i <> 7, timestamp '2023-02-27 09:40' + i * interval '1 minute', timestamp '2023-02-27 09:40' + i * interval '1 minute'
FROM (SELECT ARRAY['UPS','FedEx','USPS','Canada Post','Royal Mail','DHL Express','OnTrac'] AS n,
             ARRAY['ups','fedex','usps','canada_post','royal_mail','dhl_express','ontrac'] AS c,
             ARRAY['1-800-742-5877','1-800-463-3339','1-800-275-8777','1-866-607-6301','+44 3457 740 740','1-800-225-5345','1-800-334-5000'] AS ph,
             ARRAY['https://www.ups.com/track?tracknum={tracking_number}','https://www.fedex.com/fedextrack/?trknbr={tracking_number}',
                   'https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking_number}','https://www.canadapost-postescanada.ca/track-reperage/en#/details/{tracking_number}',
                   'https://www.royalmail.com/track-your-item#/tracking-results/{tracking_number}','https://www.dhl.com/en/express/tracking.html?AWB={tracking_number}',
                   NULL] AS u) a,
     generate_series(1, 7) i
ORDER BY i;

INSERT INTO coupons (code, type, value, minimum_subtotal, usage_limit, usage_limit_per_customer, times_used, starts_at, expires_at, is_active,
                     created_at, updated_at, allowed_emails)
SELECT cd[i], ty[i], va[i],
       CASE WHEN i % 4 = 0 THEN 75.00 WHEN i % 4 = 1 THEN 50.00 END,
       CASE WHEN i % 3 = 0 THEN 500 WHEN cd[i] LIKE 'SORRY%' THEN 1 END,
       CASE WHEN i % 2 = 0 THEN 1 END,
       0,
       timestamp '2023-03-10 00:00' + (i - 1) * interval '13 days',
       CASE WHEN i % 5 <> 2 THEN timestamp '2023-03-10 00:00' + (i - 1) * interval '13 days' + interval '45 days' END,
       i % 5 = 2 OR i > 24,
       timestamp '2023-03-09 16:00' + (i - 1) * interval '13 days',
       timestamp '2023-03-09 16:00' + (i - 1) * interval '13 days' + interval '2 days',
       NULL
FROM (SELECT ARRAY['WELCOME10','SPRING23','SUMMER23','FALL23','BFCM2023','CYBER25','HOLIDAY15','NEWYEAR24','SPRING24','FREESHIP75',
                   'FREESHIPCA','TAKE20','LOYAL15','VIP25','SORRY10-7Q2K','FRIENDS20','CAMP10','COZY15','GIFT10','PDXPOPUP',
                   'RETURN10','STUDENT10','TEACHER15','SORRY15-M4XD','WHOLESALE30','STAFF40','MOTHERSDAY24','DADSDAY24','HAMMOCK5','SPRING24-VIP'] AS cd,
             ARRAY['percent','percent','percent','percent','percent','percent','percent','percent','percent','free_shipping',
                   'free_shipping','fixed_amount','percent','percent','percent','percent','percent','percent','fixed_amount','percent',
                   'percent','percent','percent','percent','percent','percent','percent','percent','fixed_amount','percent'] AS ty,
             ARRAY[10,15,15,15,25,25,15,10,15,0,0,20,15,25,10,20,10,15,10,10,10,10,15,15,30,40,15,15,5,20]::numeric[] AS va) a,
     generate_series(1, 30) i
ORDER BY i;

UPDATE coupons SET allowed_emails = ARRAY[(SELECT email FROM customers WHERE id = 77)] WHERE code = 'SORRY10-7Q2K';
UPDATE coupons SET allowed_emails = ARRAY[(SELECT email FROM customers WHERE id = 412), (SELECT email FROM customers WHERE id = 413)] WHERE code = 'SORRY15-M4XD';
UPDATE coupons SET allowed_emails = (SELECT array_agg(email ORDER BY id) FROM customers WHERE 'wholesale' = ANY (tags)) WHERE code = 'WHOLESALE30';
UPDATE coupons SET allowed_emails = (SELECT array_agg(email ORDER BY id) FROM users WHERE email LIKE '%@harborandpine.com') WHERE code = 'STAFF40';

INSERT INTO tax_rates (country_code, province_code, name, rate, priority, is_compound, applies_to_shipping, created_at, updated_at)
SELECT cc[i], pc[i], nm[i], rt[i], pr[i], false, ship[i],
       timestamp '2023-02-27 09:45' + i * interval '30 seconds', timestamp '2024-01-01 00:05' + i * interval '30 seconds'
FROM (SELECT ARRAY['US','US','US','US','US','US','US','US','US','US','US','US','US','US','US','US','US','US','US','US','US',
                   'CA','CA','CA','CA','CA','CA','GB'] AS cc,
             ARRAY['WA','CA','CO','TX','IL','MN','WI','OH','MI','GA','TN','NC','FL','MA','NY','PA','MD','AZ','UT','ID','VT',
                   'ON','BC','BC','QC','QC','AB',NULL] AS pc,
             ARRAY['Washington State Sales Tax','California State Sales Tax','Colorado State Sales Tax','Texas State Sales Tax',
                   'Illinois State Sales Tax','Minnesota State Sales Tax','Wisconsin State Sales Tax','Ohio State Sales Tax',
                   'Michigan Sales Tax','Georgia State Sales Tax','Tennessee State Sales Tax','North Carolina State Sales Tax',
                   'Florida State Sales Tax','Massachusetts Sales Tax','New York State Sales Tax','Pennsylvania Sales Tax',
                   'Maryland Sales Tax','Arizona Transaction Privilege Tax','Utah State Sales Tax','Idaho Sales Tax','Vermont Sales Tax',
                   'HST','GST','PST','GST','QST','GST','VAT'] AS nm,
             ARRAY[0.065,0.0725,0.029,0.0625,0.0625,0.06875,0.05,0.0575,0.06,0.04,0.07,0.0475,0.06,0.0625,0.04,0.06,0.06,0.056,
                   0.0485,0.06,0.06,0.13,0.05,0.07,0.05,0.09975,0.05,0.20]::numeric[] AS rt,
             ARRAY[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,2,1,1] AS pr,
             ARRAY[true,true,false,true,false,true,true,true,true,true,true,true,true,false,true,true,false,false,true,false,true,
                   true,true,false,true,true,true,true] AS ship) a,
     generate_series(1, 28) i
ORDER BY i;

INSERT INTO sessions (id, user_id, ip_address, user_agent, payload, last_activity)
SELECT pg_temp.alnum('sess' || g, 40), uid,
       pg_temp.ip('sessip' || g), pg_temp.ua('sessua' || g),
       pg_temp.b64(convert_to(
         'a:' || CASE WHEN uid IS NULL THEN 4 ELSE 5 END || ':{s:6:"_token";' || pg_temp.ps(pg_temp.alnum('csrf' || g, 40))
         || 's:9:"_previous";a:1:{s:3:"url";' || pg_temp.ps('https://harborandpine.com/' || (ARRAY['cart','checkout','account/orders','products/merino-wool-crew-socks',
              'collections/gift-guide','products/waxed-canvas-tote-bag','search?q=flannel','account','collections/new-arrivals','checkout/shipping'])[1 + g % 10]) || '}'
         || 's:6:"_flash";a:2:{s:3:"old";a:0:{}s:3:"new";a:0:{}}'
         || 's:7:"cart_id";' || pg_temp.ps(md5('cart' || g)::uuid::text)
         || CASE WHEN uid IS NULL THEN '' ELSE 's:50:"login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d";i:' || uid || ';' END
         || '}', 'UTF8')),
       extract(epoch FROM timestamp '2024-03-04 00:00' + g * interval '13 minutes 7 seconds')::integer
FROM generate_series(1, 400) g
LEFT JOIN LATERAL (SELECT u.id AS uid FROM users u WHERE g % 5 < 2 AND u.id = 1 + pg_temp.h('su' || g) % 237) u ON true
ORDER BY g;

INSERT INTO carts (id, customer_id, session_id, email, currency, coupon_id, status, item_count, subtotal, abandoned_email_sent_at, expires_at,
                   created_at, updated_at)
SELECT md5('cart' || g)::uuid,
       cu.id,
       CASE WHEN g <= 400 THEN pg_temp.alnum('sess' || g, 40) WHEN g % 4 <> 0 THEN pg_temp.alnum('sess-old' || g, 40) END,
       CASE WHEN cu.id IS NOT NULL THEN cu.email WHEN g % 3 = 0 THEN pg_temp.email(g + 900, pg_temp.first_name(g + 900), pg_temp.last_name(g + 900)) END,
       CASE WHEN cu.locale = 'en_GB' THEN 'GBP' WHEN cu.locale IN ('en_CA', 'fr_CA') THEN 'CAD' ELSE 'USD' END,
       CASE WHEN g % 17 = 0 THEN (ARRAY[9, 10, 13])[1 + g % 3] END,
       st, 0, 0,
       CASE WHEN st = 'abandoned' AND (cu.id IS NOT NULL OR g % 3 = 0) THEN ts + interval '3 hours' END,
       ts + interval '30 days',
       ts, ts + (g % 50) * interval '1 minute'
FROM generate_series(1, 500) g
CROSS JOIN LATERAL (SELECT CASE WHEN g <= 400 THEN timestamp '2024-03-04 00:00' + g * interval '13 minutes 7 seconds' - interval '20 minutes'
                                ELSE timestamp '2023-11-01 00:00' + (g - 400) * interval '23 hours' END AS ts,
                           CASE WHEN g <= 400 THEN 'active' WHEN g % 5 = 0 THEN 'converted' WHEN g % 5 = 1 THEN 'expired' ELSE 'abandoned' END AS st) t
LEFT JOIN customers cu ON g % 5 IN (1, 3) AND cu.id = 1 + pg_temp.h('cartcust' || g) % 600
ORDER BY g;

INSERT INTO cart_items (cart_id, product_variant_id, quantity, unit_price, options, created_at, updated_at)
SELECT c.id, pv.id, 1 + pg_temp.h('q' || c.id || n) % 3 / 2, pv.price,
       CASE WHEN pg_temp.h('opt' || c.id || n) % 9 = 0 THEN '{"gift_wrap": true}'::jsonb END,
       c.created_at + n * interval '2 minutes', c.created_at + n * interval '2 minutes'
FROM carts c
CROSS JOIN generate_series(0, 2) n
JOIN product_variants pv ON pv.id = 1 + (pg_temp.h('ci' || c.id) + n * 53) % (SELECT count(*) FROM product_variants)
WHERE n <= pg_temp.h('cn' || c.id) % 3
ORDER BY c.created_at, n;

UPDATE carts c SET item_count = s.q, subtotal = s.t
FROM (SELECT cart_id, sum(quantity) AS q, sum(quantity * unit_price) AS t FROM cart_items GROUP BY cart_id) s
WHERE s.cart_id = c.id;

INSERT INTO orders (number, customer_id, email, phone, status, financial_status, fulfillment_status, currency, coupon_id, shipper_id, tax_rate_id,
                    ship_name, ship_company, ship_address1, ship_address2, ship_city, ship_province, ship_zip, ship_country, ship_phone,
                    billing_name, billing_address1, billing_address2, billing_city, billing_province, billing_zip, billing_country,
                    customer_ip, user_agent, customer_note, cancel_reason, placed_at, cancelled_at, created_at, updated_at, metadata)
SELECT 'HP-' || (1000 + x.g),
       cu.id, cu.email, coalesce(cu.phone, a.phone),
       x.st::order_status,
       CASE x.st WHEN 'pending' THEN 'pending' WHEN 'cancelled' THEN 'voided' WHEN 'refunded' THEN 'refunded'
                 WHEN 'processing' THEN CASE WHEN x.g % 2 = 0 THEN 'authorized' ELSE 'paid' END ELSE 'paid' END,
       CASE x.st WHEN 'shipped' THEN 'fulfilled' WHEN 'delivered' THEN 'fulfilled' WHEN 'refunded' THEN CASE WHEN x.g % 2 = 0 THEN 'returned' END
                 WHEN 'processing' THEN 'unfulfilled' WHEN 'pending' THEN 'unfulfilled' END,
       CASE a.country_code WHEN 'GB' THEN 'GBP' WHEN 'CA' THEN 'CAD' ELSE 'USD' END,
       CASE WHEN x.k % 8 = 0 THEN (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 16, 17, 18, 19])[1 + (x.g * 15 / 900) % 15] END,
       CASE WHEN x.st IN ('pending', 'cancelled') THEN NULL
            WHEN a.country_code = 'CA' THEN 4 WHEN a.country_code = 'GB' THEN CASE WHEN x.k % 4 = 0 THEN 6 ELSE 5 END
            ELSE (ARRAY[1, 1, 3, 2, 3, 1])[1 + x.k % 6] END,
       tr.id,
       a.first_name || ' ' || a.last_name, a.company, a.address1, a.address2, a.city, a.province, a.zip, a.country_code, a.phone,
       cu.first_name || ' ' || cu.last_name,
       CASE WHEN x.k % 10 <> 9 THEN b.address1 END, CASE WHEN x.k % 10 <> 9 THEN b.address2 END, CASE WHEN x.k % 10 <> 9 THEN b.city END,
       CASE WHEN x.k % 10 <> 9 THEN b.province END, CASE WHEN x.k % 10 <> 9 THEN b.zip END, CASE WHEN x.k % 10 <> 9 THEN b.country_code END,
       pg_temp.ip('orderip' || x.g)::inet,
       pg_temp.ua('orderua' || x.g),
       CASE WHEN x.k % 13 = 0 THEN (ARRAY[
            'Please leave at the side door, not the front porch.',
            'It''s a gift, please don''t include the receipt.',
            'Can this ship before the 18th? It''s a birthday present.',
            'Leave with the front desk / concierge.',
            'No signature needed, I work from home.',
            'Please use paper packaging if possible, no plastic.',
            'Ring apartment 3B and ask for Maria if nobody answers.',
            'Dog in the yard is friendly but please close the gate!',
            'Combine with my other order from yesterday if you can.',
            'Is the beanie itchy? If so please swap for the cotton one.'
            ])[1 + (x.k / 13) % 10] END,
       CASE WHEN x.st = 'cancelled' THEN (ARRAY['customer', 'inventory', 'fraud', 'declined'])[1 + x.k % 4] END,
       x.placed,
       CASE WHEN x.st = 'cancelled' THEN x.placed + (1 + x.k % 30) * interval '1 hour' END,
       x.placed, x.placed + (1 + x.k % 200) * interval '1 hour',
       CASE x.k % 6
         WHEN 0 THEN jsonb_build_object('source', 'web', 'utm', jsonb_build_object('source', (ARRAY['google','instagram','facebook','newsletter','pinterest'])[1 + x.k % 5],
                                        'medium', (ARRAY['cpc','paid_social','email','organic'])[1 + x.k % 4], 'campaign', (ARRAY['spring_sale','bfcm_2023','gift_guide','evergreen'])[1 + x.k % 4]))
         WHEN 1 THEN jsonb_build_object('source', 'web', 'device', 'mobile', 'checkout_version', 3)
         WHEN 2 THEN jsonb_build_object('source', 'web', 'gift', true, 'gift_recipient', a.first_name || ' ' || a.last_name,
                                        'gift_message', (ARRAY['Happy birthday! Love you lots.','Merry Christmas from all of us!','Congrats on the new place!',
                                                               'Thinking of you. Stay warm this winter.','Happy anniversary, here''s to many more camping trips.'])[1 + x.k % 5])
         WHEN 3 THEN jsonb_build_object('source', 'web', 'risk', jsonb_build_object('score', x.k % 70, 'recommendation', CASE WHEN x.k % 70 > 60 THEN 'review' ELSE 'accept' END,
                                        'ip_country', a.country_code))
         WHEN 4 THEN jsonb_build_object('source', 'pos', 'location', 'Portland flagship', 'register', 2, 'cashier_id', 1 + x.k % 12)
         ELSE NULL
       END
FROM (SELECT g, pg_temp.h('ord' || g) AS k,
             timestamp '2022-01-03 08:00' + g * interval '21 hours' + (pg_temp.h('ordt' || g) % 600) * interval '1 minute' AS placed,
             CASE WHEN g > 880 THEN CASE WHEN g % 3 = 0 THEN 'pending' ELSE 'processing' END
                  WHEN g > 860 THEN 'shipped'
                  WHEN g % 23 = 0 THEN 'cancelled'
                  WHEN g % 29 = 0 THEN 'refunded'
                  ELSE 'delivered' END AS st
      FROM generate_series(1, 900) g) x
JOIN customers cu ON cu.id = 1 + x.k % least(600, (7368 + 21 * x.g) / 31)
JOIN LATERAL (SELECT * FROM customer_addresses ca WHERE ca.customer_id = cu.id ORDER BY (ca.is_default = (x.g % 6 <> 0)) DESC, ca.id LIMIT 1) a ON true
JOIN customer_addresses b ON b.customer_id = cu.id AND b.is_default
LEFT JOIN LATERAL (SELECT t.id FROM tax_rates t WHERE t.country_code = a.country_code::bpchar AND (t.province_code IS NOT DISTINCT FROM a.province)
                   ORDER BY t.priority LIMIT 1) tr ON true
ORDER BY x.g;

INSERT INTO order_lines (order_id, product_variant_id, sku, name, quantity, unit_price, discount_amount, tax_amount, line_total, requires_shipping,
                         created_at, updated_at)
SELECT o.id, pv.id, pv.sku, p.name || CASE WHEN pv.title = 'Default Title' THEN '' ELSE ' - ' || pv.title END,
       q, pv.price,
       CASE WHEN c.type = 'percent' THEN round(pv.price * q * c.value / 100, 2) ELSE 0 END,
       round((pv.price * q - CASE WHEN c.type = 'percent' THEN round(pv.price * q * c.value / 100, 2) ELSE 0 END) * coalesce(t.rate, 0), 2),
       pv.price * q - CASE WHEN c.type = 'percent' THEN round(pv.price * q * c.value / 100, 2) ELSE 0 END,
       true, o.created_at, o.created_at
FROM orders o
CROSS JOIN generate_series(0, 2) n
JOIN product_variants pv ON pv.id = 1 + (pg_temp.h('ol' || o.id) + n * 61) % (SELECT count(*) FROM product_variants)
JOIN products p ON p.id = pv.product_id
LEFT JOIN coupons c ON c.id = o.coupon_id
LEFT JOIN tax_rates t ON t.id = o.tax_rate_id
CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.h('olq' || o.id || n) % 6 = 0 THEN 2 WHEN pg_temp.h('olq' || o.id || n) % 31 = 0 THEN 3 ELSE 1 END AS q) qq
WHERE n <= pg_temp.h('oln' || o.id) % 3
ORDER BY o.id, n;

UPDATE orders o SET subtotal = s.sub,
       discount_total = s.disc + coalesce((SELECT least(c.value, s.sub) FROM coupons c WHERE c.id = o.coupon_id AND c.type = 'fixed_amount'), 0),
       shipping_total = CASE WHEN s.sub >= 75 OR EXISTS (SELECT 1 FROM coupons c WHERE c.id = o.coupon_id AND c.type = 'free_shipping') THEN 0
                             WHEN o.ship_country = 'US' THEN 7.95 ELSE 14.95 END,
       tax_total = s.tax
FROM (SELECT order_id, sum(unit_price * quantity) AS sub, sum(discount_amount) AS disc, sum(tax_amount) AS tax FROM order_lines GROUP BY order_id) s
WHERE s.order_id = o.id;

UPDATE orders SET total = subtotal - discount_total + shipping_total + tax_total;

UPDATE coupons c SET times_used = s.n FROM (SELECT coupon_id, count(*) AS n FROM orders WHERE coupon_id IS NOT NULL GROUP BY coupon_id) s
WHERE s.coupon_id = c.id;

UPDATE customers c SET orders_count = s.n, total_spent = coalesce(s.t, 0), last_order_at = s.l
FROM (SELECT customer_id, count(*) AS n, sum(total) FILTER (WHERE status NOT IN ('cancelled', 'refunded')) AS t, max(placed_at) AS l
      FROM orders GROUP BY customer_id) s
WHERE s.customer_id = c.id;

UPDATE coupons SET allowed_emails = (SELECT array_agg(email ORDER BY total_spent DESC) FROM (SELECT email, total_spent FROM customers ORDER BY total_spent DESC LIMIT 14) v)
WHERE code IN ('VIP25', 'SPRING24-VIP');

INSERT INTO payments (order_id, provider, provider_transaction_id, provider_customer_id, payer_email, amount, currency, status, card_brand, card_last4,
                      card_exp_month, card_exp_year, card_fingerprint, cvc_check, avs_result, failure_code, failure_message, gateway_response,
                      processed_at, created_at, updated_at)
SELECT o.id, pp.provider,
       CASE WHEN pp.provider = 'paypal' THEN upper(pg_temp.alnum('pp' || o.id || a.attempt, 17)) ELSE 'pi_3' || pg_temp.alnum('pi' || o.id || a.attempt, 24) END,
       CASE WHEN pp.provider = 'stripe' THEN cu.stripe_id END,
       CASE WHEN pp.provider = 'paypal' THEN CASE WHEN o.id % 4 = 0 THEN pg_temp.email(o.id + 1300, cu.first_name, cu.last_name) ELSE o.email END END,
       o.total, o.currency,
       (CASE WHEN a.attempt = 0 THEN 'failed'
             WHEN o.status = 'pending' THEN 'pending'
             WHEN o.financial_status = 'authorized' OR o.status = 'cancelled' THEN 'authorized'
             WHEN o.status = 'refunded' THEN 'refunded'
             ELSE 'succeeded' END)::payment_status,
       CASE WHEN pp.provider = 'stripe' THEN coalesce(cu.pm_type, (ARRAY['visa','mastercard','visa','amex'])[1 + o.id % 4]) END,
       CASE WHEN pp.provider = 'stripe' THEN coalesce(cu.pm_last_four, lpad((pg_temp.h('l4o' || o.id) % 10000)::text, 4, '0')) END,
       CASE WHEN pp.provider = 'stripe' THEN 1 + pg_temp.h('exp' || cu.id) % 12 END,
       CASE WHEN pp.provider = 'stripe' THEN 2024 + pg_temp.h('expy' || cu.id) % 6 END,
       CASE WHEN pp.provider = 'stripe' THEN pg_temp.alnum('fp' || coalesce(cu.stripe_id, o.id::text), 16) END,
       CASE WHEN pp.provider = 'stripe' THEN CASE WHEN a.attempt = 0 AND o.id % 2 = 0 THEN 'fail' WHEN o.id % 19 = 0 THEN 'unchecked' ELSE 'pass' END END,
       CASE WHEN pp.provider = 'stripe' THEN (ARRAY['Y','Y','Y','Z','A','Y','N','U'])[1 + o.id % 8] END,
       CASE WHEN a.attempt = 0 THEN (ARRAY['card_declined','insufficient_funds','incorrect_cvc','expired_card'])[1 + o.id % 4] END,
       CASE WHEN a.attempt = 0 THEN (ARRAY['Your card was declined.','Your card has insufficient funds.','Your card''s security code is incorrect.',
                                         'Your card has expired.'])[1 + o.id % 4] END,
       CASE WHEN pp.provider = 'stripe' THEN jsonb_build_object(
              'id', 'pi_3' || pg_temp.alnum('pi' || o.id || a.attempt, 24), 'object', 'payment_intent',
              'amount', (o.total * 100)::bigint, 'currency', lower(o.currency),
              'status', CASE WHEN a.attempt = 0 THEN 'requires_payment_method' WHEN o.financial_status = 'authorized' THEN 'requires_capture' ELSE 'succeeded' END,
              'latest_charge', 'ch_3' || pg_temp.alnum('ch' || o.id || a.attempt, 24),
              'payment_method_details', jsonb_build_object('type', 'card', 'card', jsonb_build_object(
                   'brand', coalesce(cu.pm_type, 'visa'), 'last4', coalesce(cu.pm_last_four, '4242'),
                   'exp_month', 1 + pg_temp.h('exp' || cu.id) % 12, 'exp_year', 2024 + pg_temp.h('expy' || cu.id) % 6,
                   'fingerprint', pg_temp.alnum('fp' || coalesce(cu.stripe_id, o.id::text), 16),
                   'checks', jsonb_build_object('cvc_check', 'pass', 'address_postal_code_check', 'pass'))),
              'billing_details', jsonb_build_object('name', o.billing_name, 'email', o.email,
                   'address', jsonb_build_object('line1', o.billing_address1, 'postal_code', o.billing_zip, 'country', o.billing_country)))
            ELSE jsonb_build_object('id', upper(pg_temp.alnum('pp' || o.id || a.attempt, 17)), 'intent', 'CAPTURE',
              'status', CASE WHEN a.attempt = 0 THEN 'VOIDED' ELSE 'COMPLETED' END,
              'payer', jsonb_build_object('payer_id', upper(pg_temp.alnum('payer' || cu.id, 13)),
                   'email_address', CASE WHEN o.id % 4 = 0 THEN pg_temp.email(o.id + 1300, cu.first_name, cu.last_name) ELSE o.email END,
                   'name', jsonb_build_object('given_name', cu.first_name, 'surname', cu.last_name),
                   'address', jsonb_build_object('country_code', o.billing_country)))
       END,
       CASE WHEN o.status <> 'pending' OR a.attempt = 0 THEN (o.placed_at + (a.attempt * 3 + 1) * interval '1 minute') AT TIME ZONE 'America/Los_Angeles' END,
       o.placed_at + a.attempt * 3 * interval '1 minute', o.placed_at + (a.attempt * 3 + 2) * interval '1 minute'
FROM orders o
JOIN customers cu ON cu.id = o.customer_id
CROSS JOIN LATERAL (SELECT CASE WHEN o.id % 7 = 3 THEN 'paypal' ELSE 'stripe' END AS provider) pp
CROSS JOIN generate_series(0, 1) a(attempt)
WHERE a.attempt = 1 OR o.id % 17 = 5
ORDER BY o.id, a.attempt;

INSERT INTO shipments (order_id, shipper_id, tracking_number, service_level, status, package_count, weight_grams, label_cost, shipped_at, delivered_at,
                       created_at, updated_at, signed_by, signature_image)
SELECT o.id, o.shipper_id,
       CASE o.shipper_id
         WHEN 1 THEN '1Z' || upper(substr(md5('ups' || o.id), 1, 6)) || lpad((pg_temp.h('t1' || o.id) % 1000000000)::text, 9, '0') || (o.id % 10)
         WHEN 2 THEN lpad((pg_temp.h('t2' || o.id) % 1000000)::text, 6, '7') || lpad((pg_temp.h('t2b' || o.id) % 1000000)::text, 6, '0')
         WHEN 3 THEN '9400' || lpad((pg_temp.h('t3' || o.id) % 100000000)::text, 8, '1') || lpad((pg_temp.h('t3b' || o.id) % 100000000)::text, 8, '0') || lpad((o.id % 100)::text, 2, '0')
         WHEN 4 THEN '7023' || lpad((pg_temp.h('t4' || o.id) % 100000000)::text, 8, '2') || lpad((o.id % 10000)::text, 4, '0')
         WHEN 5 THEN upper(substr(translate(md5('rm' || o.id), '0123456789', 'ABCDEFGHJK'), 1, 2)) || lpad((pg_temp.h('t5' || o.id) % 1000000000)::text, 9, '0') || 'GB'
         ELSE lpad((pg_temp.h('t6' || o.id) % 1000000000)::text, 10, '3') END,
       CASE o.shipper_id WHEN 1 THEN (ARRAY['UPS Ground','UPS 2nd Day Air','UPS Ground'])[1 + o.id % 3] WHEN 2 THEN 'FedEx Home Delivery'
                         WHEN 3 THEN (ARRAY['USPS Ground Advantage','USPS Priority Mail'])[1 + o.id % 2] WHEN 4 THEN 'Expedited Parcel'
                         WHEN 5 THEN 'Tracked 48' ELSE 'DHL Express Worldwide' END,
       CASE WHEN o.status = 'shipped' THEN (ARRAY['in_transit','label_created','out_for_delivery','in_transit'])[1 + o.id % 4]
            WHEN o.id % 97 = 11 THEN 'exception' ELSE 'delivered' END,
       CASE WHEN o.total > 300 THEN 2 ELSE 1 END,
       w.grams + 180, round((6.5 + w.grams / 400.0)::numeric, 2),
       o.placed_at + interval '1 day 3 hours',
       CASE WHEN o.status IN ('delivered', 'refunded') AND o.id % 97 <> 11 THEN o.placed_at + (3 + o.id % 5) * interval '1 day' + interval '14:20' END,
       o.placed_at + interval '22 hours', o.placed_at + (3 + o.id % 5) * interval '1 day' + interval '14:25',
       CASE WHEN o.status IN ('delivered', 'refunded') AND o.id % 97 <> 11 AND o.total > 200 THEN
            CASE WHEN o.id % 3 = 0 THEN upper(split_part(o.ship_name, ' ', 2)) WHEN o.id % 3 = 1 THEN o.ship_name ELSE pg_temp.first_name(o.id) || ' ' || split_part(o.ship_name, ' ', 2) END END,
       CASE WHEN o.status IN ('delivered', 'refunded') AND o.id % 97 <> 11 AND o.total > 200 AND o.shipper_id IN (1, 2) THEN
            decode('89504e470d0a1a0a0000000d494844520000012c0000006408000000', 'hex') || sha512(convert_to('sig' || o.id, 'UTF8')) || sha512(convert_to(o.ship_name, 'UTF8')) END
FROM orders o
CROSS JOIN LATERAL (SELECT coalesce(sum(p.weight_grams * ol.quantity), 500)::integer AS grams
                    FROM order_lines ol JOIN product_variants p ON p.id = ol.product_variant_id WHERE ol.order_id = o.id) w
WHERE o.status IN ('shipped', 'delivered', 'refunded') AND o.shipper_id IS NOT NULL
ORDER BY o.id;

INSERT INTO returns (order_id, rma_number, status, reason, customer_comment, staff_notes, return_tracking_number, restocking_fee, approved_by,
                     received_at, resolved_at, created_at, updated_at)
SELECT o.id, 'RMA-' || to_char(o.placed_at, 'YY') || '-' || lpad(row_number() OVER (ORDER BY o.id)::text, 5, '0'),
       st,
       (ARRAY['wrong_size','damaged_in_transit','defective','not_as_described','changed_mind','wrong_size','arrived_late','other'])[1 + o.id % 8]::return_reason,
       CASE WHEN o.id % 5 <> 2 THEN (ARRAY[
            'Runs small, I need a size up.',
            'Box was crushed and the mug handle was snapped off.',
            'Seam on the left sleeve came apart after the first wash.',
            'The colour is much greener than in the photos.',
            'Changed my mind, sorry! Unworn with tags.',
            'Ordered M but L fits better, can I exchange?',
            'Arrived after the birthday, no longer needed.',
            'Received two of the same item instead of the blue one.'])[1 + o.id % 8] END,
       CASE WHEN o.id % 4 = 0 THEN (ARRAY[
            'Customer sent photos of the damage by email, approved without return shipping.',
            'Third return this year from this customer, check before approving further ones.',
            'Spoke with the customer on the phone, she was upset about the delay. Waived restocking fee.',
            'Item came back worn and washed. Partial refund only, customer informed.',
            'Customer asked for the refund to a different card; told him we can only refund the original payment method.'])[1 + (o.id / 4) % 5] END,
       CASE WHEN st IN ('received', 'refunded') THEN '1Z' || upper(substr(md5('rma' || o.id), 1, 6)) || '90' || lpad((pg_temp.h('rt' || o.id) % 10000000)::text, 7, '0') || (o.id % 10) END,
       CASE WHEN o.id % 8 = 4 THEN 7.50 ELSE 0 END,
       CASE WHEN st <> 'requested' THEN 1 + o.id % 4 END,
       CASE WHEN st IN ('received', 'refunded') THEN o.placed_at + interval '18 days' END,
       CASE WHEN st IN ('refunded', 'rejected') THEN o.placed_at + interval '20 days' END,
       o.placed_at + interval '9 days', o.placed_at + interval '20 days 2 hours'
FROM orders o
CROSS JOIN LATERAL (SELECT CASE WHEN o.status = 'refunded' THEN 'refunded' WHEN o.id % 7 = 0 THEN 'rejected' WHEN o.id % 5 = 0 THEN 'received'
                                WHEN o.id % 3 = 0 THEN 'approved' ELSE 'refunded' END AS st) s
WHERE o.status IN ('delivered', 'refunded') AND (o.id % 11 = 0 OR (o.status = 'refunded' AND o.id % 2 = 0))
ORDER BY o.id;

INSERT INTO return_items (return_id, order_line_id, quantity, condition, restock, created_at, updated_at)
SELECT r.id, ol.id, ol.quantity,
       CASE WHEN r.reason IN ('damaged_in_transit', 'defective') THEN 'damaged' WHEN r.id % 3 = 0 THEN 'unopened' WHEN r.id % 3 = 1 THEN 'like_new' ELSE 'used' END,
       r.reason NOT IN ('damaged_in_transit', 'defective'),
       r.created_at, r.updated_at
FROM returns r
JOIN (SELECT l.*, row_number() OVER (PARTITION BY l.order_id ORDER BY l.id) AS rn FROM order_lines l) ol
  ON ol.order_id = r.order_id AND ol.rn <= CASE WHEN r.id % 4 = 0 THEN 2 ELSE 1 END
ORDER BY r.id, ol.id;

INSERT INTO refunds (order_id, payment_id, return_id, amount, currency, reason, note, provider_refund_id, status, refunded_by, processed_at,
                     created_at, updated_at)
SELECT o.id, p.id, r.id,
       CASE WHEN r.id IS NULL THEN o.total ELSE (SELECT sum(ol.line_total + ol.tax_amount) FROM return_items ri JOIN order_lines ol ON ol.id = ri.order_line_id WHERE ri.return_id = r.id) - r.restocking_fee END,
       o.currency,
       CASE WHEN r.id IS NOT NULL THEN 'return' WHEN o.id % 3 = 0 THEN 'shipping_delay' ELSE 'requested_by_customer' END,
       CASE WHEN o.id % 3 = 1 THEN (ARRAY[
            'Refund approved per return policy.',
            'Customer called, parcel lost in transit. Carrier claim opened.',
            'Goodwill refund, customer was very unhappy with delivery time.',
            'Refunded to original card. Customer says she will reorder in a different size.'])[1 + o.id % 4] END,
       CASE WHEN p.provider = 'stripe' THEN 're_3' || pg_temp.alnum('re' || o.id, 24) ELSE upper(pg_temp.alnum('ppr' || o.id, 17)) END,
       CASE WHEN o.id % 31 = 0 THEN 'failed' ELSE 'succeeded' END,
       1 + o.id % 4,
       coalesce(r.resolved_at, o.placed_at + interval '5 days'), coalesce(r.resolved_at, o.placed_at + interval '5 days') - interval '10 minutes',
       coalesce(r.resolved_at, o.placed_at + interval '5 days')
FROM orders o
JOIN payments p ON p.order_id = o.id AND p.status <> 'failed'
LEFT JOIN returns r ON r.order_id = o.id AND r.status = 'refunded'
WHERE o.status = 'refunded' OR r.id IS NOT NULL
ORDER BY o.id;

UPDATE payments p SET status = 'partially_refunded'
FROM refunds r WHERE r.payment_id = p.id AND r.return_id IS NOT NULL AND r.status = 'succeeded' AND p.status = 'succeeded';
UPDATE orders o SET financial_status = 'partially_refunded'
FROM refunds r WHERE r.order_id = o.id AND r.return_id IS NOT NULL AND r.status = 'succeeded' AND o.status = 'delivered';

INSERT INTO gift_cards (code, last_characters, initial_value, balance, currency, customer_id, order_id, sender_name, recipient_name, recipient_email,
                        message, expires_on, disabled_at, created_at, updated_at)
SELECT gc.code, right(gc.code, 4), v.val,
       CASE WHEN g % 4 = 0 THEN v.val WHEN g % 4 = 1 THEN 0 ELSE round(v.val * ((g % 9) / 10.0), 2) END,
       CASE WHEN cu.locale = 'en_GB' THEN 'GBP' WHEN cu.locale IN ('en_CA', 'fr_CA') THEN 'CAD' ELSE 'USD' END,
       CASE WHEN g % 6 <> 5 THEN cu.id END,
       CASE WHEN g % 6 <> 5 THEN o.id END,
       CASE WHEN g % 6 <> 5 THEN cu.first_name || CASE WHEN g % 3 = 0 THEN ' ' || cu.last_name ELSE '' END END,
       CASE WHEN g % 8 <> 7 THEN pg_temp.first_name(g + 1700) || ' ' || pg_temp.last_name(g + 1700) END,
       CASE WHEN g % 8 <> 7 THEN pg_temp.email(g + 1700, pg_temp.first_name(g + 1700), pg_temp.last_name(g + 1700)) END,
       CASE WHEN g % 3 <> 2 THEN (ARRAY['Happy birthday! Treat yourself to something cozy.','Merry Christmas! xo','Thank you for everything this year.',
                                        'For your new apartment. Love, Mom & Dad','Congrats on the graduation!','Happy Father''s Day!',
                                        'Welcome to the team!','Get well soon, we miss you at the office.'])[1 + g % 8] END,
       CASE WHEN g % 5 = 0 THEN date '2026-12-31' - (g % 300) END,
       CASE WHEN g % 29 = 3 THEN timestamp '2024-02-10 10:15' + g * interval '1 hour' END,
       coalesce(o.placed_at, timestamp '2023-05-01 12:00' + g * interval '2 days'), coalesce(o.placed_at, timestamp '2023-05-01 12:00' + g * interval '2 days') + (g % 120) * interval '1 day'
FROM generate_series(1, 120) g
CROSS JOIN LATERAL (SELECT upper(translate(substr(md5('giftcard' || g), 1, 16), '01', 'XY')) AS code) gc
CROSS JOIN LATERAL (SELECT (ARRAY[25, 50, 50, 75, 100, 100, 150, 200])[1 + g % 8]::numeric AS val) v
JOIN orders o ON o.id = 1 + (g * 7) % 880
JOIN customers cu ON cu.id = o.customer_id
ORDER BY g;

INSERT INTO product_reviews (product_id, customer_id, author_name, author_email, author_location, rating, title, body, is_verified_buyer, status,
                             moderator_note, helpful_count, ip_address, published_at, created_at, updated_at)
SELECT ol.pid, CASE WHEN g % 10 < 7 THEN o.customer_id END,
       CASE g % 4 WHEN 0 THEN cu.first_name || ' ' || left(cu.last_name, 1) || '.' WHEN 1 THEN cu.first_name || ' ' || cu.last_name
                  WHEN 2 THEN cu.first_name ELSE lower(cu.first_name) || '_' || lower(left(regexp_replace(cu.last_name, '[^A-Za-z]', '', 'g'), 1)) || (g % 90) END,
       CASE WHEN g % 10 < 7 THEN cu.email WHEN g % 10 < 9 THEN pg_temp.email(g + 1100, cu.first_name, cu.last_name) END,
       CASE WHEN g % 3 <> 1 THEN o.ship_city || coalesce(', ' || o.ship_province, '') END,
       rt.r,
       CASE WHEN g % 7 <> 3 THEN (ARRAY['Fell apart','Disappointed','Not what I expected','Meh','Runs small',
                                        'Pretty good','Great gift','Solid','Worth every penny','My new favourite'])[rt.r * 2 - (g % 2)] END,
       (ARRAY[
         'Fell apart after two weeks. Returned it.',
         'The stitching came undone along the strap and customer service took a week to answer.',
         'Colour was nothing like the photo and it smells strongly of dye.',
         'Okay quality for the price, but I expected better from this shop.',
         'Nice enough, but it runs a full size small. Size up.',
         'Good product, shipping took longer than promised.',
         'Really nice quality. Bought this for my husband Mark and he hasn''t taken it off since.',
         'Solid and well made. Would buy again.',
         'Absolutely love it! Already ordered a second one for my sister.',
         'Best purchase I''ve made all year. Wore it on a week-long trip to the Olympic Peninsula and it held up perfectly.'])[rt.r * 2 - (g % 2)],
       g % 10 < 7,
       CASE WHEN g % 19 = 0 THEN 'rejected' WHEN g % 13 = 0 THEN 'pending' ELSE 'published' END,
       CASE WHEN g % 19 = 0 THEN (ARRAY['Rejected: contains the customer''s full address and phone number.','Rejected: review is about the courier, not the product.',
                                        'Rejected: spam / link to another store.'])[1 + g % 3]
            WHEN g % 37 = 5 THEN 'Removed the last name at the customer''s request.' END,
       CASE WHEN g % 4 = 0 THEN pg_temp.h('hv' || g) % 40 ELSE g % 3 END,
       CASE WHEN g % 8 <> 0 THEN pg_temp.ip('revip' || g)::inet END,
       CASE WHEN g % 19 <> 0 AND g % 13 <> 0 THEN o.placed_at + interval '16 days' END,
       o.placed_at + interval '15 days' + (g % 40) * interval '1 hour', o.placed_at + interval '16 days' + (g % 40) * interval '1 hour'
FROM generate_series(1, 400) g
JOIN orders o ON o.id = 1 + (g * 17) % 860
JOIN customers cu ON cu.id = o.customer_id
JOIN LATERAL (SELECT pv.product_id AS pid FROM order_lines l JOIN product_variants pv ON pv.id = l.product_variant_id WHERE l.order_id = o.id ORDER BY l.id LIMIT 1) ol ON true
CROSS JOIN LATERAL (SELECT (ARRAY[5,5,5,4,5,4,3,5,2,4,5,1,4,5,3,5])[1 + pg_temp.h('rate' || g) % 16] AS r) rt
ORDER BY g;

UPDATE products p SET average_rating = s.a FROM (SELECT product_id, avg(rating)::real AS a FROM product_reviews WHERE status = 'published' GROUP BY product_id) s
WHERE s.product_id = p.id;

INSERT INTO wishlists (customer_id, name, is_public, share_token, created_at, updated_at)
SELECT cu.id, (ARRAY['My Wishlist','My Wishlist','Birthday ideas','Cabin','Christmas 2023','Wedding registry','My Wishlist','Camping trip'])[1 + g % 8],
       g % 3 = 0, CASE WHEN g % 3 = 0 THEN pg_temp.alnum('wish' || g, 32) END,
       cu.created_at + (g % 60) * interval '1 day', cu.created_at + (g % 60 + 10) * interval '1 day'
FROM generate_series(1, 150) g
JOIN customers cu ON cu.id = 1 + (g * 4) % 600
ORDER BY g;

INSERT INTO wishlist_items (wishlist_id, product_id, product_variant_id, created_at, updated_at)
SELECT w.id, p.id, CASE WHEN n % 2 = 0 THEN (SELECT min(v.id) FROM product_variants v WHERE v.product_id = p.id) END,
       w.created_at + n * interval '3 days', w.created_at + n * interval '3 days'
FROM wishlists w
CROSS JOIN generate_series(0, 4) n
JOIN products p ON p.id = 1 + (w.id * 7 + n * 11) % 60
WHERE n <= w.id % 5
ORDER BY w.id, n;

INSERT INTO personal_access_tokens (tokenable_type, tokenable_id, name, token, abilities, last_used_at, expires_at, created_at, updated_at)
SELECT 'App\Models\User', u.id,
       CASE WHEN u.id <= 12 THEN (ARRAY['warehouse-scanner','shipstation-sync','zapier','klaviyo-export','reporting','pos-register-2'])[1 + g % 6]
            ELSE (ARRAY['iPhone 15 Pro','Pixel 8','iPhone 13','SM-S918U','iPad Air'])[1 + g % 5] END,
       encode(sha256(convert_to('pat' || g, 'UTF8')), 'hex'),
       CASE WHEN u.id <= 12 THEN (ARRAY['["*"]','["orders:read","orders:update","shipments:create"]','["orders:read"]','["customers:read"]',
                                        '["reports:read"]','["orders:create","products:read"]'])[1 + g % 6]
            ELSE '["account:read","account:update","orders:read","cart:write"]' END,
       CASE WHEN g % 5 <> 0 THEN timestamp '2024-03-01 00:00' + g * interval '7 hours 11 minutes' END,
       CASE WHEN u.id > 12 THEN timestamp '2024-09-01 00:00' + g * interval '1 day' END,
       timestamp '2023-04-01 10:00' + g * interval '6 days', timestamp '2023-04-01 10:00' + g * interval '6 days'
FROM generate_series(1, 40) g
JOIN users u ON u.id = CASE WHEN g <= 14 THEN 1 + g % 12 ELSE 13 + (g * 29) % 225 END
ORDER BY g;

INSERT INTO jobs (queue, payload, attempts, reserved_at, available_at, created_at)
SELECT CASE WHEN j.kind <= 2 THEN 'emails' ELSE 'default' END,
       '{"uuid":"' || md5('job' || g)::uuid || '","displayName":' || to_json(j.cls)::text
       || ',"job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"retryUntil":null,"data":{"commandName":'
       || to_json(CASE WHEN j.kind <= 2 THEN 'Illuminate\Mail\SendQueuedMailable' ELSE j.cls END)::text
       || ',"command":' || to_json(j.cmd)::text || '}}',
       CASE WHEN g % 6 = 0 THEN 1 ELSE 0 END,
       CASE WHEN g % 6 = 0 THEN extract(epoch FROM timestamp '2024-03-07 09:00' + g * interval '41 seconds')::integer END,
       extract(epoch FROM timestamp '2024-03-07 09:00' + g * interval '40 seconds')::integer,
       extract(epoch FROM timestamp '2024-03-07 09:00' + g * interval '40 seconds')::integer
FROM generate_series(1, 30) g
JOIN orders o ON o.id = 870 + g
JOIN customers cu ON cu.id = o.customer_id
CROSS JOIN LATERAL (SELECT k.kind,
    (ARRAY['App\Mail\OrderConfirmation','App\Mail\OrderShipped','App\Jobs\PushOrderToShipStation','App\Jobs\SyncInventoryLevels'])[k.kind] AS cls,
    CASE WHEN k.kind <= 2 THEN
      'O:34:"Illuminate\Mail\SendQueuedMailable":3:{s:8:"mailable";O:' || octet_length((ARRAY['App\Mail\OrderConfirmation','App\Mail\OrderShipped'])[k.kind])
      || ':"' || (ARRAY['App\Mail\OrderConfirmation','App\Mail\OrderShipped'])[k.kind] || '":4:{s:5:"order";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:16:"App\Models\Order";s:2:"id";i:'
      || o.id || ';s:9:"relations";a:1:{i:0;s:5:"lines";}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}s:2:"to";a:1:{i:0;a:2:{s:4:"name";'
      || pg_temp.ps(cu.first_name || ' ' || cu.last_name) || 's:7:"address";' || pg_temp.ps(o.email) || '}}s:6:"mailer";s:3:"ses";s:6:"locale";N;}s:5:"tries";N;s:7:"timeout";N;}'
    WHEN k.kind = 3 THEN
      'O:31:"App\Jobs\PushOrderToShipStation":1:{s:5:"order";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:16:"App\Models\Order";s:2:"id";i:'
      || o.id || ';s:9:"relations";a:0:{}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}}'
    ELSE 'O:28:"App\Jobs\SyncInventoryLevels":2:{s:9:"warehouse";s:4:"PDX1";s:7:"variant";i:' || (1 + g * 7 % 200) || ';}'
    END AS cmd
  FROM (SELECT 1 + g % 4 AS kind) k) j
ORDER BY g;

INSERT INTO failed_jobs (uuid, connection, queue, payload, exception, failed_at)
SELECT md5('failed' || g)::uuid::text, CASE WHEN g % 5 = 0 THEN 'database' ELSE 'redis' END,
       CASE WHEN g % 3 = 0 THEN 'default' ELSE 'emails' END,
       '{"uuid":"' || md5('failed' || g)::uuid || '","displayName":' || to_json(CASE WHEN g % 3 = 0 THEN 'App\Jobs\PushOrderToShipStation' ELSE 'App\Mail\OrderConfirmation' END)::text
       || ',"job":"Illuminate\\Queue\\CallQueuedHandler@call","maxTries":3,"maxExceptions":null,"failOnTimeout":false,"backoff":"60","timeout":120,"retryUntil":null,"data":{"commandName":'
       || to_json(CASE WHEN g % 3 = 0 THEN 'App\Jobs\PushOrderToShipStation' ELSE 'Illuminate\Mail\SendQueuedMailable' END)::text
       || ',"command":' || to_json(CASE WHEN g % 3 = 0 THEN
            'O:31:"App\Jobs\PushOrderToShipStation":1:{s:5:"order";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:16:"App\Models\Order";s:2:"id";i:'
            || o.id || ';s:9:"relations";a:0:{}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}}'
          ELSE
            'O:34:"Illuminate\Mail\SendQueuedMailable":3:{s:8:"mailable";O:26:"App\Mail\OrderConfirmation":4:{s:5:"order";O:45:"Illuminate\Contracts\Database\ModelIdentifier":5:{s:5:"class";s:16:"App\Models\Order";s:2:"id";i:'
            || o.id || ';s:9:"relations";a:0:{}s:10:"connection";s:5:"pgsql";s:15:"collectionClass";N;}s:2:"to";a:1:{i:0;a:2:{s:4:"name";'
            || pg_temp.ps(o.billing_name) || 's:7:"address";' || pg_temp.ps(o.email) || '}}s:6:"mailer";s:3:"ses";s:6:"locale";N;}s:5:"tries";i:3;s:7:"timeout";i:120;}'
          END)::text || '}}',
       CASE WHEN g % 3 = 0 THEN
            'GuzzleHttp\Exception\ConnectException: cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://ssapi.shipstation.com/orders/createorder in /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275'
            || E'\nStack trace:\n#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(205): GuzzleHttp\\Handler\\CurlFactory::createRejection()'
            || E'\n#1 /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(157): GuzzleHttp\\Handler\\CurlFactory::finishError()'
            || E'\n#2 /var/www/html/app/Services/ShipStation/Client.php(88): GuzzleHttp\\Client->post()'
            || E'\n#3 /var/www/html/app/Jobs/PushOrderToShipStation.php(41): App\\Services\\ShipStation\\Client->createOrder()'
            || E'\n#4 {main}'
            WHEN g % 3 = 1 THEN
            'Symfony\Component\Mailer\Exception\UnexpectedResponseException: Expected response code "250" but got code "550", with message "550 5.1.1 <'
            || o.email || '>: Recipient address rejected: User unknown in virtual mailbox table". in /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342'
            || E'\nStack trace:\n#0 /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(198): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()'
            || E'\n#1 /var/www/html/vendor/symfony/mailer/Transport/AbstractTransport.php(69): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->doSend()'
            || E'\n#2 /var/www/html/vendor/laravel/framework/src/Illuminate/Mail/Mailer.php(573): Symfony\\Component\\Mailer\\Transport\\AbstractTransport->send()'
            || E'\n#3 {main}'
            ELSE
            'Aws\Ses\Exception\SesException: Error executing "SendRawEmail" on "https://email.us-west-2.amazonaws.com"; AWS HTTP error: Client error: `POST https://email.us-west-2.amazonaws.com` resulted in a `400 Bad Request` response: Throttling - Maximum sending rate exceeded. in /var/www/html/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php:195'
            || E'\nStack trace:\n#0 /var/www/html/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php(97): Aws\\WrappedHttpHandler->parseError()'
            || E'\n#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Mail/Transport/SesTransport.php(60): Aws\\AwsClient->__call()'
            || E'\n#2 {main}'
       END,
       o.placed_at + interval '4 minutes'
FROM generate_series(1, 25) g
JOIN orders o ON o.id = 1 + (g * 31) % 900
ORDER BY g;

INSERT INTO cache (key, value, expiration)
SELECT 'laravel_cache_' || CASE WHEN g % 5 = 4 THEN pg_temp.email(g + 800, pg_temp.first_name(g + 800), pg_temp.last_name(g + 800)) ELSE lower(cu.email) END
         || '|' || pg_temp.ip('throttle' || g) || CASE WHEN t THEN ':timer' ELSE '' END,
       CASE WHEN t THEN 'i:' || extract(epoch FROM timestamp '2024-03-07 10:00' + g * interval '7 minutes')::bigint || ';' ELSE 'i:' || (1 + g % 5) || ';' END,
       extract(epoch FROM timestamp '2024-03-07 10:01' + g * interval '7 minutes')::integer
FROM generate_series(1, 14) g
JOIN customers cu ON cu.id = 1 + (g * 43) % 600
CROSS JOIN (VALUES (true), (false)) tt(t)
UNION ALL
SELECT 'laravel_cache_product:' || p.id || ':reviews_summary',
       'a:3:{s:5:"count";i:' || (p.id * 3 % 17) || ';s:7:"average";d:' || coalesce(round(p.average_rating::numeric, 2), 0) || ';s:9:"histogram";a:5:{i:1;i:0;i:2;i:1;i:3;i:1;i:4;i:3;i:5;i:' || (p.id % 9) || ';}}',
       extract(epoch FROM timestamp '2024-03-08 00:00' + p.id * interval '5 minutes')::integer
FROM products p WHERE p.id % 2 = 0
UNION ALL
SELECT 'laravel_cache_' || k, v, e
FROM (VALUES ('settings', 'a:4:{s:23:"free_shipping_threshold";d:75;s:13:"support_email";s:22:"help@harborandpine.com";s:16:"default_currency";s:3:"USD";s:17:"low_stock_default";i:10;}', 1710201600),
             ('category_tree', 'a:4:{i:0;a:2:{s:2:"id";i:1;s:4:"slug";s:7:"apparel";}i:1;a:2:{s:2:"id";i:2;s:4:"slug";s:16:"home-and-kitchen";}i:2;a:2:{s:2:"id";i:3;s:4:"slug";s:7:"outdoor";}i:3;a:2:{s:2:"id";i:4;s:4:"slug";s:20:"stationery-and-gifts";}}', 1709856000),
             ('shipping_rates:US', 'a:3:{s:6:"ground";d:7.95;s:7:"two_day";d:18.5;s:4:"free";d:75;}', 1709942400),
             ('shipping_rates:CA', 'a:2:{s:9:"expedited";d:14.95;s:4:"free";d:150;}', 1709942400),
             ('shipping_rates:GB', 'a:2:{s:10:"tracked_48";d:14.95;s:4:"free";d:150;}', 1709942400),
             ('exchange_rates', 'a:3:{s:3:"USD";d:1;s:3:"CAD";d:1.3521;s:3:"GBP";d:0.7874;}', 1709859600),
             ('illuminate:queue:restart', 'i:1709801245;', 2025161245),
             ('home_featured_products', 'a:6:{i:0;i:7;i:1;i:1;i:2;i:23;i:3;i:48;i:4;i:32;i:5;i:12;}', 1709860000)) s(k, v, e);

INSERT INTO cache_locks (key, owner, expiration)
SELECT 'laravel_cache_framework/schedule-' || left(encode(sha256(convert_to(c[i], 'UTF8')), 'hex'), 40), pg_temp.alnum('lock' || i, 16),
       extract(epoch FROM timestamp '2024-03-07 10:00' + i * interval '1 minute')::integer + 86400
FROM (SELECT ARRAY['0 * * * *php artisan inventory:sync','*/5 * * * *php artisan shipments:poll','0 3 * * *php artisan carts:prune-abandoned',
                   '30 2 * * *php artisan sitemap:generate'] AS c) a,
     generate_series(1, 4) i;

INSERT INTO notifications (id, type, notifiable_type, notifiable_id, data, read_at, created_at, updated_at)
SELECT md5('notif' || g)::uuid,
       CASE WHEN g % 3 = 0 THEN 'App\Notifications\OrderShipped' WHEN g % 3 = 1 THEN 'App\Notifications\NewOrderPlaced' ELSE 'App\Notifications\LowStockAlert' END,
       'App\Models\User',
       CASE WHEN g % 3 = 0 THEN coalesce(cu.user_id, 1) ELSE 1 + g % 12 END,
       replace(replace(CASE WHEN g % 3 = 0 THEN json_build_object('order_id', o.id, 'order_number', o.number, 'tracking_number', s.tracking_number,
                                                  'message', 'Your order ' || o.number || ' is on its way!')::text
            WHEN g % 3 = 1 THEN json_build_object('order_id', o.id, 'order_number', o.number, 'customer_name', o.billing_name, 'customer_email', o.email,
                                                  'total', o.total, 'currency', o.currency)::text
            ELSE json_build_object('variant_id', il.product_variant_id, 'sku', pv.sku, 'warehouse', il.warehouse, 'quantity_on_hand', il.quantity_on_hand,
                                   'reorder_point', coalesce(il.reorder_point, 10))::text END, '" : ', '":'), ', "', ',"'),
       CASE WHEN g % 4 <> 0 THEN o.placed_at + interval '5 hours' END,
       o.placed_at + interval '2 minutes', o.placed_at + interval '2 minutes'
FROM generate_series(1, 300) g
JOIN orders o ON o.id = 1 + (g * 3) % 860
JOIN customers cu ON cu.id = o.customer_id
LEFT JOIN shipments s ON s.order_id = o.id
JOIN inventory_levels il ON il.id = 1 + g % 280
JOIN product_variants pv ON pv.id = il.product_variant_id
WHERE g % 3 <> 0 OR (s.id IS NOT NULL AND cu.user_id IS NOT NULL)
ORDER BY g;

INSERT INTO activity_log (log_name, description, subject_type, subject_id, causer_type, causer_id, properties, created_at, updated_at, event, batch_uuid)
SELECT 'default', ev.e,
       CASE WHEN g % 4 IN (0, 1) THEN 'App\Models\Order' WHEN g % 4 = 2 THEN 'App\Models\Customer' ELSE 'App\Models\Product' END,
       CASE WHEN g % 4 IN (0, 1) THEN o.id WHEN g % 4 = 2 THEN cu.id ELSE p.id END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE 'App\Models\User' END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE 1 + g % 12 END,
       replace(replace(CASE WHEN g % 4 IN (0, 1) THEN json_build_object('attributes', json_build_object('status', o.status, 'fulfillment_status', o.fulfillment_status),
                                                      'old', json_build_object('status', 'processing', 'fulfillment_status', 'unfulfilled'))
            WHEN g % 4 = 2 AND g % 3 = 0 THEN json_build_object('attributes', json_build_object('email', cu.email, 'phone', cu.phone),
                                                             'old', json_build_object('email', pg_temp.email(cu.id + 1500, cu.first_name, cu.last_name), 'phone', cu.phone))
            WHEN g % 4 = 2 THEN json_build_object('attributes', json_build_object('first_name', cu.first_name, 'last_name', cu.last_name, 'accepts_marketing', cu.accepts_marketing),
                                                'old', json_build_object('first_name', cu.first_name, 'last_name', cu.last_name, 'accepts_marketing', NOT cu.accepts_marketing))
            ELSE json_build_object('attributes', json_build_object('price', p.price, 'status', p.status), 'old', json_build_object('price', p.price + 4, 'status', p.status)) END::text,
               '" : ', '":'), ', "', ',"')::json,
       ts, ts, 'updated',
       CASE WHEN g % 4 = 3 AND g % 8 = 7 THEN md5('batch' || (g / 40))::uuid END
FROM generate_series(1, 500) g
JOIN orders o ON o.id = 1 + (g * 13) % 880
JOIN customers cu ON cu.id = 1 + (g * 11) % 600
JOIN products p ON p.id = 1 + g % 60
CROSS JOIN LATERAL (SELECT CASE WHEN g % 4 IN (0, 1) THEN o.placed_at + interval '1 day 2 hours' ELSE timestamp '2023-04-01 09:00' + g * interval '17 hours' END AS ts,
                           'updated' AS e) ev
ORDER BY ts, g;

DROP TABLE tmp_city;
DROP FUNCTION pg_temp.phone(text, text, text);
DROP FUNCTION pg_temp.ua(text);
DROP FUNCTION pg_temp.ip(text);
DROP FUNCTION pg_temp.ps(text);
DROP FUNCTION pg_temp.b64(bytea);
DROP FUNCTION pg_temp.bcrypt(text);
DROP FUNCTION pg_temp.alnum(text, integer);
DROP FUNCTION pg_temp.email(bigint, text, text);
DROP FUNCTION pg_temp.last_name(bigint);
DROP FUNCTION pg_temp.first_name(bigint);
DROP FUNCTION pg_temp.h(text);

ANALYZE;
