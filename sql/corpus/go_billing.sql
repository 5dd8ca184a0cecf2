SET client_min_messages = warning;

CREATE FUNCTION pg_temp.uid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT md5(kind || '/' || n)::uuid
$$;

CREATE FUNCTION pg_temp.hex(seed text, len int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT left(string_agg(md5(seed || '#' || k), '' ORDER BY k), len)
  FROM generate_series(0, len / 32) k
$$;

CREATE FUNCTION pg_temp.tok(seed text, len int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT left(string_agg(translate(encode(decode(md5(seed || '#' || k), 'hex'), 'base64'), '+/=', ''), '' ORDER BY k), len)
  FROM generate_series(0, len / 18 + 1) k
$$;

CREATE FUNCTION pg_temp.b64url(seed text, nbytes int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT rtrim(translate(replace(encode(decode(pg_temp.hex(seed, nbytes * 2), 'hex'), 'base64'), E'\n', ''), '+/', '-_'), '=')
$$;

CREATE FUNCTION pg_temp.digits(seed text, len int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(pg_temp.hex(seed, len), 'abcdef', '284617')
$$;

CREATE FUNCTION pg_temp.bcrypt(seed text, cost int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2a$' || lpad(cost::text, 2, '0') || '$' || left(string_agg(translate(encode(decode(md5(seed || '~' || k), 'hex'), 'base64'), '+=', '.'), '' ORDER BY k), 53)
  FROM generate_series(0, 3) k
$$;

CREATE FUNCTION pg_temp.first_name(i int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Olivia','Liam','Emma','Noah','Ava','Ethan','Sophia','Mason','Isabella','Lucas',
                'Mia','Oliver','Charlotte','Elijah','Amelia','James','Harper','Benjamin','Evelyn','Alexander',
                'Abigail','Daniel','Emily','Matthew','Ella','Henry','Grace','Samuel','Chloe','Jack',
                'Priya','Arjun','Mei','Wei','Sofia','Diego','Camila','Mateo','Fatima','Omar',
                'Aisha','Yusuf','Hannah','Nathan','Zoe','Ryan','Leah','Caleb','Nora','Owen',
                'Maya','Isaac','Ruby','Theo','Freya','Callum','Siobhan','Declan','Imogen','Rhys'])[1 + i % 60]
$$;

CREATE FUNCTION pg_temp.last_name(i int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
                'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
                'Lee','Thompson','White','Harris','Clark','Lewis','Robinson','Walker','Young','Allen',
                'King','Wright','Scott','Nguyen','Hill','Green','Adams','Baker','Nelson','Carter',
                'Mitchell','Patel','Shah','Chen','Kim','O''Brien','Murphy','Kelly','Sullivan','Evans',
                'Hughes','Edwards','Collins','Stewart','Morris','Reed','Cooper','Okafor','Kowalski','Fitzgerald'])[1 + (i * 7 + i / 60) % 60]
$$;

CREATE FUNCTION pg_temp.email(i int, first text, last text, domain text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN domain IS NOT NULL THEN
           CASE i % 3 WHEN 0 THEN f || '.' || l WHEN 1 THEN f ELSE left(f, 1) || l END || '@' || domain
         ELSE
           CASE i % 6
             WHEN 0 THEN f || '.' || l || (i % 97)
             WHEN 1 THEN f || l || (1961 + i % 44)
             WHEN 2 THEN left(f, 1) || l || (i % 89 + 10)
             WHEN 3 THEN f || '_' || l || (i % 73)
             WHEN 4 THEN f || '.' || l
             ELSE l || '.' || f || (i % 61)
           END || '@' ||
           (ARRAY['gmail.com','gmail.com','gmail.com','yahoo.com','outlook.com','hotmail.com','icloud.com','aol.com',
                  'protonmail.com','hotmail.co.uk','btinternet.com','live.com','me.com','comcast.net','yahoo.co.uk','gmx.de'])[1 + (i / 7) % 16]
         END
  FROM (SELECT lower(regexp_replace(first, '[^A-Za-z]', '', 'g')) AS f,
               lower(regexp_replace(last, '[^A-Za-z]', '', 'g')) AS l) s
$$;

CREATE FUNCTION pg_temp.country_of(i int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 20 < 12 THEN 'US' WHEN i % 20 < 16 THEN 'GB' WHEN i % 20 = 16 THEN 'CA'
              WHEN i % 20 = 17 THEN 'AU' WHEN i % 20 = 18 THEN 'IE' ELSE 'DE' END
$$;

CREATE FUNCTION pg_temp.phone(i int, country text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE country
    WHEN 'US' THEN
      CASE i % 5
        WHEN 0 THEN format('+1 (%s) %s-%s', ac, ex, ln)
        WHEN 1 THEN format('%s-%s-%s', ac, ex, ln)
        WHEN 2 THEN format('(%s) %s-%s', ac, ex, ln)
        WHEN 3 THEN format('+1%s%s%s', ac, ex, ln)
        ELSE format('%s.%s.%s', ac, ex, ln)
      END
    WHEN 'CA' THEN
      format(CASE WHEN i % 2 = 0 THEN '+1 (%s) %s-%s' ELSE '%s-%s-%s' END,
             (ARRAY['416','647','604','514','403','613','778','905'])[1 + i % 8], ex, ln)
    WHEN 'GB' THEN
      CASE i % 4
        WHEN 0 THEN format('+44 7%s %s', 100 + (i * 37) % 900, lpad(((i * 7919) % 1000000)::text, 6, '0'))
        WHEN 1 THEN format('07%s %s', 100 + (i * 53) % 900, lpad(((i * 6133) % 1000000)::text, 6, '0'))
        WHEN 2 THEN format('+44 20 %s %s', 7000 + (i * 17) % 2999, ln)
        ELSE format('0161 %s %s', 200 + (i * 29) % 799, ln)
      END
    WHEN 'AU' THEN
      CASE i % 3
        WHEN 0 THEN format('+61 4%s %s %s', lpad(((i * 7) % 100)::text, 2, '0'), 100 + (i * 13) % 900, 100 + (i * 19) % 900)
        WHEN 1 THEN format('04%s %s %s', lpad(((i * 11) % 100)::text, 2, '0'), 100 + (i * 17) % 900, 100 + (i * 23) % 900)
        ELSE format('(02) 9%s %s', 100 + (i * 7) % 900, ln)
      END
    WHEN 'IE' THEN
      format(CASE WHEN i % 2 = 0 THEN '+353 8%s %s %s' ELSE '08%s %s %s' END,
             (ARRAY['3','5','6','7','9'])[1 + i % 5], 100 + (i * 17) % 900, ln)
    ELSE
      CASE i % 3
        WHEN 0 THEN format('+49 30 %s', 20000000 + (i * 7919) % 79999999)
        WHEN 1 THEN format('+49 15%s %s', 1 + i % 9, 1000000 + (i * 104729) % 8999999)
        ELSE format('089 %s', 1000000 + (i * 3571) % 8999999)
      END
  END
  FROM (SELECT (ARRAY['415','510','512','718','917','206','303','312','773','503','617','404',
                      '612','919','602','619','615','614','801','213','646','702','305','720'])[1 + (i * 7) % 24] AS ac,
               (201 + (i * 73) % 790)::text AS ex,
               lpad(((i * 389 + 17) % 10000)::text, 4, '0') AS ln) p
$$;

CREATE FUNCTION pg_temp.address(i int, country text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE country
    WHEN 'US' THEN jsonb_build_object(
      'line1', (12 + (i * 37) % 9880) || ' ' ||
               (ARRAY['Maple Avenue','Oak Street','Elm Street','Cedar Lane','Pine Street','Washington Avenue',
                      'Lake Shore Drive','Sunset Boulevard','Market Street','Valencia Street','Congress Avenue',
                      'Bedford Avenue','Evergreen Terrace','Highland Avenue','Park Place','Mission Street','Broadway',
                      'Peachtree Road NE','Hennepin Avenue','Colfax Avenue','Magnolia Drive','Willow Creek Road'])[1 + (i * 5) % 22],
      'line2', CASE WHEN i % 4 = 0 THEN 'Apt ' || (1 + i % 24) || chr(65 + (i / 4) % 6)
                    WHEN i % 7 = 3 THEN 'Suite ' || (100 + (i % 9) * 100)
                    WHEN i % 11 = 5 THEN 'Unit ' || (1 + i % 40) END,
      'city', (ARRAY['San Francisco','Austin','Brooklyn','Seattle','Denver','Chicago','Portland','Boston',
                     'Atlanta','Minneapolis','Raleigh','Phoenix','San Diego','Nashville','Columbus','Salt Lake City'])[1 + i % 16],
      'state', (ARRAY['CA','TX','NY','WA','CO','IL','OR','MA','GA','MN','NC','AZ','CA','TN','OH','UT'])[1 + i % 16],
      'postal_code', (ARRAY['941','787','112','981','802','606','972','021','303','554','276','850','921','372','432','841'])[1 + i % 16]
                     || lpad(((i * 7) % 90 + 3)::text, 2, '0')
                     || CASE WHEN i % 5 = 0 THEN '-' || lpad(((i * 131) % 10000)::text, 4, '0') ELSE '' END,
      'country', 'US')
    WHEN 'GB' THEN jsonb_build_object(
      'line1', CASE WHEN i % 5 = 0 THEN 'Flat ' || (1 + i % 12) || ', ' ELSE '' END
               || (1 + (i * 13) % 240) || CASE WHEN i % 9 = 0 THEN 'B' ELSE '' END || ' ' ||
               (ARRAY['Baker Street','High Street','Church Road','Victoria Road','Kings Road','Station Road','Mill Lane',
                      'Park Avenue','Queen Street','London Road','Albert Road','Green Lane','Clarendon Road','Princes Street'])[1 + (i * 3) % 14],
      'line2', CASE WHEN i % 6 = 1 THEN (ARRAY['Clapham','Stoke Newington','Hackney','East Dulwich','Hampstead','Shepherd''s Bush',
                                               'Didsbury','Redland','Headingley','Leith','Hyndland','Mill Road','Kemptown','Cowley','Moseley'])[1 + i % 15] END,
      'city', (ARRAY['London','London','London','London','London','London','Manchester','Bristol','Leeds','Edinburgh',
                     'Glasgow','Cambridge','Brighton','Oxford','Birmingham'])[1 + i % 15],
      'state', NULL,
      'postal_code', (ARRAY['SW4','N16','E8','SE22','NW3','W12','M20','BS6','LS6','EH6','G12','CB1','BN2','OX4','B13'])[1 + i % 15]
                     || ' ' || (1 + i % 9)
                     || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (i * 7) % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (i * 11) % 20, 1),
      'country', 'GB')
    WHEN 'CA' THEN jsonb_build_object(
      'line1', (10 + (i * 29) % 3990) || ' ' ||
               (ARRAY['Queen Street West','Yonge Street','Robson Street','Rue Saint-Denis','Bank Street','17 Avenue SW',
                      'Spring Garden Road','Dundas Street East','Commercial Drive','Boulevard Saint-Laurent'])[1 + (i * 3) % 10],
      'line2', CASE WHEN i % 3 = 0 THEN 'Unit ' || (100 + (i * 7) % 2300) END,
      'city', (ARRAY['Toronto','Toronto','Vancouver','Montreal','Calgary','Ottawa','Halifax','Vancouver'])[1 + i % 8],
      'state', (ARRAY['ON','ON','BC','QC','AB','ON','NS','BC'])[1 + i % 8],
      'postal_code', (ARRAY['M5V','M4L','V6K','H2T','T2S','K1S','B3H','V5L'])[1 + i % 8] || ' '
                     || (i % 10) || substr('ABCEGHJKLMNPRSTVWXYZ', 1 + (i * 7) % 20, 1) || ((i * 3) % 10),
      'country', 'CA')
    WHEN 'AU' THEN jsonb_build_object(
      'line1', CASE WHEN i % 4 = 0 THEN (1 + i % 18) || '/' ELSE '' END || (2 + (i * 11) % 380) || ' ' ||
               (ARRAY['George Street','Collins Street','Oxford Street','Chapel Street','Brunswick Street','King William Street',
                      'Hay Street','Elizabeth Street','Glenferrie Road','Anzac Parade'])[1 + (i * 3) % 10],
      'line2', NULL,
      'city', (ARRAY['Sydney','Sydney','Melbourne','Melbourne','Brisbane','Perth','Adelaide','Hobart'])[1 + i % 8],
      'state', (ARRAY['NSW','NSW','VIC','VIC','QLD','WA','SA','TAS'])[1 + i % 8],
      'postal_code', (ARRAY['2010','2037','3065','3181','4101','6008','5000','7000'])[1 + i % 8],
      'country', 'AU')
    WHEN 'IE' THEN jsonb_build_object(
      'line1', (1 + (i * 7) % 160) || ' ' ||
               (ARRAY['Grafton Street','Baggot Street Lower','Camden Street Upper','Pembroke Road','Rathmines Road Lower',
                      'Oliver Plunkett Street','Shop Street','Leeson Street Upper'])[1 + (i * 3) % 8],
      'line2', CASE WHEN i % 4 = 1 THEN 'Apartment ' || (1 + i % 30) END,
      'city', (ARRAY['Dublin','Dublin','Dublin','Dublin','Dublin','Cork','Galway','Dublin'])[1 + i % 8],
      'state', (ARRAY['Co. Dublin','Co. Dublin','Co. Dublin','Co. Dublin','Co. Dublin','Co. Cork','Co. Galway','Co. Dublin'])[1 + i % 8],
      'postal_code', (ARRAY['D02','D04','D06','D08','D6W','T12','H91','D15'])[1 + i % 8] || ' ' ||
                     substr('ACDEFHKNPRTVWXY', 1 + (i * 7) % 15, 1) || substr('0123456789ACDEFHKNPRTVWXY', 1 + (i * 11) % 25, 1) ||
                     substr('0123456789ACDEFHKNPRTVWXY', 1 + (i * 13) % 25, 1) || substr('0123456789ACDEFHKNPRTVWXY', 1 + (i * 17) % 25, 1),
      'country', 'IE')
    ELSE jsonb_build_object(
      'line1', (ARRAY['Friedrichstraße','Torstraße','Kastanienallee','Schönhauser Allee','Oranienstraße','Bergmannstraße',
                      'Leopoldstraße','Sonnenallee','Ehrenfeldgürtel','Berger Straße'])[1 + (i * 3) % 10] || ' ' || (1 + (i * 7) % 180),
      'line2', CASE WHEN i % 5 = 2 THEN 'Hinterhaus, 3. OG' END,
      'city', (ARRAY['Berlin','Berlin','Berlin','Berlin','München','Hamburg','Köln','Frankfurt am Main'])[1 + i % 8],
      'state', NULL,
      'postal_code', (ARRAY['10115','10437','10967','12047','80469','22765','50667','60311'])[1 + i % 8],
      'country', 'DE')
  END
$$;

CREATE FUNCTION pg_temp.ip(i int) RETURNS inet LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN i % 9 = 4 THEN
    format('%s:%s:%s:%s:%s:%s:%s',
           (ARRAY['2600:1700','2601:646','2a02:c7c','2003:e2','2a01:4b00','2605:a601','2406:3400','2001:569'])[1 + i % 8],
           to_hex((i * 7919) % 65536), to_hex((i * 104729) % 65536), to_hex((i * 31) % 65536 + 1),
           to_hex((i * 2221) % 65536), to_hex((i * 613) % 65536), to_hex((i * 4099) % 65536))::inet
  ELSE
    format('%s.%s.%s.%s',
           (ARRAY[73,98,24,67,71,76,99,108,174,68,81,86,90,92,109,151,176,185,188,212,217,82,49,120])[1 + (i * 13) % 24],
           (i * 37) % 256, (i * 91 + 7) % 256, 1 + (i * 53) % 254)::inet
  END
$$;

CREATE FUNCTION pg_temp.user_agent(i int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY[
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.53 Mobile Safari/537.36',
    'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0'])[1 + i % 10]
$$;

CREATE TABLE goose_db_version (
    id serial NOT NULL,
    version_id bigint NOT NULL,
    is_applied boolean NOT NULL,
    tstamp timestamp NULL default now(),
    PRIMARY KEY(id)
);

CREATE DOMAIN currency_code AS varchar(3) CHECK (VALUE ~ '^[a-z]{3}$');

CREATE TYPE membership_role AS ENUM ('owner', 'admin', 'developer', 'billing', 'viewer');
CREATE TYPE billing_interval AS ENUM ('day', 'week', 'month', 'year');
CREATE TYPE subscription_status AS ENUM ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused');
CREATE TYPE invoice_status AS ENUM ('draft', 'open', 'paid', 'uncollectible', 'void');
CREATE TYPE charge_status AS ENUM ('pending', 'succeeded', 'failed');
CREATE TYPE payment_method_type AS ENUM ('card', 'sepa_debit', 'bacs_debit', 'us_bank_account');
CREATE TYPE refund_reason AS ENUM ('duplicate', 'fraudulent', 'requested_by_customer', 'expired_uncaptured_charge');
CREATE TYPE coupon_duration AS ENUM ('once', 'repeating', 'forever');
CREATE TYPE tax_behavior AS ENUM ('inclusive', 'exclusive', 'unspecified');
CREATE TYPE usage_action AS ENUM ('increment', 'set');
CREATE TYPE actor_type AS ENUM ('user', 'api_key', 'oauth_application', 'system');
CREATE TYPE webhook_endpoint_status AS ENUM ('enabled', 'disabled');

CREATE TABLE currencies (
    code currency_code PRIMARY KEY,
    name varchar(64) NOT NULL,
    symbol varchar(8) NOT NULL,
    exponent smallint NOT NULL DEFAULT 2 CHECK (exponent BETWEEN 0 AND 4),
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE organizations (
    id uuid PRIMARY KEY,
    name varchar(255) NOT NULL,
    slug varchar(63) NOT NULL,
    legal_name varchar(255),
    billing_email varchar(320) NOT NULL,
    support_email varchar(320),
    phone varchar(32),
    website text,
    vat_number varchar(32),
    tax_id varchar(32),
    address_line1 varchar(255),
    address_line2 varchar(255),
    city varchar(128),
    state varchar(128),
    postal_code varchar(16),
    country char(2) NOT NULL,
    default_currency currency_code NOT NULL DEFAULT 'usd' REFERENCES currencies (code),
    timezone varchar(64) NOT NULL DEFAULT 'UTC',
    invoice_prefix varchar(12) NOT NULL,
    logo bytea,
    brand_color varchar(7),
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    livemode boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE UNIQUE INDEX organizations_slug_key ON organizations (slug);

CREATE TABLE users (
    id uuid PRIMARY KEY,
    email varchar(320) NOT NULL,
    password_hash text,
    full_name varchar(255) NOT NULL,
    avatar_url text,
    auth_provider varchar(32) NOT NULL DEFAULT 'password' CHECK (auth_provider IN ('password', 'google', 'github')),
    provider_user_id varchar(255),
    email_verified_at timestamptz,
    totp_secret varchar(64),
    totp_enabled boolean NOT NULL DEFAULT false,
    recovery_codes text[],
    locale varchar(16) NOT NULL DEFAULT 'en-US',
    timezone varchar(64),
    is_staff boolean NOT NULL DEFAULT false,
    last_login_at timestamptz,
    last_login_ip inet,
    failed_login_attempts integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    password_changed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE UNIQUE INDEX users_provider_user_id_key ON users (auth_provider, provider_user_id) WHERE provider_user_id IS NOT NULL;

CREATE TABLE memberships (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role membership_role NOT NULL DEFAULT 'viewer',
    invited_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
    accepted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT memberships_organization_id_user_id_key UNIQUE (organization_id, user_id)
);
CREATE INDEX memberships_user_id_idx ON memberships (user_id);

CREATE TABLE invitations (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email varchar(320) NOT NULL,
    role membership_role NOT NULL DEFAULT 'viewer',
    token_hash char(64) NOT NULL,
    invited_by_id uuid NOT NULL REFERENCES users (id),
    expires_at timestamptz NOT NULL,
    accepted_at timestamptz,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash);

CREATE TABLE sessions (
    token TEXT PRIMARY KEY,
    data BYTEA NOT NULL,
    expiry TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_expiry_idx ON sessions (expiry);

CREATE TABLE plans (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    code varchar(64) NOT NULL,
    name varchar(255) NOT NULL,
    description text,
    invoice_display_name varchar(255),
    sort_order integer NOT NULL DEFAULT 0,
    features jsonb NOT NULL DEFAULT '{}'::jsonb,
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT plans_organization_id_code_key UNIQUE (organization_id, code)
);

CREATE TABLE prices (
    id uuid PRIMARY KEY,
    plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    external_id varchar(64) NOT NULL,
    nickname varchar(255),
    currency currency_code NOT NULL REFERENCES currencies (code),
    unit_amount bigint CHECK (unit_amount >= 0),
    unit_amount_decimal numeric(19, 12),
    billing_scheme varchar(16) NOT NULL DEFAULT 'per_unit' CHECK (billing_scheme IN ('per_unit', 'tiered')),
    billing_interval billing_interval NOT NULL DEFAULT 'month',
    interval_count integer NOT NULL DEFAULT 1 CHECK (interval_count > 0),
    usage_type varchar(16) NOT NULL DEFAULT 'licensed' CHECK (usage_type IN ('licensed', 'metered')),
    tiers jsonb,
    trial_period_days integer,
    tax_behavior tax_behavior NOT NULL DEFAULT 'unspecified',
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX prices_external_id_key ON prices (external_id);
CREATE INDEX prices_plan_id_idx ON prices (plan_id);

CREATE TABLE customers (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    parent_id uuid REFERENCES customers (id) ON DELETE SET NULL,
    external_id varchar(64) NOT NULL,
    name varchar(255),
    email varchar(320),
    phone varchar(32),
    description text,
    address jsonb,
    shipping jsonb,
    tax_exempt varchar(8) NOT NULL DEFAULT 'none' CHECK (tax_exempt IN ('none', 'exempt', 'reverse')),
    tax_id_type varchar(16),
    tax_id_value varchar(64),
    preferred_locales text[] NOT NULL DEFAULT '{}',
    currency currency_code REFERENCES currencies (code),
    balance bigint NOT NULL DEFAULT 0,
    invoice_prefix varchar(12) NOT NULL,
    next_invoice_sequence integer NOT NULL DEFAULT 1,
    delinquent boolean NOT NULL DEFAULT false,
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
CREATE UNIQUE INDEX customers_external_id_key ON customers (external_id);
CREATE INDEX customers_organization_id_email_idx ON customers (organization_id, email);

CREATE TABLE payment_methods (
    id uuid PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    external_id varchar(64) NOT NULL,
    type payment_method_type NOT NULL,
    card_brand varchar(16),
    card_last4 char(4),
    card_exp_month smallint CHECK (card_exp_month BETWEEN 1 AND 12),
    card_exp_year smallint,
    card_funding varchar(16),
    card_country char(2),
    fingerprint varchar(32),
    bank_name varchar(64),
    bank_last4 char(4),
    billing_details jsonb NOT NULL DEFAULT '{}'::jsonb,
    is_default boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    detached_at timestamptz
);
CREATE UNIQUE INDEX payment_methods_external_id_key ON payment_methods (external_id);
CREATE INDEX payment_methods_customer_id_idx ON payment_methods (customer_id);

CREATE TABLE subscriptions (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    customer_id uuid NOT NULL REFERENCES customers (id),
    external_id varchar(64) NOT NULL,
    status subscription_status NOT NULL DEFAULT 'incomplete',
    collection_method varchar(32) NOT NULL DEFAULT 'charge_automatically' CHECK (collection_method IN ('charge_automatically', 'send_invoice')),
    default_payment_method_id uuid REFERENCES payment_methods (id) ON DELETE SET NULL,
    days_until_due integer,
    billing_cycle_anchor timestamptz NOT NULL,
    current_period_start timestamptz NOT NULL,
    current_period_end timestamptz NOT NULL,
    trial_start timestamptz,
    trial_end timestamptz,
    cancel_at_period_end boolean NOT NULL DEFAULT false,
    canceled_at timestamptz,
    ended_at timestamptz,
    cancellation_reason varchar(32),
    cancellation_feedback text,
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (current_period_end > current_period_start)
);
CREATE UNIQUE INDEX subscriptions_external_id_key ON subscriptions (external_id);
CREATE INDEX subscriptions_customer_id_idx ON subscriptions (customer_id);
CREATE INDEX subscriptions_status_current_period_end_idx ON subscriptions (status, current_period_end);

CREATE TABLE subscription_items (
    id uuid PRIMARY KEY,
    subscription_id uuid NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    price_id uuid NOT NULL REFERENCES prices (id),
    quantity integer CHECK (quantity >= 0),
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT subscription_items_subscription_id_price_id_key UNIQUE (subscription_id, price_id)
);

CREATE TABLE tax_rates (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    display_name varchar(64) NOT NULL,
    description varchar(255),
    jurisdiction varchar(64),
    country char(2),
    state varchar(8),
    percentage numeric(7, 4) NOT NULL CHECK (percentage >= 0 AND percentage <= 100),
    inclusive boolean NOT NULL DEFAULT false,
    tax_type varchar(32) NOT NULL,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invoices (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    customer_id uuid NOT NULL REFERENCES customers (id),
    subscription_id uuid REFERENCES subscriptions (id),
    number varchar(64),
    status invoice_status NOT NULL DEFAULT 'draft',
    billing_reason varchar(32),
    collection_method varchar(32) NOT NULL DEFAULT 'charge_automatically',
    currency currency_code NOT NULL REFERENCES currencies (code),
    subtotal bigint NOT NULL DEFAULT 0,
    tax bigint,
    total bigint NOT NULL DEFAULT 0,
    amount_due bigint NOT NULL DEFAULT 0,
    amount_paid bigint NOT NULL DEFAULT 0,
    amount_remaining bigint NOT NULL DEFAULT 0,
    customer_name varchar(255),
    customer_email varchar(320),
    customer_phone varchar(32),
    customer_address jsonb,
    bcc_emails varchar(320)[],
    footer text,
    memo text,
    period_start timestamptz NOT NULL,
    period_end timestamptz NOT NULL,
    due_date date,
    attempt_count integer NOT NULL DEFAULT 0,
    next_payment_attempt timestamptz,
    finalized_at timestamptz,
    paid_at timestamptz,
    voided_at timestamptz,
    pdf_path text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX invoices_number_key ON invoices (number) WHERE number IS NOT NULL;
CREATE INDEX invoices_customer_id_created_at_idx ON invoices (customer_id, created_at DESC);
CREATE INDEX invoices_status_idx ON invoices (organization_id, status);

CREATE TABLE invoice_line_items (
    id uuid PRIMARY KEY,
    invoice_id uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    subscription_item_id uuid REFERENCES subscription_items (id) ON DELETE SET NULL,
    price_id uuid REFERENCES prices (id),
    type varchar(16) NOT NULL DEFAULT 'subscription' CHECK (type IN ('subscription', 'invoiceitem')),
    description text,
    quantity integer,
    unit_amount_decimal numeric(19, 12),
    amount bigint NOT NULL,
    currency currency_code NOT NULL,
    discountable boolean NOT NULL DEFAULT true,
    proration boolean NOT NULL DEFAULT false,
    period_start timestamptz NOT NULL,
    period_end timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invoice_line_items_invoice_id_idx ON invoice_line_items (invoice_id);

CREATE TABLE invoice_line_item_tax_rates (
    invoice_line_item_id uuid NOT NULL REFERENCES invoice_line_items (id) ON DELETE CASCADE,
    tax_rate_id uuid NOT NULL REFERENCES tax_rates (id),
    PRIMARY KEY (invoice_line_item_id, tax_rate_id)
);

CREATE TABLE charges (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    customer_id uuid NOT NULL REFERENCES customers (id),
    invoice_id uuid REFERENCES invoices (id),
    payment_method_id uuid REFERENCES payment_methods (id),
    external_id varchar(64) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    amount_captured bigint NOT NULL DEFAULT 0,
    amount_refunded bigint NOT NULL DEFAULT 0,
    currency currency_code NOT NULL,
    status charge_status NOT NULL,
    paid boolean NOT NULL DEFAULT false,
    captured boolean NOT NULL DEFAULT false,
    description text,
    statement_descriptor varchar(22),
    failure_code varchar(64),
    failure_message text,
    receipt_email varchar(320),
    receipt_number varchar(32),
    outcome jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX charges_external_id_key ON charges (external_id);
CREATE INDEX charges_invoice_id_idx ON charges (invoice_id);

CREATE TABLE refunds (
    id uuid PRIMARY KEY,
    charge_id uuid NOT NULL REFERENCES charges (id),
    external_id varchar(64) NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    currency currency_code NOT NULL,
    reason refund_reason,
    status varchar(16) NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'canceled')),
    failure_reason varchar(64),
    note text,
    created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX refunds_external_id_key ON refunds (external_id);

CREATE TABLE credit_notes (
    id uuid PRIMARY KEY,
    invoice_id uuid NOT NULL REFERENCES invoices (id),
    customer_id uuid NOT NULL REFERENCES customers (id),
    refund_id uuid REFERENCES refunds (id),
    number varchar(64) NOT NULL,
    status varchar(16) NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
    reason varchar(32) CHECK (reason IN ('duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory')),
    amount bigint NOT NULL,
    currency currency_code NOT NULL,
    memo text,
    voided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX credit_notes_number_key ON credit_notes (number);

CREATE TABLE coupons (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    code varchar(64) NOT NULL,
    name varchar(255),
    percent_off numeric(5, 2) CHECK (percent_off > 0 AND percent_off <= 100),
    amount_off bigint CHECK (amount_off > 0),
    currency currency_code,
    duration coupon_duration NOT NULL DEFAULT 'once',
    duration_in_months integer,
    max_redemptions integer,
    times_redeemed integer NOT NULL DEFAULT 0,
    redeem_by timestamptz,
    applies_to_plan_ids uuid[],
    valid boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT coupons_organization_id_code_key UNIQUE (organization_id, code),
    CONSTRAINT coupons_percent_or_amount CHECK ((percent_off IS NULL) <> (amount_off IS NULL))
);

CREATE TABLE discounts (
    id uuid PRIMARY KEY,
    coupon_id uuid NOT NULL REFERENCES coupons (id),
    customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    subscription_id uuid REFERENCES subscriptions (id) ON DELETE CASCADE,
    promotion_code varchar(64),
    start_at timestamptz NOT NULL,
    end_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE usage_records (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_item_id uuid NOT NULL REFERENCES subscription_items (id) ON DELETE CASCADE,
    quantity bigint NOT NULL CHECK (quantity >= 0),
    action usage_action NOT NULL DEFAULT 'increment',
    recorded_at timestamptz NOT NULL,
    idempotency_key varchar(255),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX usage_records_subscription_item_id_recorded_at_idx ON usage_records (subscription_item_id, recorded_at);

CREATE TABLE api_keys (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
    name varchar(255) NOT NULL,
    prefix varchar(16) NOT NULL,
    key_hash char(64) NOT NULL,
    livemode boolean NOT NULL DEFAULT false,
    scopes text[],
    allowed_ips inet[],
    last_used_at timestamptz,
    last_used_ip inet,
    expires_at timestamptz,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX api_keys_key_hash_key ON api_keys (key_hash);

CREATE TABLE webhook_endpoints (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    url text NOT NULL,
    description varchar(255),
    secret varchar(64) NOT NULL,
    hmac_key bytea NOT NULL,
    enabled_events text[] NOT NULL DEFAULT '{*}',
    api_version varchar(16) NOT NULL,
    status webhook_endpoint_status NOT NULL DEFAULT 'enabled',
    success_rate double precision,
    consecutive_failures integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz
);

CREATE TABLE events (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    type varchar(64) NOT NULL,
    api_version varchar(16) NOT NULL,
    data jsonb NOT NULL,
    previous_attributes jsonb,
    livemode boolean NOT NULL DEFAULT true,
    pending_webhooks integer NOT NULL DEFAULT 0,
    request_id varchar(64),
    idempotency_key varchar(255),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_organization_id_created_at_idx ON events (organization_id, created_at DESC);
CREATE INDEX events_type_idx ON events (type);

CREATE TABLE webhook_deliveries (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    webhook_endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    attempt integer NOT NULL DEFAULT 1,
    payload jsonb NOT NULL,
    response_status integer,
    response_body text,
    error text,
    duration_ms double precision,
    next_retry_at timestamptz,
    delivered_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_endpoint_id_created_at_idx ON webhook_deliveries (webhook_endpoint_id, created_at DESC);
CREATE INDEX webhook_deliveries_pending_idx ON webhook_deliveries (next_retry_at) WHERE delivered_at IS NULL;

CREATE TABLE oauth_applications (
    id uuid PRIMARY KEY,
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
    owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
    name varchar(255) NOT NULL,
    client_id varchar(64) NOT NULL,
    client_secret varchar(128) NOT NULL,
    redirect_uris text[] NOT NULL,
    scopes text[] NOT NULL DEFAULT '{read}',
    homepage_url text,
    logo_url text,
    confidential boolean NOT NULL DEFAULT true,
    first_party boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX oauth_applications_client_id_key ON oauth_applications (client_id);

CREATE TABLE oauth_access_tokens (
    id uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES oauth_applications (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    token varchar(255) NOT NULL,
    refresh_token varchar(255),
    scopes text[] NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX oauth_access_tokens_token_key ON oauth_access_tokens (token);
CREATE UNIQUE INDEX oauth_access_tokens_refresh_token_key ON oauth_access_tokens (refresh_token) WHERE refresh_token IS NOT NULL;

CREATE TABLE credentials (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    provider varchar(32) NOT NULL CHECK (provider IN ('quickbooks', 'xero', 'avalara', 'taxjar', 'hubspot', 'salesforce', 'slack')),
    name varchar(255) NOT NULL,
    external_account_id varchar(128),
    credential jsonb NOT NULL,
    expires_at timestamptz,
    last_refreshed_at timestamptz,
    created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT credentials_organization_id_provider_key UNIQUE (organization_id, provider)
);

CREATE TABLE audit_events (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    actor_type actor_type NOT NULL,
    actor_id uuid,
    action varchar(64) NOT NULL,
    target_type varchar(64),
    target_id uuid,
    actor_ip inet,
    user_agent text,
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    request_id varchar(64),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_organization_id_created_at_idx ON audit_events (organization_id, created_at DESC);

CREATE TABLE idempotency_keys (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    api_key_id uuid REFERENCES api_keys (id) ON DELETE SET NULL,
    key varchar(255) NOT NULL,
    request_method varchar(10) NOT NULL,
    request_path text NOT NULL,
    request_params jsonb NOT NULL,
    response_code integer,
    response_body jsonb,
    recovery_point varchar(64) NOT NULL DEFAULT 'started',
    locked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_run_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_keys_organization_id_key_key UNIQUE (organization_id, key)
);

INSERT INTO goose_db_version (version_id, is_applied, tstamp)
SELECT v, true, ts
FROM (VALUES
    (0::bigint,        timestamp '2022-03-14 09:41:12.482911'),
    (20220314091205, timestamp '2022-03-14 09:41:12.519304'),
    (20220314093311, timestamp '2022-03-14 09:41:12.544120'),
    (20220315140220, timestamp '2022-03-15 14:09:51.301877'),
    (20220322101517, timestamp '2022-03-22 10:26:03.118420'),
    (20220329165844, timestamp '2022-03-30 08:02:44.910233'),
    (20220411112030, timestamp '2022-04-11 11:48:19.004561'),
    (20220426093402, timestamp '2022-04-26 09:51:37.662014'),
    (20220517151109, timestamp '2022-05-17 15:30:02.227789'),
    (20220601084555, timestamp '2022-06-01 09:12:45.871640'),
    (20220623133012, timestamp '2022-06-23 13:44:10.396802'),
    (20220719102248, timestamp '2022-07-19 10:37:58.150077'),
    (20220808171930, timestamp '2022-08-09 07:55:21.643318'),
    (20220906094417, timestamp '2022-09-06 10:03:36.780915'),
    (20221004120801, timestamp '2022-10-04 12:21:49.512036'),
    (20221027091344, timestamp '2022-10-27 09:29:14.073551'),
    (20221115143056, timestamp '2022-11-15 15:02:07.945610'),
    (20221206101122, timestamp '2022-12-06 10:20:33.318254'),
    (20230110092740, timestamp '2023-01-10 09:46:18.601933'),
    (20230207161505, timestamp '2023-02-07 16:31:52.208447'),
    (20230314103318, timestamp '2023-03-14 10:50:05.771206'),
    (20230418095026, timestamp '2023-04-18 10:04:40.034878'),
    (20230523140912, timestamp '2023-05-23 14:25:11.490563'),
    (20230620083707, timestamp '2023-06-20 08:58:26.117390'),
    (20230801112254, timestamp '2023-08-01 11:40:39.865012'),
    (20230912150138, timestamp '2023-09-12 15:17:04.302269'),
    (20231017094821, timestamp '2023-10-17 10:06:57.658741'),
    (20231128130415, timestamp '2023-11-28 13:22:30.941083'),
    (20240109101739, timestamp '2024-01-09 10:31:12.276504'),
    (20240213144006, timestamp '2024-02-13 14:57:48.813625'),
    (20240319091852, timestamp '2024-03-19 09:33:21.450197'),
    (20240423162031, timestamp '2024-04-24 08:10:09.127846'),
    (20240528103514, timestamp '2024-05-28 10:49:55.690318'),
    (20240702115247, timestamp '2024-07-02 12:08:34.382701'),
    (20240806093129, timestamp '2024-08-06 09:47:16.905562'),
    (20240910140358, timestamp '2024-09-10 14:19:43.561290')
) AS m (v, ts)
ORDER BY ts;

INSERT INTO currencies (code, name, symbol, exponent, active) VALUES
    ('usd', 'US Dollar', '$', 2, true),
    ('eur', 'Euro', '€', 2, true),
    ('gbp', 'British Pound', '£', 2, true),
    ('cad', 'Canadian Dollar', 'CA$', 2, true),
    ('aud', 'Australian Dollar', 'A$', 2, true),
    ('chf', 'Swiss Franc', 'CHF', 2, false),
    ('sek', 'Swedish Krona', 'kr', 2, false),
    ('jpy', 'Japanese Yen', '¥', 0, false);

INSERT INTO organizations (id, name, slug, legal_name, billing_email, support_email, phone, website, vat_number, tax_id,
                           address_line1, address_line2, city, state, postal_code, country, default_currency, timezone,
                           invoice_prefix, logo, brand_color, settings, livemode, created_at, updated_at, deleted_at)
SELECT pg_temp.uid('org', g),
       o.name,
       trim(both '-' from regexp_replace(lower(replace(o.name, '&', 'and')), '[^a-z0-9]+', '-', 'g')),
       o.legal_name,
       o.billing_email,
       CASE WHEN g % 5 <> 3 THEN (ARRAY['support','help','hello','team'])[1 + g % 4] || '@' || o.domain END,
       CASE WHEN g % 4 <> 2 THEN pg_temp.phone(g * 17 + 3, o.country) END,
       'https://' || CASE WHEN g % 3 = 0 THEN 'www.' ELSE '' END || o.domain,
       CASE o.country
         WHEN 'GB' THEN 'GB' || (100000000 + (g * 7919123) % 899999999)
         WHEN 'DE' THEN 'DE' || (100000000 + (g * 6700417) % 899999999)
         WHEN 'IE' THEN 'IE' || (1000000 + (g * 104729) % 8999999) || substr('ABCDEFGHKLMNPRTVWX', 1 + g % 18, 1) || CASE WHEN g % 2 = 0 THEN 'H' ELSE '' END
       END,
       CASE o.country
         WHEN 'US' THEN lpad(((g * 37) % 90 + 10)::text, 2, '0') || '-' || (1000000 + (g * 7654321) % 8999999)
         WHEN 'CA' THEN (100000000 + (g * 7919123) % 899999999) || 'RT0001'
         WHEN 'AU' THEN format('%s %s %s %s', 11 + (g * 7) % 88, 100 + (g * 131) % 900, 100 + (g * 257) % 900, 100 + (g * 389) % 900)
         WHEN 'GB' THEN (1000000000 + (g * 48271293) % 8999999999)::text
         WHEN 'DE' THEN format('%s/%s/%s', 11 + g % 89, 100 + (g * 37) % 900, 10000 + (g * 7919) % 89999)
       END,
       CASE WHEN g IN (10, 21) THEN NULL ELSE a ->> 'line1' END,
       CASE WHEN g % 3 = 0 THEN (ARRAY['Suite 400','Floor 3','2nd Floor','Unit 12','Suite 1200'])[1 + g % 5] ELSE NULL END,
       a ->> 'city', a ->> 'state', a ->> 'postal_code',
       o.country,
       CASE o.country WHEN 'US' THEN 'usd' WHEN 'GB' THEN 'gbp' WHEN 'DE' THEN 'eur' WHEN 'IE' THEN 'eur' WHEN 'CA' THEN 'cad' ELSE 'aud' END,
       CASE o.country WHEN 'US' THEN (ARRAY['America/New_York','America/Chicago','America/Denver','America/Los_Angeles'])[1 + g % 4]
                      WHEN 'GB' THEN 'Europe/London' WHEN 'DE' THEN 'Europe/Berlin' WHEN 'IE' THEN 'Europe/Dublin'
                      WHEN 'CA' THEN 'America/Toronto' ELSE 'Australia/Sydney' END,
       upper(left(regexp_replace(o.name, '[^A-Za-z]', '', 'g'), 4)),
       CASE WHEN g % 6 <> 5 THEN decode('89504e470d0a1a0a0000000d49484452000000c8000000c80806000000ad58ae9e', 'hex')
                                 || decode(pg_temp.hex('logo' || g, 96), 'hex')
                                 || decode('0000000049454e44ae426082', 'hex') END,
       (ARRAY['#1f6feb','#0f766e','#7c3aed','#dc2626','#ea580c','#0891b2','#4f46e5','#16a34a'])[1 + g % 8],
       jsonb_build_object(
         'invoice', jsonb_build_object('days_until_due', (ARRAY[14, 30, 30, 7, 45])[1 + g % 5],
                                       'footer', CASE WHEN o.country IN ('GB', 'DE', 'IE') THEN 'Thank you for your business.' ELSE 'Thanks for being a customer!' END,
                                       'numbering', CASE WHEN g % 3 = 0 THEN 'account_level' ELSE 'customer_level' END),
         'dunning', jsonb_build_object('retry_schedule_days', CASE WHEN g % 2 = 0 THEN '[3, 5, 7]'::jsonb ELSE '[1, 3, 7, 14]'::jsonb END,
                                       'final_action', (ARRAY['cancel','mark_unpaid','leave_past_due'])[1 + g % 3]),
         'emails', jsonb_build_object('send_receipts', g % 4 <> 0, 'failed_payment_notice', true, 'upcoming_renewal_days', 7),
         'tax', jsonb_build_object('automatic', g % 5 = 0, 'collect_tax_ids', o.country <> 'US')),
       g % 9 <> 0,
       timestamptz '2021-09-06 10:15:00+00' + g * interval '9 days 5 hours 13 minutes',
       timestamptz '2024-06-01 08:00:00+00' + g * interval '2 days 3 hours',
       CASE WHEN g = 26 THEN timestamptz '2024-05-02 16:40:00+00' END
FROM generate_series(1, 40) g
CROSS JOIN LATERAL (
  SELECT (ARRAY['Brightline Analytics','Northwind Cloud','Lumen Health','Parcelhub','Fernwood Studios','Quillstack',
                'Harbor & Pine Coffee','Orbital Forms','Tidewater Labs','Nora Whitfield Coaching','Cobalt CRM','Ridgeback Security',
                'Loomly Learning','Sprout Meal Kits','Atlas Fleet','Kestrel HR','Beacon Legal Docs','Saffron Yoga Online',
                'Pixelforge','Meridian Tutors','Emily Carter Photography','Granite Ledger','Wavelength Podcasts','Bluebird Pet Insurance',
                'Copperleaf CMS','Sableworks','Trailhead Maps','Juniper Dental Group','Foxglove Florists','Helix Bio Data',
                'Marlow & Finch','Vantage Surveys','Tom Baxter Design','Riverside Gym Co','Nimbus Backup','Priya Raman Consulting',
                'Keystone Payroll','Lighthouse Church Apps','Willow Therapy Online','Arcadia Games'])[g] AS name,
         (ARRAY['Brightline Analytics, Inc.','Northwind Cloud LLC','Lumen Health, Inc.','Parcelhub Ltd','Fernwood Studios LLC','Quillstack, Inc.',
                'Harbor & Pine Coffee Roasters LLC','Orbital Forms GmbH','Tidewater Labs, Inc.','Nora Whitfield','Cobalt CRM, Inc.','Ridgeback Security Pty Ltd',
                'Loomly Learning, Inc.','Sprout Meal Kits Ltd','Atlas Fleet Technologies, Inc.','Kestrel HR Limited','Beacon Legal Docs LLC','Saffron Yoga Ltd',
                'Pixelforge Interactive, Inc.','Meridian Tutoring Inc.','Emily Carter','Granite Ledger, Inc.','Wavelength Media LLC','Bluebird Pet Insurance Agency, Inc.',
                'Copperleaf Software GmbH','Sableworks LLC','Trailhead Maps Inc.','Juniper Dental Group, P.C.','Foxglove Florists Ltd','Helix Bio Data, Inc.',
                'Marlow & Finch Ltd','Vantage Surveys LLC','Thomas Baxter','Riverside Gym Co LLC','Nimbus Backup, Inc.','Priya Raman',
                'Keystone Payroll Services, Inc.','Lighthouse Church Apps','Willow Therapy Online Limited','Arcadia Games, Inc.'])[g] AS legal_name,
         (ARRAY['brightline.io','northwindcloud.com','lumenhealth.co','parcelhub.co.uk','fernwoodstudios.com','quillstack.dev',
                'harborandpine.com','orbitalforms.io','tidewaterlabs.com','norawhitfield.com','cobaltcrm.com','ridgeback.com.au',
                'loomlylearning.com','sproutmeals.co.uk','atlasfleet.io','kestrelhr.ie','beaconlegaldocs.com','saffronyoga.co.uk',
                'pixelforge.gg','meridiantutors.ca','emilycarterphoto.com','graniteledger.com','wavelength.fm','bluebirdpet.com',
                'copperleaf.dev','sableworks.co','trailheadmaps.ca','juniperdental.com','foxgloveflorists.co.uk','helixbio.io',
                'marlowandfinch.co.uk','vantagesurveys.com','tombaxter.design','riversidegym.co','nimbusbackup.com','priyaraman.com',
                'keystonepayroll.com','lighthousechurchapps.org','willowtherapy.ie','arcadiagames.io'])[g] AS domain,
         (ARRAY['billing@brightline.io','finance@northwindcloud.com','marcus.feld@lumenhealth.co','accounts@parcelhub.co.uk','jen@fernwoodstudios.com',
                'billing@quillstack.dev','dana.whitaker@harborandpine.com','buchhaltung@orbitalforms.io','ap@tidewaterlabs.com','nora@norawhitfield.com',
                'finance@cobaltcrm.com','accounts@ridgeback.com.au','billing@loomlylearning.com','hello@sproutmeals.co.uk','kevin.osei@atlasfleet.io',
                'accounts@kestrelhr.ie','billing@beaconlegaldocs.com','saffronyogastudio@gmail.com','payments@pixelforge.gg','admin@meridiantutors.ca',
                'emilycarterphoto@gmail.com','finance@graniteledger.com','rachel.kim@wavelength.fm','billing@bluebirdpet.com','rechnungen@copperleaf.dev',
                'sam@sableworks.co','accounts@trailheadmaps.ca','office.manager@juniperdental.com','lucy.foxglove@btinternet.com','finance@helixbio.io',
                'accounts@marlowandfinch.co.uk','billing@vantagesurveys.com','tom@tombaxter.design','frontdesk@riversidegym.co','billing@nimbusbackup.com',
                'priya.raman.consulting@gmail.com','ar@keystonepayroll.com','pastor.dave@lighthousechurchapps.org','niamh.byrne@willowtherapy.ie','finance@arcadiagames.io'])[g] AS billing_email,
         (ARRAY['US','US','US','GB','US','US','US','DE','US','GB','US','AU','US','GB','US','IE','US','GB','US','CA',
                'US','US','US','US','DE','US','CA','US','GB','US','GB','US','AU','US','US','US','US','US','IE','US'])[g] AS country
) o
CROSS JOIN LATERAL (SELECT pg_temp.address(g * 31 + 7, o.country) AS a) ad;

INSERT INTO users (id, email, password_hash, full_name, avatar_url, auth_provider, provider_user_id, email_verified_at,
                   totp_secret, totp_enabled, recovery_codes, locale, timezone, is_staff, last_login_at, last_login_ip,
                   failed_login_attempts, locked_until, password_changed_at, created_at, updated_at, deleted_at)
SELECT pg_temp.uid('user', g),
       u.email,
       CASE WHEN u.provider = 'password' THEN pg_temp.bcrypt('pw' || g, CASE WHEN g % 7 = 0 THEN 12 ELSE 10 END) END,
       u.fn || ' ' || u.ln,
       CASE u.provider
         WHEN 'google' THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || pg_temp.tok('av' || g, 22) || '=s96-c'
         WHEN 'github' THEN 'https://avatars.githubusercontent.com/u/' || u.pid || '?v=4'
         ELSE CASE WHEN g % 3 = 0 THEN 'https://www.gravatar.com/avatar/' || md5(lower(u.email)) || '?s=200&d=identicon' END
       END,
       u.provider,
       u.pid,
       CASE WHEN g % 23 <> 0 THEN u.created_at + (g % 50) * interval '1 minute' + interval '40 seconds' END,
       CASE WHEN u.totp THEN translate(upper(pg_temp.hex('totp' || g, 32)), '0189', 'WXYZ') END,
       u.totp,
       CASE WHEN u.totp THEN ARRAY(SELECT left(pg_temp.hex('rc' || g || '-' || k, 10), 5) || '-' || right(pg_temp.hex('rc' || g || '-' || k, 10), 5)
                                   FROM generate_series(1, 10) k) END,
       CASE u.country WHEN 'US' THEN 'en-US' WHEN 'GB' THEN 'en-GB' WHEN 'DE' THEN CASE WHEN g % 3 = 0 THEN 'en-US' ELSE 'de-DE' END
                      WHEN 'IE' THEN 'en-IE' WHEN 'CA' THEN CASE WHEN g % 4 = 0 THEN 'fr-CA' ELSE 'en-CA' END ELSE 'en-AU' END,
       CASE WHEN g % 6 <> 0 THEN o.timezone END,
       g % 97 = 0,
       u.last_login_at,
       CASE WHEN u.last_login_at IS NOT NULL THEN pg_temp.ip(g * 3 + 1) END,
       CASE WHEN g % 17 = 0 THEN 2 WHEN g % 89 = 0 THEN 5 ELSE 0 END,
       CASE WHEN g % 89 = 0 THEN timestamptz '2024-09-12 14:35:00+00' END,
       CASE WHEN u.provider = 'password' AND g % 4 = 2 THEN u.created_at + (g % 200) * interval '1 day 3 hours' END,
       u.created_at,
       u.created_at + (g % 300) * interval '1 day 7 hours',
       CASE WHEN g % 67 = 0 THEN timestamptz '2024-04-18 11:20:00+00' END
FROM generate_series(1, 300) g
JOIN organizations o ON o.id = pg_temp.uid('org', (g - 1) % 40 + 1)
CROSS JOIN LATERAL (
  SELECT n.fn, n.ln, n.provider, n.pid, n.created_at, n.country,
         n.provider = 'password' AND g % 4 = 0 AS totp,
         CASE WHEN g % 13 <> 0 THEN timestamptz '2024-08-20 07:00:00+00' + (g * 97) % 600 * interval '47 minutes' END AS last_login_at,
         CASE WHEN g = 10 THEN 'nora@norawhitfield.com'
              WHEN g = 21 THEN 'emily@emilycarterphoto.com'
              WHEN g = 33 THEN 'tom@tombaxter.design'
              WHEN g = 36 THEN 'priya.raman.consulting@gmail.com'
              WHEN g % 5 IN (0, 1, 2) THEN lower(regexp_replace(n.fn, '[^A-Za-z]', '', 'g')) || '.' || lower(regexp_replace(n.ln, '[^A-Za-z]', '', 'g')) || '@' || n.domain
              ELSE pg_temp.email(g, n.fn, n.ln, NULL)
         END AS email
  FROM (SELECT CASE g WHEN 10 THEN 'Nora' WHEN 21 THEN 'Emily' WHEN 33 THEN 'Thomas' WHEN 36 THEN 'Priya' ELSE pg_temp.first_name(g) END AS fn,
               CASE g WHEN 10 THEN 'Whitfield' WHEN 21 THEN 'Carter' WHEN 33 THEN 'Baxter' WHEN 36 THEN 'Raman' ELSE pg_temp.last_name(g) END AS ln,
               CASE WHEN g % 8 IN (1, 5) THEN 'google' WHEN g % 20 = 7 THEN 'github' ELSE 'password' END AS provider,
               CASE WHEN g % 8 IN (1, 5) THEN '1' || pg_temp.digits('gsub' || g, 20)
                    WHEN g % 20 = 7 THEN (100000 + (g * 48271) % 150000000)::text END AS pid,
               o.created_at + ((g - 1) / 40) * interval '41 days 6 hours' + (g % 40) * interval '1 hour 13 minutes' AS created_at,
               o.country,
               regexp_replace(o.website, '^https://(www\.)?', '') AS domain) n
) u;

INSERT INTO memberships (id, organization_id, user_id, role, invited_by_id, accepted_at, created_at, updated_at)
SELECT pg_temp.uid('membership', m.n), pg_temp.uid('org', m.o), pg_temp.uid('user', m.u),
       m.role,
       CASE WHEN m.role <> 'owner' THEN pg_temp.uid('user', m.o) END,
       CASE WHEN m.role = 'owner' THEN u.created_at WHEN m.n % 19 <> 0 THEN u.created_at + interval '2 hours 14 minutes' END,
       u.created_at, u.created_at + interval '2 hours 14 minutes'
FROM (
  SELECT g AS n, g AS u, (g - 1) % 40 + 1 AS o,
         (CASE WHEN g <= 40 THEN 'owner' ELSE (ARRAY['admin','developer','developer','billing','viewer','admin','viewer'])[1 + g % 7] END)::membership_role AS role
  FROM generate_series(1, 300) g
  UNION ALL
  SELECT 300 + g, g, (g + 16) % 40 + 1,
         (ARRAY['viewer','billing','developer','viewer','admin'])[1 + g % 5]::membership_role
  FROM generate_series(1, 120) g
) m
JOIN users u ON u.id = pg_temp.uid('user', m.u);

INSERT INTO invitations (id, organization_id, email, role, token_hash, invited_by_id, expires_at, accepted_at, revoked_at, created_at)
SELECT pg_temp.uid('invitation', g), pg_temp.uid('org', o), i.email,
       (ARRAY['admin','developer','billing','viewer','viewer','developer'])[1 + g % 6]::membership_role,
       pg_temp.hex('invite-token' || g, 64),
       pg_temp.uid('user', o),
       i.created_at + interval '7 days',
       CASE WHEN g % 3 = 0 THEN i.created_at + (g % 40) * interval '3 hours' END,
       CASE WHEN g % 11 = 4 THEN i.created_at + interval '2 days' END,
       i.created_at
FROM generate_series(1, 60) g
CROSS JOIN LATERAL (SELECT (g * 7) % 40 + 1 AS o) x
JOIN organizations org ON org.id = pg_temp.uid('org', x.o)
CROSS JOIN LATERAL (
  SELECT CASE WHEN g % 2 = 0
              THEN lower(pg_temp.first_name(g + 3000)) || '.' || lower(regexp_replace(pg_temp.last_name(g + 3000), '[^A-Za-z]', '', 'g')) || '@' || regexp_replace(org.website, '^https://(www\.)?', '')
              ELSE pg_temp.email(g + 3000, pg_temp.first_name(g + 3000), pg_temp.last_name(g + 3000), NULL) END AS email,
         timestamptz '2024-02-01 09:00:00+00' + g * interval '3 days 4 hours 11 minutes' AS created_at
) i;

INSERT INTO sessions (token, data, expiry)
SELECT pg_temp.b64url('session' || g, 32),
       decode('4dff810301010b73657373696f6e4461746101ff820001020108', 'hex')
         || convert_to('Deadline', 'UTF8')
         || decode('01ff8400010656616c75657301ff86000000', 'hex')
         || decode('10ff830501010454696d6501ff8400000027ff85040101176d61705b737472696e675d696e74657266616365207b7d01ff8600010c0110000075ff82010f010000000e', 'hex')
         || decode(pg_temp.hex('deadline' || g, 24), 'hex')
         || decode('ffff01040d61757468656e746963617465640004626f6f6c020001', 'hex')
         || decode('06', 'hex') || convert_to('userID', 'UTF8') || decode('06737472696e670c26002400', 'hex')
         || convert_to(pg_temp.uid('user', u)::text, 'UTF8')
         || decode('056f72674944', 'hex') || decode('06737472696e670c26002400', 'hex')
         || convert_to(pg_temp.uid('org', (u - 1) % 40 + 1)::text, 'UTF8')
         || decode('0a637372665f746f6b656e06737472696e670c2e002c', 'hex')
         || convert_to(pg_temp.b64url('csrf' || g, 33), 'UTF8')
         || decode('00', 'hex'),
       timestamptz '2024-09-14 00:00:00+00' + g * interval '23 minutes' + (g % 5) * interval '6 days'
FROM generate_series(1, 400) g
CROSS JOIN LATERAL (SELECT (g * 37) % 300 + 1 AS u) x;

INSERT INTO plans (id, organization_id, code, name, description, invoice_display_name, sort_order, features, metadata, active, created_at, updated_at)
SELECT pg_temp.uid('plan', (g - 1) * 4 + k), o.id,
       CASE WHEN k = 4 THEN 'usage-' || regexp_replace(lower(p.usage_name), '[^a-z]+', '-', 'g')
            ELSE lower(p.tier) || CASE WHEN g % 7 = 0 THEN '-2023' ELSE '' END END,
       CASE WHEN k = 4 THEN p.usage_name ELSE p.tier END,
       CASE k WHEN 1 THEN (ARRAY['For freelancers and small teams getting started.','Everything you need to launch.','The essentials for a single location.'])[1 + g % 3]
              WHEN 2 THEN (ARRAY['For growing teams that need automation and integrations.','Our most popular plan. Unlimited projects and priority email support.','Advanced reporting, team roles and API access.'])[1 + g % 3]
              WHEN 3 THEN (ARRAY['SSO, audit logs, custom contracts and a dedicated success manager.','For organisations with advanced security and compliance needs.','Volume pricing, SLA and onboarding included.'])[1 + g % 3]
              ELSE 'Billed monthly in arrears based on reported usage.' END,
       CASE WHEN g % 6 = 1 THEN NULL
            WHEN k = 4 THEN p.usage_name || ' (usage)'
            WHEN g % 2 = 0 THEN p.tier || ' plan'
            ELSE p.tier || ' subscription' END,
       k,
       CASE k WHEN 1 THEN jsonb_build_object('seats', 3, 'projects', 5, 'sso', false, 'support', 'email', 'api_access', false)
              WHEN 2 THEN jsonb_build_object('seats', 10, 'projects', 50, 'sso', false, 'support', 'priority', 'api_access', true)
              WHEN 3 THEN jsonb_build_object('seats', NULL, 'projects', NULL, 'sso', true, 'support', 'dedicated', 'api_access', true, 'sla', '99.95')
              ELSE jsonb_build_object('unit', p.unit, 'free_units', (ARRAY[10000, 500, 5, 25])[1 + g % 4]) END,
       CASE WHEN g % 7 = 0 THEN '{"legacy": true, "replaced_by": "2024 pricing"}'::jsonb
            WHEN k = 2 THEN '{"highlight": true}'::jsonb ELSE '{}'::jsonb END,
       NOT (g % 11 = 0 AND k = 1),
       o.created_at + interval '3 hours' + k * interval '11 minutes',
       o.created_at + interval '30 days' + k * interval '2 hours'
FROM generate_series(1, 40) g
CROSS JOIN generate_series(1, 4) k
JOIN organizations o ON o.id = pg_temp.uid('org', g)
CROSS JOIN LATERAL (
  SELECT (ARRAY[ARRAY['Starter','Growth','Scale'], ARRAY['Basic','Pro','Business'], ARRAY['Solo','Team','Enterprise'],
                ARRAY['Essentials','Plus','Premium'], ARRAY['Hobby','Standard','Agency']])[1 + g % 5][LEAST(k, 3)] AS tier,
         (ARRAY['API requests','SMS messages','Storage (GB)','Active users'])[1 + g % 4] AS usage_name,
         (ARRAY['request','message','gigabyte','user'])[1 + g % 4] AS unit
) p;

INSERT INTO prices (id, plan_id, external_id, nickname, currency, unit_amount, unit_amount_decimal, billing_scheme, billing_interval,
                    interval_count, usage_type, tiers, trial_period_days, tax_behavior, active, created_at)
SELECT pg_temp.uid('price', pn * 10 + j), pl.id,
       'price_1' || pg_temp.tok('price' || pn || '-' || j, 23),
       pl.name || CASE WHEN k = 4 THEN ' (metered)' WHEN j = 1 THEN ' monthly' ELSE ' annual' END,
       o.default_currency,
       CASE WHEN k < 4 THEN amt * CASE WHEN j = 2 THEN 10 ELSE 1 END END,
       CASE WHEN k < 4 THEN amt * CASE WHEN j = 2 THEN 10 ELSE 1 END END,
       CASE WHEN k = 4 THEN 'tiered' ELSE 'per_unit' END,
       (CASE WHEN j = 2 THEN 'year' ELSE 'month' END)::billing_interval,
       1,
       CASE WHEN k = 4 THEN 'metered' ELSE 'licensed' END,
       CASE WHEN k = 4 THEN jsonb_build_array(
              jsonb_build_object('up_to', (pl.features ->> 'free_units')::int, 'unit_amount_decimal', '0', 'flat_amount', NULL),
              jsonb_build_object('up_to', (pl.features ->> 'free_units')::int * 10, 'unit_amount_decimal', (ARRAY['0.05','4','25','300'])[1 + g % 4], 'flat_amount', NULL),
              jsonb_build_object('up_to', 'inf', 'unit_amount_decimal', (ARRAY['0.03','3','20','250'])[1 + g % 4], 'flat_amount', NULL)) END,
       CASE WHEN k = 1 AND j = 1 THEN 14 WHEN k = 2 AND j = 1 AND g % 3 = 0 THEN 30 END,
       (CASE WHEN o.country = 'US' THEN 'exclusive' WHEN o.country IN ('GB', 'DE', 'IE', 'AU') THEN 'inclusive' ELSE 'unspecified' END)::tax_behavior,
       pl.active AND NOT (j = 2 AND g % 13 = 0),
       pl.created_at + j * interval '4 minutes'
FROM generate_series(1, 40) g
CROSS JOIN generate_series(1, 4) k
CROSS JOIN generate_series(1, 2) j
CROSS JOIN LATERAL (SELECT (g - 1) * 4 + k AS pn,
                           (ARRAY[ARRAY[1900,4900,14900], ARRAY[900,2900,7900], ARRAY[1500,3900,9900],
                                  ARRAY[2500,7900,19900], ARRAY[1200,3500,11900]])[1 + g % 5][LEAST(k, 3)] AS amt) x
JOIN plans pl ON pl.id = pg_temp.uid('plan', x.pn)
JOIN organizations o ON o.id = pl.organization_id
WHERE k < 4 OR j = 1;

INSERT INTO customers (id, organization_id, parent_id, external_id, name, email, phone, description, address, shipping, tax_exempt,
                       tax_id_type, tax_id_value, preferred_locales, currency, balance, invoice_prefix, next_invoice_sequence,
                       delinquent, metadata, created_at, updated_at, deleted_at)
SELECT pg_temp.uid('customer', c), o.id,
       CASE WHEN c % 50 = 25 AND c > 40 THEN pg_temp.uid('customer', c - 40) END,
       'cus_' || pg_temp.tok('cus' || c, 14),
       CASE WHEN x.business THEN x.biz_name ELSE x.fn || ' ' || x.ln END,
       CASE WHEN c % 41 = 0 THEN NULL
            WHEN x.business THEN pg_temp.email(c, x.fn, x.ln, x.biz_domain)
            ELSE pg_temp.email(c + 1000, x.fn, x.ln, NULL) END,
       CASE WHEN c % 5 <> 4 THEN pg_temp.phone(c + 1000, x.country) END,
       CASE WHEN c % 17 = 0 THEN (ARRAY['Migrated from Chargebee on 2023-02-01',
                                        'Annual contract, invoiced manually via NetSuite',
                                        'Nonprofit discount approved by finance',
                                        'Reseller account - bills on behalf of 12 locations',
                                        'Requested invoices in EUR from January 2024',
                                        'Enterprise pilot. Procurement requires a PO number on every invoice',
                                        'Asked to pause billing over the summer break',
                                        'Prefers invoices to be sent to their accountant as well',
                                        'Disputed charge in March 2024, resolved with partial refund',
                                        'Upgraded after sales call, extended trial by 2 weeks'])[1 + (c / 17) % 10] END,
       CASE WHEN c % 29 <> 0 THEN x.addr END,
       CASE WHEN c % 9 = 0 THEN jsonb_build_object('name', x.fn || ' ' || x.ln,
                                                    'phone', pg_temp.phone(c + 1000, x.country),
                                                    'address', pg_temp.address(c + 2000, x.country)) END,
       CASE WHEN c % 61 = 0 THEN 'exempt'
            WHEN x.business AND x.country IN ('DE', 'IE') AND o.country NOT IN ('DE', 'IE') THEN 'reverse'
            ELSE 'none' END,
       x.tax_type,
       CASE x.tax_type
         WHEN 'eu_vat' THEN x.country || CASE WHEN x.country = 'IE' THEN (1000000 + (c * 104729) % 8999999) || 'W'
                                              ELSE (100000000 + (c::bigint * 7919123) % 899999999)::text END
         WHEN 'gb_vat' THEN 'GB' || (100000000 + (c::bigint * 6700417) % 899999999)
         WHEN 'us_ein' THEN lpad(((c * 37) % 90 + 10)::text, 2, '0') || '-' || (1000000 + (c::bigint * 7654321) % 8999999)
         WHEN 'au_abn' THEN format('%s %s %s %s', 11 + (c * 7) % 88, 100 + (c * 131) % 900, 100 + (c * 257) % 900, 100 + (c * 389) % 900)
         WHEN 'ca_bn' THEN (100000000 + (c::bigint * 7919123) % 899999999)::text
       END,
       CASE WHEN c % 7 = 3 THEN '{}'::text[]
            ELSE ARRAY[CASE x.country WHEN 'US' THEN 'en-US' WHEN 'GB' THEN 'en-GB' WHEN 'DE' THEN 'de-DE' WHEN 'IE' THEN 'en-IE'
                                      WHEN 'CA' THEN CASE WHEN c % 4 = 1 THEN 'fr-CA' ELSE 'en-CA' END ELSE 'en-AU' END] END,
       o.default_currency,
       CASE WHEN c % 23 = 0 THEN -((c % 5) + 1) * 1000 ELSE 0 END,
       upper(left(md5('invoice-prefix' || c), 8)),
       1,
       false,
       CASE c % 3 WHEN 0 THEN jsonb_build_object('signup_source', (ARRAY['website','sales','partner','app_store'])[1 + c % 4], 'segment', CASE WHEN x.business THEN 'smb' ELSE 'consumer' END)
                  WHEN 1 THEN '{}'::jsonb
                  ELSE jsonb_build_object('referral_code', (ARRAY['SPRING24','FRIENDS','PODCAST','LAUNCH'])[1 + c % 4], 'plan_source', 'self_serve') END,
       x.created_at,
       x.created_at + (c % 200) * interval '1 day 2 hours',
       CASE WHEN c % 97 = 0 THEN x.created_at + interval '300 days' END
FROM generate_series(1, 1500) c
JOIN organizations o ON o.id = pg_temp.uid('org', (c - 1) % 40 + 1)
CROSS JOIN LATERAL (
  SELECT y.*, pg_temp.address(c + 1000, y.country) AS addr,
         CASE WHEN NOT y.business THEN NULL
              WHEN y.country IN ('DE', 'IE') THEN 'eu_vat'
              WHEN y.country = 'GB' THEN 'gb_vat'
              WHEN y.country = 'US' AND c % 8 = 0 THEN 'us_ein'
              WHEN y.country = 'AU' THEN 'au_abn'
              WHEN y.country = 'CA' THEN 'ca_bn' END AS tax_type,
         lower(regexp_replace(y.biz_base, '[^A-Za-z]', '', 'g')) ||
           CASE y.country WHEN 'GB' THEN '.co.uk' WHEN 'DE' THEN '.de' WHEN 'IE' THEN '.ie' WHEN 'AU' THEN '.com.au' WHEN 'CA' THEN '.ca' ELSE '.com' END AS biz_domain,
         y.biz_base || CASE y.country WHEN 'GB' THEN ' Ltd' WHEN 'DE' THEN ' GmbH' WHEN 'IE' THEN ' Ltd' WHEN 'AU' THEN ' Pty Ltd'
                                      ELSE CASE WHEN c % 3 = 0 THEN ' LLC' WHEN c % 3 = 1 THEN ', Inc.' ELSE '' END END AS biz_name
  FROM (SELECT c % 4 = 0 AS business,
               pg_temp.first_name(c + 1000) AS fn,
               pg_temp.last_name(c + 1000) AS ln,
               CASE WHEN c % 3 = 0 THEN o.country ELSE pg_temp.country_of(c) END AS country,
               (ARRAY['Redwood Realty Group','Blue Harbor Marine','Summit Physical Therapy','Oakline Architects','Copper Kettle Bakery',
                      'Northstar Logistics','Evergreen Landscaping','Brightwater Dental','Ironclad Fitness','Cedar & Sage Interiors',
                      'Pinnacle Accounting','Silverline Studios','Hollow Oak Brewing','Mosaic Marketing Co','Keel & Anchor Outfitters',
                      'Greenleaf Organics','Lakeside Veterinary Clinic','Sterling Home Inspections','Crescent Moon Yoga','Fairway Golf Supply',
                      'Highpoint Roofing','Bluebell Childcare','Quarry Hill Winery','Maplewood Pediatrics','Trident IT Services',
                      'Goldfinch Events','Riverbend Law Group','Beacon Hill Tutoring','Horizon Travel Co','Thistle & Rose Bridal',
                      'Foundry Coworking','Harvest Table Catering','Kingfisher Plumbing','Larkspur Florals','Meadowbrook Farms',
                      'Nova Robotics','Orchard Street Books','Pioneer Auto Care','Saltbox Media','Wren & Co Salon'])[1 + (c / 4) % 40] AS biz_base,
               o.created_at + interval '20 days' + ((c - 1) / 40) * interval '13 days 5 hours' + (c % 40) * interval '37 minutes' AS created_at) y
) x;

INSERT INTO payment_methods (id, customer_id, external_id, type, card_brand, card_last4, card_exp_month, card_exp_year, card_funding,
                             card_country, fingerprint, bank_name, bank_last4, billing_details, is_default, created_at, detached_at)
SELECT pg_temp.uid('pm', g), cu.id,
       'pm_1' || pg_temp.tok('pm' || g, 23),
       x.type,
       CASE WHEN x.type = 'card' THEN
         CASE WHEN g % 10 < 5 THEN 'visa' WHEN g % 10 < 8 THEN 'mastercard' WHEN g % 10 = 8 THEN 'amex'
              WHEN x.country = 'US' THEN 'discover' ELSE 'visa' END END,
       CASE WHEN x.type = 'card' THEN lpad(((g * 7919 + 13) % 10000)::text, 4, '0') END,
       CASE WHEN x.type = 'card' THEN 1 + (g * 5) % 12 END,
       CASE WHEN x.type = 'card' THEN CASE WHEN g % 31 = 0 THEN 2023 ELSE 2024 + g % 6 END END,
       CASE WHEN x.type = 'card' THEN (ARRAY['credit','credit','debit','credit','debit','prepaid','credit'])[1 + g % 7] END,
       CASE WHEN x.type = 'card' THEN CASE WHEN g % 13 = 0 THEN 'US' ELSE x.country END END,
       pg_temp.tok('fingerprint' || g, 16),
       CASE x.type
         WHEN 'sepa_debit' THEN (ARRAY['Deutsche Bank','Sparkasse Berlin','Commerzbank','ING','N26','Bank of Ireland','AIB','Revolut'])[1 + g % 8]
         WHEN 'bacs_debit' THEN (ARRAY['Barclays','HSBC UK','Lloyds Bank','NatWest','Monzo','Starling Bank','Nationwide'])[1 + g % 7]
         WHEN 'us_bank_account' THEN (ARRAY['JPMorgan Chase','Bank of America','Wells Fargo','Capital One','US Bank'])[1 + g % 5]
       END,
       CASE WHEN x.type <> 'card' THEN lpad(((g * 4241 + 7) % 10000)::text, 4, '0') END,
       jsonb_build_object(
         'name', CASE WHEN g % 11 = 0 THEN NULL ELSE pg_temp.first_name(x.c + 1000) || ' ' || pg_temp.last_name(x.c + 1000) END,
         'email', cu.email,
         'phone', CASE WHEN g % 3 = 0 THEN cu.phone END,
         'address', CASE WHEN g % 4 <> 1 THEN cu.address
                         ELSE jsonb_build_object('line1', NULL, 'line2', NULL, 'city', NULL, 'state', NULL, 'country', x.country,
                                                 'postal_code', cu.address ->> 'postal_code') END),
       g <= 1500,
       cu.created_at + interval '4 minutes 12 seconds' + CASE WHEN g > 1500 THEN (g % 90) * interval '3 days' ELSE interval '0' END,
       CASE WHEN g > 1500 AND g % 3 = 0 THEN cu.created_at + interval '400 days' END
FROM generate_series(1, 1700) g
CROSS JOIN LATERAL (SELECT CASE WHEN g <= 1500 THEN g ELSE (g - 1500) * 7 END AS c) y
JOIN customers cu ON cu.id = pg_temp.uid('customer', y.c)
CROSS JOIN LATERAL (
  SELECT y.c, coalesce(cu.address ->> 'country', 'US') AS country,
         (CASE WHEN coalesce(cu.address ->> 'country', 'US') IN ('DE', 'IE') AND g % 2 = 0 THEN 'sepa_debit'
               WHEN cu.address ->> 'country' = 'GB' AND g % 5 = 0 THEN 'bacs_debit'
               WHEN coalesce(cu.address ->> 'country', 'US') = 'US' AND g % 19 = 0 THEN 'us_bank_account'
               ELSE 'card' END)::payment_method_type AS type
) x;

INSERT INTO subscriptions (id, organization_id, customer_id, external_id, status, collection_method, default_payment_method_id,
                           days_until_due, billing_cycle_anchor, current_period_start, current_period_end, trial_start, trial_end,
                           cancel_at_period_end, canceled_at, ended_at, cancellation_reason, cancellation_feedback, metadata,
                           created_at, updated_at)
SELECT pg_temp.uid('sub', s), cu.organization_id, cu.id,
       'sub_1' || pg_temp.tok('sub' || s, 23),
       x.status,
       CASE WHEN x.invoiced THEN 'send_invoice' ELSE 'charge_automatically' END,
       CASE WHEN NOT x.invoiced THEN pg_temp.uid('pm', s) END,
       CASE WHEN x.invoiced THEN 30 END,
       x.created_at,
       x.period_start,
       x.period_start + CASE WHEN x.yearly THEN interval '1 year' ELSE interval '1 month' END,
       CASE WHEN x.status = 'trialing' THEN x.period_start WHEN s % 3 = 1 AND NOT x.yearly THEN x.created_at END,
       CASE WHEN x.status = 'trialing' THEN x.period_start + interval '14 days' WHEN s % 3 = 1 AND NOT x.yearly THEN x.created_at + interval '14 days' END,
       x.status = 'active' AND s % 23 = 0,
       CASE WHEN x.status = 'canceled' OR (x.status = 'active' AND s % 23 = 0)
            THEN x.period_start + (s % 20 + 2) * interval '1 day 3 hours' END,
       CASE WHEN x.status IN ('canceled', 'incomplete_expired')
            THEN x.period_start + CASE WHEN x.status = 'incomplete_expired' THEN interval '23 hours' WHEN x.yearly THEN interval '1 year' ELSE interval '1 month' END END,
       CASE WHEN x.status = 'canceled' THEN (ARRAY['too_expensive','missing_features','switched_service','unused','customer_service','too_complex','low_quality','other'])[1 + s % 8] END,
       CASE WHEN x.status = 'canceled' AND s % 3 = 0 THEN
         (ARRAY['Too expensive for a team of our size right now.',
                'We moved billing into our accounting software.',
                'Closing the business at the end of the quarter.',
                'We didn''t use it enough to justify the cost.',
                'Missing integration with Xero, will come back when it''s available.',
                'Support took four days to answer my ticket about the failed payment.',
                'Only needed it for a seasonal project.',
                'Switching to a competitor that our new CFO prefers.',
                'Budget cuts.',
                'Too complicated to set up for my shop.'])[1 + (s / 3) % 10] END,
       CASE s % 5 WHEN 0 THEN jsonb_build_object('source', 'checkout', 'campaign', (ARRAY['spring-promo','black-friday-2023','podcast','none'])[1 + s % 4])
                  WHEN 1 THEN jsonb_build_object('source', 'api')
                  ELSE '{}'::jsonb END,
       x.created_at,
       x.period_start + interval '2 minutes'
FROM generate_series(1, 1200) s
JOIN customers cu ON cu.id = pg_temp.uid('customer', s)
CROSS JOIN LATERAL (
  SELECT y.*,
         CASE WHEN y.status IN ('canceled', 'incomplete_expired') THEN y.created_at + (s % 7) * interval '1 month' + interval '14 days'
              WHEN y.yearly THEN greatest(timestamptz '2024-01-01 00:00:00+00' + (s % 250) * interval '1 day', y.created_at + interval '2 days') + (s % 24) * interval '1 hour'
              ELSE timestamptz '2024-08-20 00:00:00+00' + (s % 30) * interval '1 day' + (s % 24) * interval '1 hour' + (s % 60) * interval '1 minute'
         END AS period_start
  FROM (SELECT s % 5 = 0 AS yearly,
               s % 9 = 0 AS invoiced,
               cu.created_at + interval '1 hour 3 minutes' AS created_at,
               (CASE WHEN s % 100 < 60 THEN 'active' WHEN s % 100 < 68 THEN 'trialing' WHEN s % 100 < 75 THEN 'past_due'
                     WHEN s % 100 < 90 THEN 'canceled' WHEN s % 100 < 93 THEN 'unpaid' WHEN s % 100 < 96 THEN 'paused'
                     WHEN s % 100 < 99 THEN 'incomplete' ELSE 'incomplete_expired' END)::subscription_status AS status) y
) x;

INSERT INTO subscription_items (id, subscription_id, price_id, quantity, metadata, created_at, updated_at)
SELECT pg_temp.uid('si', s), su.id, pr.id,
       CASE WHEN (s % 3) + 1 = 1 THEN 1 ELSE 1 + (s * 7) % 12 END,
       '{}'::jsonb, su.created_at, su.updated_at
FROM generate_series(1, 1200) s
JOIN subscriptions su ON su.id = pg_temp.uid('sub', s)
JOIN plans pl ON pl.organization_id = su.organization_id AND pl.sort_order = (s % 3) + 1
JOIN prices pr ON pr.plan_id = pl.id AND pr.billing_interval = (CASE WHEN s % 5 = 0 THEN 'year' ELSE 'month' END)::billing_interval
UNION ALL
SELECT pg_temp.uid('si-usage', s), su.id, pr.id, NULL,
       jsonb_build_object('reporting', CASE WHEN s % 8 = 0 THEN 'hourly' ELSE 'daily' END),
       su.created_at, su.updated_at
FROM generate_series(1, 1200) s
JOIN subscriptions su ON su.id = pg_temp.uid('sub', s)
JOIN plans pl ON pl.organization_id = su.organization_id AND pl.sort_order = 4
JOIN prices pr ON pr.plan_id = pl.id
WHERE s % 4 = 0 AND s % 5 <> 0;

INSERT INTO tax_rates (id, organization_id, display_name, description, jurisdiction, country, state, percentage, inclusive, tax_type, active, created_at)
SELECT pg_temp.uid('txr', (g - 1) * 3 + t.k), o.id, t.display_name, t.description, t.jurisdiction, o.country, t.state, t.percentage,
       t.inclusive, t.tax_type, NOT (g % 9 = 0 AND t.k = 3), o.created_at + interval '1 day' + t.k * interval '5 minutes'
FROM generate_series(1, 40) g
JOIN organizations o ON o.id = pg_temp.uid('org', g)
JOIN (VALUES
  ('US', 1, 'Sales Tax', 'California state sales tax', 'California', 'CA', 7.2500, false, 'sales_tax'),
  ('US', 2, 'Sales Tax', 'New York City combined sales tax', 'New York', 'NY', 8.8750, false, 'sales_tax'),
  ('US', 3, 'Sales Tax', 'Texas state sales tax', 'Texas', 'TX', 6.2500, false, 'sales_tax'),
  ('GB', 1, 'VAT', 'UK VAT standard rate', 'United Kingdom', NULL, 20.0000, true, 'vat'),
  ('GB', 2, 'VAT', 'UK VAT reduced rate', 'United Kingdom', NULL, 5.0000, true, 'vat'),
  ('GB', 3, 'VAT', 'Zero-rated supplies', 'United Kingdom', NULL, 0.0000, true, 'vat'),
  ('DE', 1, 'MwSt.', 'Umsatzsteuer 19 %', 'Deutschland', NULL, 19.0000, true, 'vat'),
  ('DE', 2, 'MwSt.', 'Ermäßigter Steuersatz 7 %', 'Deutschland', NULL, 7.0000, true, 'vat'),
  ('DE', 3, 'Reverse charge', 'Steuerschuldnerschaft des Leistungsempfängers', 'EU', NULL, 0.0000, false, 'vat'),
  ('IE', 1, 'VAT', 'Irish VAT standard rate', 'Ireland', NULL, 23.0000, true, 'vat'),
  ('IE', 2, 'VAT', 'Irish VAT reduced rate', 'Ireland', NULL, 13.5000, true, 'vat'),
  ('IE', 3, 'Reverse charge', 'EU B2B reverse charge', 'EU', NULL, 0.0000, false, 'vat'),
  ('CA', 1, 'GST', 'Goods and Services Tax', 'Canada', NULL, 5.0000, false, 'gst'),
  ('CA', 2, 'HST', 'Ontario Harmonized Sales Tax', 'Ontario', 'ON', 13.0000, false, 'hst'),
  ('CA', 3, 'QST', 'Quebec Sales Tax', 'Quebec', 'QC', 9.9750, false, 'qst'),
  ('AU', 1, 'GST', 'Australian GST', 'Australia', NULL, 10.0000, true, 'gst'),
  ('AU', 2, 'GST-free', 'GST-free supplies', 'Australia', NULL, 0.0000, true, 'gst'),
  ('AU', 3, 'GST', 'GST on exports (zero-rated)', 'Australia', NULL, 0.0000, false, 'gst')
) AS t (country, k, display_name, description, jurisdiction, state, percentage, inclusive, tax_type) ON t.country = o.country;

INSERT INTO invoices (id, organization_id, customer_id, subscription_id, number, status, billing_reason, collection_method, currency,
                      customer_name, customer_email, customer_phone, customer_address, bcc_emails, footer, memo,
                      period_start, period_end, due_date, attempt_count, next_payment_attempt, finalized_at, paid_at, voided_at,
                      pdf_path, created_at, updated_at)
SELECT pg_temp.uid('inv', g), su.organization_id, cu.id, su.id,
       CASE WHEN x.status <> 'draft' THEN cu.invoice_prefix || '-' || lpad(x.seq::text, 4, '0') END,
       x.status,
       CASE WHEN k.s % 17 = 0 AND k.cycle = 0 AND x.seq > 1 THEN 'subscription_update'
            WHEN x.period_start < su.created_at + interval '1 day' THEN 'subscription_create' ELSE 'subscription_cycle' END,
       su.collection_method,
       cu.currency,
       cu.name, cu.email, cu.phone, cu.address,
       CASE WHEN cu.email IS NULL THEN NULL
            WHEN s % 15 = 0 AND s % 4 = 0 THEN ARRAY['accounts@' || split_part(cu.email, '@', 2)]::varchar(320)[]
            WHEN s % 15 = 0 THEN ARRAY[pg_temp.email(s + 4000, pg_temp.first_name(s + 4000), pg_temp.last_name(s + 4000), NULL)]::varchar(320)[]
            WHEN s % 15 = 7 THEN ARRAY[pg_temp.email(s + 4100, pg_temp.first_name(s + 4100), pg_temp.last_name(s + 4100), NULL),
                                       lower(pg_temp.first_name(s + 4200)) || '@' || (ARRAY['harrisoncpa.com','ledgerlinebookkeeping.com','taxwise.co.uk','numbersandco.ie'])[1 + s % 4]]::varchar(320)[]
       END,
       CASE WHEN (su.organization_id = pg_temp.uid('org', 10) OR su.organization_id = pg_temp.uid('org', 21)
                  OR su.organization_id = pg_temp.uid('org', 33) OR su.organization_id = pg_temp.uid('org', 36)) THEN 'Thank you for your business.'
            WHEN o.country = 'DE' THEN 'Vielen Dank für Ihren Auftrag. ' || o.legal_name || ' · ' || o.address_line1 || ', ' || o.postal_code || ' ' || o.city || ' · USt-IdNr. ' || o.vat_number
            WHEN o.country IN ('GB', 'IE') THEN o.legal_name || ' · VAT No. ' || o.vat_number || ' · Payment terms: ' || (o.settings #>> '{invoice,days_until_due}') || ' days.'
            WHEN o.support_email IS NOT NULL THEN 'Thanks for your business! Questions about this invoice? Email ' || o.support_email || '.'
            WHEN (s % 40) % 3 = 0 THEN NULL
            ELSE 'Thank you for your business.' END,
       CASE WHEN s % 12 = 0 THEN
         (ARRAY['PO #' || (4400 + s),
                'Attn: ' || pg_temp.first_name(s + 1000) || ' ' || pg_temp.last_name(s + 1000),
                'Please reference the invoice number with your bank transfer.',
                'Attn: Accounts Payable / ' || pg_temp.first_name(s + 1000) || ' ' || pg_temp.last_name(s + 1000),
                'Includes seat changes made during the billing period.',
                'PO 2024-' || (100 + s % 900) || ', cost centre ' || (ARRAY['MKT','ENG','OPS','FIN'])[1 + s % 4]])[1 + (s / 12) % 6] END,
       x.period_start,
       x.period_start + CASE WHEN s % 5 = 0 THEN interval '1 year' ELSE interval '1 month' END,
       CASE WHEN su.collection_method = 'send_invoice' AND x.status <> 'draft' THEN (x.period_start + interval '1 hour' + interval '30 days')::date END,
       CASE WHEN x.status = 'draft' OR su.collection_method = 'send_invoice' OR x.trial THEN 0
            WHEN x.status IN ('open', 'uncollectible') THEN 1 + s % 4 ELSE 1 END,
       CASE WHEN x.status = 'open' AND su.collection_method = 'charge_automatically' THEN x.period_start + interval '3 days 1 hour' END,
       CASE WHEN x.status <> 'draft' THEN x.period_start + interval '1 hour' END,
       CASE WHEN x.status = 'paid' THEN x.period_start + interval '1 hour' + CASE WHEN su.collection_method = 'send_invoice' THEN (s % 28) * interval '1 day 2 hours' ELSE interval '8 seconds' END END,
       CASE WHEN x.status = 'void' THEN x.period_start + interval '2 days 4 hours' END,
       CASE WHEN x.status <> 'draft' THEN 'invoices/' || o.slug || '/' || to_char(x.period_start, 'YYYY/MM') || '/' || cu.invoice_prefix || '-' || lpad(x.seq::text, 4, '0') || '.pdf' END,
       x.period_start,
       x.period_start + interval '1 hour' + (s % 9) * interval '1 day'
FROM generate_series(1, 1400) g
CROSS JOIN LATERAL (SELECT (g - 1) % 1200 + 1 AS s, (g - 1) / 1200 AS cycle) k
JOIN subscriptions su ON su.id = pg_temp.uid('sub', k.s)
JOIN customers cu ON cu.id = su.customer_id
JOIN organizations o ON o.id = su.organization_id
CROSS JOIN LATERAL (
  SELECT CASE WHEN k.s % 5 = 0 THEN extract(year FROM age(su.current_period_start, su.created_at))::int
              ELSE (extract(year FROM age(su.current_period_start, su.created_at)) * 12 + extract(month FROM age(su.current_period_start, su.created_at)))::int
         END + 1 - k.cycle AS seq,
         su.current_period_start - CASE WHEN k.cycle = 1 THEN CASE WHEN k.s % 5 = 0 THEN interval '1 year' ELSE interval '1 month' END ELSE interval '0' END AS period_start,
         su.status = 'trialing' AND k.cycle = 0 AS trial,
         (CASE WHEN k.cycle = 1 THEN 'paid'
               WHEN su.status = 'active' AND k.s % 40 = 1 THEN 'draft'
               WHEN su.status IN ('active', 'trialing', 'paused') AND su.collection_method = 'send_invoice' AND k.s % 2 = 0 THEN 'open'
               WHEN su.status IN ('active', 'trialing', 'paused') THEN 'paid'
               WHEN su.status IN ('past_due', 'incomplete') THEN 'open'
               WHEN su.status = 'unpaid' THEN 'uncollectible'
               WHEN su.status = 'incomplete_expired' THEN 'void'
               WHEN su.status = 'canceled' AND k.s % 10 = 3 THEN 'void'
               WHEN su.status = 'canceled' AND k.s % 10 = 7 THEN 'uncollectible'
               ELSE 'paid' END)::invoice_status AS status
) x;

INSERT INTO invoice_line_items (id, invoice_id, subscription_item_id, price_id, type, description, quantity, unit_amount_decimal, amount,
                                currency, discountable, proration, period_start, period_end, created_at)
SELECT pg_temp.uid('li', g), i.id, si.id, pr.id, 'subscription',
       CASE WHEN su.status = 'trialing' AND k.cycle = 0 THEN 'Trial period for ' || pl.name
            ELSE si.quantity || ' × ' || pl.name || ' (at ' || cur.symbol || to_char(pr.unit_amount / 100.0, 'FM999990.00') || ' / ' || pr.billing_interval || ')' END,
       si.quantity, pr.unit_amount_decimal,
       CASE WHEN su.status = 'trialing' AND k.cycle = 0 THEN 0 ELSE pr.unit_amount * si.quantity END,
       i.currency, true, false, i.period_start, i.period_end, i.created_at
FROM generate_series(1, 1400) g
CROSS JOIN LATERAL (SELECT (g - 1) % 1200 + 1 AS s, (g - 1) / 1200 AS cycle) k
JOIN invoices i ON i.id = pg_temp.uid('inv', g)
JOIN subscriptions su ON su.id = i.subscription_id
JOIN subscription_items si ON si.id = pg_temp.uid('si', k.s)
JOIN prices pr ON pr.id = si.price_id
JOIN plans pl ON pl.id = pr.plan_id
JOIN currencies cur ON cur.code = pr.currency
UNION ALL
SELECT pg_temp.uid('li-usage', g), i.id, si.id, pr.id, 'subscription',
       pl.name || ' (' || to_char(u.qty, 'FM999,999,990') || ' ' || (pl.features ->> 'unit') || 's)',
       u.qty, NULL,
       round(greatest(u.qty - (pl.features ->> 'free_units')::int, 0) * ((pr.tiers -> 1 ->> 'unit_amount_decimal')::numeric))::bigint,
       i.currency, true, false, i.period_start - interval '1 month', i.period_start, i.created_at
FROM generate_series(1, 1400) g
CROSS JOIN LATERAL (SELECT (g - 1) % 1200 + 1 AS s, (g - 1) / 1200 AS cycle) k
JOIN invoices i ON i.id = pg_temp.uid('inv', g)
JOIN subscription_items si ON si.id = pg_temp.uid('si-usage', k.s)
JOIN prices pr ON pr.id = si.price_id
JOIN plans pl ON pl.id = pr.plan_id
CROSS JOIN LATERAL (SELECT ((pl.features ->> 'free_units')::int * (1 + (g * 37) % 40) / 10) AS qty) u
WHERE i.billing_reason <> 'subscription_create'
UNION ALL
SELECT pg_temp.uid('li-proration', g * 2 + p.n), i.id, si.id, pr.id, 'invoiceitem',
       CASE p.n WHEN 0 THEN 'Unused time on ' || si.quantity - 1 || ' × ' || pl.name || ' after ' || to_char(i.period_start + interval '9 days', 'DD Mon YYYY')
                ELSE 'Remaining time on ' || si.quantity || ' × ' || pl.name || ' after ' || to_char(i.period_start + interval '9 days', 'DD Mon YYYY') END,
       CASE p.n WHEN 0 THEN si.quantity - 1 ELSE si.quantity END,
       pr.unit_amount_decimal,
       CASE p.n WHEN 0 THEN -round(pr.unit_amount * (si.quantity - 1) * 0.7)::bigint ELSE round(pr.unit_amount * si.quantity * 0.7)::bigint END,
       i.currency, false, true, i.period_start + interval '9 days', i.period_end, i.created_at
FROM generate_series(1, 1200) g
JOIN invoices i ON i.id = pg_temp.uid('inv', g)
JOIN subscription_items si ON si.id = pg_temp.uid('si', g)
JOIN prices pr ON pr.id = si.price_id
JOIN plans pl ON pl.id = pr.plan_id
CROSS JOIN (VALUES (0), (1)) p (n)
WHERE i.billing_reason = 'subscription_update' AND si.quantity > 1;

INSERT INTO invoice_line_item_tax_rates (invoice_line_item_id, tax_rate_id)
SELECT li.id, tr.id
FROM invoice_line_items li
JOIN invoices i ON i.id = li.invoice_id
JOIN customers cu ON cu.id = i.customer_id
JOIN organizations o ON o.id = i.organization_id
JOIN tax_rates tr ON tr.organization_id = o.id
 AND tr.description = CASE
       WHEN cu.tax_exempt <> 'none' OR cu.address ->> 'country' <> o.country THEN NULL
       WHEN o.country = 'US' THEN CASE cu.address ->> 'state' WHEN 'CA' THEN 'California state sales tax'
                                                             WHEN 'NY' THEN 'New York City combined sales tax'
                                                             WHEN 'TX' THEN 'Texas state sales tax' END
       WHEN o.country = 'GB' THEN 'UK VAT standard rate'
       WHEN o.country = 'DE' THEN 'Umsatzsteuer 19 %'
       WHEN o.country = 'IE' THEN 'Irish VAT standard rate'
       WHEN o.country = 'CA' THEN CASE WHEN cu.address ->> 'state' = 'ON' THEN 'Ontario Harmonized Sales Tax' ELSE 'Goods and Services Tax' END
       ELSE 'Australian GST' END
WHERE li.amount <> 0;

UPDATE invoices i
SET subtotal = t.subtotal,
    tax = t.tax,
    total = t.subtotal + t.exclusive_tax,
    amount_due = t.subtotal + t.exclusive_tax,
    amount_paid = CASE WHEN i.status = 'paid' THEN t.subtotal + t.exclusive_tax ELSE 0 END,
    amount_remaining = CASE WHEN i.status IN ('open', 'uncollectible', 'draft') THEN t.subtotal + t.exclusive_tax ELSE 0 END
FROM (
  SELECT li.invoice_id,
         sum(li.amount) AS subtotal,
         sum(CASE WHEN tr.id IS NULL THEN 0
                  WHEN tr.inclusive THEN round(li.amount - li.amount / (1 + tr.percentage / 100))
                  ELSE round(li.amount * tr.percentage / 100) END)::bigint AS tax,
         sum(CASE WHEN tr.id IS NOT NULL AND NOT tr.inclusive THEN round(li.amount * tr.percentage / 100) ELSE 0 END)::bigint AS exclusive_tax
  FROM invoice_line_items li
  LEFT JOIN invoice_line_item_tax_rates lt ON lt.invoice_line_item_id = li.id
  LEFT JOIN tax_rates tr ON tr.id = lt.tax_rate_id
  GROUP BY li.invoice_id
) t
WHERE t.invoice_id = i.id;

UPDATE invoices SET tax = NULL WHERE tax = 0 AND id IN (SELECT i.id FROM invoices i JOIN organizations o ON o.id = i.organization_id WHERE o.country = 'US');

UPDATE customers c
SET next_invoice_sequence = n.seq + 1,
    delinquent = n.delinquent
FROM (SELECT customer_id, coalesce(max(split_part(number, '-', 2)::int), 0) AS seq, bool_or(status IN ('open', 'uncollectible') AND attempt_count > 0) AS delinquent
      FROM invoices GROUP BY customer_id) n
WHERE n.customer_id = c.id;

INSERT INTO charges (id, organization_id, customer_id, invoice_id, payment_method_id, external_id, amount, amount_captured, amount_refunded,
                     currency, status, paid, captured, description, statement_descriptor, failure_code, failure_message,
                     receipt_email, receipt_number, outcome, created_at)
SELECT pg_temp.uid('ch', g * 10 + a.n), i.organization_id, i.customer_id, i.id, pm.id,
       CASE WHEN pm.type = 'card' THEN 'ch_3' ELSE 'py_3' END || pg_temp.tok('ch' || g || '-' || a.n, 23),
       i.amount_due,
       CASE WHEN a.ok THEN i.amount_due ELSE 0 END,
       0,
       i.currency,
       (CASE WHEN a.ok THEN 'succeeded' ELSE 'failed' END)::charge_status,
       a.ok, a.ok,
       CASE WHEN i.billing_reason = 'subscription_create' THEN 'Subscription creation' ELSE 'Payment for Invoice ' || i.number END,
       rtrim(upper(left(regexp_replace(o.name, '[^A-Za-z0-9 ]', '', 'g'), 22))),
       CASE WHEN NOT a.ok THEN f.code END,
       CASE WHEN NOT a.ok THEN f.message END,
       CASE WHEN a.ok AND (o.settings #>> '{emails,send_receipts}')::boolean THEN i.customer_email END,
       CASE WHEN a.ok THEN (1000 + (g * 37) % 9000) || '-' || (1000 + (g * 53 + a.n) % 9000) END,
       CASE WHEN a.ok THEN jsonb_build_object('network_status', 'approved_by_network', 'reason', NULL,
                                              'risk_level', CASE WHEN g % 29 = 0 THEN 'elevated' ELSE 'normal' END,
                                              'risk_score', 5 + (g * 13) % 60, 'seller_message', 'Payment complete.', 'type', 'authorized')
            ELSE jsonb_build_object('network_status', 'declined_by_network', 'reason', f.code,
                                    'risk_level', 'normal', 'risk_score', 10 + (g * 7) % 50,
                                    'seller_message', 'The bank returned the decline code `' || f.code || '`.', 'type', 'issuer_declined') END,
       i.finalized_at + interval '3 seconds' + a.n * interval '3 days 2 hours' + (g % 50) * interval '1 second'
FROM generate_series(1, 1400) g
JOIN invoices i ON i.id = pg_temp.uid('inv', g)
JOIN organizations o ON o.id = i.organization_id
JOIN subscriptions su ON su.id = i.subscription_id
JOIN payment_methods pm ON pm.id = pg_temp.uid('pm', (g - 1) % 1200 + 1)
CROSS JOIN LATERAL (
  SELECT n, CASE WHEN i.status = 'paid' THEN n = CASE WHEN g % 13 = 0 THEN 1 ELSE 0 END ELSE false END AS ok
  FROM generate_series(0, CASE WHEN i.status = 'paid' AND g % 13 = 0 THEN 1 WHEN i.status = 'paid' THEN 0 ELSE greatest(i.attempt_count - 1, 0) END) n
) a
CROSS JOIN LATERAL (
  SELECT (ARRAY['card_declined','insufficient_funds','expired_card','card_declined','incorrect_cvc','processing_error','do_not_honor'])[1 + (g + a.n) % 7] AS code,
         (ARRAY['Your card was declined.','Your card has insufficient funds.','Your card has expired.','Your card was declined.',
                'Your card''s security code is incorrect.','An error occurred while processing your card. Try again in a little bit.',
                'Your card was declined.'])[1 + (g + a.n) % 7] AS message
) f
WHERE i.amount_due > 0
  AND i.status IN ('paid', 'open', 'uncollectible')
  AND (su.collection_method = 'charge_automatically' OR i.status = 'paid')
  AND (i.attempt_count > 0 OR i.status = 'paid');

INSERT INTO refunds (id, charge_id, external_id, amount, currency, reason, status, failure_reason, note, created_by_id, created_at)
SELECT pg_temp.uid('re', r.n), r.charge_id,
       're_3' || pg_temp.tok('re' || r.n, 23),
       CASE WHEN r.n % 3 = 0 THEN greatest(r.amount / 2, 100) ELSE r.amount END,
       r.currency,
       (ARRAY['requested_by_customer','duplicate','requested_by_customer',NULL,'fraudulent','requested_by_customer'])[1 + r.n % 6]::refund_reason,
       CASE WHEN r.n % 31 = 0 THEN 'failed' WHEN r.n % 17 = 0 THEN 'pending' ELSE 'succeeded' END,
       CASE WHEN r.n % 31 = 0 THEN 'expired_or_canceled_card' END,
       CASE WHEN r.n % 2 = 0 THEN
         (ARRAY['Customer emailed support: charged twice after updating card.',
                'Goodwill refund for the outage on 14 March.',
                'Downgraded mid-cycle, refunding the difference.',
                'Customer forgot to cancel before renewal, first annual renewal so refunded in full.',
                'Chargeback risk - card reported stolen by cardholder.',
                'Partial refund agreed on phone call with the account owner.',
                'Duplicate subscription created via API retry.',
                'Refund requested within 14-day cooling-off period.'])[1 + (r.n / 2) % 8] END,
       CASE WHEN r.n % 5 <> 4 THEN m.user_id END,
       r.created_at + (1 + r.n % 20) * interval '1 day 1 hour'
FROM (
  SELECT row_number() OVER (ORDER BY ch.created_at, ch.id) AS n, ch.id AS charge_id, ch.amount, ch.currency, ch.organization_id, ch.created_at
  FROM charges ch
  WHERE ch.status = 'succeeded' AND get_byte(decode(md5(ch.external_id), 'hex'), 0) % 11 = 0
) r
LEFT JOIN memberships m ON m.organization_id = r.organization_id AND m.role = 'owner';

UPDATE charges ch
SET amount_refunded = t.amount
FROM (SELECT charge_id, sum(amount) AS amount FROM refunds WHERE status = 'succeeded' GROUP BY charge_id) t
WHERE t.charge_id = ch.id;

INSERT INTO credit_notes (id, invoice_id, customer_id, refund_id, number, status, reason, amount, currency, memo, voided_at, created_at)
SELECT pg_temp.uid('cn', c.n), c.invoice_id, c.customer_id, c.refund_id,
       c.number || '-CN-01',
       CASE WHEN c.n % 19 = 0 THEN 'void' ELSE 'issued' END,
       (ARRAY['duplicate','order_change','product_unsatisfactory','order_change',NULL])[1 + c.n % 5],
       c.amount, c.currency,
       CASE WHEN c.n % 3 <> 2 THEN
         (ARRAY['Credit for unused seats after downgrade.',
                'Service credit per SLA for incident INC-2041.',
                'Duplicate invoice issued in error.',
                'Price adjustment agreed at renewal.',
                'Credit applied to next invoice.',
                'Refund of annual plan, customer moved to monthly.'])[1 + c.n % 6] END,
       CASE WHEN c.n % 19 = 0 THEN c.created_at + interval '2 days' END,
       c.created_at
FROM (
  SELECT row_number() OVER (ORDER BY i.created_at, i.id) AS n, i.id AS invoice_id, i.customer_id, i.number, i.currency,
         coalesce(re.amount, greatest(i.total / 4, 100)) AS amount, re.id AS refund_id,
         coalesce(re.created_at, i.paid_at + interval '6 days') AS created_at
  FROM invoices i
  LEFT JOIN charges ch ON ch.invoice_id = i.id AND ch.status = 'succeeded'
  LEFT JOIN refunds re ON re.charge_id = ch.id AND re.status = 'succeeded'
  WHERE i.status = 'paid' AND i.total > 0
    AND (re.id IS NOT NULL AND get_byte(decode(md5(re.external_id), 'hex'), 1) % 2 = 0
         OR get_byte(decode(md5(i.number), 'hex'), 0) % 40 = 0)
) c;

INSERT INTO coupons (id, organization_id, code, name, percent_off, amount_off, currency, duration, duration_in_months, max_redemptions,
                     times_redeemed, redeem_by, applies_to_plan_ids, valid, created_at)
SELECT pg_temp.uid('coupon', (g - 1) * 3 + k), o.id, cp.code, cp.name,
       CASE WHEN k <> 2 THEN cp.pct END,
       CASE WHEN k = 2 THEN cp.amount END,
       CASE WHEN k = 2 THEN o.default_currency END,
       cp.duration::coupon_duration,
       CASE WHEN cp.duration = 'repeating' THEN (ARRAY[3, 6, 12])[1 + g % 3] END,
       CASE WHEN g % 3 = 0 THEN (ARRAY[100, 250, 500, 50])[1 + g % 4] END,
       0,
       CASE WHEN cp.code LIKE 'BLACKFRIDAY%' THEN timestamptz '2023-11-28 07:59:59+00' WHEN cp.code = 'SPRING24' THEN timestamptz '2024-05-31 23:59:59+00' END,
       CASE WHEN k = 3 AND g % 2 = 0 THEN ARRAY[pg_temp.uid('plan', (g - 1) * 4 + 2), pg_temp.uid('plan', (g - 1) * 4 + 3)] END,
       NOT (cp.code LIKE 'BLACKFRIDAY%' OR (g % 10 = 0 AND k = 1)),
       o.created_at + interval '45 days' + k * interval '17 days 3 hours'
FROM generate_series(1, 40) g
CROSS JOIN generate_series(1, 3) k
JOIN organizations o ON o.id = pg_temp.uid('org', g)
CROSS JOIN LATERAL (
  SELECT (ARRAY['WELCOME10','SPRING24','BLACKFRIDAY23','PARTNER20','NONPROFIT50','LAUNCH25','ANNUAL15','EDU30'])[1 + (g + k) % 8] AS code,
         (ARRAY['Welcome 10% off','Spring 2024 promotion','Black Friday 2023','Partner referral','Nonprofit discount','Launch week','Annual plan discount','Education discount'])[1 + (g + k) % 8] AS name,
         (ARRAY[10, 20, 30, 20, 50, 25, 15, 30])[1 + (g + k) % 8]::numeric(5, 2) AS pct,
         (ARRAY[1000, 2000, 5000, 2500, 1500, 1000, 3000, 2000])[1 + (g + k) % 8]::bigint AS amount,
         (ARRAY['repeating','once','once','forever','forever','repeating','once','forever'])[1 + (g + k) % 8] AS duration
) cp;

INSERT INTO discounts (id, coupon_id, customer_id, subscription_id, promotion_code, start_at, end_at, created_at)
SELECT pg_temp.uid('discount', g), cp.id, cu.id,
       CASE WHEN c <= 1200 THEN pg_temp.uid('sub', c) END,
       CASE WHEN g % 2 = 0 THEN cp.code || CASE WHEN g % 6 = 0 THEN '-' || upper(left(md5('promo' || g), 4)) ELSE '' END END,
       cu.created_at + interval '1 hour 5 minutes',
       CASE cp.duration WHEN 'repeating' THEN cu.created_at + interval '1 hour 5 minutes' + cp.duration_in_months * interval '1 month'
                        WHEN 'once' THEN cu.created_at + interval '1 hour 5 minutes' + interval '1 month' END,
       cu.created_at + interval '1 hour 5 minutes'
FROM generate_series(1, 300) g
CROSS JOIN LATERAL (SELECT g * 5 AS c) x
JOIN customers cu ON cu.id = pg_temp.uid('customer', x.c)
JOIN coupons cp ON cp.id = pg_temp.uid('coupon', ((x.c - 1) % 40) * 3 + 1 + g % 3);

UPDATE coupons cp SET times_redeemed = t.cnt
FROM (SELECT coupon_id, count(*) AS cnt FROM discounts GROUP BY coupon_id) t
WHERE t.coupon_id = cp.id;

INSERT INTO usage_records (subscription_item_id, quantity, action, recorded_at, idempotency_key, created_at)
SELECT si.id,
       CASE WHEN d.n = 8 AND g.r % 7 = 0 THEN (pl.features ->> 'free_units')::int * 3 ELSE ((pl.features ->> 'free_units')::int / 4) * (1 + (g.r * 7 + d.n * 3) % 9) / 5 END,
       (CASE WHEN d.n = 8 AND g.r % 7 = 0 THEN 'set' ELSE 'increment' END)::usage_action,
       su.current_period_start + d.n * interval '1 day' + (g.r % 24) * interval '1 hour',
       CASE WHEN g.r % 3 <> 0 THEN md5('usage' || g.r || '-' || d.n)::uuid::text END,
       su.current_period_start + d.n * interval '1 day' + (g.r % 24) * interval '1 hour' + interval '340 milliseconds'
FROM (SELECT si.*, row_number() OVER (ORDER BY si.created_at, si.id) AS r
      FROM subscription_items si JOIN prices p ON p.id = si.price_id WHERE p.usage_type = 'metered') g
JOIN subscription_items si ON si.id = g.id
JOIN subscriptions su ON su.id = si.subscription_id
JOIN prices pr ON pr.id = si.price_id
JOIN plans pl ON pl.id = pr.plan_id
CROSS JOIN generate_series(1, 8) d (n)
WHERE su.status IN ('active', 'trialing', 'past_due')
ORDER BY 4;

INSERT INTO api_keys (id, organization_id, created_by_id, name, prefix, key_hash, livemode, scopes, allowed_ips, last_used_at, last_used_ip,
                      expires_at, revoked_at, created_at)
SELECT pg_temp.uid('ak', g), o.id,
       CASE WHEN g % 7 = 3 THEN pg_temp.uid('user', o.n + 40) ELSE pg_temp.uid('user', o.n) END,
       (ARRAY['Production backend','Staging','Zapier integration','Data warehouse sync','Local development'])[1 + k]
         || CASE WHEN k = 0 AND o.n % 4 = 0 THEN ' (rotated ' || to_char(o.created_at + interval '400 days', 'Mon YYYY') || ')' ELSE '' END,
       left(x.secret, 12),
       encode(sha256(convert_to(x.secret, 'UTF8')), 'hex'),
       x.live,
       CASE k WHEN 2 THEN ARRAY['customers:read','invoices:read','subscriptions:read','events:read']
              WHEN 3 THEN ARRAY['customers:read','invoices:read','charges:read','subscriptions:read','usage_records:read'] END,
       CASE WHEN k = 0 AND o.n % 3 = 0 THEN ARRAY[format('52.%s.%s.%s', 14 + o.n % 80, (o.n * 37) % 256, (o.n * 11) % 254 + 1),
                                                 format('3.%s.%s.%s', 120 + o.n % 100, (o.n * 53) % 256, (o.n * 29) % 254 + 1)]::inet[]
            WHEN k = 3 AND o.n % 4 = 0 THEN ARRAY['34.86.0.0/16', '35.199.0.0/17']::inet[] END,
       x.last_used_at,
       CASE WHEN x.last_used_at IS NULL THEN NULL
            WHEN k IN (0, 1) THEN format('%s.%s.%s.%s', (ARRAY[3, 18, 52, 54, 34, 35, 13, 44])[1 + g % 8], (g * 37) % 256, (g * 91) % 256, 1 + (g * 13) % 254)::inet
            WHEN k = 2 THEN format('54.%s.%s.%s', 86 + g % 3, (g * 41) % 256, 1 + (g * 7) % 254)::inet
            WHEN k = 3 THEN format('35.%s.%s.%s', 190 + g % 10, (g * 23) % 256, 1 + (g * 17) % 254)::inet
            ELSE pg_temp.ip(o.n * 3 + 1) END,
       CASE WHEN k = 4 THEN o.created_at + interval '600 days' END,
       CASE WHEN g % 9 = 0 THEN o.created_at + interval '500 days' + (g % 30) * interval '1 day' END,
       o.created_at + interval '2 days' + k * interval '33 days 4 hours' + (g % 13) * interval '1 hour'
FROM generate_series(1, 200) g
CROSS JOIN LATERAL (SELECT (g - 1) / 40 AS k, (g - 1) % 40 + 1 AS n) kk
JOIN LATERAL (SELECT org.*, kk.n FROM organizations org WHERE org.id = pg_temp.uid('org', kk.n)) o ON true
CROSS JOIN LATERAL (
  SELECT kk.k IN (0, 2, 3) AS live,
         CASE WHEN kk.k IN (2, 3) THEN 'rk_' ELSE 'sk_' END || CASE WHEN kk.k IN (0, 2, 3) THEN 'live_' ELSE 'test_' END || pg_temp.tok('apikey' || g, 99) AS secret,
         CASE WHEN g % 9 = 0 THEN o.created_at + interval '480 days'
              WHEN g % 11 = 5 THEN NULL
              ELSE timestamptz '2024-09-15 00:00:00+00' - (g % 40) * interval '7 hours 13 minutes' END AS last_used_at
) x;

INSERT INTO webhook_endpoints (id, organization_id, url, description, secret, hmac_key, enabled_events, api_version, status, success_rate,
                               consecutive_failures, created_at, updated_at, disabled_at)
SELECT pg_temp.uid('we', g), o.id,
       CASE WHEN g > 40 THEN (ARRAY['https://staging.' || x.domain || '/webhooks/billing',
                                    'https://' || o.slug || '-staging.fly.dev/api/webhooks/billing',
                                    'https://erp-sync.' || x.domain || '/hooks/invoices'])[1 + g % 3]
            ELSE (ARRAY['https://api.' || x.domain || '/webhooks/billing',
                        'https://' || x.domain || '/api/v1/webhooks/payments',
                        'https://hooks.' || x.domain || '/billing-events',
                        'https://app.' || x.domain || '/webhooks/subscriptions'])[1 + g % 4] END,
       CASE WHEN g > 40 THEN (ARRAY['Staging', 'Staging environment', 'Sync invoices to ERP'])[1 + g % 3]
            WHEN g % 3 = 0 THEN NULL ELSE 'Production' END,
       'whsec_' || pg_temp.tok('whsec' || g, 32),
       decode(pg_temp.hex('hmac' || g, 64), 'hex'),
       CASE WHEN g % 3 = 0 THEN ARRAY['*']
            WHEN g > 40 AND g % 3 = 2 THEN ARRAY['invoice.finalized','invoice.paid','invoice.voided','credit_note.created']
            ELSE ARRAY['customer.subscription.created','customer.subscription.updated','customer.subscription.deleted',
                       'invoice.paid','invoice.payment_failed','charge.refunded'] END,
       (ARRAY['2023-10-16','2024-06-20','2022-11-15','2023-10-16'])[1 + g % 4],
       (CASE WHEN g % 17 = 0 THEN 'disabled' ELSE 'enabled' END)::webhook_endpoint_status,
       CASE WHEN g % 17 = 0 THEN 0.0 WHEN g % 5 = 0 THEN 0.9125 + (g % 7) * 0.01 ELSE 0.995 + (g % 5) * 0.001 END,
       CASE WHEN g % 17 = 0 THEN 25 WHEN g % 5 = 0 THEN g % 4 ELSE 0 END,
       o.created_at + interval '5 days' + (g / 40) * interval '120 days',
       o.created_at + interval '200 days' + g * interval '3 days',
       CASE WHEN g % 17 = 0 THEN timestamptz '2024-07-01 03:12:44+00' + g * interval '1 day' END
FROM generate_series(1, 70) g
JOIN organizations o ON o.id = pg_temp.uid('org', (g - 1) % 40 + 1)
CROSS JOIN LATERAL (SELECT regexp_replace(o.website, '^https://(www\.)?', '') AS domain) x;

INSERT INTO events (id, organization_id, type, api_version, data, previous_attributes, livemode, pending_webhooks, request_id, idempotency_key, created_at)
SELECT pg_temp.uid('evt', g), cu.organization_id,
       x.type,
       CASE WHEN g % 11 = 0 THEN '2022-11-15' WHEN g > 1700 THEN '2024-06-20' ELSE '2023-10-16' END,
       jsonb_build_object('object',
         CASE
           WHEN x.type LIKE 'customer.subscription.%' THEN jsonb_build_object(
             'id', su.external_id, 'object', 'subscription', 'customer', cu.external_id, 'status', su.status,
             'current_period_start', extract(epoch FROM su.current_period_start)::bigint,
             'current_period_end', extract(epoch FROM su.current_period_end)::bigint,
             'cancel_at_period_end', su.cancel_at_period_end, 'collection_method', su.collection_method,
             'items', jsonb_build_object('object', 'list', 'data', jsonb_build_array(jsonb_build_object('id', 'si_' || pg_temp.tok('si' || x.c, 14), 'price', pr.external_id, 'quantity', si.quantity))),
             'metadata', su.metadata)
           WHEN x.type LIKE 'customer.%' THEN jsonb_build_object(
             'id', cu.external_id, 'object', 'customer', 'name', cu.name, 'email', cu.email, 'phone', cu.phone,
             'address', cu.address, 'currency', cu.currency, 'balance', cu.balance, 'delinquent', cu.delinquent,
             'invoice_prefix', cu.invoice_prefix, 'created', extract(epoch FROM cu.created_at)::bigint,
             'preferred_locales', to_jsonb(cu.preferred_locales), 'metadata', cu.metadata)
           WHEN x.type LIKE 'charge.%' THEN jsonb_build_object(
             'id', ch.external_id, 'object', 'charge', 'amount', ch.amount, 'currency', ch.currency, 'customer', cu.external_id,
             'status', ch.status, 'paid', ch.paid, 'failure_code', ch.failure_code, 'failure_message', ch.failure_message,
             'receipt_email', ch.receipt_email, 'billing_details', pm.billing_details, 'payment_method', pm.external_id,
             'payment_method_details', jsonb_build_object('type', pm.type, 'card', CASE WHEN pm.type = 'card' THEN jsonb_build_object(
               'brand', pm.card_brand, 'last4', pm.card_last4, 'exp_month', pm.card_exp_month, 'exp_year', pm.card_exp_year,
               'fingerprint', pm.fingerprint, 'funding', pm.card_funding, 'country', pm.card_country) END),
             'outcome', ch.outcome, 'statement_descriptor', ch.statement_descriptor)
           WHEN x.type = 'payment_method.attached' THEN jsonb_build_object(
             'id', pm.external_id, 'object', 'payment_method', 'type', pm.type, 'customer', cu.external_id,
             'billing_details', pm.billing_details,
             'card', CASE WHEN pm.type = 'card' THEN jsonb_build_object('brand', pm.card_brand, 'last4', pm.card_last4,
                          'exp_month', pm.card_exp_month, 'exp_year', pm.card_exp_year, 'fingerprint', pm.fingerprint) END)
           WHEN x.type = 'price.updated' THEN jsonb_build_object(
             'id', pr.external_id, 'object', 'price', 'nickname', pr.nickname, 'unit_amount', pr.unit_amount, 'currency', pr.currency,
             'active', pr.active, 'recurring', jsonb_build_object('interval', pr.billing_interval, 'interval_count', pr.interval_count, 'usage_type', pr.usage_type),
             'tax_behavior', pr.tax_behavior)
           ELSE jsonb_build_object(
             'id', CASE WHEN x.type <> 'invoice.upcoming' THEN 'in_1' || pg_temp.tok('in' || x.c, 23) END,
             'object', 'invoice', 'number', iv.number, 'status', iv.status, 'customer', cu.external_id,
             'customer_name', iv.customer_name, 'customer_email', iv.customer_email, 'customer_address', iv.customer_address,
             'customer_phone', iv.customer_phone, 'subscription', su.external_id, 'billing_reason', iv.billing_reason,
             'amount_due', iv.amount_due, 'amount_paid', iv.amount_paid, 'amount_remaining', iv.amount_remaining, 'currency', iv.currency,
             'attempt_count', iv.attempt_count, 'period_start', extract(epoch FROM iv.period_start)::bigint,
             'period_end', extract(epoch FROM iv.period_end)::bigint, 'footer', iv.footer)
         END),
       CASE x.type
         WHEN 'customer.updated' THEN
           CASE WHEN g % 3 = 0 AND cu.email IS NOT NULL THEN jsonb_build_object('email', pg_temp.email(x.c + 5000, pg_temp.first_name(x.c + 1000), pg_temp.last_name(x.c + 1000), NULL))
                WHEN g % 3 = 1 THEN jsonb_build_object('address', pg_temp.address(x.c + 3000, coalesce(cu.address ->> 'country', 'US')))
                ELSE jsonb_build_object('metadata', '{}'::jsonb) END
         WHEN 'customer.subscription.updated' THEN
           CASE WHEN g % 2 = 0 THEN jsonb_build_object('status', 'trialing') ELSE jsonb_build_object('cancel_at_period_end', NOT su.cancel_at_period_end) END
         WHEN 'price.updated' THEN jsonb_build_object('active', NOT pr.active, 'nickname', NULL)
       END,
       g % 50 <> 0,
       CASE WHEN g > 1980 THEN 1 ELSE 0 END,
       CASE WHEN x.type IN ('customer.created', 'customer.updated', 'price.updated', 'customer.subscription.created', 'payment_method.attached')
            THEN 'req_' || pg_temp.tok('req' || g, 14) END,
       CASE WHEN x.type IN ('customer.created', 'customer.subscription.created') AND g % 2 = 0 THEN md5('idem' || g)::uuid::text END,
       x.created_at
FROM generate_series(1, 2000) g
CROSS JOIN LATERAL (
  SELECT t.type, CASE WHEN t.type IN ('customer.created', 'customer.updated') THEN 1 + (g * 7) % 1500 ELSE 1 + (g * 7) % 1200 END AS c,
         timestamptz '2024-03-01 00:00:00+00' + g * interval '2 hours 11 minutes' + (g % 60) * interval '1 second' AS created_at
  FROM (SELECT (ARRAY['customer.created','customer.updated','invoice.created','invoice.finalized','invoice.paid','invoice.payment_failed',
                      'charge.succeeded','charge.failed','customer.subscription.created','customer.subscription.updated',
                      'customer.subscription.deleted','payment_method.attached','price.updated','invoice.upcoming'])[1 + g % 14] AS type) t
) x
JOIN customers cu ON cu.id = pg_temp.uid('customer', x.c)
LEFT JOIN subscriptions su ON su.id = pg_temp.uid('sub', x.c)
LEFT JOIN subscription_items si ON si.id = pg_temp.uid('si', x.c)
LEFT JOIN prices pr ON pr.id = si.price_id
LEFT JOIN invoices iv ON iv.id = pg_temp.uid('inv', x.c)
LEFT JOIN payment_methods pm ON pm.id = pg_temp.uid('pm', x.c)
LEFT JOIN LATERAL (SELECT * FROM charges c2 WHERE c2.invoice_id = iv.id
                   ORDER BY (c2.status = 'succeeded') = (x.type = 'charge.succeeded') DESC, c2.created_at DESC LIMIT 1) ch ON true;

UPDATE events e
SET type = CASE WHEN e.data #>> '{object,status}' = 'succeeded' THEN 'charge.succeeded' ELSE 'charge.failed' END
WHERE e.type LIKE 'charge.%' AND e.data -> 'object' ->> 'id' IS NOT NULL;

UPDATE events e
SET type = 'invoice.created',
    data = jsonb_build_object('object', jsonb_build_object('object', 'invoice', 'customer', e.data #>> '{object,customer}', 'status', 'draft'))
WHERE e.type LIKE 'charge.%' AND e.data -> 'object' ->> 'id' IS NULL;

UPDATE events SET type = 'customer.subscription.updated'
WHERE type = 'customer.subscription.deleted' AND data #>> '{object,status}' NOT IN ('canceled', 'incomplete_expired');

UPDATE events SET type = 'invoice.finalized'
WHERE type = 'invoice.paid' AND data #>> '{object,status}' IS DISTINCT FROM 'paid';

INSERT INTO webhook_deliveries (webhook_endpoint_id, event_id, attempt, payload, response_status, response_body, error, duration_ms,
                                next_retry_at, delivered_at, created_at)
SELECT we.id, e.id, 1 + CASE WHEN r.failed THEN g % 3 ELSE 0 END,
       jsonb_build_object('id', 'evt_1' || pg_temp.tok('evt' || g, 23), 'object', 'event', 'api_version', we.api_version,
                          'created', extract(epoch FROM e.created_at)::bigint, 'type', e.type, 'livemode', e.livemode,
                          'pending_webhooks', 1,
                          'request', jsonb_build_object('id', e.request_id, 'idempotency_key', e.idempotency_key),
                          'data', CASE WHEN e.previous_attributes IS NOT NULL THEN e.data || jsonb_build_object('previous_attributes', e.previous_attributes) ELSE e.data END),
       r.status, r.body, r.error,
       CASE WHEN r.error IS NOT NULL THEN 30000.0 ELSE 38.5 + (g * 37) % 900 + (g % 7) * 0.137 END,
       CASE WHEN r.failed THEN e.created_at + (1 + g % 3) * interval '1 hour' END,
       CASE WHEN NOT r.failed THEN e.created_at + interval '1 second' + (g % 9) * interval '100 milliseconds' END,
       e.created_at + interval '400 milliseconds'
FROM generate_series(1, 2000) g
JOIN events e ON e.id = pg_temp.uid('evt', g)
CROSS JOIN LATERAL (SELECT (CASE WHEN g % 14 IN (0, 1) THEN 1 + (g * 7) % 1500 ELSE 1 + (g * 7) % 1200 END - 1) % 40 + 1 AS n) o
CROSS JOIN LATERAL (VALUES (pg_temp.uid('we', o.n), g <= 1800),
                           (pg_temp.uid('we', 40 + o.n), o.n <= 30 AND g % 9 = 0)) t (endpoint_id, keep)
JOIN webhook_endpoints we ON we.id = t.endpoint_id
CROSS JOIN LATERAL (
  SELECT f.*, f.status IS NULL OR f.status >= 300 AS failed FROM (
    SELECT CASE WHEN we.status = 'disabled' THEN 410 WHEN g % 20 = 16 THEN 500 WHEN g % 20 = 17 THEN 404
                WHEN g % 20 = 18 THEN NULL WHEN g % 20 = 19 AND g % 3 = 0 THEN 502 ELSE 200 END AS status,
           CASE WHEN we.status = 'disabled' THEN 'Gone'
                WHEN g % 20 = 16 THEN (ARRAY['{"error":"internal server error"}', 'Internal Server Error', '{"message":"Unexpected error processing webhook"}'])[1 + g % 3]
                WHEN g % 20 = 17 THEN '404 page not found'
                WHEN g % 20 = 18 THEN NULL
                WHEN g % 20 = 19 AND g % 3 = 0 THEN E'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
                ELSE (ARRAY['{"received":true}', 'OK', '', '{"status":"ok"}', 'Accepted', '{"ok":true}'])[1 + g % 6] END AS body,
           CASE WHEN we.status <> 'disabled' AND g % 20 = 18 THEN
             (ARRAY['Post "' || we.url || '": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                    'Post "' || we.url || '": dial tcp: lookup ' || split_part(split_part(we.url, '//', 2), '/', 1) || ': no such host',
                    'Post "' || we.url || '": tls: failed to verify certificate: x509: certificate has expired or is not yet valid'])[1 + g % 3] END AS error
  ) f
) r
WHERE t.keep
ORDER BY e.created_at, we.id;

INSERT INTO oauth_applications (id, organization_id, owner_id, name, client_id, client_secret, redirect_uris, scopes, homepage_url, logo_url,
                                confidential, first_party, created_at, updated_at)
SELECT pg_temp.uid('oauthapp', a.n),
       CASE WHEN a.org_n IS NOT NULL THEN pg_temp.uid('org', a.org_n) END,
       CASE WHEN a.org_n IS NOT NULL THEN pg_temp.uid('user', a.org_n) WHEN a.first_party THEN pg_temp.uid('user', 97) END,
       a.name,
       'ca_' || pg_temp.tok('client' || a.n, 32),
       'cs_' || pg_temp.tok('client-secret' || a.n, 48),
       a.redirect_uris,
       a.scopes,
       a.homepage_url,
       a.logo_url,
       a.confidential,
       a.first_party,
       timestamptz '2022-05-10 12:00:00+00' + a.n * interval '23 days 6 hours',
       timestamptz '2022-05-10 12:00:00+00' + a.n * interval '23 days 6 hours' + (a.n % 5) * interval '40 days'
FROM (VALUES
  (1, NULL::int, 'Zapier', ARRAY['https://zapier.com/dashboard/auth/oauth/return/App184512CLIAPI/'], ARRAY['read','write'], 'https://zapier.com', 'https://cdn.zapier.com/storage/developer/3f1c0d1e5b2c4f7a9e8d.png', true, false),
  (2, NULL, 'Make', ARRAY['https://www.make.com/oauth/cb/app','https://www.integromat.com/oauth/cb/app'], ARRAY['read','write'], 'https://www.make.com', NULL, true, false),
  (3, NULL, 'QuickBooks Online Sync', ARRAY['https://app.qbosync.io/oauth/billing/callback'], ARRAY['read'], 'https://qbosync.io', NULL, true, false),
  (4, NULL, 'Xero Connector', ARRAY['https://connect.ledgerbridge.app/auth/callback'], ARRAY['read'], 'https://ledgerbridge.app', NULL, true, false),
  (5, NULL, 'Baremetrics', ARRAY['https://app.baremetrics.com/auth/billing/callback'], ARRAY['read'], 'https://baremetrics.com', 'https://app.baremetrics.com/assets/logo-mark.png', true, false),
  (6, NULL, 'ChartMogul', ARRAY['https://app.chartmogul.com/oauth/callback'], ARRAY['read'], 'https://chartmogul.com', NULL, true, false),
  (7, NULL, 'HubSpot CRM Sync', ARRAY['https://billing-sync.hubspot-integrations.net/oauth/callback'], ARRAY['read','write'], NULL, NULL, true, false),
  (8, NULL, 'Salesforce Billing Bridge', ARRAY['https://login.salesforce.com/services/authcallback/BillingBridge','https://test.salesforce.com/services/authcallback/BillingBridge'], ARRAY['read','write'], NULL, NULL, true, false),
  (9, NULL, 'Slack Notifications', ARRAY['https://billing-slack-notify.herokuapp.com/oauth/callback'], ARRAY['read'], NULL, NULL, true, false),
  (10, NULL, 'Retool', ARRAY['https://oauth.retool.com/oauth/user/oauthcallback'], ARRAY['read','write'], 'https://retool.com', NULL, true, false),
  (11, NULL, 'Billing CLI', ARRAY['http://localhost:8085/callback','http://127.0.0.1:8085/callback'], ARRAY['read','write'], NULL, NULL, false, true),
  (12, NULL, 'Mobile app (iOS)', ARRAY['io.billing.app:/oauth2redirect'], ARRAY['read','write'], NULL, NULL, false, true),
  (13, NULL, 'Mobile app (Android)', ARRAY['io.billing.app.android:/oauth2redirect'], ARRAY['read','write'], NULL, NULL, false, true),
  (14, 1, 'Brightline Admin Dashboard', ARRAY['https://admin.brightline.io/auth/callback','http://localhost:3000/auth/callback'], ARRAY['read'], 'https://admin.brightline.io', NULL, true, false),
  (15, 3, 'Lumen Health Revenue Reports', ARRAY['https://reports.lumenhealth.co/oauth/callback'], ARRAY['read'], NULL, NULL, true, false),
  (16, 4, 'Parcelhub Ops Portal', ARRAY['https://ops.parcelhub.co.uk/auth/billing/callback'], ARRAY['read','write'], NULL, NULL, true, false),
  (17, 11, 'Cobalt CRM Connector', ARRAY['https://app.cobaltcrm.com/integrations/billing/callback'], ARRAY['read','write'], 'https://cobaltcrm.com/integrations', 'https://cobaltcrm.com/static/img/cobalt-icon-128.png', true, false),
  (18, 15, 'Atlas Fleet Invoicing', ARRAY['https://fleet.atlasfleet.io/billing/oauth/callback'], ARRAY['read','write'], NULL, NULL, true, false),
  (19, 16, 'Kestrel HR Payroll Export', ARRAY['https://app.kestrelhr.ie/oauth/callback'], ARRAY['read'], NULL, NULL, true, false),
  (20, 19, 'Pixelforge Store', ARRAY['https://store.pixelforge.gg/api/auth/callback/billing'], ARRAY['read','write'], 'https://store.pixelforge.gg', NULL, true, false),
  (21, 30, 'Helix Bio Data Portal', ARRAY['https://portal.helixbio.io/oauth2/callback'], ARRAY['read'], NULL, NULL, true, false),
  (22, 37, 'Keystone Payroll Connector', ARRAY['https://connect.keystonepayroll.com/billing/callback'], ARRAY['read','write'], NULL, NULL, true, false),
  (23, 40, 'Arcadia Games Storefront', ARRAY['https://shop.arcadiagames.io/auth/callback','https://staging-shop.arcadiagames.io/auth/callback'], ARRAY['read','write'], NULL, NULL, true, false),
  (24, 6, 'Quillstack Admin', ARRAY['https://admin.quillstack.dev/oauth/callback'], ARRAY['read','write'], NULL, NULL, true, false),
  (25, 35, 'Nimbus Backup Console', ARRAY['https://console.nimbusbackup.com/auth/billing'], ARRAY['read'], NULL, NULL, true, false),
  (26, 22, 'Granite Ledger Sync', ARRAY['https://sync.graniteledger.com/oauth/callback'], ARRAY['read'], NULL, NULL, true, false),
  (27, 32, 'Vantage Surveys Billing', ARRAY['https://app.vantagesurveys.com/billing/oauth'], ARRAY['read','write'], NULL, NULL, true, false),
  (28, 13, 'Loomly LMS Billing', ARRAY['https://lms.loomlylearning.com/oauth/callback'], ARRAY['read'], NULL, NULL, true, false),
  (29, 23, 'Wavelength Members', ARRAY['https://members.wavelength.fm/auth/callback'], ARRAY['read','write'], 'https://members.wavelength.fm', NULL, true, false),
  (30, 2, 'Northwind Internal Tools', ARRAY['https://tools.northwindcloud.com/oauth/callback'], ARRAY['read'], NULL, NULL, true, false)
) AS a (n, org_n, name, redirect_uris, scopes, homepage_url, logo_url, confidential, first_party);

INSERT INTO oauth_access_tokens (id, application_id, user_id, organization_id, token, refresh_token, scopes, expires_at, revoked_at, created_at)
SELECT pg_temp.uid('oat', g), app.id, pg_temp.uid('user', x.u), pg_temp.uid('org', (x.u - 1) % 40 + 1),
       upper(pg_temp.b64url('oauth-access' || g, 36)),
       CASE WHEN g % 5 <> 0 THEN upper(pg_temp.b64url('oauth-refresh' || g, 36)) END,
       app.scopes,
       x.created_at + interval '2 hours',
       CASE WHEN g % 13 = 0 THEN x.created_at + interval '35 minutes' END,
       x.created_at
FROM generate_series(1, 600) g
JOIN oauth_applications app ON app.id = pg_temp.uid('oauthapp', (g - 1) % 30 + 1)
CROSS JOIN LATERAL (
  SELECT CASE WHEN (g - 1) % 30 + 1 >= 14
              THEN (SELECT n FROM (VALUES (14, 1), (15, 3), (16, 4), (17, 11), (18, 15), (19, 16), (20, 19), (21, 30), (22, 37), (23, 40),
                                          (24, 6), (25, 35), (26, 22), (27, 32), (28, 13), (29, 23), (30, 2)) v (a, n)
                    WHERE v.a = (g - 1) % 30 + 1) + 40 * ((g / 30) % 7)
              ELSE 1 + (g * 7) % 300 END AS u,
         timestamptz '2024-05-01 06:00:00+00' + g * interval '3 hours 37 minutes' AS created_at
) x;

INSERT INTO credentials (id, organization_id, provider, name, external_account_id, credential, expires_at, last_refreshed_at, created_by_id, created_at, updated_at)
SELECT pg_temp.uid('cred', g), o.id, x.provider,
       CASE x.provider WHEN 'quickbooks' THEN 'QuickBooks Online'
                       WHEN 'xero' THEN 'Xero - ' || o.name
                       WHEN 'avalara' THEN 'Avalara AvaTax (production)'
                       WHEN 'taxjar' THEN 'TaxJar'
                       WHEN 'hubspot' THEN 'HubSpot portal'
                       ELSE 'Salesforce production org' END,
       CASE x.provider WHEN 'quickbooks' THEN '9130' || pg_temp.digits('realm' || g, 12)
                       WHEN 'xero' THEN md5('xero-tenant' || g)::uuid::text
                       WHEN 'avalara' THEN '2000' || pg_temp.digits('ava' || g, 6)
                       WHEN 'taxjar' THEN NULL
                       WHEN 'hubspot' THEN (20000000 + (g * 104729) % 9000000)::text
                       ELSE '00D' || pg_temp.tok('sforg' || g, 15) END,
       CASE x.provider
         WHEN 'quickbooks' THEN jsonb_build_object(
           'access_token', 'eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..' || pg_temp.tok('qbo-at' || g, 22) || '.' || pg_temp.tok('qbo-body' || g, 420) || '.' || pg_temp.tok('qbo-tag' || g, 22),
           'refresh_token', 'AB11' || pg_temp.digits('qbo-rt-ts' || g, 10) || pg_temp.tok('qbo-rt' || g, 36),
           'token_type', 'bearer', 'expires_in', 3600, 'x_refresh_token_expires_in', 8726400,
           'realm_id', '9130' || pg_temp.digits('realm' || g, 12))
         WHEN 'xero' THEN jsonb_build_object(
           'access_token', 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFDQUY4RTY2NzcyRDZEQzAyOEQ2NzI2RkQwMjYxNTgxNTcwRUZDMTkiLCJ0eXAiOiJKV1QiLCJ4NXQiOiJISy1PWm5jdGJjQW8xbkp2MENZVmdWY09fQmsifQ.'
                           || pg_temp.tok('xero-body' || g, 640) || '.' || pg_temp.tok('xero-sig' || g, 342),
           'refresh_token', pg_temp.hex('xero-rt' || g, 64),
           'token_type', 'Bearer', 'expires_in', 1800, 'scope', 'offline_access accounting.transactions accounting.contacts',
           'tenant_id', md5('xero-tenant' || g)::uuid::text)
         WHEN 'avalara' THEN jsonb_build_object(
           'account_id', '2000' || pg_temp.digits('ava' || g, 6), 'license_key', upper(pg_temp.hex('ava-key' || g, 16)),
           'company_code', upper(left(o.slug, 8)), 'environment', 'production')
         WHEN 'taxjar' THEN jsonb_build_object('api_token', pg_temp.hex('taxjar' || g, 32), 'sandbox', false)
         WHEN 'hubspot' THEN jsonb_build_object(
           'access_token', 'CJS' || pg_temp.tok('hs-at' || g, 140),
           'refresh_token', 'na1-' || left(pg_temp.hex('hs-rt' || g, 32), 4) || '-' || substr(pg_temp.hex('hs-rt' || g, 32), 5, 4) || '-'
                            || substr(pg_temp.hex('hs-rt' || g, 32), 9, 4) || '-' || substr(pg_temp.hex('hs-rt' || g, 32), 13, 4) || '-' || substr(pg_temp.hex('hs-rt' || g, 32), 17, 12),
           'hub_id', 20000000 + (g * 104729) % 9000000, 'expires_in', 1800,
           'scopes', jsonb_build_array('crm.objects.contacts.write', 'crm.objects.companies.read', 'oauth'))
         ELSE jsonb_build_object(
           'instance_url', 'https://' || replace(o.slug, '-', '') || '.my.salesforce.com',
           'access_token', '00D' || pg_temp.tok('sforg' || g, 15) || '!' || pg_temp.tok('sf-at' || g, 96),
           'refresh_token', '5Aep861' || pg_temp.tok('sf-rt' || g, 80),
           'signature', encode(decode(pg_temp.hex('sf-sig' || g, 64), 'hex'), 'base64'),
           'token_type', 'Bearer', 'issued_at', (extract(epoch FROM timestamptz '2024-09-14 08:00:00+00')::bigint * 1000 + g * 7919)::text)
       END,
       CASE WHEN x.provider IN ('quickbooks', 'xero', 'hubspot') THEN timestamptz '2024-09-14 08:00:00+00' + (g % 12) * interval '17 minutes' END,
       CASE WHEN x.provider IN ('quickbooks', 'xero', 'hubspot', 'salesforce') THEN timestamptz '2024-09-14 07:30:00+00' + (g % 12) * interval '17 minutes' END,
       pg_temp.uid('user', (g - 1) % 40 + 1),
       o.created_at + interval '60 days' + g * interval '4 days',
       timestamptz '2024-09-14 07:30:00+00' + (g % 12) * interval '17 minutes'
FROM generate_series(1, 60) g
JOIN organizations o ON o.id = pg_temp.uid('org', (g - 1) % 40 + 1)
CROSS JOIN LATERAL (
  SELECT (ARRAY['quickbooks','xero','avalara','taxjar','hubspot','salesforce'])[1 + (CASE WHEN g <= 40 THEN g ELSE g + 3 END) % 6] AS provider
) x;

INSERT INTO audit_events (organization_id, actor_type, actor_id, action, target_type, target_id, actor_ip, user_agent, metadata, request_id, created_at)
SELECT pg_temp.uid('org', x.o),
       x.actor_type::actor_type,
       CASE x.actor_type WHEN 'user' THEN pg_temp.uid('user', x.u) WHEN 'api_key' THEN pg_temp.uid('ak', x.o + 40 * (g % 4)) END,
       x.action,
       CASE WHEN x.action LIKE 'customer.%' THEN 'customer' WHEN x.action LIKE 'member.%' THEN 'membership' WHEN x.action LIKE 'invoice.%' THEN 'invoice'
            WHEN x.action LIKE 'api_key.%' THEN 'api_key' WHEN x.action LIKE 'webhook_endpoint.%' THEN 'webhook_endpoint'
            WHEN x.action LIKE 'subscription.%' THEN 'subscription' WHEN x.action LIKE 'refund.%' THEN 'refund'
            WHEN x.action LIKE 'coupon.%' THEN 'coupon' WHEN x.action LIKE 'user.%' THEN 'user' WHEN x.action = 'settings.updated' THEN 'organization' END,
       CASE WHEN x.action LIKE 'customer.%' THEN cu.id WHEN x.action LIKE 'member.%' THEN pg_temp.uid('membership', x.o + 40 * ((g / 40 + 1) % 7))
            WHEN x.action LIKE 'invoice.%' THEN pg_temp.uid('inv', x.c) WHEN x.action LIKE 'api_key.%' THEN pg_temp.uid('ak', x.o + 40 * (g % 5))
            WHEN x.action LIKE 'webhook_endpoint.%' THEN pg_temp.uid('we', x.o) WHEN x.action LIKE 'subscription.%' THEN pg_temp.uid('sub', x.c)
            WHEN x.action LIKE 'user.%' THEN pg_temp.uid('user', x.u) WHEN x.action = 'settings.updated' THEN pg_temp.uid('org', x.o)
            WHEN x.action LIKE 'coupon.%' THEN pg_temp.uid('coupon', (x.o - 1) * 3 + 1 + g % 3) END,
       CASE x.actor_type WHEN 'user' THEN CASE WHEN g % 4 = 0 THEN pg_temp.ip(g) ELSE pg_temp.ip(x.u * 3 + 1) END
                         WHEN 'api_key' THEN format('%s.%s.%s.%s', (ARRAY[3, 18, 52, 54, 34, 35])[1 + g % 6], (g * 37) % 256, (g * 91) % 256, 1 + (g * 13) % 254)::inet END,
       CASE x.actor_type WHEN 'user' THEN pg_temp.user_agent(x.u + g % 3)
                         WHEN 'api_key' THEN (ARRAY['Go-http-client/2.0','python-requests/2.31.0','axios/1.6.8','Zapier','curl/8.4.0','node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'])[1 + g % 6] END,
       CASE x.action
         WHEN 'user.login' THEN jsonb_build_object('method', CASE WHEN x.u % 8 IN (1, 5) THEN 'google' ELSE 'password' END, 'mfa', x.u % 4 = 0)
         WHEN 'user.login_failed' THEN jsonb_build_object('email', us.email, 'reason', (ARRAY['invalid_password','invalid_totp','account_locked'])[1 + g % 3])
         WHEN 'member.invited' THEN jsonb_build_object('email', pg_temp.email(g + 6000, pg_temp.first_name(g + 6000), pg_temp.last_name(g + 6000), NULL),
                                                      'role', (ARRAY['developer','billing','viewer','admin'])[1 + g % 4])
         WHEN 'member.role_changed' THEN jsonb_build_object('member', pg_temp.first_name(x.o + 40 * ((g / 40 + 1) % 7)) || ' ' || pg_temp.last_name(x.o + 40 * ((g / 40 + 1) % 7)),
                                                           'from', 'viewer', 'to', (ARRAY['developer','billing','admin'])[1 + g % 3])
         WHEN 'member.removed' THEN jsonb_build_object('email', lower(pg_temp.first_name(g + 6100)) || '.' || lower(regexp_replace(pg_temp.last_name(g + 6100), '[^A-Za-z]', '', 'g')) || '@' || regexp_replace(org.website, '^https://(www\.)?', ''))
         WHEN 'customer.updated' THEN CASE WHEN g % 2 = 0 AND cu.email IS NOT NULL
                                           THEN jsonb_build_object('customer', cu.external_id, 'changes', jsonb_build_object('email', jsonb_build_array(pg_temp.email(x.c + 5000, pg_temp.first_name(x.c + 1000), pg_temp.last_name(x.c + 1000), NULL), cu.email)))
                                           ELSE jsonb_build_object('customer', cu.external_id, 'changes', jsonb_build_object('address', jsonb_build_array(pg_temp.address(x.c + 3000, coalesce(cu.address ->> 'country', 'US')), cu.address))) END
         WHEN 'customer.deleted' THEN jsonb_build_object('customer', cu.external_id, 'name', cu.name, 'email', cu.email)
         WHEN 'invoice.voided' THEN jsonb_build_object('number', iv.number, 'reason', (ARRAY['duplicate','issued_in_error','customer_request'])[1 + g % 3])
         WHEN 'refund.created' THEN jsonb_build_object('amount', (1 + g % 40) * 500, 'currency', org.default_currency, 'reason', 'requested_by_customer')
         WHEN 'api_key.created' THEN jsonb_build_object('name', ak.name, 'prefix', ak.prefix, 'livemode', ak.livemode)
         WHEN 'api_key.revoked' THEN jsonb_build_object('prefix', ak.prefix)
         WHEN 'webhook_endpoint.updated' THEN jsonb_build_object('url', we.url, 'changes', jsonb_build_object('enabled_events', to_jsonb(we.enabled_events)))
         WHEN 'settings.updated' THEN jsonb_build_object('changes', jsonb_build_object('invoice.days_until_due', jsonb_build_array(30, (ARRAY[14, 7, 45])[1 + g % 3])))
         WHEN 'coupon.created' THEN jsonb_build_object('code', (SELECT code FROM coupons WHERE id = pg_temp.uid('coupon', (x.o - 1) * 3 + 1 + g % 3)))
         WHEN 'user.mfa_enabled' THEN jsonb_build_object('method', 'totp')
         WHEN 'subscription.canceled' THEN jsonb_build_object('subscription', su.external_id, 'reason', CASE WHEN x.actor_type = 'system' THEN 'dunning_exhausted' ELSE 'requested' END)
         ELSE '{}'::jsonb END,
       CASE WHEN x.actor_type <> 'system' THEN 'req_' || pg_temp.tok('audit-req' || g, 14) END,
       timestamptz '2024-01-02 08:00:00+00' + g * interval '3 hours 17 minutes' + (g % 60) * interval '1 second'
FROM generate_series(1, 2000) g
CROSS JOIN LATERAL (
  SELECT (g - 1) % 40 + 1 AS o,
         (g - 1) % 40 + 1 + 40 * ((g / 40) % 7) AS u,
         (g - 1) % 40 + 1 + 40 * ((g * 7) % 30) AS c,
         a.action,
         CASE WHEN a.action IN ('customer.updated', 'subscription.canceled', 'refund.created') AND g % 3 = 0 THEN 'api_key'
              WHEN a.action = 'subscription.canceled' AND g % 3 = 1 THEN 'system'
              WHEN a.action = 'invoice.voided' AND g % 5 = 0 THEN 'api_key'
              ELSE 'user' END AS actor_type
  FROM (SELECT (ARRAY['user.login','user.login','user.login','user.login_failed','member.invited','member.role_changed','member.removed',
                      'customer.updated','customer.updated','customer.deleted','invoice.voided','refund.created','api_key.created','api_key.revoked',
                      'webhook_endpoint.updated','settings.updated','coupon.created','user.password_changed','user.mfa_enabled',
                      'subscription.canceled'])[1 + (g * 3) % 20] AS action) a
) x
JOIN organizations org ON org.id = pg_temp.uid('org', x.o)
JOIN users us ON us.id = pg_temp.uid('user', x.u)
JOIN customers cu ON cu.id = pg_temp.uid('customer', x.c)
JOIN subscriptions su ON su.id = pg_temp.uid('sub', x.c)
JOIN invoices iv ON iv.id = pg_temp.uid('inv', x.c)
JOIN api_keys ak ON ak.id = pg_temp.uid('ak', x.o + 40 * (g % 5))
JOIN webhook_endpoints we ON we.id = pg_temp.uid('we', x.o)
ORDER BY 11;

INSERT INTO idempotency_keys (organization_id, api_key_id, key, request_method, request_path, request_params, response_code, response_body,
                              recovery_point, locked_at, created_at, last_run_at)
SELECT org.id, ak.id,
       CASE WHEN g % 3 = 0 THEN (ARRAY['create-customer-','create-sub-','pay-invoice-','usage-','refund-'])[1 + g % 5] || x.c || '-' || (1700000000 + g * 3607)
            ELSE md5('idempotency' || g)::uuid::text END,
       'POST',
       CASE g % 5 WHEN 0 THEN '/v1/customers' WHEN 1 THEN '/v1/subscriptions'
                  WHEN 2 THEN '/v1/invoices/in_1' || pg_temp.tok('in' || x.c, 23) || '/pay'
                  WHEN 3 THEN '/v1/subscription_items/si_' || pg_temp.tok('si' || x.c, 14) || '/usage_records'
                  ELSE '/v1/refunds' END,
       CASE g % 5
         WHEN 0 THEN jsonb_strip_nulls(jsonb_build_object('email', cu.email, 'name', cu.name, 'phone', cu.phone, 'address', cu.address,
                                                          'metadata', cu.metadata, 'preferred_locales', to_jsonb(cu.preferred_locales)))
         WHEN 1 THEN jsonb_build_object('customer', cu.external_id, 'items', jsonb_build_array(jsonb_build_object('price', pr.external_id, 'quantity', si.quantity)),
                                        'collection_method', su.collection_method, 'payment_behavior', 'default_incomplete')
         WHEN 2 THEN jsonb_build_object('payment_method', pm.external_id, 'off_session', true)
         WHEN 3 THEN jsonb_build_object('quantity', 100 + (g * 37) % 5000, 'timestamp', 1714521600 + g * 3600, 'action', 'increment')
         ELSE jsonb_build_object('charge', 'ch_3' || pg_temp.tok('ch' || x.c || '-0', 23), 'amount', (1 + g % 20) * 500, 'reason', 'requested_by_customer')
       END,
       r.code,
       CASE WHEN r.code IS NULL THEN NULL
            WHEN r.code = 400 THEN jsonb_build_object('error', jsonb_build_object('type', 'invalid_request_error', 'code', 'resource_missing',
                                   'message', 'No such price: ''price_1' || pg_temp.tok('missing' || g, 23) || '''', 'param', 'items[0][price]'))
            WHEN r.code = 402 THEN jsonb_build_object('error', jsonb_build_object('type', 'card_error', 'code', 'card_declined', 'decline_code', 'insufficient_funds',
                                   'message', 'Your card has insufficient funds.'))
            WHEN r.code = 409 THEN jsonb_build_object('error', jsonb_build_object('type', 'idempotency_error',
                                   'message', 'Keys for idempotent requests can only be used with the same parameters they were first used with.'))
            WHEN g % 5 = 0 THEN jsonb_build_object('id', cu.external_id, 'object', 'customer', 'email', cu.email, 'name', cu.name, 'phone', cu.phone,
                                                   'created', extract(epoch FROM cu.created_at)::bigint, 'livemode', true)
            WHEN g % 5 = 1 THEN jsonb_build_object('id', su.external_id, 'object', 'subscription', 'status', 'incomplete', 'customer', cu.external_id)
            WHEN g % 5 = 2 THEN jsonb_build_object('id', 'in_1' || pg_temp.tok('in' || x.c, 23), 'object', 'invoice', 'status', 'paid', 'amount_paid', iv.amount_paid)
            WHEN g % 5 = 3 THEN jsonb_build_object('id', 'mbur_1' || pg_temp.tok('mbur' || g, 23), 'object', 'usage_record', 'quantity', 100 + (g * 37) % 5000)
            ELSE jsonb_build_object('id', 're_3' || pg_temp.tok('idem-re' || g, 23), 'object', 'refund', 'status', 'succeeded', 'amount', (1 + g % 20) * 500)
       END,
       CASE WHEN r.code IS NULL THEN (ARRAY['started','customer_created','charge_created'])[1 + g % 3] ELSE 'finished' END,
       CASE WHEN r.code IS NULL AND g % 2 = 0 THEN x.created_at + interval '150 milliseconds' END,
       x.created_at,
       x.created_at + CASE WHEN r.code = 409 THEN interval '4 minutes' ELSE interval '310 milliseconds' END
FROM generate_series(1, 800) g
CROSS JOIN LATERAL (
  SELECT (g - 1) % 40 + 1 AS o, (g - 1) % 40 + 1 + 40 * ((g * 3) % 30) AS c,
         timestamptz '2024-08-15 00:00:00+00' + g * interval '47 minutes 13 seconds' AS created_at
) x
CROSS JOIN LATERAL (
  SELECT CASE WHEN g % 97 = 0 THEN NULL WHEN g % 31 = 0 THEN 409 WHEN g % 23 = 0 THEN 400 WHEN g % 5 = 2 AND g % 4 = 0 THEN 402 ELSE 200 END AS code
) r
JOIN organizations org ON org.id = pg_temp.uid('org', x.o)
JOIN api_keys ak ON ak.id = pg_temp.uid('ak', x.o + 40 * (ARRAY[0, 0, 2, 3])[1 + g % 4])
JOIN customers cu ON cu.id = pg_temp.uid('customer', x.c)
JOIN subscriptions su ON su.id = pg_temp.uid('sub', x.c)
JOIN subscription_items si ON si.id = pg_temp.uid('si', x.c)
JOIN prices pr ON pr.id = si.price_id
JOIN invoices iv ON iv.id = pg_temp.uid('inv', x.c)
JOIN payment_methods pm ON pm.id = pg_temp.uid('pm', x.c);

DROP FUNCTION pg_temp.user_agent(int);
DROP FUNCTION pg_temp.ip(int);
DROP FUNCTION pg_temp.address(int, text);
DROP FUNCTION pg_temp.phone(int, text);
DROP FUNCTION pg_temp.country_of(int);
DROP FUNCTION pg_temp.email(int, text, text, text);
DROP FUNCTION pg_temp.last_name(int);
DROP FUNCTION pg_temp.first_name(int);
DROP FUNCTION pg_temp.bcrypt(text, int);
DROP FUNCTION pg_temp.digits(text, int);
DROP FUNCTION pg_temp.b64url(text, int);
DROP FUNCTION pg_temp.tok(text, int);
DROP FUNCTION pg_temp.hex(text, int);
DROP FUNCTION pg_temp.uid(text, bigint);

ANALYZE;
