SET TimeZone = 'UTC';

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE DOMAIN currency_code AS CHAR(3) CHECK (VALUE ~ '^[A-Z]{3}$');

CREATE TYPE userrole AS ENUM ('RIDER', 'DRIVER', 'AGENT', 'ADMIN');
CREATE TYPE driverstatus AS ENUM ('APPLIED', 'DOCUMENTS_PENDING', 'BACKGROUND_CHECK', 'ACTIVE', 'SUSPENDED', 'DEACTIVATED');
CREATE TYPE tripstatus AS ENUM ('REQUESTED', 'DRIVER_ASSIGNED', 'DRIVER_ARRIVED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_DRIVERS_AVAILABLE');
CREATE TYPE tripactor AS ENUM ('RIDER', 'DRIVER', 'SYSTEM', 'AGENT');
CREATE TYPE paymentmethodtype AS ENUM ('CARD', 'APPLE_PAY', 'GOOGLE_PAY', 'PAYPAL', 'CASH');
CREATE TYPE paymentstatus AS ENUM ('PENDING', 'AUTHORIZED', 'CAPTURED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED');
CREATE TYPE payoutstatus AS ENUM ('pending', 'in_transit', 'paid', 'failed', 'cancelled');
CREATE TYPE ticketstatus AS ENUM ('new', 'open', 'pending', 'on_hold', 'solved', 'closed');
CREATE TYPE documenttype AS ENUM ('DRIVING_LICENCE', 'PHV_DRIVER_LICENCE', 'PHV_VEHICLE_LICENCE', 'INSURANCE_CERTIFICATE', 'MOT_CERTIFICATE', 'V5C_LOGBOOK', 'PROOF_OF_ADDRESS', 'DBS_CERTIFICATE');
CREATE TYPE documentstatus AS ENUM ('PENDING_REVIEW', 'APPROVED', 'REJECTED', 'EXPIRED');
CREATE TYPE placelabel AS ENUM ('HOME', 'WORK', 'OTHER');
CREATE TYPE deviceplatform AS ENUM ('ios', 'android');
CREATE TYPE otppurpose AS ENUM ('login', 'signup', 'phone_change', 'payout_change');
CREATE TYPE incidenttype AS ENUM ('DANGEROUS_DRIVING', 'HARASSMENT', 'ASSAULT', 'ROAD_TRAFFIC_COLLISION', 'INTOXICATED_PASSENGER', 'DISCRIMINATION', 'VEHICLE_MISMATCH', 'LOST_PROPERTY', 'OTHER');

CREATE TABLE cities (
    id SERIAL NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    slug VARCHAR(100) NOT NULL, 
    country_code CHAR(2) NOT NULL, 
    currency currency_code NOT NULL, 
    timezone VARCHAR(64) NOT NULL, 
    centre_lat DOUBLE PRECISION NOT NULL, 
    centre_lng DOUBLE PRECISION NOT NULL, 
    default_radius_km REAL NOT NULL, 
    is_active BOOLEAN DEFAULT false NOT NULL, 
    launched_on DATE, 
    support_phone VARCHAR(32), 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_cities PRIMARY KEY (id), 
    CONSTRAINT uq_cities_slug UNIQUE (slug)
);

CREATE TABLE vehicle_types (
    id SERIAL NOT NULL, 
    code VARCHAR(30) NOT NULL, 
    display_name VARCHAR(60) NOT NULL, 
    description TEXT, 
    seats SMALLINT NOT NULL, 
    min_vehicle_year SMALLINT NOT NULL, 
    is_electric_only BOOLEAN DEFAULT false NOT NULL, 
    sort_order SMALLINT DEFAULT 0 NOT NULL, 
    icon_url VARCHAR(255), 
    is_active BOOLEAN DEFAULT true NOT NULL, 
    CONSTRAINT pk_vehicle_types PRIMARY KEY (id), 
    CONSTRAINT uq_vehicle_types_code UNIQUE (code)
);

CREATE TABLE service_areas (
    id SERIAL NOT NULL, 
    city_id INTEGER NOT NULL, 
    code VARCHAR(50) NOT NULL, 
    name VARCHAR(120) NOT NULL, 
    kind VARCHAR(20) NOT NULL, 
    boundary JSONB NOT NULL, 
    surge_enabled BOOLEAN DEFAULT true NOT NULL, 
    pickup_instructions TEXT, 
    is_active BOOLEAN DEFAULT true NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_service_areas PRIMARY KEY (id), 
    CONSTRAINT fk_service_areas_city_id_cities FOREIGN KEY(city_id) REFERENCES cities (id) ON DELETE CASCADE, 
    CONSTRAINT uq_service_areas_code UNIQUE (code), 
    CONSTRAINT ck_service_areas_kind CHECK (kind IN ('zone', 'airport', 'station', 'event_venue', 'restricted'))
);
CREATE INDEX ix_service_areas_city_id ON service_areas (city_id);

CREATE TABLE fare_rules (
    id SERIAL NOT NULL, 
    city_id INTEGER NOT NULL, 
    vehicle_type_id INTEGER NOT NULL, 
    base_fare NUMERIC(8, 2) NOT NULL, 
    per_km NUMERIC(8, 4) NOT NULL, 
    per_minute NUMERIC(8, 4) NOT NULL, 
    minimum_fare NUMERIC(8, 2) NOT NULL, 
    booking_fee NUMERIC(8, 2) DEFAULT 0 NOT NULL, 
    cancellation_fee NUMERIC(8, 2) DEFAULT 0 NOT NULL, 
    airport_surcharge NUMERIC(8, 2), 
    max_surge_multiplier NUMERIC(4, 2) DEFAULT 3.0 NOT NULL, 
    currency currency_code NOT NULL, 
    valid_from TIMESTAMP WITH TIME ZONE NOT NULL, 
    valid_to TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_fare_rules PRIMARY KEY (id), 
    CONSTRAINT fk_fare_rules_city_id_cities FOREIGN KEY(city_id) REFERENCES cities (id), 
    CONSTRAINT fk_fare_rules_vehicle_type_id_vehicle_types FOREIGN KEY(vehicle_type_id) REFERENCES vehicle_types (id), 
    CONSTRAINT ck_fare_rules_positive_amounts CHECK (base_fare >= 0 AND per_km >= 0 AND per_minute >= 0 AND minimum_fare >= 0), 
    CONSTRAINT ck_fare_rules_valid_range CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX ix_fare_rules_city_id_vehicle_type_id ON fare_rules (city_id, vehicle_type_id);

CREATE TABLE users (
    id UUID NOT NULL, 
    email VARCHAR(320), 
    phone_number VARCHAR(20) NOT NULL, 
    hashed_password VARCHAR(1024), 
    first_name VARCHAR(100) NOT NULL, 
    last_name VARCHAR(100) NOT NULL, 
    role userrole NOT NULL, 
    is_active BOOLEAN DEFAULT true NOT NULL, 
    is_superuser BOOLEAN DEFAULT false NOT NULL, 
    is_verified BOOLEAN DEFAULT false NOT NULL, 
    email_verified_at TIMESTAMP WITH TIME ZONE, 
    phone_verified_at TIMESTAMP WITH TIME ZONE, 
    locale VARCHAR(10) DEFAULT 'en-GB' NOT NULL, 
    avatar_url VARCHAR(512), 
    referral_code VARCHAR(16) NOT NULL, 
    marketing_opt_in BOOLEAN DEFAULT false NOT NULL, 
    last_login_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    deleted_at TIMESTAMP WITH TIME ZONE, 
    CONSTRAINT pk_users PRIMARY KEY (id), 
    CONSTRAINT uq_users_referral_code UNIQUE (referral_code)
);
CREATE UNIQUE INDEX ix_users_email ON users (email);
CREATE UNIQUE INDEX ix_users_phone_number ON users (phone_number);
CREATE INDEX ix_users_role ON users (role);

CREATE TABLE feature_flags (
    id SERIAL NOT NULL, 
    key VARCHAR(100) NOT NULL, 
    description TEXT, 
    is_enabled BOOLEAN DEFAULT false NOT NULL, 
    rollout_percentage SMALLINT DEFAULT 0 NOT NULL, 
    city_ids INTEGER[], 
    platforms VARCHAR(16)[], 
    payload JSONB, 
    updated_by_id UUID, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_feature_flags PRIMARY KEY (id), 
    CONSTRAINT fk_feature_flags_updated_by_id_users FOREIGN KEY(updated_by_id) REFERENCES users (id) ON DELETE SET NULL, 
    CONSTRAINT ck_feature_flags_rollout_percentage_range CHECK (rollout_percentage BETWEEN 0 AND 100)
);
CREATE UNIQUE INDEX ix_feature_flags_key ON feature_flags (key);

CREATE TABLE agents (
    id SERIAL NOT NULL, 
    user_id UUID NOT NULL, 
    display_name VARCHAR(80) NOT NULL, 
    team VARCHAR(40) NOT NULL, 
    manager_id INTEGER, 
    is_on_shift BOOLEAN DEFAULT false NOT NULL, 
    max_concurrent_tickets SMALLINT DEFAULT 8 NOT NULL, 
    languages VARCHAR(8)[] DEFAULT '{en}' NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_agents PRIMARY KEY (id), 
    CONSTRAINT fk_agents_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT fk_agents_manager_id_agents FOREIGN KEY(manager_id) REFERENCES agents (id) ON DELETE SET NULL, 
    CONSTRAINT uq_agents_user_id UNIQUE (user_id)
);

CREATE TABLE riders (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    user_id UUID NOT NULL, 
    home_city_id INTEGER, 
    rating NUMERIC(3, 2), 
    completed_trips INTEGER DEFAULT 0 NOT NULL, 
    cancelled_trips INTEGER DEFAULT 0 NOT NULL, 
    stripe_customer_id VARCHAR(64), 
    default_payment_method_id UUID, 
    emergency_contact_name VARCHAR(200), 
    emergency_contact_phone VARCHAR(32), 
    gender VARCHAR(20), 
    date_of_birth DATE, 
    accessibility_needs VARCHAR(40)[], 
    fraud_score REAL DEFAULT 0 NOT NULL, 
    blocked_at TIMESTAMP WITH TIME ZONE, 
    block_reason TEXT, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_riders PRIMARY KEY (id), 
    CONSTRAINT fk_riders_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT fk_riders_home_city_id_cities FOREIGN KEY(home_city_id) REFERENCES cities (id), 
    CONSTRAINT uq_riders_user_id UNIQUE (user_id), 
    CONSTRAINT uq_riders_stripe_customer_id UNIQUE (stripe_customer_id), 
    CONSTRAINT ck_riders_rating_range CHECK (rating IS NULL OR (rating >= 1 AND rating <= 5))
);

CREATE TABLE drivers (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    user_id UUID NOT NULL, 
    city_id INTEGER NOT NULL, 
    status driverstatus DEFAULT 'APPLIED' NOT NULL, 
    legal_first_name VARCHAR(100) NOT NULL, 
    legal_last_name VARCHAR(100) NOT NULL, 
    date_of_birth DATE NOT NULL, 
    gender VARCHAR(20), 
    nationality CHAR(2), 
    national_insurance_number VARCHAR(13), 
    driving_licence_number VARCHAR(16) NOT NULL, 
    driving_licence_expiry DATE, 
    phv_licence_number VARCHAR(20), 
    phv_licence_authority VARCHAR(80), 
    phv_licence_expiry DATE, 
    address_line1 VARCHAR(255) NOT NULL, 
    address_line2 VARCHAR(255), 
    address_city VARCHAR(100) NOT NULL, 
    postcode VARCHAR(10) NOT NULL, 
    bank_account_name VARCHAR(140), 
    bank_sort_code VARCHAR(8), 
    bank_account_number VARCHAR(8), 
    selfie_image BYTEA, 
    licence_front_image BYTEA, 
    licence_back_image BYTEA, 
    background_check_status VARCHAR(20) DEFAULT 'not_started' NOT NULL, 
    background_check_completed_at TIMESTAMP WITH TIME ZONE, 
    rating NUMERIC(3, 2), 
    acceptance_rate REAL, 
    cancellation_rate REAL, 
    lifetime_trips INTEGER DEFAULT 0 NOT NULL, 
    is_online BOOLEAN DEFAULT false NOT NULL, 
    last_known_lat DOUBLE PRECISION, 
    last_known_lng DOUBLE PRECISION, 
    last_location_at TIMESTAMP WITH TIME ZONE, 
    referred_by_driver_id BIGINT, 
    onboarded_at TIMESTAMP WITH TIME ZONE, 
    deactivated_reason TEXT, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_drivers PRIMARY KEY (id), 
    CONSTRAINT fk_drivers_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT fk_drivers_city_id_cities FOREIGN KEY(city_id) REFERENCES cities (id), 
    CONSTRAINT fk_drivers_referred_by_driver_id_drivers FOREIGN KEY(referred_by_driver_id) REFERENCES drivers (id) ON DELETE SET NULL, 
    CONSTRAINT uq_drivers_user_id UNIQUE (user_id), 
    CONSTRAINT uq_drivers_driving_licence_number UNIQUE (driving_licence_number), 
    CONSTRAINT ck_drivers_background_check_status CHECK (background_check_status IN ('not_started', 'in_progress', 'clear', 'consider', 'failed')), 
    CONSTRAINT ck_drivers_rating_range CHECK (rating IS NULL OR (rating >= 1 AND rating <= 5)), 
    CONSTRAINT ck_drivers_acceptance_rate_range CHECK (acceptance_rate IS NULL OR (acceptance_rate >= 0 AND acceptance_rate <= 1))
);
CREATE INDEX ix_drivers_city_id_status ON drivers (city_id, status);
CREATE INDEX ix_drivers_is_online ON drivers (is_online) WHERE is_online;

CREATE TABLE identity_verifications (
    id UUID NOT NULL, 
    driver_id BIGINT NOT NULL, 
    provider VARCHAR(30) NOT NULL, 
    applicant_id VARCHAR(64) NOT NULL, 
    check_id VARCHAR(64), 
    document_type VARCHAR(30), 
    status VARCHAR(20) NOT NULL, 
    result VARCHAR(20), 
    sub_result VARCHAR(30), 
    provider_response JSONB, 
    webhook_received_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_identity_verifications PRIMARY KEY (id), 
    CONSTRAINT fk_identity_verifications_driver_id_drivers FOREIGN KEY(driver_id) REFERENCES drivers (id) ON DELETE CASCADE
);
CREATE INDEX ix_identity_verifications_driver_id ON identity_verifications (driver_id);
CREATE UNIQUE INDEX ix_identity_verifications_check_id ON identity_verifications (check_id);

CREATE TABLE background_checks (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    driver_id BIGINT NOT NULL, 
    provider VARCHAR(40) NOT NULL, 
    check_type VARCHAR(40) NOT NULL, 
    external_reference VARCHAR(64), 
    certificate_number VARCHAR(20), 
    status VARCHAR(20) NOT NULL, 
    result VARCHAR(20), 
    dvla_penalty_points SMALLINT, 
    adjudication_notes TEXT, 
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL, 
    completed_at TIMESTAMP WITH TIME ZONE, 
    expires_at TIMESTAMP WITH TIME ZONE, 
    requested_by_agent_id INTEGER, 
    CONSTRAINT pk_background_checks PRIMARY KEY (id), 
    CONSTRAINT fk_background_checks_driver_id_drivers FOREIGN KEY(driver_id) REFERENCES drivers (id) ON DELETE CASCADE, 
    CONSTRAINT fk_background_checks_requested_by_agent_id_agents FOREIGN KEY(requested_by_agent_id) REFERENCES agents (id), 
    CONSTRAINT ck_background_checks_status CHECK (status IN ('requested', 'in_progress', 'complete', 'withdrawn')), 
    CONSTRAINT ck_background_checks_result CHECK (result IS NULL OR result IN ('clear', 'consider', 'failed'))
);
CREATE INDEX ix_background_checks_driver_id ON background_checks (driver_id);

CREATE TABLE vehicles (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    driver_id BIGINT NOT NULL, 
    vehicle_type_id INTEGER NOT NULL, 
    make VARCHAR(50) NOT NULL, 
    model VARCHAR(50) NOT NULL, 
    year SMALLINT NOT NULL, 
    colour VARCHAR(30) NOT NULL, 
    licence_plate VARCHAR(10) NOT NULL, 
    vin VARCHAR(17), 
    fuel_type VARCHAR(20) NOT NULL, 
    seats SMALLINT DEFAULT 4 NOT NULL, 
    phv_vehicle_licence_number VARCHAR(20), 
    insurance_provider VARCHAR(80), 
    insurance_policy_number VARCHAR(40), 
    insurance_expires_on DATE, 
    mot_expires_on DATE, 
    is_wheelchair_accessible BOOLEAN DEFAULT false NOT NULL, 
    is_active BOOLEAN DEFAULT true NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_vehicles PRIMARY KEY (id), 
    CONSTRAINT fk_vehicles_driver_id_drivers FOREIGN KEY(driver_id) REFERENCES drivers (id) ON DELETE CASCADE, 
    CONSTRAINT fk_vehicles_vehicle_type_id_vehicle_types FOREIGN KEY(vehicle_type_id) REFERENCES vehicle_types (id), 
    CONSTRAINT uq_vehicles_licence_plate UNIQUE (licence_plate), 
    CONSTRAINT uq_vehicles_vin UNIQUE (vin), 
    CONSTRAINT ck_vehicles_fuel_type CHECK (fuel_type IN ('petrol', 'diesel', 'hybrid', 'plug_in_hybrid', 'electric'))
);
CREATE INDEX ix_vehicles_driver_id ON vehicles (driver_id);

CREATE TABLE vehicle_eligible_types (
    vehicle_id BIGINT NOT NULL, 
    vehicle_type_id INTEGER NOT NULL, 
    approved_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_vehicle_eligible_types PRIMARY KEY (vehicle_id, vehicle_type_id), 
    CONSTRAINT fk_vehicle_eligible_types_vehicle_id_vehicles FOREIGN KEY(vehicle_id) REFERENCES vehicles (id) ON DELETE CASCADE, 
    CONSTRAINT fk_vehicle_eligible_types_vehicle_type_id_vehicle_types FOREIGN KEY(vehicle_type_id) REFERENCES vehicle_types (id) ON DELETE CASCADE
);

CREATE TABLE driver_documents (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    driver_id BIGINT NOT NULL, 
    vehicle_id BIGINT, 
    document_type documenttype NOT NULL, 
    storage_key VARCHAR(512) NOT NULL, 
    original_filename VARCHAR(255), 
    content_type VARCHAR(100) NOT NULL, 
    file_size INTEGER NOT NULL, 
    sha256 CHAR(64) NOT NULL, 
    status documentstatus DEFAULT 'PENDING_REVIEW' NOT NULL, 
    rejection_reason VARCHAR(255), 
    reviewed_by_agent_id INTEGER, 
    reviewed_at TIMESTAMP WITH TIME ZONE, 
    expires_on DATE, 
    uploaded_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_driver_documents PRIMARY KEY (id), 
    CONSTRAINT fk_driver_documents_driver_id_drivers FOREIGN KEY(driver_id) REFERENCES drivers (id) ON DELETE CASCADE, 
    CONSTRAINT fk_driver_documents_vehicle_id_vehicles FOREIGN KEY(vehicle_id) REFERENCES vehicles (id) ON DELETE SET NULL, 
    CONSTRAINT fk_driver_documents_reviewed_by_agent_id_agents FOREIGN KEY(reviewed_by_agent_id) REFERENCES agents (id), 
    CONSTRAINT uq_driver_documents_storage_key UNIQUE (storage_key)
);
CREATE INDEX ix_driver_documents_driver_id ON driver_documents (driver_id);

CREATE TABLE saved_places (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    rider_id BIGINT NOT NULL, 
    label placelabel NOT NULL, 
    name VARCHAR(80), 
    address VARCHAR(255) NOT NULL, 
    postcode VARCHAR(10), 
    latitude DOUBLE PRECISION NOT NULL, 
    longitude DOUBLE PRECISION NOT NULL, 
    google_place_id VARCHAR(255), 
    driver_notes VARCHAR(255), 
    use_count INTEGER DEFAULT 0 NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_saved_places PRIMARY KEY (id), 
    CONSTRAINT fk_saved_places_rider_id_riders FOREIGN KEY(rider_id) REFERENCES riders (id) ON DELETE CASCADE
);
CREATE INDEX ix_saved_places_rider_id ON saved_places (rider_id);
CREATE UNIQUE INDEX uq_saved_places_rider_id_label ON saved_places (rider_id, label) WHERE label IN ('HOME', 'WORK');

CREATE TABLE payment_methods (
    id UUID NOT NULL, 
    rider_id BIGINT NOT NULL, 
    type paymentmethodtype NOT NULL, 
    provider VARCHAR(20) NOT NULL, 
    provider_payment_method_id VARCHAR(64), 
    card_brand VARCHAR(20), 
    card_last4 CHAR(4), 
    card_exp_month SMALLINT, 
    card_exp_year SMALLINT, 
    card_fingerprint VARCHAR(32), 
    card_funding VARCHAR(10), 
    billing_postcode VARCHAR(10), 
    paypal_email VARCHAR(320), 
    is_default BOOLEAN DEFAULT false NOT NULL, 
    is_business BOOLEAN DEFAULT false NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    deleted_at TIMESTAMP WITH TIME ZONE, 
    CONSTRAINT pk_payment_methods PRIMARY KEY (id), 
    CONSTRAINT fk_payment_methods_rider_id_riders FOREIGN KEY(rider_id) REFERENCES riders (id) ON DELETE CASCADE, 
    CONSTRAINT uq_payment_methods_provider_payment_method_id UNIQUE (provider_payment_method_id), 
    CONSTRAINT ck_payment_methods_card_exp_month_range CHECK (card_exp_month IS NULL OR card_exp_month BETWEEN 1 AND 12)
);
CREATE INDEX ix_payment_methods_rider_id ON payment_methods (rider_id);
CREATE INDEX ix_payment_methods_card_fingerprint ON payment_methods (card_fingerprint);

ALTER TABLE riders ADD CONSTRAINT fk_riders_default_payment_method_id_payment_methods FOREIGN KEY(default_payment_method_id) REFERENCES payment_methods (id) ON DELETE SET NULL;

CREATE TABLE promo_codes (
    id SERIAL NOT NULL, 
    code VARCHAR(32) NOT NULL, 
    description VARCHAR(255), 
    discount_type VARCHAR(10) NOT NULL, 
    discount_value NUMERIC(8, 2) NOT NULL, 
    max_discount NUMERIC(8, 2), 
    currency currency_code DEFAULT 'GBP' NOT NULL, 
    city_id INTEGER, 
    max_redemptions INTEGER, 
    redemptions_count INTEGER DEFAULT 0 NOT NULL, 
    per_rider_limit SMALLINT DEFAULT 1 NOT NULL, 
    first_ride_only BOOLEAN DEFAULT false NOT NULL, 
    valid_from TIMESTAMP WITH TIME ZONE NOT NULL, 
    valid_until TIMESTAMP WITH TIME ZONE, 
    is_active BOOLEAN DEFAULT true NOT NULL, 
    created_by_id UUID, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_promo_codes PRIMARY KEY (id), 
    CONSTRAINT fk_promo_codes_city_id_cities FOREIGN KEY(city_id) REFERENCES cities (id), 
    CONSTRAINT fk_promo_codes_created_by_id_users FOREIGN KEY(created_by_id) REFERENCES users (id) ON DELETE SET NULL, 
    CONSTRAINT ck_promo_codes_discount_type CHECK (discount_type IN ('percent', 'fixed'))
);
CREATE UNIQUE INDEX ix_promo_codes_code ON promo_codes (upper(code));

CREATE TABLE trips (
    id UUID NOT NULL, 
    rider_id BIGINT NOT NULL, 
    driver_id BIGINT, 
    vehicle_id BIGINT, 
    city_id INTEGER NOT NULL, 
    vehicle_type_id INTEGER NOT NULL, 
    service_area_id INTEGER, 
    fare_rule_id INTEGER, 
    status tripstatus DEFAULT 'REQUESTED' NOT NULL, 
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL, 
    accepted_at TIMESTAMP WITH TIME ZONE, 
    arrived_at TIMESTAMP WITH TIME ZONE, 
    started_at TIMESTAMP WITH TIME ZONE, 
    completed_at TIMESTAMP WITH TIME ZONE, 
    cancelled_at TIMESTAMP WITH TIME ZONE, 
    cancelled_by tripactor, 
    cancellation_reason VARCHAR(255), 
    pickup_address VARCHAR(255) NOT NULL, 
    pickup_lat DOUBLE PRECISION NOT NULL, 
    pickup_lng DOUBLE PRECISION NOT NULL, 
    dropoff_address VARCHAR(255), 
    dropoff_lat DOUBLE PRECISION, 
    dropoff_lng DOUBLE PRECISION, 
    pickup_saved_place_id BIGINT, 
    route_polyline TEXT, 
    distance_meters INTEGER, 
    duration_seconds INTEGER, 
    passenger_count SMALLINT DEFAULT 1 NOT NULL, 
    estimated_fare NUMERIC(10, 2), 
    fare_amount NUMERIC(10, 2), 
    surge_multiplier NUMERIC(4, 2) DEFAULT 1.0 NOT NULL, 
    booking_fee NUMERIC(8, 2), 
    currency currency_code NOT NULL, 
    payment_method_id UUID, 
    promo_code_id INTEGER, 
    metadata JSONB DEFAULT '{}'::jsonb NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_trips PRIMARY KEY (id), 
    CONSTRAINT fk_trips_rider_id_riders FOREIGN KEY(rider_id) REFERENCES riders (id), 
    CONSTRAINT fk_trips_driver_id_drivers FOREIGN KEY(driver_id) REFERENCES drivers (id), 
    CONSTRAINT fk_trips_vehicle_id_vehicles FOREIGN KEY(vehicle_id) REFERENCES vehicles (id), 
    CONSTRAINT fk_trips_city_id_cities FOREIGN KEY(city_id) REFERENCES cities (id), 
    CONSTRAINT fk_trips_vehicle_type_id_vehicle_types FOREIGN KEY(vehicle_type_id) REFERENCES vehicle_types (id), 
    CONSTRAINT fk_trips_service_area_id_service_areas FOREIGN KEY(service_area_id) REFERENCES service_areas (id), 
    CONSTRAINT fk_trips_fare_rule_id_fare_rules FOREIGN KEY(fare_rule_id) REFERENCES fare_rules (id), 
    CONSTRAINT fk_trips_pickup_saved_place_id_saved_places FOREIGN KEY(pickup_saved_place_id) REFERENCES saved_places (id) ON DELETE SET NULL, 
    CONSTRAINT fk_trips_payment_method_id_payment_methods FOREIGN KEY(payment_method_id) REFERENCES payment_methods (id), 
    CONSTRAINT fk_trips_promo_code_id_promo_codes FOREIGN KEY(promo_code_id) REFERENCES promo_codes (id), 
    CONSTRAINT ck_trips_surge_multiplier_range CHECK (surge_multiplier >= 1.0 AND surge_multiplier <= 5.0), 
    CONSTRAINT ck_trips_passenger_count_range CHECK (passenger_count BETWEEN 1 AND 8)
);
CREATE INDEX ix_trips_rider_id_requested_at ON trips (rider_id, requested_at);
CREATE INDEX ix_trips_driver_id_requested_at ON trips (driver_id, requested_at);
CREATE INDEX ix_trips_status ON trips (status);
CREATE INDEX ix_trips_city_id ON trips (city_id);

CREATE TABLE trip_status_transitions (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    trip_id UUID NOT NULL, 
    from_status tripstatus, 
    to_status tripstatus NOT NULL, 
    actor tripactor NOT NULL, 
    source VARCHAR(30) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_trip_status_transitions PRIMARY KEY (id), 
    CONSTRAINT fk_trip_status_transitions_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id) ON DELETE CASCADE
);
CREATE INDEX ix_trip_status_transitions_trip_id ON trip_status_transitions (trip_id);

CREATE TABLE trip_location_pings (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    trip_id UUID NOT NULL, 
    driver_id BIGINT NOT NULL, 
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, 
    latitude DOUBLE PRECISION NOT NULL, 
    longitude DOUBLE PRECISION NOT NULL, 
    accuracy_m REAL, 
    speed_mps REAL, 
    bearing SMALLINT, 
    altitude_m REAL, 
    battery_pct SMALLINT, 
    received_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_trip_location_pings PRIMARY KEY (id), 
    CONSTRAINT fk_trip_location_pings_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id) ON DELETE CASCADE, 
    CONSTRAINT fk_trip_location_pings_driver_id_drivers FOREIGN KEY(driver_id) REFERENCES drivers (id)
);
CREATE INDEX ix_trip_location_pings_trip_id_recorded_at ON trip_location_pings (trip_id, recorded_at);

CREATE TABLE ratings (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    trip_id UUID NOT NULL, 
    rater_user_id UUID NOT NULL, 
    ratee_user_id UUID NOT NULL, 
    rater_role userrole NOT NULL, 
    stars SMALLINT NOT NULL, 
    comment TEXT, 
    tags VARCHAR(40)[], 
    is_excluded BOOLEAN DEFAULT false NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_ratings PRIMARY KEY (id), 
    CONSTRAINT fk_ratings_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id) ON DELETE CASCADE, 
    CONSTRAINT fk_ratings_rater_user_id_users FOREIGN KEY(rater_user_id) REFERENCES users (id), 
    CONSTRAINT fk_ratings_ratee_user_id_users FOREIGN KEY(ratee_user_id) REFERENCES users (id), 
    CONSTRAINT uq_ratings_trip_id_rater_role UNIQUE (trip_id, rater_role), 
    CONSTRAINT ck_ratings_stars_range CHECK (stars BETWEEN 1 AND 5)
);
CREATE INDEX ix_ratings_ratee_user_id ON ratings (ratee_user_id);

CREATE TABLE payments (
    id UUID NOT NULL, 
    trip_id UUID, 
    rider_id BIGINT NOT NULL, 
    payment_method_id UUID, 
    kind VARCHAR(20) NOT NULL, 
    amount NUMERIC(10, 2) NOT NULL, 
    currency currency_code NOT NULL, 
    status paymentstatus DEFAULT 'PENDING' NOT NULL, 
    provider VARCHAR(20) NOT NULL, 
    provider_payment_intent_id VARCHAR(64), 
    failure_code VARCHAR(60), 
    failure_message VARCHAR(255), 
    refunded_amount NUMERIC(10, 2) DEFAULT 0 NOT NULL, 
    captured_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_payments PRIMARY KEY (id), 
    CONSTRAINT fk_payments_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id), 
    CONSTRAINT fk_payments_rider_id_riders FOREIGN KEY(rider_id) REFERENCES riders (id), 
    CONSTRAINT fk_payments_payment_method_id_payment_methods FOREIGN KEY(payment_method_id) REFERENCES payment_methods (id), 
    CONSTRAINT uq_payments_provider_payment_intent_id UNIQUE (provider_payment_intent_id), 
    CONSTRAINT ck_payments_kind CHECK (kind IN ('trip', 'tip', 'cancellation_fee', 'adjustment')), 
    CONSTRAINT ck_payments_amount_positive CHECK (amount >= 0)
);
CREATE INDEX ix_payments_trip_id ON payments (trip_id);
CREATE INDEX ix_payments_rider_id ON payments (rider_id);

CREATE TABLE tips (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    trip_id UUID NOT NULL, 
    rider_id BIGINT NOT NULL, 
    driver_id BIGINT NOT NULL, 
    amount NUMERIC(8, 2) NOT NULL, 
    currency currency_code NOT NULL, 
    payment_id UUID, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_tips PRIMARY KEY (id), 
    CONSTRAINT fk_tips_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id), 
    CONSTRAINT fk_tips_rider_id_riders FOREIGN KEY(rider_id) REFERENCES riders (id), 
    CONSTRAINT fk_tips_driver_id_drivers FOREIGN KEY(driver_id) REFERENCES drivers (id), 
    CONSTRAINT fk_tips_payment_id_payments FOREIGN KEY(payment_id) REFERENCES payments (id), 
    CONSTRAINT uq_tips_trip_id UNIQUE (trip_id), 
    CONSTRAINT ck_tips_amount_positive CHECK (amount > 0)
);

CREATE TABLE payouts (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    driver_id BIGINT NOT NULL, 
    amount NUMERIC(10, 2) NOT NULL, 
    currency currency_code NOT NULL, 
    status payoutstatus DEFAULT 'pending' NOT NULL, 
    period_start DATE NOT NULL, 
    period_end DATE NOT NULL, 
    trip_count INTEGER DEFAULT 0 NOT NULL, 
    tips_amount NUMERIC(10, 2) DEFAULT 0 NOT NULL, 
    fees_amount NUMERIC(10, 2) DEFAULT 0 NOT NULL, 
    destination_account_last4 CHAR(4), 
    provider_payout_id VARCHAR(64), 
    failure_reason VARCHAR(255), 
    initiated_at TIMESTAMP WITH TIME ZONE, 
    paid_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_payouts PRIMARY KEY (id), 
    CONSTRAINT fk_payouts_driver_id_drivers FOREIGN KEY(driver_id) REFERENCES drivers (id), 
    CONSTRAINT uq_payouts_driver_id_period_start UNIQUE (driver_id, period_start), 
    CONSTRAINT ck_payouts_period CHECK (period_end >= period_start)
);

CREATE TABLE promo_redemptions (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    promo_code_id INTEGER NOT NULL, 
    rider_id BIGINT NOT NULL, 
    trip_id UUID, 
    discount_amount NUMERIC(8, 2) NOT NULL, 
    redeemed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_promo_redemptions PRIMARY KEY (id), 
    CONSTRAINT fk_promo_redemptions_promo_code_id_promo_codes FOREIGN KEY(promo_code_id) REFERENCES promo_codes (id), 
    CONSTRAINT fk_promo_redemptions_rider_id_riders FOREIGN KEY(rider_id) REFERENCES riders (id) ON DELETE CASCADE, 
    CONSTRAINT fk_promo_redemptions_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id) ON DELETE SET NULL, 
    CONSTRAINT uq_promo_redemptions_trip_id UNIQUE (trip_id)
);
CREATE INDEX ix_promo_redemptions_promo_code_id_rider_id ON promo_redemptions (promo_code_id, rider_id);

CREATE TABLE referrals (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    referrer_user_id UUID NOT NULL, 
    referred_user_id UUID, 
    invitee_phone VARCHAR(20), 
    invitee_email VARCHAR(320), 
    channel VARCHAR(20) NOT NULL, 
    status VARCHAR(20) DEFAULT 'invited' NOT NULL, 
    referrer_reward NUMERIC(8, 2), 
    referee_reward NUMERIC(8, 2), 
    qualified_at TIMESTAMP WITH TIME ZONE, 
    rewarded_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_referrals PRIMARY KEY (id), 
    CONSTRAINT fk_referrals_referrer_user_id_users FOREIGN KEY(referrer_user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT fk_referrals_referred_user_id_users FOREIGN KEY(referred_user_id) REFERENCES users (id) ON DELETE SET NULL, 
    CONSTRAINT uq_referrals_referred_user_id UNIQUE (referred_user_id), 
    CONSTRAINT ck_referrals_status CHECK (status IN ('invited', 'signed_up', 'qualified', 'rewarded', 'expired'))
);
CREATE INDEX ix_referrals_referrer_user_id ON referrals (referrer_user_id);

CREATE TABLE support_tickets (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    reference VARCHAR(16) NOT NULL, 
    requester_user_id UUID NOT NULL, 
    trip_id UUID, 
    assignee_agent_id INTEGER, 
    category VARCHAR(40) NOT NULL, 
    subject VARCHAR(200) NOT NULL, 
    status ticketstatus DEFAULT 'new' NOT NULL, 
    priority VARCHAR(10) DEFAULT 'normal' NOT NULL, 
    channel VARCHAR(20) NOT NULL, 
    tags TEXT[] DEFAULT '{}' NOT NULL, 
    csat_score SMALLINT, 
    first_response_at TIMESTAMP WITH TIME ZONE, 
    resolved_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_support_tickets PRIMARY KEY (id), 
    CONSTRAINT fk_support_tickets_requester_user_id_users FOREIGN KEY(requester_user_id) REFERENCES users (id), 
    CONSTRAINT fk_support_tickets_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id) ON DELETE SET NULL, 
    CONSTRAINT fk_support_tickets_assignee_agent_id_agents FOREIGN KEY(assignee_agent_id) REFERENCES agents (id) ON DELETE SET NULL, 
    CONSTRAINT uq_support_tickets_reference UNIQUE (reference), 
    CONSTRAINT ck_support_tickets_priority CHECK (priority IN ('low', 'normal', 'high', 'urgent')), 
    CONSTRAINT ck_support_tickets_csat_score_range CHECK (csat_score IS NULL OR csat_score BETWEEN 1 AND 5)
);
CREATE INDEX ix_support_tickets_requester_user_id ON support_tickets (requester_user_id);
CREATE INDEX ix_support_tickets_status ON support_tickets (status);

CREATE TABLE support_messages (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    ticket_id BIGINT NOT NULL, 
    author_user_id UUID, 
    author_role userrole, 
    body TEXT NOT NULL, 
    is_internal BOOLEAN DEFAULT false NOT NULL, 
    attachments JSONB, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_support_messages PRIMARY KEY (id), 
    CONSTRAINT fk_support_messages_ticket_id_support_tickets FOREIGN KEY(ticket_id) REFERENCES support_tickets (id) ON DELETE CASCADE, 
    CONSTRAINT fk_support_messages_author_user_id_users FOREIGN KEY(author_user_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX ix_support_messages_ticket_id ON support_messages (ticket_id);

CREATE TABLE trip_messages (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    trip_id UUID NOT NULL, 
    sender_user_id UUID NOT NULL, 
    recipient_user_id UUID NOT NULL, 
    body TEXT NOT NULL, 
    template_key VARCHAR(40), 
    delivered_at TIMESTAMP WITH TIME ZONE, 
    read_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_trip_messages PRIMARY KEY (id), 
    CONSTRAINT fk_trip_messages_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id) ON DELETE CASCADE, 
    CONSTRAINT fk_trip_messages_sender_user_id_users FOREIGN KEY(sender_user_id) REFERENCES users (id), 
    CONSTRAINT fk_trip_messages_recipient_user_id_users FOREIGN KEY(recipient_user_id) REFERENCES users (id)
);
CREATE INDEX ix_trip_messages_trip_id ON trip_messages (trip_id);

CREATE TABLE device_tokens (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    user_id UUID NOT NULL, 
    platform deviceplatform NOT NULL, 
    push_token VARCHAR(255) NOT NULL, 
    device_id VARCHAR(64), 
    device_model VARCHAR(64), 
    os_version VARCHAR(20), 
    app_version VARCHAR(20), 
    is_active BOOLEAN DEFAULT true NOT NULL, 
    last_registered_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_device_tokens PRIMARY KEY (id), 
    CONSTRAINT fk_device_tokens_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT uq_device_tokens_push_token UNIQUE (push_token)
);
CREATE INDEX ix_device_tokens_user_id ON device_tokens (user_id);

CREATE TABLE user_sessions (
    id UUID NOT NULL, 
    user_id UUID NOT NULL, 
    refresh_token_hash CHAR(64) NOT NULL, 
    client VARCHAR(30) NOT NULL, 
    ip_address INET, 
    user_agent TEXT, 
    device_id VARCHAR(64), 
    ip_history INET[] DEFAULT '{}' NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    last_used_at TIMESTAMP WITH TIME ZONE, 
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL, 
    revoked_at TIMESTAMP WITH TIME ZONE, 
    CONSTRAINT pk_user_sessions PRIMARY KEY (id), 
    CONSTRAINT fk_user_sessions_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT uq_user_sessions_refresh_token_hash UNIQUE (refresh_token_hash)
);
CREATE INDEX ix_user_sessions_user_id ON user_sessions (user_id);

CREATE TABLE otp_codes (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    phone_number VARCHAR(20) NOT NULL, 
    user_id UUID, 
    purpose otppurpose NOT NULL, 
    code_hash VARCHAR(128) NOT NULL, 
    attempts SMALLINT DEFAULT 0 NOT NULL, 
    sms_provider VARCHAR(20) NOT NULL, 
    provider_message_id VARCHAR(64), 
    ip_address INET, 
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL, 
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL, 
    verified_at TIMESTAMP WITH TIME ZONE, 
    CONSTRAINT pk_otp_codes PRIMARY KEY (id), 
    CONSTRAINT fk_otp_codes_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT ck_otp_codes_attempts_max CHECK (attempts <= 5)
);
CREATE INDEX ix_otp_codes_phone_number_sent_at ON otp_codes (phone_number, sent_at);

CREATE TABLE safety_incidents (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    trip_id UUID, 
    reported_by_user_id UUID NOT NULL, 
    reported_user_id UUID, 
    incident_type incidenttype NOT NULL, 
    severity SMALLINT NOT NULL, 
    description TEXT NOT NULL, 
    latitude DOUBLE PRECISION, 
    longitude DOUBLE PRECISION, 
    police_reference VARCHAR(40), 
    status VARCHAR(20) DEFAULT 'open' NOT NULL, 
    assigned_agent_id INTEGER, 
    resolution_notes TEXT, 
    action_taken VARCHAR(40), 
    emergency_services_contacted BOOLEAN DEFAULT false NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    resolved_at TIMESTAMP WITH TIME ZONE, 
    CONSTRAINT pk_safety_incidents PRIMARY KEY (id), 
    CONSTRAINT fk_safety_incidents_trip_id_trips FOREIGN KEY(trip_id) REFERENCES trips (id) ON DELETE SET NULL, 
    CONSTRAINT fk_safety_incidents_reported_by_user_id_users FOREIGN KEY(reported_by_user_id) REFERENCES users (id), 
    CONSTRAINT fk_safety_incidents_reported_user_id_users FOREIGN KEY(reported_user_id) REFERENCES users (id), 
    CONSTRAINT fk_safety_incidents_assigned_agent_id_agents FOREIGN KEY(assigned_agent_id) REFERENCES agents (id) ON DELETE SET NULL, 
    CONSTRAINT ck_safety_incidents_severity_range CHECK (severity BETWEEN 1 AND 4), 
    CONSTRAINT ck_safety_incidents_status CHECK (status IN ('open', 'investigating', 'awaiting_info', 'resolved', 'escalated'))
);
CREATE INDEX ix_safety_incidents_status ON safety_incidents (status);

CREATE TABLE audit_logs (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY, 
    actor_user_id UUID, 
    action VARCHAR(80) NOT NULL, 
    entity_type VARCHAR(50) NOT NULL, 
    entity_id VARCHAR(64) NOT NULL, 
    changes JSONB, 
    ip_address INET, 
    request_id UUID, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_audit_logs PRIMARY KEY (id), 
    CONSTRAINT fk_audit_logs_actor_user_id_users FOREIGN KEY(actor_user_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX ix_audit_logs_entity_type_entity_id ON audit_logs (entity_type, entity_id);
CREATE INDEX ix_audit_logs_created_at ON audit_logs (created_at);

CREATE TABLE webhook_events (
    id VARCHAR(64) NOT NULL, 
    provider VARCHAR(20) NOT NULL, 
    event_type VARCHAR(100) NOT NULL, 
    payload JSONB NOT NULL, 
    signature_valid BOOLEAN DEFAULT true NOT NULL, 
    processed_at TIMESTAMP WITH TIME ZONE, 
    processing_error TEXT, 
    received_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    CONSTRAINT pk_webhook_events PRIMARY KEY (id)
);
CREATE INDEX ix_webhook_events_provider_event_type ON webhook_events (provider, event_type);

CREATE FUNCTION pg_temp.hx(seed text, n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT left(string_agg(md5(seed || '#' || i), '' ORDER BY i), n) FROM generate_series(0, n / 32) AS i
$$;

CREATE FUNCTION pg_temp.b64(seed text, n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT left(translate(encode(decode(pg_temp.hx(seed, (n / 4 + 1) * 6), 'hex'), 'base64'), E'+/=\n', '-_'), n)
$$;

CREATE FUNCTION pg_temp.b62(seed text, n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(pg_temp.b64(seed, n), '-_', 'Qz')
$$;

CREATE FUNCTION pg_temp.uid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT (left(md5(kind || ':' || n), 12) || '4' || substr(md5(kind || ':' || n), 14, 3)
          || substr('89ab', 1 + (n % 4)::int, 1) || substr(md5(kind || ':' || n), 18, 15))::uuid
$$;

CREATE FUNCTION pg_temp.bcrypt(seed text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '$2b$12$' || left(translate(encode(decode(md5(seed) || md5(seed || 'x') || md5(seed || 'y'), 'hex'), 'base64'), E'+=\n', '.'), 53)
$$;

CREATE FUNCTION pg_temp.fname(g integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Olivia','Amelia','Isla','Ava','Grace','Freya','Sophie','Emily','Chloe','Jessica','Charlotte',
                'Hannah','Lucy','Megan','Ellie','Aisha','Priya','Fatima','Zainab','Amara','Chiamaka','Siobhan',
                'Niamh','Eilidh','Katarzyna','Agnieszka','Roxana','Leila','Sana','Harpreet','Rebecca',
                'Oliver','Harry','George','Jack','Thomas','James','William','Noah','Charlie','Oscar','Daniel',
                'Samuel','Callum','Connor','Ewan','Rhys','Mohammed','Ahmed','Imran','Bilal','Arjun','Rahul',
                'Kwame','Tunde','Chinedu','Tomasz','Piotr','Andrei','Mihai','Dylan'])[1 + (g * 7) % 61]
$$;

CREATE FUNCTION pg_temp.is_female(g integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT (g * 7) % 61 < 31
$$;

CREATE FUNCTION pg_temp.lname(g integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Smith','Jones','Williams','Taylor','Brown','Davies','Evans','Wilson','Thomas','Johnson',
                'Roberts','Robinson','Thompson','Wright','Walker','White','Edwards','Hughes','Green','Hall',
                'Wood','Harris','Lewis','Martin','Jackson','Clarke','Turner','Hill','Scott','Cooper',
                'Morris','Ward','Moore','King','Watson','Baker','Harrison','Morgan','Patel','Khan',
                'Ahmed','Hussain','Chowdhury','Ali','Singh','Shah','Mahmood','Okafor','Adeyemi','Mensah',
                'Nowak','Kowalski','Popescu','O''Brien','Murphy','MacDonald','Campbell','Fitzgerald','Sharma'])[1 + (g * 11 + 3) % 59]
$$;

CREATE FUNCTION pg_temp.email(g integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE g % 6
           WHEN 0 THEN f || '.' || l || (10 + g % 90)
           WHEN 1 THEN f || l
           WHEN 2 THEN left(f, 1) || l || (g % 100)
           WHEN 3 THEN f || '_' || l
           WHEN 4 THEN f || '.' || l
           ELSE l || '.' || f || (1970 + g % 36)
         END || '@' ||
         (ARRAY['gmail.com','hotmail.co.uk','gmail.com','outlook.com','icloud.com','gmail.com','yahoo.co.uk',
                'btinternet.com','hotmail.com','gmail.com','live.co.uk','sky.com','googlemail.com','outlook.com',
                'icloud.com','virginmedia.com','gmail.com','protonmail.com','nhs.net','hotmail.co.uk'])[1 + (g * 3) % 20]
  FROM (SELECT lower(translate(pg_temp.fname(g), '''- ', '')) AS f, lower(translate(pg_temp.lname(g), '''- ', '')) AS l) s
$$;

CREATE FUNCTION pg_temp.mobile(g integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '+447' || (ARRAY['400','411','424','432','447','450','466','481','496','506','519','525','533','549','557',
                         '568','577','584','590','706','715','723','737','742','751','766','775','783','792','809',
                         '812','824','835','846','852','861','874','883','896','903','912','921','930','944','947',
                         '951','958','960','969','973','984','988'])[1 + g % 52]
         || lpad(((g::bigint * 387161 + 104729) % 1000000)::text, 6, '0')
$$;

CREATE FUNCTION pg_temp.fmt_phone(e164 text, style integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE style % 5
           WHEN 0 THEN e164
           WHEN 1 THEN '+44 ' || substr(e164, 4, 4) || ' ' || substr(e164, 8)
           WHEN 2 THEN '0' || substr(e164, 4, 4) || ' ' || substr(e164, 8)
           WHEN 3 THEN '0' || substr(e164, 4)
           ELSE '0' || substr(e164, 4, 4) || ' ' || substr(e164, 8, 3) || ' ' || substr(e164, 11)
         END
$$;

CREATE FUNCTION pg_temp.ip4(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['86.150','86.179','81.98','81.154','82.132','82.37','90.200','90.254','31.94','92.40',
                '148.252','2.96','5.81','109.147','176.24','185.69','94.173','151.224','78.146','213.205'])[1 + (n * 7) % 20]
         || '.' || ((n * 37) % 256) || '.' || (1 + (n * 91) % 254)
$$;

CREATE FUNCTION pg_temp.ip(n integer) RETURNS inet LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN n % 6 = 0
              THEN ((ARRAY['2a00:23c7','2a02:c7c','2a01:4b00','2a0a:ef40','2a00:23c8'])[1 + (n / 6) % 5] || ':'
                    || substr(h, 1, 4) || ':' || substr(h, 5, 4) || ':' || substr(h, 9, 4) || ':' || substr(h, 13, 4)
                    || ':' || substr(h, 17, 4) || ':' || substr(h, 21, 4))::inet
              ELSE pg_temp.ip4(n)::inet END
  FROM (SELECT md5('ip6' || n) AS h) s
$$;

CREATE FUNCTION pg_temp.city_of(g integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY[1,1,1,1,1,2,2,3,3,4,5,6,7])[1 + (g * 5) % 13]
$$;

CREATE FUNCTION pg_temp.addr(city integer, n integer) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  streets text[];
  outs text[];
  town text;
  clat double precision;
  clng double precision;
  i integer;
  num integer := 1 + (n * 13) % 180;
  street text;
  pc text;
  l1 text;
  l2 text;
  letters constant text := 'ABDEFGHJLNPQRSTUWXYZ';
BEGIN
  CASE city
    WHEN 1 THEN
      streets := ARRAY['Coldharbour Lane','Stroud Green Road','Mare Street','Lordship Lane','Holloway Road','Brick Lane',
                       'Kilburn High Road','Uxbridge Road','Streatham High Road','Green Lanes','Chatsworth Road','Askew Road',
                       'Bellenden Road','Brixton Hill','Caledonian Road','Cazenove Road','Lavender Hill','Northcote Road',
                       'Romford Road','Walworth Road','Fortess Road','Chiswick High Road','Lewisham Way','Tooting High Street'];
      outs := ARRAY['SE5','N4','E8','SE22','N7','E1','NW6','W12','SW16','N8','E5','W12','SE15','SW2','N1','N16','SW11',
                    'SW11','E7','SE17','NW5','W4','SE4','SW17'];
      town := 'London'; clat := 51.5074; clng := -0.1278;
    WHEN 2 THEN
      streets := ARRAY['Wilmslow Road','Burton Road','Oldham Street','Beech Road','Stockport Road','Upper Chorlton Road',
                       'Deansgate','Palatine Road','Barlow Moor Road','Great Ancoats Street','Cheetham Hill Road','Ladybarn Lane'];
      outs := ARRAY['M14','M20','M1','M21','M13','M16','M3','M20','M21','M4','M8','M14'];
      town := 'Manchester'; clat := 53.4808; clng := -2.2426;
    WHEN 3 THEN
      streets := ARRAY['Moseley Road','Alcester Road','Soho Road','Stratford Road','Bristol Road','Harborne High Street',
                       'Broad Street','Lichfield Road','Warwick Road','High Street Kings Heath','Ladypool Road','Hagley Road'];
      outs := ARRAY['B12','B13','B21','B11','B29','B17','B1','B6','B27','B14','B12','B16'];
      town := 'Birmingham'; clat := 52.4862; clng := -1.8904;
    WHEN 4 THEN
      streets := ARRAY['Otley Road','Harehills Lane','Roundhay Road','Kirkstall Road','Chapeltown Road','Street Lane',
                       'Headingley Lane','Dewsbury Road','York Road','Tong Road','Cardigan Road','Harrogate Road'];
      outs := ARRAY['LS6','LS8','LS8','LS4','LS7','LS17','LS6','LS11','LS9','LS12','LS6','LS7'];
      town := 'Leeds'; clat := 53.8008; clng := -1.5491;
    WHEN 5 THEN
      streets := ARRAY['Gloucester Road','Whiteladies Road','North Street','Stapleton Road','Cheltenham Road','Wells Road',
                       'Coronation Road','Stokes Croft','Church Road','Chandos Road','East Street','Fishponds Road'];
      outs := ARRAY['BS7','BS8','BS3','BS5','BS6','BS4','BS3','BS1','BS5','BS6','BS3','BS16'];
      town := 'Bristol'; clat := 51.4545; clng := -2.5879;
    WHEN 6 THEN
      streets := ARRAY['Byres Road','Great Western Road','Duke Street','Pollokshaws Road','Dumbarton Road','Victoria Road',
                       'Maryhill Road','Argyle Street','Paisley Road West','Cathcart Road','Woodlands Road','Alexandra Parade'];
      outs := ARRAY['G12','G12','G31','G41','G11','G42','G20','G3','G51','G42','G3','G31'];
      town := 'Glasgow'; clat := 55.8642; clng := -4.2518;
    WHEN 7 THEN
      streets := ARRAY['Leith Walk','Easter Road','Morningside Road','Dalry Road','Gorgie Road','Bruntsfield Place',
                       'Portobello High Street','Ferry Road','Great Junction Street','Marchmont Road','Dalkeith Road','Comely Bank Avenue'];
      outs := ARRAY['EH6','EH7','EH10','EH11','EH11','EH10','EH15','EH5','EH6','EH9','EH16','EH4'];
      town := 'Edinburgh'; clat := 55.9533; clng := -3.1883;
    ELSE
      streets := ARRAY['Lark Lane','Smithdown Road','Allerton Road','Lodge Lane','County Road','Bold Street'];
      outs := ARRAY['L17','L15','L18','L8','L4','L1'];
      town := 'Liverpool'; clat := 53.4084; clng := -2.9916;
  END CASE;
  i := 1 + (n * 7) % array_length(streets, 1);
  street := streets[i];
  pc := outs[i] || ' ' || (1 + (n * 3) % 9) || substr(letters, 1 + (n * 17) % 20, 1) || substr(letters, 1 + (n * 29 + 5) % 20, 1);
  CASE n % 9
    WHEN 4 THEN l1 := 'Flat ' || (1 + n % 12) || ', ' || num || ' ' || street;
    WHEN 5 THEN l1 := num || ' ' || street; l2 := 'Flat ' || (1 + n % 6) || chr(65 + n % 3);
    WHEN 6 THEN l1 := 'Flat ' || (1 + n % 40) || ' ' || (ARRAY['Alexandra House','Wharf Court','Victoria Mansions','Priory Court',
                                                          'Jubilee Heights','Mill House','Canal View','Regent Court'])[1 + n % 8];
                l2 := num || ' ' || street;
    WHEN 7 THEN l1 := num || chr(65 + n % 3) || ' ' || street;
    WHEN 8 THEN IF city IN (6, 7) THEN l1 := num || ' ' || street; l2 := 'Flat ' || (1 + n % 3) || '/' || (1 + n % 2);
                ELSE l1 := num || ' ' || street; END IF;
    ELSE l1 := num || ' ' || street;
  END CASE;
  RETURN jsonb_build_object('line1', l1, 'line2', l2, 'street', street, 'number', num, 'postcode', pc, 'city', town,
    'lat', round((clat + ((n::bigint * 7919) % 2001 - 1000) / 1000.0 * 0.055)::numeric, 6),
    'lng', round((clng + ((n::bigint * 104729) % 2001 - 1000) / 1000.0 * 0.085)::numeric, 6));
END
$$;

CREATE FUNCTION pg_temp.ua(n integer, client text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN client LIKE '%ios' THEN
      CASE WHEN client LIKE 'driver%' THEN 'KerbDriver/3.' || (6 + n % 4) || '.' || (n % 3)
           ELSE 'Kerb/' || (ARRAY['5.12.0','5.13.1','5.14.0','5.14.2','5.15.0'])[1 + n % 5] END || ' ('
      || (ARRAY['iPhone14,5','iPhone15,2','iPhone13,2','iPhone16,1','iPhone12,1','iPhone15,4','iPhone14,7'])[1 + n % 7]
      || '; iOS ' || (ARRAY['17.4.1','17.5.1','17.6','16.7.8','18.0.1','17.3'])[1 + n % 6] || '; Scale/3.00) Alamofire/5.9.1'
    WHEN client LIKE '%android' THEN
      CASE WHEN n % 4 = 0 THEN 'okhttp/4.12.0'
           ELSE 'Dalvik/2.1.0 (Linux; U; Android ' || (ARRAY['14','13','12','14','11'])[1 + n % 5] || '; '
                || (ARRAY['SM-S918B Build/UP1A.231005.007','Pixel 7 Build/AP2A.240805.005','SM-A546B Build/UP1A.231005.007',
                          'M2101K6G Build/SKQ1.210908.001','CPH2451 Build/TP1A.220905.001','SM-G991B Build/UP1A.231005.007'])[1 + n % 6]
                || ') ' || CASE WHEN client LIKE 'driver%' THEN 'KerbDriver/3.' ELSE 'Kerb/5.' END || (10 + n % 6) || '.' || (n % 3) END
    ELSE (ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
                'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
                'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0',
                'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'])[1 + n % 4]
  END
$$;

CREATE FUNCTION pg_temp.jpeg(seed text, n integer) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT decode('ffd8ffe000104a46494600010101004800480000ffdb0043000806060706050807070709090808'
                || pg_temp.hx(seed, 2 * n) || 'ffd9', 'hex')
$$;

CREATE FUNCTION pg_temp.png(seed text, n integer) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT decode('89504e470d0a1a0a0000000d49484452000004b0000002f60802000000' || left(md5(seed), 8)
                || lpad(to_hex(n), 8, '0') || '49444154' || pg_temp.hx(seed, 2 * n) || '0000000049454e44ae426082', 'hex')
$$;

CREATE FUNCTION pg_temp.poi(city integer, k integer) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('address', p.addr, 'lat', p.lat, 'lng', p.lng, 'area', p.area)
  FROM (VALUES
    (1, 0, 'Heathrow Terminal 5, Wallis Road, Hounslow TW6 2GA, UK', 51.47147, -0.48868, 'LDN-LHR'),
    (1, 1, 'King''s Cross Station, Euston Road, London N1 9AL, UK', 51.53088, -0.12331, 'LDN-KGX'),
    (1, 2, 'The O2, Peninsula Square, London SE10 0DX, UK', 51.50298, 0.00319, 'LDN-O2'),
    (1, 3, 'Soho House, 76 Dean Street, London W1D 3SQ, UK', 51.51425, -0.13320, 'LDN-CCZ'),
    (1, 4, 'Shoreditch High Street Station, London E1 6GY, UK', 51.52334, -0.07523, 'LDN-SHO'),
    (1, 5, 'Canary Wharf Station, London E14 5NY, UK', 51.50361, -0.01868, 'LDN-CWF'),
    (1, 6, 'Gatwick Airport South Terminal, Horley RH6 0NP, UK', 51.15608, -0.16190, 'LDN-LGW'),
    (1, 7, 'Brixton Academy, 211 Stockwell Road, London SW9 9SL, UK', 51.46520, -0.11485, 'LDN-BRX'),
    (1, 8, 'Paddington Station, Praed Street, London W2 1HQ, UK', 51.51593, -0.17540, 'LDN-CCZ'),
    (1, 9, 'Wembley Stadium, London HA9 0WS, UK', 51.55601, -0.27960, 'LDN-WEM'),
    (2, 0, 'Manchester Airport Terminal 2, Manchester M90 3EX, UK', 53.36538, -2.27222, 'MAN-MAN'),
    (2, 1, 'Manchester Piccadilly Station, Manchester M60 7RA, UK', 53.47740, -2.23090, 'MAN-PIC'),
    (2, 2, 'AO Arena, Victoria Station Approach, Manchester M3 1AR, UK', 53.48802, -2.24396, 'MAN-AOA'),
    (2, 3, 'Northern Quarter, Thomas Street, Manchester M4 1EU, UK', 53.48470, -2.23655, 'MAN-CC'),
    (2, 4, 'Etihad Stadium, Ashton New Road, Manchester M11 3FF, UK', 53.48313, -2.20040, 'MAN-ETI'),
    (2, 5, 'Trafford Centre, Manchester M17 8AA, UK', 53.46683, -2.34740, NULL),
    (3, 0, 'Birmingham Airport, Birmingham B26 3QJ, UK', 52.45386, -1.74803, 'BHM-BHX'),
    (3, 1, 'Birmingham New Street Station, Birmingham B2 4QA, UK', 52.47782, -1.89897, 'BHM-NST'),
    (3, 2, 'Bullring, Birmingham B5 4BU, UK', 52.47734, -1.89404, 'BHM-CC'),
    (3, 3, 'Utilita Arena, King Edwards Road, Birmingham B1 2AA, UK', 52.47948, -1.91490, 'BHM-CC'),
    (3, 4, 'NEC, North Avenue, Marston Green, Birmingham B40 1NT, UK', 52.45330, -1.71860, 'BHM-NEC'),
    (3, 5, 'Broad Street, Birmingham B1 2HF, UK', 52.47717, -1.91170, 'BHM-CC'),
    (4, 0, 'Leeds Station, New Station Street, Leeds LS1 4DY, UK', 53.79500, -1.54760, 'LDS-STN'),
    (4, 1, 'Leeds Bradford Airport, Whitehouse Lane, Leeds LS19 7TU, UK', 53.86590, -1.66050, 'LDS-LBA'),
    (4, 2, 'Trinity Leeds, Albion Street, Leeds LS1 5AT, UK', 53.79630, -1.54390, 'LDS-CC'),
    (4, 3, 'First Direct Arena, Arena Way, Leeds LS2 8BY, UK', 53.80330, -1.54490, 'LDS-CC'),
    (4, 4, 'Headingley Stadium, St Michael''s Lane, Leeds LS6 3BR, UK', 53.81760, -1.58210, 'LDS-HDY'),
    (5, 0, 'Bristol Temple Meads, Station Approach, Bristol BS1 6QF, UK', 51.44910, -2.58130, 'BRS-TMD'),
    (5, 1, 'Bristol Airport, Bridgwater Road, Bristol BS48 3DY, UK', 51.38270, -2.71910, 'BRS-BRS'),
    (5, 2, 'Cabot Circus, Glass House, Bristol BS1 3BX, UK', 51.45920, -2.58450, 'BRS-CC'),
    (5, 3, 'Clifton Suspension Bridge, Bridge Road, Bristol BS8 3PA, UK', 51.45490, -2.62760, NULL),
    (5, 4, 'Harbourside, Canons Road, Bristol BS1 5UH, UK', 51.44990, -2.59880, 'BRS-CC'),
    (6, 0, 'Glasgow Airport, Paisley PA3 2SW, UK', 55.86910, -4.43510, 'GLA-GLA'),
    (6, 1, 'Glasgow Central Station, Gordon Street, Glasgow G1 3SL, UK', 55.85900, -4.25770, 'GLA-CEN'),
    (6, 2, 'OVO Hydro, Exhibition Way, Glasgow G3 8YW, UK', 55.86010, -4.28610, 'GLA-SEC'),
    (6, 3, 'Buchanan Galleries, 220 Buchanan Street, Glasgow G1 2GF, UK', 55.86290, -4.25170, 'GLA-CC'),
    (6, 4, 'Ashton Lane, Glasgow G12 8SJ, UK', 55.87460, -4.29330, NULL),
    (7, 0, 'Edinburgh Airport, Edinburgh EH12 9DN, UK', 55.95080, -3.36150, 'EDI-EDI'),
    (7, 1, 'Edinburgh Waverley, Edinburgh EH1 1BB, UK', 55.95200, -3.18900, 'EDI-WAV'),
    (7, 2, 'Murrayfield Stadium, Roseburn Street, Edinburgh EH12 5PJ, UK', 55.94220, -3.24090, 'EDI-MFD'),
    (7, 3, 'St James Quarter, Edinburgh EH1 3AD, UK', 55.95470, -3.18800, 'EDI-CC'),
    (7, 4, 'Grassmarket, Edinburgh EH1 2JR, UK', 55.94740, -3.19570, 'EDI-CC')
  ) AS p (city, k, addr, lat, lng, area)
  WHERE p.city = $1 AND p.k = $2 % (CASE $1 WHEN 1 THEN 10 WHEN 2 THEN 6 WHEN 3 THEN 6 ELSE 5 END)
$$;

CREATE FUNCTION pg_temp.polyline(seed text, n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(pg_temp.b64(seed, n), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
                   '?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~')
$$;

CREATE FUNCTION pg_temp.uidt(kind text, k text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT (left(md5(kind || ':' || k), 12) || '4' || substr(md5(kind || ':' || k), 14, 3)
          || substr('89ab', 1 + abs(hashtext(k)) % 4, 1) || substr(md5(kind || ':' || k), 18, 15))::uuid
$$;

INSERT INTO alembic_version (version_num) VALUES ('e4a91c7d2f03');

INSERT INTO cities (id, name, slug, country_code, currency, timezone, centre_lat, centre_lng, default_radius_km, is_active, launched_on, support_phone, created_at, updated_at) VALUES
    (1, 'London', 'london', 'GB', 'GBP', 'Europe/London', 51.5074, -0.1278, 35, true, '2021-03-15', '020 3808 4410', '2021-02-01 10:12:44+00', '2024-06-03 08:41:10+00'),
    (2, 'Manchester', 'manchester', 'GB', 'GBP', 'Europe/London', 53.4808, -2.2426, 25, true, '2021-09-06', '0161 518 2270', '2021-07-19 14:02:31+00', '2024-05-14 16:22:05+00'),
    (3, 'Birmingham', 'birmingham', 'GB', 'GBP', 'Europe/London', 52.4862, -1.8904, 25, true, '2022-02-21', '0121 387 6150', '2021-12-02 09:45:18+00', '2024-04-22 11:03:47+00'),
    (4, 'Leeds', 'leeds', 'GB', 'GBP', 'Europe/London', 53.8008, -1.5491, 20, true, '2022-06-13', NULL, '2022-04-11 13:30:00+00', '2024-03-01 09:15:33+00'),
    (5, 'Bristol', 'bristol', 'GB', 'GBP', 'Europe/London', 51.4545, -2.5879, 18, true, '2022-10-03', NULL, '2022-08-08 10:00:00+00', '2024-02-19 15:48:12+00'),
    (6, 'Glasgow', 'glasgow', 'GB', 'GBP', 'Europe/London', 55.8642, -4.2518, 22, true, '2023-03-27', '0141 483 0925', '2023-01-16 11:20:09+00', '2024-06-10 10:27:54+00'),
    (7, 'Edinburgh', 'edinburgh', 'GB', 'GBP', 'Europe/London', 55.9533, -3.1883, 18, true, '2023-08-01', NULL, '2023-05-30 09:05:41+00', '2024-07-02 13:11:26+00'),
    (8, 'Liverpool', 'liverpool', 'GB', 'GBP', 'Europe/London', 53.4084, -2.9916, 20, false, NULL, NULL, '2024-06-17 15:40:02+00', '2024-08-29 10:02:18+00');
SELECT setval('cities_id_seq', 8);

INSERT INTO vehicle_types (id, code, display_name, description, seats, min_vehicle_year, is_electric_only, sort_order, icon_url, is_active) VALUES
    (1, 'standard', 'Kerb', 'Affordable everyday rides for up to 4 people', 4, 2016, false, 10, 'https://static.kerbrides.co.uk/vehicle-types/standard@3x.png', true),
    (2, 'green', 'Kerb Green', 'Fully electric cars, same price as Kerb in most cities', 4, 2018, true, 20, 'https://static.kerbrides.co.uk/vehicle-types/green@3x.png', true),
    (3, 'xl', 'Kerb XL', 'Larger cars and people carriers for up to 6', 6, 2016, false, 30, 'https://static.kerbrides.co.uk/vehicle-types/xl@3x.png', true),
    (4, 'exec', 'Kerb Exec', 'Premium saloons with top-rated drivers', 4, 2020, false, 40, 'https://static.kerbrides.co.uk/vehicle-types/exec@3x.png', true),
    (5, 'pet', 'Kerb Pet', 'Bring your dog or cat along (one pet per trip)', 4, 2016, false, 50, 'https://static.kerbrides.co.uk/vehicle-types/pet@3x.png', true),
    (6, 'access', 'Kerb Access', 'Wheelchair accessible vehicles with ramp or lift', 4, 2015, false, 60, 'https://static.kerbrides.co.uk/vehicle-types/access@3x.png', true),
    (7, 'saver', 'Kerb Saver', 'Wait a little longer, pay a little less', 4, 2016, false, 5, 'https://static.kerbrides.co.uk/vehicle-types/saver@3x.png', false);
SELECT setval('vehicle_types_id_seq', 7);

INSERT INTO service_areas (id, city_id, code, name, kind, boundary, surge_enabled, pickup_instructions, is_active, created_at)
SELECT row_number() OVER (ORDER BY a.city_id, a.code), a.city_id, a.code, a.name, a.kind,
       jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
           jsonb_build_array(round((a.lng - a.r * 1.6)::numeric, 6), round((a.lat - a.r)::numeric, 6)),
           jsonb_build_array(round((a.lng + a.r * 1.6)::numeric, 6), round((a.lat - a.r)::numeric, 6)),
           jsonb_build_array(round((a.lng + a.r * 1.6)::numeric, 6), round((a.lat + a.r)::numeric, 6)),
           jsonb_build_array(round((a.lng - a.r * 1.6)::numeric, 6), round((a.lat + a.r)::numeric, 6)),
           jsonb_build_array(round((a.lng - a.r * 1.6)::numeric, 6), round((a.lat - a.r)::numeric, 6))))),
       a.kind NOT IN ('restricted'), a.instructions, a.city_id <> 8,
       timestamptz '2021-02-10 09:00:00+00' + (a.city_id * 97 + length(a.code) * 13) * interval '1 day 2 hours'
FROM (VALUES
    (1, 'LDN-CCZ', 'Central London', 'zone', 51.5145, -0.1200, 0.030, NULL),
    (1, 'LDN-SHO', 'Shoreditch & Hoxton', 'zone', 51.5265, -0.0800, 0.010, NULL),
    (1, 'LDN-CWF', 'Canary Wharf', 'zone', 51.5054, -0.0235, 0.008, NULL),
    (1, 'LDN-BRX', 'Brixton', 'zone', 51.4613, -0.1156, 0.010, NULL),
    (1, 'LDN-LHR', 'Heathrow Airport', 'airport', 51.4700, -0.4543, 0.020, 'Head to the Short Stay car park for your terminal and meet your driver on Level 4. Your driver cannot wait at the terminal forecourt.'),
    (1, 'LDN-LGW', 'Gatwick Airport', 'airport', 51.1537, -0.1821, 0.015, 'North and South Terminal pick-ups are from the Short Stay car park, Level 1, Zone C. Allow 10 minutes to walk from arrivals.'),
    (1, 'LDN-LCY', 'London City Airport', 'airport', 51.5048, 0.0495, 0.006, 'Exit arrivals and turn left towards the taxi rank, then continue to the private hire pick-up bays on Hartmann Road.'),
    (1, 'LDN-STN', 'Stansted Airport', 'airport', 51.8860, 0.2389, 0.015, 'Pick-ups are from the Express Set Down area. Follow signs for Car Parks and exit through the walkway.'),
    (1, 'LDN-KGX', 'King''s Cross St Pancras', 'station', 51.5308, -0.1238, 0.004, 'Meet your driver on Pancras Road outside the Great Northern Hotel. Drivers cannot stop on Euston Road.'),
    (1, 'LDN-WEM', 'Wembley Stadium', 'event_venue', 51.5560, -0.2796, 0.006, 'On event days pick-ups are only available from the Olympic Way drop zone on Engineers Way.'),
    (1, 'LDN-O2', 'The O2', 'event_venue', 51.5030, 0.0032, 0.005, 'Follow signs for Taxis & Private Hire to the Millennium Way pick-up point.'),
    (1, 'LDN-ULEZ', 'ULEZ boundary', 'restricted', 51.5074, -0.1278, 0.180, NULL),
    (2, 'MAN-CC', 'Manchester City Centre', 'zone', 53.4808, -2.2426, 0.015, NULL),
    (2, 'MAN-MAN', 'Manchester Airport', 'airport', 53.3588, -2.2727, 0.015, 'Pick-ups are from the Pick Up Zone in the Multi-Storey car park for T1, T2 and T3. The first 10 minutes are free for your driver.'),
    (2, 'MAN-PIC', 'Manchester Piccadilly', 'station', 53.4774, -2.2309, 0.004, 'Meet your driver at the Fairfield Street pick-up area, below the station approach.'),
    (2, 'MAN-ETI', 'Etihad Stadium', 'event_venue', 53.4831, -2.2004, 0.006, NULL),
    (2, 'MAN-AOA', 'AO Arena', 'event_venue', 53.4880, -2.2440, 0.003, 'Use the Trinity Way exit. Pick-ups are not permitted on Great Ducie Street after events.'),
    (3, 'BHM-CC', 'Birmingham City Centre', 'zone', 52.4797, -1.9026, 0.015, NULL),
    (3, 'BHM-BHX', 'Birmingham Airport', 'airport', 52.4539, -1.7480, 0.010, 'Pick-ups are from the Drop Off / Pick Up zone outside the terminal, Level 0.'),
    (3, 'BHM-NST', 'Birmingham New Street', 'station', 52.4778, -1.8990, 0.004, 'Meet your driver at the Station Street pick-up bays.'),
    (3, 'BHM-NEC', 'NEC & Resorts World', 'event_venue', 52.4533, -1.7186, 0.010, NULL),
    (3, 'BHM-CAZ', 'Clean Air Zone', 'restricted', 52.4797, -1.9026, 0.020, NULL),
    (4, 'LDS-CC', 'Leeds City Centre', 'zone', 53.7997, -1.5492, 0.012, NULL),
    (4, 'LDS-LBA', 'Leeds Bradford Airport', 'airport', 53.8659, -1.6605, 0.008, 'Head to the Pick Up car park opposite arrivals. Your driver will wait in bays 1-20.'),
    (4, 'LDS-STN', 'Leeds Station', 'station', 53.7950, -1.5476, 0.004, 'Meet your driver on Bishopgate Street outside the main entrance.'),
    (4, 'LDS-HDY', 'Headingley Stadium', 'event_venue', 53.8176, -1.5821, 0.004, NULL),
    (5, 'BRS-CC', 'Bristol City Centre', 'zone', 51.4545, -2.5879, 0.012, NULL),
    (5, 'BRS-BRS', 'Bristol Airport', 'airport', 51.3827, -2.7191, 0.008, 'Pick-ups are from the Express Drop Off / Pick Up car park, 2 minutes from arrivals.'),
    (5, 'BRS-TMD', 'Bristol Temple Meads', 'station', 51.4491, -2.5813, 0.004, 'Meet your driver at the Friary North pick-up area.'),
    (5, 'BRS-CAZ', 'Clean Air Zone', 'restricted', 51.4545, -2.5879, 0.015, NULL),
    (6, 'GLA-CC', 'Glasgow City Centre', 'zone', 55.8609, -4.2514, 0.012, NULL),
    (6, 'GLA-GLA', 'Glasgow Airport', 'airport', 55.8691, -4.4351, 0.008, 'Pick-ups are from the Short Stay car park, Row J. Follow signs from international arrivals.'),
    (6, 'GLA-CEN', 'Glasgow Central', 'station', 55.8590, -4.2577, 0.004, 'Meet your driver on Union Street, outside the Grant Street entrance.'),
    (6, 'GLA-SEC', 'SEC & OVO Hydro', 'event_venue', 55.8600, -4.2869, 0.005, NULL),
    (7, 'EDI-CC', 'Edinburgh City Centre', 'zone', 55.9533, -3.1883, 0.012, NULL),
    (7, 'EDI-EDI', 'Edinburgh Airport', 'airport', 55.9508, -3.3615, 0.010, 'Pick-ups are from the Express Drop Off / Pick Up zone in the multi-storey car park, Level 0.'),
    (7, 'EDI-WAV', 'Edinburgh Waverley', 'station', 55.9520, -3.1890, 0.004, 'Meet your driver on Market Street. Vehicles cannot enter the station.'),
    (7, 'EDI-MFD', 'Murrayfield Stadium', 'event_venue', 55.9422, -3.2409, 0.005, NULL),
    (7, 'EDI-RMI', 'Royal Mile', 'restricted', 55.9502, -3.1880, 0.003, NULL),
    (8, 'LPL-CC', 'Liverpool City Centre', 'zone', 53.4084, -2.9916, 0.012, NULL),
    (8, 'LPL-LPL', 'Liverpool John Lennon Airport', 'airport', 53.3336, -2.8497, 0.008, NULL)
) AS a (city_id, code, name, kind, lat, lng, r, instructions);
SELECT setval('service_areas_id_seq', (SELECT max(id) FROM service_areas));

INSERT INTO fare_rules (id, city_id, vehicle_type_id, base_fare, per_km, per_minute, minimum_fare, booking_fee, cancellation_fee,
                        airport_surcharge, max_surge_multiplier, currency, valid_from, valid_to, created_at)
SELECT row_number() OVER (ORDER BY v.gen, c.id, t.id),
       c.id, t.id,
       round((c.base * t.mult * v.adj)::numeric, 2),
       round((c.km * t.mult * v.adj)::numeric, 4),
       round((c.mn * t.mult * v.adj)::numeric, 4),
       round((c.minf * t.mult)::numeric, 1),
       CASE WHEN t.id = 4 THEN 0.00 ELSE c.fee END,
       CASE WHEN t.id = 4 THEN 10.00 WHEN t.id = 3 THEN 6.00 ELSE 5.00 END,
       CASE WHEN c.id = 1 THEN 7.00 WHEN c.id IN (2, 3, 6, 7) THEN 5.00 WHEN c.id = 5 THEN 4.00 END,
       CASE WHEN t.id IN (4, 6) THEN 2.00 ELSE 3.00 END,
       'GBP',
       v.valid_from - CASE WHEN v.gen = 1 THEN interval '60 days' ELSE interval '0' END + c.id * interval '1 day',
       v.valid_to + c.id * interval '1 day',
       v.valid_from - interval '9 days' + c.id * interval '1 day 3 hours'
FROM (VALUES (1, 'London', 2.50, 1.2500, 0.1500, 6.0, 1.25),
             (2, 'Manchester', 2.30, 0.9500, 0.1300, 5.0, 0.90),
             (3, 'Birmingham', 2.20, 0.9000, 0.1300, 5.0, 0.90),
             (4, 'Leeds', 2.10, 0.8700, 0.1200, 4.5, 0.85),
             (5, 'Bristol', 2.40, 1.0500, 0.1400, 5.0, 0.95),
             (6, 'Glasgow', 2.20, 0.9300, 0.1300, 5.0, 0.90),
             (7, 'Edinburgh', 2.40, 1.0000, 0.1400, 5.0, 0.95)) AS c (id, name, base, km, mn, minf, fee)
CROSS JOIN (VALUES (1, 1.00), (2, 1.00), (3, 1.45), (4, 1.90), (5, 1.15), (6, 1.10)) AS t (id, mult)
CROSS JOIN (VALUES (1, 0.94, timestamptz '2023-04-01 00:00:00+00', timestamptz '2024-04-01 00:00:00+00'),
                   (2, 1.00, timestamptz '2024-04-01 00:00:00+00', NULL::timestamptz)) AS v (gen, adj, valid_from, valid_to);
SELECT setval('fare_rules_id_seq', (SELECT max(id) FROM fare_rules));

INSERT INTO users (id, email, phone_number, hashed_password, first_name, last_name, role, is_active, is_superuser, is_verified,
                   email_verified_at, phone_verified_at, locale, avatar_url, referral_code, marketing_opt_in, last_login_at,
                   created_at, updated_at, deleted_at)
SELECT pg_temp.uid('user', g),
       CASE WHEN u.role IN ('ADMIN', 'AGENT')
              THEN lower(translate(pg_temp.fname(g), '''- ', '')) || '.' || lower(translate(pg_temp.lname(g), '''- ', '')) || '@kerbrides.co.uk'
            WHEN u.role = 'RIDER' AND g % 9 = 0 THEN NULL
            ELSE pg_temp.email(g) END,
       pg_temp.mobile(g),
       CASE WHEN u.role = 'RIDER' AND g % 3 = 0 THEN NULL ELSE pg_temp.bcrypt('pw:' || g) END,
       pg_temp.fname(g),
       pg_temp.lname(g),
       u.role,
       u.deleted_at IS NULL AND g % 61 <> 0,
       u.role = 'ADMIN',
       u.role <> 'RIDER' OR (g % 9 <> 0 AND g % 5 <> 2),
       CASE WHEN u.role <> 'RIDER' OR (g % 9 <> 0 AND g % 5 <> 2) THEN u.created_at + (3 + g % 40) * interval '1 minute' END,
       u.created_at + (25 + g % 50) * interval '1 second',
       CASE WHEN g % 23 = 0 THEN 'pl-PL' WHEN g % 29 = 0 THEN 'ro-RO' WHEN g % 31 = 0 THEN 'es-ES' WHEN g % 37 = 0 THEN 'fr-FR'
            WHEN g % 11 = 0 THEN 'en-US' ELSE 'en-GB' END,
       CASE WHEN u.role = 'DRIVER' OR g % 4 = 1
              THEN 'https://cdn.kerbrides.co.uk/avatars/' || pg_temp.uid('user', g) || '/' || left(md5('avatar' || g), 16) || '.jpg' END,
       upper(left(translate(pg_temp.fname(g), '''- ', ''), 6)) || upper(left(pg_temp.lname(g), 1)) || lpad(((g * 37) % 1000)::text, 3, '0'),
       g % 3 = 1,
       CASE WHEN u.deleted_at IS NULL AND g % 17 <> 5
              THEN timestamptz '2024-09-28 06:00:00+00' - ((g * 7177) % 9000) * interval '7 minutes' END,
       u.created_at,
       least(u.created_at + ((g * 131) % 400) * interval '1 day 1 hour', timestamptz '2024-09-27 22:00:00+00' - (g % 300) * interval '3 hours'),
       u.deleted_at
FROM generate_series(1, 900) AS g
CROSS JOIN LATERAL (
    SELECT CASE WHEN g <= 6 THEN 'ADMIN' WHEN g <= 30 THEN 'AGENT' WHEN g <= 200 THEN 'DRIVER' ELSE 'RIDER' END::userrole AS role
) r
CROSS JOIN LATERAL (
    SELECT r.role,
           CASE WHEN g <= 30 THEN timestamptz '2021-01-11 09:30:00+00' + (g * 41) * interval '1 day' + (g * 53 % 480) * interval '1 minute'
                ELSE (c.launched_on - 21)::timestamptz + ((g * 7919) % greatest(date '2024-09-01' - c.launched_on, 30)) * interval '1 day'
                     + ((g * 613) % 1440) * interval '1 minute' + (g % 60) * interval '1 second' END AS created_at,
           CASE WHEN r.role = 'RIDER' AND g % 47 = 0 THEN timestamptz '2024-07-01 02:00:00+00' + (g % 50) * interval '1 day' END AS deleted_at
    FROM cities c WHERE c.id = pg_temp.city_of(g)
) u;

UPDATE users SET last_login_at = NULL WHERE last_login_at < created_at;

INSERT INTO feature_flags (id, key, description, is_enabled, rollout_percentage, city_ids, platforms, payload, updated_by_id, created_at, updated_at) VALUES
    (1, 'upfront_pricing_v2', 'New upfront pricing model using ML ETA predictions', true, 50, '{1,2}', '{ios,android}',
        '{"model_version": "eta-gbm-2024-07", "fallback": "v1", "max_delta_pct": 15}', pg_temp.uid('user', 2), '2024-05-02 10:14:00+00', '2024-08-19 16:40:12+00'),
    (2, 'driver_destination_mode', 'Let drivers set a destination twice a day and only receive trips heading that way', true, 100, NULL, '{ios,android}',
        '{"uses_per_day": 2, "max_detour_pct": 20}', pg_temp.uid('user', 3), '2023-02-14 09:00:00+00', '2024-01-08 11:22:45+00'),
    (3, 'in_app_chat_translation', 'Auto-translate rider/driver chat messages', false, 10, '{1}', '{android}',
        '{"provider": "google_translate", "languages": ["pl", "ro", "ur", "ar", "pt"]}', pg_temp.uid('user', 2), '2024-06-21 13:30:00+00', '2024-09-02 08:05:10+00'),
    (4, 'apple_pay_express_checkout', 'Skip payment sheet for Apple Pay users', true, 100, NULL, '{ios}', NULL, pg_temp.uid('user', 4), '2022-11-07 15:00:00+00', '2023-03-01 10:00:00+00'),
    (5, 'saver_product', 'Kerb Saver product (batched dispatch)', false, 0, '{1}', '{ios,android}',
        '{"max_wait_seconds": 600, "discount_pct": 18}', pg_temp.uid('user', 3), '2024-01-15 12:00:00+00', '2024-04-30 17:45:00+00'),
    (6, 'selfie_reverification', 'Ask drivers for a real-time selfie before going online', true, 25, '{1,2,3,4,5,6,7}', '{ios,android}',
        '{"interval_hours": 72, "provider": "onfido", "match_threshold": 0.82}', pg_temp.uid('user', 5), '2023-06-05 08:30:00+00', '2024-07-11 09:14:27+00'),
    (7, 'surge_cap_events', 'Cap surge at 2.0x around stadiums and arenas', true, 100, '{1,2,3,6,7}', NULL,
        '{"cap": 2.0, "area_kinds": ["event_venue"]}', pg_temp.uid('user', 2), '2023-09-01 10:00:00+00', '2024-02-12 14:00:00+00'),
    (8, 'tipping_prompt_after_rating', 'Show tip sheet straight after a 5-star rating', true, 100, NULL, '{ios,android}',
        '{"suggested_amounts": [1, 2, 3, 5], "currency": "GBP"}', NULL, '2022-08-16 11:11:00+00', '2022-08-16 11:11:00+00'),
    (9, 'ops_console_new_ticket_view', 'Redesigned ticket view in the ops console', true, 100, NULL, '{web}', NULL, pg_temp.uid('user', 6), '2024-03-18 09:00:00+00', '2024-04-02 16:30:00+00'),
    (10, 'ulez_surcharge_display', 'Show ULEZ / CAZ surcharge line on receipts', true, 100, '{1,3,5}', NULL,
        '{"label": "Clean air charge"}', pg_temp.uid('user', 4), '2023-08-29 07:00:00+00', '2023-08-29 07:00:00+00'),
    (11, 'pet_product_glasgow', 'Kerb Pet in Glasgow', false, 0, '{6}', NULL, NULL, NULL, '2024-08-20 10:00:00+00', '2024-08-20 10:00:00+00'),
    (12, 'liverpool_launch', 'Open Liverpool for driver sign-ups', true, 100, '{8}', '{ios,android}',
        '{"riders_enabled": false, "drivers_enabled": true}', pg_temp.uid('user', 1), '2024-06-17 15:45:00+00', '2024-08-29 10:05:00+00');
SELECT setval('feature_flags_id_seq', 12);

INSERT INTO agents (id, user_id, display_name, team, manager_id, is_on_shift, max_concurrent_tickets, languages, created_at)
SELECT g - 6,
       pg_temp.uid('user', g),
       pg_temp.fname(g) || ' ' || left(pg_temp.lname(g), 1) || '.',
       CASE WHEN g <= 9 THEN 'team_leads' ELSE (ARRAY['rider_support','driver_ops','safety','payments','rider_support','driver_ops'])[1 + g % 6] END,
       NULL,
       g % 3 = 0,
       CASE WHEN g <= 9 THEN 4 WHEN g % 6 = 2 THEN 5 ELSE 8 END,
       CASE WHEN u.first_name IN ('Katarzyna','Agnieszka','Tomasz','Piotr') OR u.last_name IN ('Nowak','Kowalski') THEN '{en,pl}'::varchar[]
            WHEN u.first_name IN ('Roxana','Andrei','Mihai') OR u.last_name = 'Popescu' THEN '{en,ro}'::varchar[]
            WHEN u.first_name IN ('Priya','Harpreet','Arjun','Rahul') OR u.last_name IN ('Singh','Sharma') THEN '{en,hi,pa}'::varchar[]
            WHEN u.first_name IN ('Aisha','Fatima','Zainab','Sana','Mohammed','Ahmed','Imran','Bilal') OR u.last_name IN ('Khan','Hussain','Mahmood') THEN '{en,ur}'::varchar[]
            WHEN u.last_name IN ('Murphy','Fitzgerald','O''Brien') AND g % 2 = 0 THEN '{en,ga}'::varchar[]
            ELSE '{en}'::varchar[] END,
       u.created_at + interval '2 hours'
FROM generate_series(7, 30) AS g
JOIN users u ON u.id = pg_temp.uid('user', g);
UPDATE agents SET manager_id = 1 + (id % 3) WHERE id > 3;
SELECT setval('agents_id_seq', 24);

INSERT INTO riders (id, user_id, home_city_id, rating, completed_trips, cancelled_trips, stripe_customer_id, default_payment_method_id,
                    emergency_contact_name, emergency_contact_phone, gender, date_of_birth, accessibility_needs, fraud_score,
                    blocked_at, block_reason, created_at, updated_at)
SELECT g - 200,
       u.id,
       CASE WHEN g % 19 = 0 THEN NULL ELSE pg_temp.city_of(g) END,
       CASE WHEN g % 13 = 0 THEN NULL ELSE round((4.35 + ((g * 37) % 66) / 100.0)::numeric, 2) END,
       CASE WHEN g % 13 = 0 THEN 0 ELSE 1 + (g * 53) % 240 END,
       CASE WHEN g % 13 = 0 THEN 0 ELSE (g * 7) % 9 END,
       CASE WHEN g % 11 <> 3 THEN 'cus_' || pg_temp.b62('cus' || g, 14) END,
       NULL,
       CASE WHEN g % 4 = 0 THEN pg_temp.fname(g + 17) || ' ' || CASE WHEN g % 8 = 0 THEN u.last_name ELSE pg_temp.lname(g + 5) END END,
       CASE WHEN g % 4 = 0 THEN pg_temp.fmt_phone(pg_temp.mobile(g + 5000), g / 4) END,
       CASE WHEN g % 5 = 3 THEN NULL WHEN g % 97 = 0 THEN 'non_binary' WHEN g % 43 = 0 THEN 'prefer_not_to_say'
            WHEN pg_temp.is_female(g) THEN 'female' ELSE 'male' END,
       CASE WHEN g % 3 = 0 THEN date '1958-03-01' + (g * 7919) % 16400 END,
       CASE WHEN g % 29 = 0 THEN '{wheelchair}'::varchar[] WHEN g % 31 = 0 THEN '{hearing_impaired}'::varchar[]
            WHEN g % 37 = 0 THEN '{visually_impaired,guide_dog}'::varchar[] WHEN g % 41 = 0 THEN '{step_free_pickup}'::varchar[] END,
       round(((g * 7717) % 1000) / 4000.0 + CASE WHEN g % 53 = 0 THEN 0.6 ELSE 0 END, 3),
       CASE WHEN g % 53 = 0 THEN u.created_at + (40 + g % 200) * interval '1 day' END,
       CASE WHEN g % 53 = 0 THEN (ARRAY[
            'Chargeback abuse: 4 disputed trip charges in 6 weeks, card fingerprint shared with a previously blocked account.',
            'Verbal abuse and threats towards driver, confirmed by dashcam audio. Rider previously warned in March.',
            'Repeated vomiting/cleaning fee disputes; 3 cleaning fees reversed by bank. Blocked after review by payments team.',
            'Created multiple accounts to reuse first-ride promo codes (same device id and home address as 5 other accounts).',
            'Physical altercation with driver on trip, police attended. Reference passed to safety team.',
            'Suspected stolen card use: 9 cards added in 48h, all declined. Identity not verified after request.',
            'Racist comments to driver reported by two separate drivers, rider did not respond to safety team emails.',
            'Fare evasion: disputed every trip over 3 months claiming trips did not happen; GPS traces confirm they did.',
            'Harassment of driver after trip (repeated calls and messages to personal number obtained during trip).',
            'Requested block on own account following account takeover, awaiting identity confirmation.',
            'Underage account holder (15) confirmed by parent via support ticket.',
            'Threatened driver with a knife according to driver report; account blocked pending police investigation.',
            'Multiple no-shows with deliberately wrong pickup pins to obtain cancellation credits.'])[1 + (g / 53) % 13] END,
       u.created_at + interval '2 seconds',
       u.updated_at
FROM generate_series(201, 900) AS g
JOIN users u ON u.id = pg_temp.uid('user', g);
SELECT setval(pg_get_serial_sequence('riders', 'id'), 700);

INSERT INTO drivers (id, user_id, city_id, status, legal_first_name, legal_last_name, date_of_birth, gender, nationality,
                     national_insurance_number, driving_licence_number, driving_licence_expiry, phv_licence_number,
                     phv_licence_authority, phv_licence_expiry, address_line1, address_line2, address_city, postcode,
                     bank_account_name, bank_sort_code, bank_account_number, selfie_image, licence_front_image, licence_back_image,
                     background_check_status, background_check_completed_at, rating, acceptance_rate, cancellation_rate,
                     lifetime_trips, is_online, last_known_lat, last_known_lng, last_location_at, referred_by_driver_id,
                     onboarded_at, deactivated_reason, created_at, updated_at)
SELECT d,
       u.id,
       x.city,
       x.status,
       CASE WHEN d % 9 = 0 THEN u.first_name || ' ' || x.middle ELSE u.first_name END,
       u.last_name,
       x.dob,
       CASE WHEN d % 14 = 5 THEN NULL WHEN pg_temp.is_female(g) THEN 'female' ELSE 'male' END,
       CASE WHEN u.first_name IN ('Katarzyna','Agnieszka','Tomasz','Piotr') OR u.last_name IN ('Nowak','Kowalski') THEN 'PL'
            WHEN u.first_name IN ('Roxana','Andrei','Mihai') OR u.last_name = 'Popescu' THEN 'RO'
            WHEN u.first_name IN ('Tunde','Chinedu','Chiamaka','Amara') OR u.last_name IN ('Okafor','Adeyemi') THEN 'NG'
            WHEN u.first_name = 'Kwame' OR u.last_name = 'Mensah' THEN 'GH'
            WHEN u.last_name IN ('Khan','Hussain','Mahmood') AND d % 3 = 0 THEN 'PK'
            WHEN u.last_name = 'Chowdhury' AND d % 2 = 0 THEN 'BD'
            WHEN d % 25 = 7 THEN NULL ELSE 'GB' END,
       CASE WHEN x.status = 'APPLIED' THEN NULL ELSE
         (ARRAY['AB','CE','EH','GY','JC','JK','KL','LM','NA','NE','NH','NP','NR','NW','NZ','PA','PE','PH','PR','PW',
                'RA','RE','SC','SH','SK','SN','SP','SR','SW','SY','WE','WK','WN','WR','YA','YC','ZB','ZH'])[1 + (d * 7) % 38]
         || CASE WHEN d % 3 = 0
                 THEN ' ' || lpad(((d * 37) % 100)::text, 2, '0') || ' ' || lpad(((d * 59) % 100)::text, 2, '0') || ' ' || lpad(((d * 83) % 100)::text, 2, '0') || ' '
                 ELSE lpad(((d::bigint * 387161) % 1000000)::text, 6, '0') END
         || substr('ABCD', 1 + d % 4, 1) END,
       rpad(left(regexp_replace(upper(u.last_name), '[^A-Z]', '', 'g'), 5), 5, '9')
         || substr(extract(year FROM x.dob)::text, 3, 1)
         || lpad((extract(month FROM x.dob)::int + CASE WHEN pg_temp.is_female(g) THEN 50 ELSE 0 END)::text, 2, '0')
         || lpad(extract(day FROM x.dob)::int::text, 2, '0')
         || substr(extract(year FROM x.dob)::text, 4, 1)
         || left(u.first_name, 1) || CASE WHEN d % 9 = 0 THEN left(x.middle, 1) ELSE '9' END
         || '9' || upper(substr(translate(md5('dl' || d), '0123456789', 'ABCDEFGHJK'), 1, 1)) || upper(substr(md5('dl' || d), 2, 1)),
       date '2026-01-01' + (d * 211) % 3200,
       CASE WHEN x.status IN ('APPLIED') THEN NULL
            WHEN x.city = 1 THEN lpad((100000 + (d * 7919) % 200000)::text, 6, '0')
            WHEN x.wolves THEN 'W' || lpad(((d * 4231) % 90000 + 10000)::text, 5, '0')
            WHEN x.city = 2 THEN 'PHD' || lpad(((d * 613) % 9000 + 1000)::text, 4, '0')
            WHEN x.city = 3 THEN 'PH' || lpad(((d * 977) % 90000 + 10000)::text, 5, '0')
            WHEN x.city = 4 THEN 'D' || lpad(((d * 353) % 9000 + 1000)::text, 4, '0')
            WHEN x.city = 5 THEN 'PHD/' || lpad(((d * 241) % 9000 + 1000)::text, 4, '0')
            WHEN x.city = 6 THEN 'GCC/PHD/' || lpad(((d * 139) % 90000 + 10000)::text, 5, '0')
            ELSE 'EDI-PHD-' || lpad(((d * 179) % 9000 + 1000)::text, 4, '0') END,
       CASE WHEN x.status IN ('APPLIED') THEN NULL
            WHEN x.wolves THEN 'City of Wolverhampton Council'
            ELSE (ARRAY['Transport for London','Manchester City Council','Birmingham City Council','Leeds City Council',
                        'Bristol City Council','Glasgow City Council','City of Edinburgh Council'])[x.city] END,
       CASE WHEN x.status IN ('APPLIED') THEN NULL ELSE date '2024-10-01' + (d * 97) % 1000 END,
       a ->> 'line1', a ->> 'line2', a ->> 'city', a ->> 'postcode',
       CASE WHEN x.status IN ('APPLIED', 'DOCUMENTS_PENDING') THEN NULL
            WHEN d % 4 = 0 THEN upper(left(u.first_name, 1) || ' ' || u.last_name)
            WHEN d % 4 = 1 THEN CASE WHEN pg_temp.is_female(g) THEN 'Ms ' ELSE 'Mr ' END || u.first_name || ' ' || u.last_name
            WHEN d % 4 = 2 THEN u.first_name || ' ' || u.last_name
            ELSE upper(u.first_name || ' ' || u.last_name) END,
       CASE WHEN x.status IN ('APPLIED', 'DOCUMENTS_PENDING') THEN NULL ELSE
         (ARRAY['20-' || lpad(((d * 31) % 100)::text, 2, '0') || '-' || lpad(((d * 17) % 100)::text, 2, '0'),
                '30-' || lpad(((d * 13) % 100)::text, 2, '0') || '-' || lpad(((d * 71) % 100)::text, 2, '0'),
                '40-' || lpad(((d * 43) % 100)::text, 2, '0') || '-' || lpad(((d * 29) % 100)::text, 2, '0'),
                '60-' || lpad(((d * 23) % 100)::text, 2, '0') || '-' || lpad(((d * 61) % 100)::text, 2, '0'),
                '04-00-04', '60-83-71', '09-01-' || lpad((26 + d % 3)::text, 2, '0'), '77-' || lpad(((d * 11) % 100)::text, 2, '0') || '-' || lpad(((d * 7) % 100)::text, 2, '0'),
                '11-' || lpad(((d * 19) % 100)::text, 2, '0') || '-' || lpad(((d * 3) % 100)::text, 2, '0'), '04-00-75', '07-04-36'])[1 + (d * 5) % 11] END,
       CASE WHEN x.status IN ('APPLIED', 'DOCUMENTS_PENDING') THEN NULL ELSE ((d::bigint * 73939133 + 31337) % 90000000 + 10000000)::text END,
       CASE WHEN x.status <> 'APPLIED' THEN pg_temp.jpeg('selfie' || d, 700 + (d * 37) % 500) END,
       CASE WHEN x.status <> 'APPLIED' THEN CASE WHEN d % 3 = 0 THEN pg_temp.png('dlf' || d, 900 + (d * 53) % 400) ELSE pg_temp.jpeg('dlf' || d, 800 + (d * 53) % 400) END END,
       CASE WHEN x.status <> 'APPLIED' AND d % 7 <> 3 THEN CASE WHEN d % 3 = 0 THEN pg_temp.png('dlb' || d, 600 + (d * 29) % 300) ELSE pg_temp.jpeg('dlb' || d, 500 + (d * 29) % 300) END END,
       CASE x.status WHEN 'APPLIED' THEN 'not_started' WHEN 'DOCUMENTS_PENDING' THEN 'not_started' WHEN 'BACKGROUND_CHECK' THEN 'in_progress'
                     WHEN 'SUSPENDED' THEN CASE WHEN d % 2 = 0 THEN 'consider' ELSE 'clear' END
                     WHEN 'DEACTIVATED' THEN CASE WHEN d % 2 = 0 THEN 'failed' ELSE 'clear' END ELSE 'clear' END,
       CASE WHEN x.status NOT IN ('APPLIED', 'DOCUMENTS_PENDING', 'BACKGROUND_CHECK') THEN u.created_at + (6 + d % 15) * interval '1 day' + interval '3 hours 12 minutes' END,
       CASE WHEN x.status IN ('ACTIVE', 'SUSPENDED', 'DEACTIVATED') THEN round((4.55 + ((d * 29) % 45) / 100.0 - CASE WHEN x.status <> 'ACTIVE' THEN 0.3 ELSE 0 END)::numeric, 2) END,
       CASE WHEN x.status IN ('ACTIVE', 'SUSPENDED', 'DEACTIVATED') THEN round((0.62 + ((d * 41) % 37) / 100.0)::numeric, 3)::real END,
       CASE WHEN x.status IN ('ACTIVE', 'SUSPENDED', 'DEACTIVATED') THEN round((((d * 13) % 70) / 1000.0)::numeric, 3)::real END,
       CASE WHEN x.status IN ('ACTIVE', 'SUSPENDED', 'DEACTIVATED') THEN 40 + (d * 977) % 6200 ELSE 0 END,
       x.status = 'ACTIVE' AND d % 4 = 1,
       CASE WHEN x.status IN ('ACTIVE', 'SUSPENDED') THEN round((pg_temp.addr(x.city, d * 31 + 7) ->> 'lat')::numeric + ((d * 17) % 100) / 100000.0, 6) END,
       CASE WHEN x.status IN ('ACTIVE', 'SUSPENDED') THEN round((pg_temp.addr(x.city, d * 31 + 7) ->> 'lng')::numeric - ((d * 23) % 100) / 100000.0, 6) END,
       CASE WHEN x.status IN ('ACTIVE', 'SUSPENDED') THEN timestamptz '2024-09-28 05:58:00+00' - ((d * 7177) % 6000) * interval '1 minute' END,
       CASE WHEN d > 12 AND d % 5 = 0 THEN 1 + (d * 7) % (d - 1) END,
       CASE WHEN x.status IN ('ACTIVE', 'SUSPENDED', 'DEACTIVATED') THEN u.created_at + (9 + d % 20) * interval '1 day' + interval '10 hours' END,
       CASE WHEN x.status = 'DEACTIVATED' THEN (ARRAY[
              'Enhanced DBS returned a conviction not declared on application (driving whilst disqualified, 2019). Deactivated by safety panel.',
              'Insurance lapsed and not renewed after three reminders; driver confirmed by phone he has stopped driving for Kerb.',
              'Multiple verified complaints of inappropriate comments to female passengers; licensing authority notified.',
              'PHV licence revoked by licensing authority following an investigation. Driver informed via email and phone.',
              'Account sharing: selfie re-verification matched a different person on 3 occasions.',
              'Driver requested account closure, moving back to Romania. Final payout sent.'])[1 + (d / 23) % 6]
            WHEN x.status = 'SUSPENDED' THEN (ARRAY[
              'Temporarily suspended pending investigation of a safety report (alleged dangerous driving on the M60).',
              'Suspended: driving licence shows 9 penalty points after DVLA check, waiting for insurer confirmation.',
              'Suspended after rider reported the vehicle did not match (different plate); driver to attend office with V5C.',
              'Rating dropped below 4.5 threshold; suspended until quality course completed.',
              'Suspended pending police enquiry following an allegation of assault by a passenger. Driver denies the allegation.',
              'MOT expired, upload new certificate to reactivate.'])[1 + (d / 17) % 6] END,
       u.created_at + interval '40 seconds',
       u.updated_at
FROM generate_series(31, 200) AS g
CROSS JOIN LATERAL (SELECT g - 30 AS d) dd
JOIN users u ON u.id = pg_temp.uid('user', g)
CROSS JOIN LATERAL (
    SELECT pg_temp.city_of(g) AS city,
           CASE WHEN d % 17 = 0 THEN 'SUSPENDED' WHEN d % 23 = 0 THEN 'DEACTIVATED' WHEN d % 19 = 0 THEN 'BACKGROUND_CHECK'
                WHEN d % 29 = 0 THEN 'DOCUMENTS_PENDING' WHEN d % 31 = 0 THEN 'APPLIED' ELSE 'ACTIVE' END::driverstatus AS status,
           date '1961-06-01' + (d * 7919) % 14500 AS dob,
           pg_temp.city_of(g) IN (2, 3) AND d % 4 = 0 AS wolves,
           CASE WHEN pg_temp.is_female(g) THEN (ARRAY['Louise','Marie','Rose','Jane','Elizabeth','Anne','Grace','Nicole'])[1 + d % 8]
                ELSE (ARRAY['James','John','Edward','David','Michael','Ali','Alexander','Patrick'])[1 + d % 8] END AS middle
) x
CROSS JOIN LATERAL (SELECT pg_temp.addr(x.city, g + 3000) AS a) ad;
SELECT setval(pg_get_serial_sequence('drivers', 'id'), 170);

INSERT INTO identity_verifications (id, driver_id, provider, applicant_id, check_id, document_type, status, result, sub_result,
                                    provider_response, webhook_received_at, created_at)
SELECT pg_temp.uid('idv', d.id * 10 + k),
       d.id,
       CASE WHEN d.created_at < timestamptz '2022-06-01 00:00:00+00' THEN 'yoti' ELSE 'onfido' END,
       pg_temp.uid('onfido-applicant', d.id)::text,
       CASE WHEN d.status = 'DOCUMENTS_PENDING' AND k = 1 THEN NULL ELSE pg_temp.uid('onfido-check', d.id * 10 + k)::text END,
       x.doc_type,
       CASE WHEN d.status = 'DOCUMENTS_PENDING' THEN 'awaiting_applicant' WHEN d.status = 'BACKGROUND_CHECK' AND d.id % 2 = 0 THEN 'in_progress' ELSE 'complete' END,
       CASE WHEN d.status IN ('DOCUMENTS_PENDING') OR (d.status = 'BACKGROUND_CHECK' AND d.id % 2 = 0) THEN NULL
            WHEN k = 1 AND x.retry THEN 'consider' ELSE 'clear' END,
       CASE WHEN d.status IN ('DOCUMENTS_PENDING') OR (d.status = 'BACKGROUND_CHECK' AND d.id % 2 = 0) THEN NULL
            WHEN k = 1 AND x.retry THEN (ARRAY['caution','rejected','caution'])[1 + d.id % 3] ELSE 'clear' END,
       CASE WHEN d.status IN ('DOCUMENTS_PENDING') OR (d.status = 'BACKGROUND_CHECK' AND d.id % 2 = 0) THEN NULL ELSE
         jsonb_build_object(
           'id', pg_temp.uid('onfido-check', d.id * 10 + k),
           'created_at', to_char(d.created_at + k * interval '2 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'status', 'complete',
           'result', CASE WHEN k = 1 AND x.retry THEN 'consider' ELSE 'clear' END,
           'applicant_id', pg_temp.uid('onfido-applicant', d.id),
           'applicant', jsonb_build_object('first_name', d.legal_first_name, 'last_name', d.legal_last_name,
                                           'dob', to_char(d.date_of_birth, 'YYYY-MM-DD'),
                                           'address', jsonb_strip_nulls(jsonb_build_object('line1', d.address_line1, 'line2', d.address_line2,
                                                                         'town', d.address_city, 'postcode', d.postcode, 'country', 'GBR'))),
           'reports', jsonb_build_array(
               jsonb_build_object('name', 'document',
                                  'result', CASE WHEN k = 1 AND x.retry THEN 'consider' ELSE 'clear' END,
                                  'sub_result', CASE WHEN k = 1 AND x.retry THEN 'caution' ELSE 'clear' END,
                                  'breakdown', jsonb_build_object('image_integrity', jsonb_build_object('result', CASE WHEN k = 1 AND x.retry THEN 'consider' ELSE 'clear' END),
                                                                  'visual_authenticity', jsonb_build_object('result', 'clear'),
                                                                  'data_validation', jsonb_build_object('result', 'clear')),
                                  'properties', jsonb_build_object('document_type', x.doc_type,
                                                                   'issuing_country', CASE WHEN x.doc_type = 'driving_licence' THEN 'GBR' ELSE coalesce(CASE d.nationality WHEN 'PL' THEN 'POL' WHEN 'RO' THEN 'ROU' WHEN 'NG' THEN 'NGA' WHEN 'GH' THEN 'GHA' WHEN 'PK' THEN 'PAK' WHEN 'BD' THEN 'BGD' END, 'GBR') END,
                                                                   'first_name', d.legal_first_name, 'last_name', upper(d.legal_last_name),
                                                                   'date_of_birth', to_char(d.date_of_birth, 'YYYY-MM-DD'),
                                                                   'date_of_expiry', to_char(coalesce(d.driving_licence_expiry, date '2029-01-01'), 'YYYY-MM-DD'),
                                                                   'gender', CASE d.gender WHEN 'female' THEN 'Female' WHEN 'male' THEN 'Male' END,
                                                                   'document_numbers', jsonb_build_array(jsonb_build_object('type', 'document_number',
                                                                       'value', CASE WHEN x.doc_type = 'driving_licence' THEN d.driving_licence_number
                                                                                     ELSE upper(left(md5('passport' || d.id), 2)) || lpad(((d.id * 7919) % 10000000)::text, 7, '0') END)))),
               jsonb_build_object('name', 'facial_similarity_photo',
                                  'result', 'clear',
                                  'properties', jsonb_build_object('score', round((0.78 + ((d.id * 13) % 21) / 100.0)::numeric, 2))))
         ) END,
       CASE WHEN d.status IN ('DOCUMENTS_PENDING') OR (d.status = 'BACKGROUND_CHECK' AND d.id % 2 = 0) THEN NULL
            ELSE d.created_at + k * interval '2 days' + (d.id % 40) * interval '1 minute' END,
       d.created_at + (k - 1) * interval '2 days' + interval '15 minutes'
FROM drivers d
CROSS JOIN LATERAL (SELECT d.id % 6 = 2 AS retry,
                           CASE WHEN d.nationality IN ('PL', 'RO') AND d.id % 2 = 0 THEN 'national_identity_card'
                                WHEN d.id % 5 = 0 THEN 'passport' ELSE 'driving_licence' END AS doc_type) x
CROSS JOIN generate_series(1, 2) AS k
WHERE d.status <> 'APPLIED' AND (k = 1 OR x.retry);

INSERT INTO background_checks (driver_id, provider, check_type, external_reference, certificate_number, status, result,
                               dvla_penalty_points, adjudication_notes, requested_at, completed_at, expires_at, requested_by_agent_id)
SELECT d.id,
       CASE c.t WHEN 'criminal' THEN CASE WHEN d.city_id IN (6, 7) THEN 'Disclosure Scotland' ELSE 'uCheck' END
                WHEN 'dvla' THEN 'Licence Check'
                ELSE 'Home Office' END,
       CASE c.t WHEN 'criminal' THEN CASE WHEN d.city_id IN (6, 7) THEN 'pvg_scheme' ELSE 'enhanced_dbs' END
                WHEN 'dvla' THEN 'dvla_licence'
                ELSE 'right_to_work' END,
       CASE c.t WHEN 'criminal' THEN CASE WHEN d.city_id IN (6, 7) THEN 'DS' || lpad(((d.id * 918273) % 10000000)::text, 7, '0') ELSE 'UC-' || (2000000 + (d.id * 48611) % 900000) END
                WHEN 'dvla' THEN 'LC' || upper(left(md5('lc' || d.id), 10))
                ELSE NULL END,
       CASE WHEN x.done THEN
         CASE c.t WHEN 'criminal' THEN CASE WHEN d.city_id IN (6, 7) THEN lpad(((d.id::bigint * 7390131) % 10000000000)::text, 10, '0') || lpad(((d.id * 4423) % 1000000)::text, 6, '0')
                                            ELSE '00' || lpad(((d.id::bigint * 73939133) % 10000000000)::text, 10, '0') END
                  WHEN 'rtw' THEN CASE WHEN coalesce(d.nationality, 'GB') = 'GB' THEN NULL
                                       ELSE upper(translate(substr(md5('share' || d.id), 1, 3), '01', 'WX') || ' ' || translate(substr(md5('share' || d.id), 4, 3), '01', 'KP') || ' ' || translate(substr(md5('share' || d.id), 7, 3), '01', 'RT')) END
                  ELSE NULL END END,
       CASE WHEN x.done THEN 'complete' WHEN d.status = 'BACKGROUND_CHECK' AND c.t = 'criminal' THEN 'in_progress' ELSE 'requested' END,
       CASE WHEN NOT x.done THEN NULL
            WHEN c.t = 'criminal' AND d.background_check_status = 'failed' THEN 'failed'
            WHEN c.t = 'criminal' AND d.background_check_status = 'consider' THEN 'consider'
            WHEN c.t = 'dvla' AND d.id % 11 = 4 THEN 'consider'
            ELSE 'clear' END,
       CASE WHEN c.t = 'dvla' AND x.done THEN CASE WHEN d.id % 11 = 4 THEN 9 WHEN d.id % 4 = 0 THEN 3 WHEN d.id % 9 = 0 THEN 6 ELSE 0 END END,
       CASE WHEN NOT x.done THEN NULL
            WHEN c.t = 'criminal' AND d.background_check_status = 'failed' THEN 'Certificate shows conviction for driving whilst disqualified (Manchester Magistrates, 2019) and a caution for common assault (2016). Not declared on application. Rejected under policy 4.2.'
            WHEN c.t = 'criminal' AND d.background_check_status = 'consider' THEN 'Caution for possession of a class B substance (2014), declared by applicant. More than 7 years ago; approved by safety panel, review at renewal.'
            WHEN c.t = 'dvla' AND d.id % 11 = 4 THEN 'SP30 x3 (speeding) in the last 3 years, 9 points. Above 6 point threshold, refer to insurer before activating.'
            WHEN c.t = 'dvla' AND d.id % 4 = 0 THEN 'SP30 speeding offence 2022, 3 points. Within policy.'
            WHEN c.t = 'dvla' AND d.id % 9 = 0 THEN 'CU80 (using a mobile phone while driving) 2021, 6 points. Within policy but flagged for monitoring.'
            WHEN c.t = 'rtw' AND d.nationality IN ('NG', 'GH', 'PK', 'BD') THEN 'Share code checked online, Skilled Worker visa valid until ' || to_char(date '2026-03-01' + ((d.id * 17) % 700)::int, 'DD/MM/YYYY') || '. Follow-up check diarised.'
            WHEN c.t = 'rtw' AND d.nationality IN ('PL', 'RO') THEN 'EU Settlement Scheme settled status confirmed via share code.'
            WHEN c.t = 'rtw' AND d.id % 10 = 0 THEN 'British passport seen on video call, copy retained.'
            END,
       d.created_at + x.offs * interval '1 hour',
       CASE WHEN x.done THEN d.created_at + x.offs * interval '1 hour' + (2 + (d.id * 7) % 12) * interval '1 day' END,
       CASE WHEN x.done AND c.t IN ('criminal', 'dvla') THEN d.created_at + x.offs * interval '1 hour' + interval '3 years' END,
       CASE WHEN d.id % 5 = 0 THEN NULL ELSE 4 + (d.id * 7) % 21 END
FROM drivers d
CROSS JOIN (VALUES ('criminal', 1), ('dvla', 2), ('rtw', 3)) AS c (t, n)
CROSS JOIN LATERAL (SELECT d.status NOT IN ('APPLIED', 'DOCUMENTS_PENDING', 'BACKGROUND_CHECK') AS done, 20 + c.n * 3 AS offs) x
WHERE d.status NOT IN ('APPLIED', 'DOCUMENTS_PENDING')
ORDER BY d.id, c.n;

INSERT INTO vehicles (id, driver_id, vehicle_type_id, make, model, year, colour, licence_plate, vin, fuel_type, seats,
                      phv_vehicle_licence_number, insurance_provider, insurance_policy_number, insurance_expires_on, mot_expires_on,
                      is_wheelchair_accessible, is_active, created_at, updated_at)
SELECT row_number() OVER (ORDER BY v.n),
       v.driver_id,
       m.type_id, m.make, m.model, v.yr,
       (ARRAY['Black','Silver','White','Grey','Blue','Black','Grey','Red','White','Dark Blue','Silver','Black'])[1 + (v.n * 7) % 12],
       substr('LMOYWSBEFGKNRHV', 1 + (v.n * 5) % 15, 1) || substr('ABCDEFGHJKLMNOPRSTUVWXY', 1 + (v.n * 11) % 23, 1)
         || lpad(((v.yr % 100) + CASE WHEN v.n % 2 = 0 THEN 50 ELSE 0 END)::text, 2, '0') || ' '
         || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + ((v.n * 7919) % 13824) / 576, 1) || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + (((v.n * 7919) % 13824) / 24) % 24, 1)
         || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + ((v.n * 7919) % 13824) % 24, 1),
       CASE WHEN v.n % 13 = 6 THEN NULL ELSE
         m.wmi || upper(translate(substr(md5('vin' || v.n), 1, 6), 'io', '75')) || substr('ABCDEFGHJKLMNPRSTVWXY123456789', 1 + (v.yr - 2001) % 30, 1)
         || substr('ABCDEFGHJKLMNPRSTUVWXYZ', 1 + v.n % 23, 1) || lpad(((v.n * 7919) % 1000000)::text, 6, '0') END,
       m.fuel, m.seats,
       CASE WHEN d.city_id = 1 THEN lpad((700000 + (v.n * 7907) % 299999)::text, 6, '0')
            ELSE 'PHV' || lpad(((v.n * 613) % 90000 + 10000)::text, 5, '0') END,
       ins.name,
       CASE ins.name WHEN 'Zego' THEN 'ZEG-PHV-' || upper(left(md5('pol' || v.n), 8))
                     WHEN 'INSHUR' THEN 'INSUK' || lpad(((v.n * 48271) % 10000000)::text, 7, '0')
                     WHEN 'Haven Insurance' THEN 'HVN/PH/' || (100000 + (v.n * 3571) % 900000)
                     WHEN 'Collingwood' THEN 'CWD' || lpad(((v.n * 2753) % 1000000)::text, 6, '0') || 'P'
                     ELSE 'TRX-' || (4000000 + (v.n * 1931) % 999999) END,
       date '2024-10-05' + ((v.n * 37) % 365)::int,
       CASE WHEN v.yr <= 2021 THEN date '2024-10-20' + ((v.n * 53) % 330)::int END,
       m.type_id = 6,
       v.active,
       least(coalesce(d.onboarded_at, d.created_at + interval '3 days') - interval '2 days' + CASE WHEN NOT v.second THEN interval '0' ELSE (200 + v.n % 300) * interval '1 day' END,
             timestamptz '2024-09-01 10:00:00+00' - v.n * interval '1 hour'),
       least(d.updated_at, timestamptz '2024-09-20 00:00:00+00') + interval '1 hour'
FROM (
    SELECT dr.id AS driver_id, (dr.id * 2 + s)::int AS n, s = 1 AS second,
           s = 1 OR dr.id % 7 <> 3 AS active,
           (2016 + ((dr.id * 3 + s * 4) % 9))::int AS yr
    FROM drivers dr CROSS JOIN generate_series(0, 1) AS s
    WHERE dr.status NOT IN ('APPLIED') AND (s = 0 OR dr.id % 7 = 3)
) v
JOIN drivers d ON d.id = v.driver_id
CROSS JOIN LATERAL (
    SELECT * FROM (VALUES
        (0, 'Toyota', 'Prius', 'hybrid', 4, 1, 'SB1'), (1, 'Toyota', 'Corolla Touring Sports', 'hybrid', 4, 1, 'SB1'),
        (2, 'Kia', 'Niro EV', 'electric', 4, 2, 'KNA'), (3, 'Hyundai', 'IONIQ 5', 'electric', 4, 2, 'KMH'),
        (4, 'Skoda', 'Octavia', 'diesel', 4, 1, 'TMB'), (5, 'Ford', 'Galaxy', 'hybrid', 6, 3, 'WF0'),
        (6, 'Mercedes-Benz', 'E-Class', 'plug_in_hybrid', 4, 4, 'W1K'), (7, 'Tesla', 'Model 3', 'electric', 4, 2, 'LRW'),
        (8, 'Toyota', 'C-HR', 'hybrid', 4, 1, 'NMT'), (9, 'Volkswagen', 'Sharan', 'diesel', 6, 3, 'WVW'),
        (10, 'BMW', '5 Series', 'plug_in_hybrid', 4, 4, 'WBA'), (11, 'Tesla', 'Model Y', 'electric', 4, 2, 'XP7'),
        (12, 'MG', 'MG5 EV', 'electric', 4, 2, 'LSJ'), (13, 'Toyota', 'RAV4', 'hybrid', 4, 1, 'JTM'),
        (14, 'LEVC', 'TX', 'plug_in_hybrid', 6, 6, 'L6T'), (15, 'Skoda', 'Superb', 'plug_in_hybrid', 4, 1, 'TMB'),
        (16, 'Mercedes-Benz', 'V-Class', 'diesel', 7, 3, 'WDF'), (17, 'Nissan', 'Leaf', 'electric', 4, 2, 'SJN'),
        (18, 'Peugeot', 'e-Rifter', 'electric', 4, 6, 'VR3'), (19, 'Toyota', 'Prius+', 'hybrid', 6, 3, 'JTD'),
        (20, 'Kia', 'Sportage', 'hybrid', 4, 1, 'U5Y'), (21, 'Toyota', 'Camry', 'hybrid', 4, 1, 'JTN')
    ) AS mm (k, make, model, fuel, seats, type_id, wmi)
    WHERE mm.k = (v.n * 7 + v.driver_id) % 22
) m
CROSS JOIN LATERAL (SELECT (ARRAY['Zego','INSHUR','Haven Insurance','Collingwood','Tradex','Zego','INSHUR'])[1 + (v.n * 3) % 7] AS name) ins;
SELECT setval(pg_get_serial_sequence('vehicles', 'id'), (SELECT max(id) FROM vehicles));

INSERT INTO vehicle_eligible_types (vehicle_id, vehicle_type_id, approved_at)
SELECT v.id, t.id, v.created_at + (t.id % 3) * interval '1 day' + interval '4 hours'
FROM vehicles v
JOIN vehicle_types t ON t.id = v.vehicle_type_id
   OR (t.id = 1 AND v.vehicle_type_id IN (2, 3, 4, 6))
   OR (t.id = 5 AND v.vehicle_type_id IN (1, 3) AND v.id % 4 = 0)
   OR (t.id = 7 AND v.vehicle_type_id IN (1, 2) AND v.id % 3 = 0)
   OR (t.id = 2 AND v.fuel_type = 'electric' AND v.vehicle_type_id <> 2);

INSERT INTO driver_documents (driver_id, vehicle_id, document_type, storage_key, original_filename, content_type, file_size, sha256,
                              status, rejection_reason, reviewed_by_agent_id, reviewed_at, expires_on, uploaded_at)
SELECT d.id,
       CASE WHEN t.per_vehicle THEN v.id END,
       t.doc::documenttype,
       'driver-documents/' || d.id || '/' || lower(t.doc) || '/' || pg_temp.uid('doc', d.id * 100 + t.n) || x.ext,
       CASE (d.id + t.n) % 7
         WHEN 0 THEN 'IMG_' || to_char(x.up, 'YYYYMMDD_HH24MISS') || '.jpg'
         WHEN 1 THEN 'image.jpg'
         WHEN 2 THEN 'Scan ' || to_char(x.up, 'DD Mon YYYY') || '.pdf'
         WHEN 3 THEN CASE WHEN d.id % 3 = 0 THEN lower(t.doc) || '_' || lower(regexp_replace(d.legal_last_name, '[^A-Za-z]', '', 'g')) || '.pdf' ELSE lower(replace(t.label, ' ', '_')) || '.pdf' END
         WHEN 4 THEN 'photo_' || to_char(x.up, 'YYYY-MM-DD HH24.MI.SS') || '.jpeg'
         WHEN 5 THEN t.label || '.pdf'
         ELSE NULL END,
       CASE WHEN x.ext = '.pdf' THEN 'application/pdf' WHEN x.ext = '.png' THEN 'image/png' ELSE 'image/jpeg' END,
       180000 + ((d.id * 7919 + t.n * 104729) % 3800000),
       encode(sha256(convert_to('doc' || d.id || ':' || t.n, 'UTF8')), 'hex'),
       x.status::documentstatus,
       CASE WHEN x.status = 'REJECTED' THEN (ARRAY['Image is blurry or cropped, please upload a clear photo of the whole document',
                                                   'Document has expired', 'Please upload all pages of the certificate',
                                                   'Vehicle registration does not match the vehicle on your account'])[1 + (d.id + t.n) % 4] END,
       CASE WHEN x.status <> 'PENDING_REVIEW' THEN 4 + (d.id * 5 + t.n) % 21 END,
       CASE WHEN x.status <> 'PENDING_REVIEW' THEN x.up + (3 + (d.id * t.n) % 40) * interval '1 hour' END,
       CASE t.doc WHEN 'DRIVING_LICENCE' THEN d.driving_licence_expiry WHEN 'PHV_DRIVER_LICENCE' THEN d.phv_licence_expiry
                  WHEN 'INSURANCE_CERTIFICATE' THEN v.insurance_expires_on WHEN 'MOT_CERTIFICATE' THEN v.mot_expires_on
                  WHEN 'PHV_VEHICLE_LICENCE' THEN date '2024-11-01' + ((d.id * 41) % 365)::int END,
       x.up
FROM drivers d
LEFT JOIN LATERAL (SELECT * FROM vehicles vv WHERE vv.driver_id = d.id ORDER BY vv.is_active DESC, vv.id DESC LIMIT 1) v ON true
CROSS JOIN (VALUES (1, 'DRIVING_LICENCE', false, 'driving licence'), (2, 'PHV_DRIVER_LICENCE', false, 'PHV licence'),
                   (3, 'PHV_VEHICLE_LICENCE', true, 'vehicle licence'), (4, 'INSURANCE_CERTIFICATE', true, 'insurance certificate'),
                   (5, 'MOT_CERTIFICATE', true, 'MOT certificate'), (6, 'V5C_LOGBOOK', true, 'V5C'),
                   (7, 'PROOF_OF_ADDRESS', false, 'council tax bill'), (8, 'DBS_CERTIFICATE', false, 'DBS certificate')) AS t (n, doc, per_vehicle, label)
CROSS JOIN LATERAL (
    SELECT d.created_at + (t.n * 5 + d.id % 30) * interval '1 hour' + (d.id * t.n % 60) * interval '1 minute' AS up,
           CASE WHEN d.status = 'DOCUMENTS_PENDING' AND t.n >= 4 THEN 'PENDING_REVIEW'
                WHEN (d.id * t.n) % 19 = 7 THEN 'REJECTED'
                WHEN t.n = 5 AND v.mot_expires_on < date '2024-09-28' THEN 'EXPIRED'
                WHEN d.status = 'BACKGROUND_CHECK' AND t.n = 8 THEN 'PENDING_REVIEW'
                ELSE 'APPROVED' END AS status,
           CASE WHEN (d.id + t.n) % 7 IN (2, 3, 5) THEN '.pdf' WHEN (d.id + t.n) % 11 = 0 THEN '.png' ELSE '.jpg' END AS ext
) x
WHERE d.status <> 'APPLIED'
  AND (NOT t.per_vehicle OR v.id IS NOT NULL)
  AND (t.n <> 5 OR v.mot_expires_on IS NOT NULL)
  AND (t.n <> 8 OR d.id % 3 = 0)
  AND (t.n <> 7 OR d.id % 2 = 0);

INSERT INTO saved_places (rider_id, label, name, address, postcode, latitude, longitude, google_place_id, driver_notes, use_count, created_at, updated_at)
SELECT r.id,
       p.label::placelabel,
       p.name,
       p.address,
       p.postcode,
       p.lat, p.lng,
       CASE WHEN (r.id + p.k) % 8 <> 0 THEN 'ChIJ' || pg_temp.b64('place' || r.id || ':' || p.k, 23) END,
       p.notes,
       (r.id * 7 + p.k * 13) % 140,
       r.created_at + (1 + p.k * 9 + r.id % 20) * interval '1 day' + (r.id % 600) * interval '1 minute',
       least(r.created_at + (1 + p.k * 9 + r.id % 20) * interval '1 day' + (r.id % 300) * interval '2 hours' + (r.id % 600) * interval '1 minute', timestamptz '2024-09-27 20:00:00+00')
FROM riders r
CROSS JOIN LATERAL (SELECT (r.id + 200)::int AS g) gg
CROSS JOIN generate_series(1, 3) AS k
CROSS JOIN LATERAL (
    SELECT k,
           CASE k WHEN 1 THEN 'HOME' WHEN 2 THEN 'WORK' ELSE 'OTHER' END AS label,
           CASE WHEN k = 1 THEN CASE WHEN g % 5 = 0 THEN 'Home' END
                WHEN k = 2 THEN CASE WHEN g % 3 = 0 THEN w.company END
                ELSE (ARRAY['Mum''s','Gym','Nan''s house','Uni','Sarah''s','Dad''s','Nursery','Church','Football','Tom & Jess',
                            'Hospital','Auntie Grace','Allotment','PureGym','Priya''s flat','Station'])[1 + (g / 4) % 16] END AS name,
           CASE WHEN k = 2 THEN w.addr
                ELSE a ->> 'line1' || coalesce(', ' || (a ->> 'line2'), '') || ', ' || (a ->> 'city') || ' ' || (a ->> 'postcode') || ', UK' END AS address,
           CASE WHEN k = 2 THEN w.pc ELSE a ->> 'postcode' END AS postcode,
           CASE WHEN k = 2 THEN w.lat ELSE (a ->> 'lat')::float8 END AS lat,
           CASE WHEN k = 2 THEN w.lng ELSE (a ->> 'lng')::float8 END AS lng,
           CASE WHEN k = 1 AND g % 6 = 0 THEN (ARRAY['Blue door next to the Co-op','Ring buzzer ' || (1 + g % 12) || ' (' || pg_temp.lname(g) || ')',
                                                     'Side entrance on the corner, please don''t beep','Gate code 4471#, I''ll come down',
                                                     'Pull into the service road behind the shops','Flat is above the launderette, door on the left',
                                                     'Please call when outside, intercom broken','Wait by the bus stop opposite'])[1 + (g / 6) % 8]
                WHEN k = 2 AND g % 7 = 0 THEN (ARRAY['Main reception, not the loading bay','Drop at the staff entrance round the back',
                                                     'Security won''t let cars in, stop at the barrier'])[1 + (g / 7) % 3] END AS notes
    FROM (SELECT pg_temp.addr(pg_temp.city_of(g), CASE WHEN k = 1 THEN g ELSE g + 7000 END) AS a) aa
    CROSS JOIN LATERAL (
        SELECT * FROM (VALUES
            (1, 0, 'Barclays', '1 Churchill Place, London E14 5HP, UK', 'E14 5HP', 51.50468, -0.01433),
            (1, 1, 'St Thomas'' Hospital', 'Westminster Bridge Road, London SE1 7EH, UK', 'SE1 7EH', 51.49867, -0.11837),
            (1, 2, 'Google', '6 Pancras Square, London N1C 4AG, UK', 'N1C 4AG', 51.53353, -0.12592),
            (1, 3, 'Office', '30 St Mary Axe, London EC3A 8BF, UK', 'EC3A 8BF', 51.51445, -0.08034),
            (1, 4, 'UCL', 'Gower Street, London WC1E 6BT, UK', 'WC1E 6BT', 51.52457, -0.13404),
            (1, 5, 'Westfield', 'Ariel Way, London W12 7GF, UK', 'W12 7GF', 51.50716, -0.22155),
            (2, 0, 'MediaCity', 'MediaCityUK, Salford M50 2EQ, UK', 'M50 2EQ', 53.47206, -2.29812),
            (2, 1, 'MRI', 'Oxford Road, Manchester M13 9WL, UK', 'M13 9WL', 53.46305, -2.22570),
            (2, 2, 'Office', '1 Spinningfields, Manchester M3 3JE, UK', 'M3 3JE', 53.48033, -2.25226),
            (3, 0, 'QE Hospital', 'Mindelsohn Way, Birmingham B15 2GW, UK', 'B15 2GW', 52.45250, -1.94133),
            (3, 1, 'HSBC UK', '1 Centenary Square, Birmingham B1 2HQ, UK', 'B1 2HQ', 52.47952, -1.90973),
            (3, 2, 'Office', '2 Snowhill, Birmingham B4 6GA, UK', 'B4 6GA', 52.48412, -1.89587),
            (4, 0, 'LGI', 'Great George Street, Leeds LS1 3EX, UK', 'LS1 3EX', 53.80216, -1.55221),
            (4, 1, 'Office', '1 Sovereign Square, Leeds LS1 4DA, UK', 'LS1 4DA', 53.79480, -1.55096),
            (5, 0, 'BRI', 'Upper Maudlin Street, Bristol BS2 8HW, UK', 'BS2 8HW', 51.45809, -2.59629),
            (5, 1, 'Airbus', 'Pegasus House, Filton, Bristol BS34 7PA, UK', 'BS34 7PA', 51.51840, -2.57430),
            (6, 0, 'QEUH', '1345 Govan Road, Glasgow G51 4TF, UK', 'G51 4TF', 55.86247, -4.34132),
            (6, 1, 'Office', '110 Queen Street, Glasgow G1 3BX, UK', 'G1 3BX', 55.86075, -4.25241),
            (7, 0, 'Royal Infirmary', '51 Little France Crescent, Edinburgh EH16 4SA, UK', 'EH16 4SA', 55.92149, -3.13533),
            (7, 1, 'Office', '1 Exchange Crescent, Edinburgh EH3 8UL, UK', 'EH3 8UL', 55.94657, -3.20965)
        ) AS ww (city, n, company, addr, pc, lat, lng)
        WHERE ww.city = pg_temp.city_of(g) AND ww.n = g % CASE pg_temp.city_of(g) WHEN 1 THEN 6 WHEN 2 THEN 3 WHEN 3 THEN 3 ELSE 2 END
    ) w
) p
WHERE (p.k = 1 AND g % 5 < 3) OR (p.k = 2 AND g % 3 = 1) OR (p.k = 3 AND g % 4 = 2);

INSERT INTO payment_methods (id, rider_id, type, provider, provider_payment_method_id, card_brand, card_last4, card_exp_month, card_exp_year,
                             card_fingerprint, card_funding, billing_postcode, paypal_email, is_default, is_business, created_at, deleted_at)
SELECT pg_temp.uid('pm', r.id * 10 + k),
       r.id,
       x.t::paymentmethodtype,
       CASE x.t WHEN 'PAYPAL' THEN 'braintree' WHEN 'CASH' THEN 'cash' ELSE 'stripe' END,
       CASE x.t WHEN 'PAYPAL' THEN lower(pg_temp.b62('bt' || r.id || k, 7)) WHEN 'CASH' THEN NULL ELSE 'pm_1' || pg_temp.b62('pm' || r.id || ':' || k, 23) END,
       CASE WHEN x.t IN ('CARD', 'APPLE_PAY', 'GOOGLE_PAY') THEN (ARRAY['visa','visa','mastercard','visa','amex','mastercard','visa'])[1 + (r.id + k) % 7] END,
       CASE WHEN x.t IN ('CARD', 'APPLE_PAY', 'GOOGLE_PAY') THEN lpad(((r.id * 7919 + k * 1231) % 10000)::text, 4, '0') END,
       CASE WHEN x.t IN ('CARD', 'APPLE_PAY', 'GOOGLE_PAY') THEN 1 + (r.id * 5 + k) % 12 END,
       CASE WHEN x.t IN ('CARD', 'APPLE_PAY', 'GOOGLE_PAY') THEN 2024 + (r.id + k * 3) % 6 END,
       CASE WHEN x.t IN ('CARD', 'APPLE_PAY', 'GOOGLE_PAY') THEN pg_temp.b62('fp' || r.id || ':' || CASE WHEN x.t = 'APPLE_PAY' THEN 1 ELSE k END, 16) END,
       CASE WHEN x.t IN ('CARD', 'APPLE_PAY', 'GOOGLE_PAY') THEN (ARRAY['debit','credit','debit','debit','prepaid','credit'])[1 + (r.id * 3 + k) % 6] END,
       CASE WHEN x.t = 'CARD' AND r.id % 4 <> 3 THEN pg_temp.addr(pg_temp.city_of((r.id + 200)::int), (r.id + 200)::int) ->> 'postcode' END,
       CASE WHEN x.t = 'PAYPAL' THEN CASE WHEN r.id % 2 = 0 AND u.email IS NOT NULL THEN u.email ELSE pg_temp.email((r.id + 2200)::int) END END,
       k = 1,
       k > 1 AND r.id % 9 = 0,
       r.created_at + ((k - 1) * 40 + r.id % 5) * interval '1 day' + interval '6 minutes',
       CASE WHEN k > 1 AND (r.id + k) % 10 = 0 THEN r.created_at + (k * 60 + r.id % 100) * interval '1 day' END
FROM riders r
JOIN users u ON u.id = r.user_id
CROSS JOIN generate_series(1, 3) AS k
CROSS JOIN LATERAL (
    SELECT CASE WHEN k = 1 THEN (ARRAY['CARD','APPLE_PAY','CARD','GOOGLE_PAY','CARD','APPLE_PAY','PAYPAL','CARD','APPLE_PAY','CASH'])[1 + r.id % 10]
                WHEN k = 2 THEN (ARRAY['CARD','CARD','PAYPAL','CARD','APPLE_PAY'])[1 + r.id % 5]
                ELSE 'CARD' END AS t
) x
WHERE k = 1 OR (k = 2 AND r.id % 3 <> 0) OR (k = 3 AND r.id % 7 = 0);

UPDATE riders r SET default_payment_method_id = pm.id
FROM payment_methods pm
WHERE pm.rider_id = r.id AND pm.is_default AND pm.deleted_at IS NULL AND r.id % 17 <> 0;

INSERT INTO promo_codes (id, code, description, discount_type, discount_value, max_discount, currency, city_id, max_redemptions,
                         redemptions_count, per_rider_limit, first_ride_only, valid_from, valid_until, is_active, created_by_id, created_at)
SELECT row_number() OVER (ORDER BY p.valid_from, p.code), p.code, p.description, p.dtype, p.val, p.maxd, 'GBP', p.city, p.maxr, 0, p.per, p.first,
       p.valid_from, p.valid_until, p.active, pg_temp.uid('user', 1 + (length(p.code) % 6)), p.valid_from - interval '3 days 4 hours'
FROM (VALUES
    ('WELCOME5', 'GBP 5 off your first ride', 'fixed', 5.00, NULL::numeric, NULL::int, NULL::int, 1, true, timestamptz '2021-03-15 00:00:00+00', NULL::timestamptz, true),
    ('LONDON50', '50% off your first 3 rides in London (max GBP 8)', 'percent', 50, 8.00, 1, NULL, 3, true, '2021-03-15 00:00:00+00', '2021-06-30 23:59:59+00', false),
    ('MCR50', '50% off your first 3 rides in Manchester', 'percent', 50, 8.00, 2, NULL, 3, true, '2021-09-06 00:00:00+00', '2021-12-31 23:59:59+00', false),
    ('NHSHEROES', '20% off rides to and from NHS hospitals', 'percent', 20, 5.00, NULL, 20000, 10, false, '2021-04-01 00:00:00+00', '2022-03-31 23:59:59+00', false),
    ('BRUM10', 'GBP 10 off your first ride in Birmingham', 'fixed', 10.00, NULL, 3, 5000, 1, true, '2022-02-21 00:00:00+00', '2022-05-31 23:59:59+00', false),
    ('FRESHERS22', 'GBP 4 off 5 rides for students', 'fixed', 4.00, NULL, NULL, 15000, 5, false, '2022-09-12 00:00:00+00', '2022-10-16 23:59:59+00', false),
    ('LEEDS5', 'GBP 5 off, welcome to Leeds', 'fixed', 5.00, NULL, 4, NULL, 1, true, '2022-06-13 00:00:00+00', '2022-09-30 23:59:59+00', false),
    ('BRISTOL5', 'GBP 5 off your first ride in Bristol', 'fixed', 5.00, NULL, 5, NULL, 1, true, '2022-10-03 00:00:00+00', '2023-01-31 23:59:59+00', false),
    ('XMAS15', '15% off rides on Christmas Eve and New Year''s Eve', 'percent', 15, 6.00, NULL, 30000, 4, false, '2022-12-24 00:00:00+00', '2023-01-01 06:00:00+00', false),
    ('GLASGOW50', '50% off your first 2 rides in Glasgow', 'percent', 50, 7.50, 6, 8000, 2, true, '2023-03-27 00:00:00+00', '2023-06-30 23:59:59+00', false),
    ('GREENWEEK', '25% off Kerb Green rides', 'percent', 25, 5.00, NULL, NULL, 3, false, '2023-06-05 00:00:00+00', '2023-06-11 23:59:59+00', false),
    ('FRINGE23', 'GBP 3 off rides during the Edinburgh Festival Fringe', 'fixed', 3.00, NULL, 7, 10000, 5, false, '2023-08-04 00:00:00+00', '2023-08-28 23:59:59+00', false),
    ('EDINBURGH5', 'GBP 5 off your first ride in Edinburgh', 'fixed', 5.00, NULL, 7, NULL, 1, true, '2023-08-01 00:00:00+00', NULL, true),
    ('FRESHERS23', 'GBP 4 off 5 rides for students', 'fixed', 4.00, NULL, NULL, 15000, 5, false, '2023-09-11 00:00:00+00', '2023-10-15 23:59:59+00', false),
    ('BLACKFRIDAY', '30% off all rides this weekend', 'percent', 30, 6.00, NULL, 50000, 3, false, '2023-11-24 00:00:00+00', '2023-11-26 23:59:59+00', false),
    ('XMAS23', '15% off rides on Christmas Eve and New Year''s Eve', 'percent', 15, 6.00, NULL, 30000, 4, false, '2023-12-24 00:00:00+00', '2024-01-01 06:00:00+00', false),
    ('DRYJAN', 'GBP 2 off evening rides in January', 'fixed', 2.00, NULL, NULL, NULL, 8, false, '2024-01-01 00:00:00+00', '2024-01-31 23:59:59+00', false),
    ('SORRY5', 'Service recovery credit', 'fixed', 5.00, NULL, NULL, NULL, 1, false, '2023-01-01 00:00:00+00', NULL, true),
    ('SORRY10', 'Service recovery credit (escalated)', 'fixed', 10.00, NULL, NULL, NULL, 1, false, '2023-01-01 00:00:00+00', NULL, true),
    ('AIRPORT10', 'GBP 10 off airport trips', 'fixed', 10.00, NULL, 1, 20000, 2, false, '2024-03-25 00:00:00+00', '2024-04-15 23:59:59+00', false),
    ('EUROS24', '20% off rides on England and Scotland match days', 'percent', 20, 5.00, NULL, 40000, 4, false, '2024-06-14 00:00:00+00', '2024-07-14 23:59:59+00', false),
    ('SUMMER24', 'GBP 3 off 3 rides', 'fixed', 3.00, NULL, NULL, 60000, 3, false, '2024-07-01 00:00:00+00', '2024-08-31 23:59:59+00', false),
    ('FRESHERS24', 'GBP 4 off 5 rides for students', 'fixed', 4.00, NULL, NULL, 15000, 5, false, '2024-09-09 00:00:00+00', '2024-10-13 23:59:59+00', true),
    ('GREEN24', '20% off Kerb Green rides in London', 'percent', 20, 4.00, 1, NULL, 5, false, '2024-09-02 00:00:00+00', '2024-09-30 23:59:59+00', true),
    ('KERBXDELOITTE', 'Corporate partner discount', 'percent', 10, NULL, NULL, NULL, 100, false, '2023-05-01 00:00:00+00', '2025-04-30 23:59:59+00', true),
    ('KERBXNHSGGC', 'NHS Greater Glasgow & Clyde staff discount', 'percent', 15, 5.00, 6, NULL, 50, false, '2023-10-01 00:00:00+00', NULL, true)
) AS p (code, description, dtype, val, maxd, city, maxr, per, first, valid_from, valid_until, active);
SELECT setval('promo_codes_id_seq', (SELECT max(id) FROM promo_codes));

INSERT INTO trips (id, rider_id, driver_id, vehicle_id, city_id, vehicle_type_id, service_area_id, fare_rule_id, status,
                   requested_at, accepted_at, arrived_at, started_at, completed_at, cancelled_at, cancelled_by, cancellation_reason,
                   pickup_address, pickup_lat, pickup_lng, dropoff_address, dropoff_lat, dropoff_lng, pickup_saved_place_id,
                   route_polyline, distance_meters, duration_seconds, passenger_count, estimated_fare, fare_amount, surge_multiplier,
                   booking_fee, currency, payment_method_id, promo_code_id, metadata, created_at, updated_at)
SELECT pg_temp.uid('trip', n),
       r.id,
       CASE WHEN st.s IN ('REQUESTED', 'NO_DRIVERS_AVAILABLE') OR (st.s = 'CANCELLED' AND st.pre_assign) THEN NULL ELSE dv.id END,
       CASE WHEN st.s IN ('REQUESTED', 'NO_DRIVERS_AVAILABLE') OR (st.s = 'CANCELLED' AND st.pre_assign) THEN NULL ELSE dv.vehicle_id END,
       c.city,
       vt.id,
       sa.id,
       fr.id,
       st.s::tripstatus,
       b.req,
       tm.accepted_at, tm.arrived_at, tm.started_at, tm.completed_at, tm.cancelled_at,
       st.cancelled_by::tripactor,
       st.reason,
       pu.address, pu.lat, pu.lng,
       df.address, df.lat, df.lng,
       pu.place_id,
       CASE WHEN st.s IN ('COMPLETED', 'IN_PROGRESS') THEN pg_temp.polyline('route' || n, 60 + g.dist / 45) END,
       CASE WHEN st.s = 'COMPLETED' THEN g.dist END,
       CASE WHEN st.s = 'COMPLETED' THEN g.dur END,
       CASE WHEN vt.id = 3 THEN 1 + n % 6 WHEN n % 5 = 0 THEN 2 WHEN n % 17 = 0 THEN 3 ELSE 1 END,
       round((f.amount * (0.93 + (n % 12) / 100.0))::numeric, 2),
       CASE WHEN st.s = 'COMPLETED' THEN f.amount
            WHEN st.s = 'CANCELLED' AND st.cancelled_by = 'RIDER' AND NOT st.pre_assign AND n % 4 = 1 THEN fr.cancellation_fee END,
       f.surge,
       fr.booking_fee,
       'GBP',
       pm.id,
       promo.id,
       jsonb_build_object('client', CASE WHEN n % 5 IN (1, 3) THEN 'android' ELSE 'ios' END,
                          'app_version', CASE WHEN n % 5 IN (1, 3) THEN '5.' || (10 + (n * 7) % 6) || '.' || (n % 3) ELSE (ARRAY['5.12.0','5.13.1','5.14.0','5.14.2','5.15.0'])[1 + n % 5] END,
                          'quote_id', 'qt_' || pg_temp.b62('quote' || n, 20),
                          'eta_seconds', 120 + (n * 37) % 540,
                          'dispatch_attempts', 1 + (n % 7 = 0)::int + (n % 19 = 0)::int,
                          'matched_radius_m', CASE WHEN st.s = 'NO_DRIVERS_AVAILABLE' THEN NULL ELSE 400 + (n * 53) % 3000 END,
                          'surge_zone', coalesce(sa.code, (ARRAY['LDN-CCZ','MAN-CC','BHM-CC','LDS-CC','BRS-CC','GLA-CC','EDI-CC'])[c.city]),
                          'pricing', jsonb_build_object('model', CASE WHEN b.req > timestamptz '2024-05-02 00:00:00+00' AND c.city IN (1, 2) AND n % 2 = 0 THEN 'upfront_v2' ELSE 'upfront_v1' END,
                                                        'surge_multiplier', f.surge))
         || CASE WHEN n % 11 = 0 THEN jsonb_build_object('scheduled', true, 'scheduled_for', to_char(b.req + interval '10 minutes', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) ELSE '{}'::jsonb END
         || CASE WHEN vt.id = 6 THEN jsonb_build_object('wav_ramp_required', n % 2 = 0) ELSE '{}'::jsonb END,
       b.req,
       coalesce(tm.completed_at, tm.cancelled_at, tm.started_at, tm.arrived_at, tm.accepted_at, b.req) + interval '2 seconds'
FROM generate_series(1, 1400) AS n
CROSS JOIN LATERAL (
    SELECT CASE WHEN n > 1393 THEN timestamptz '2024-09-28 05:20:00+00' + (n - 1393) * interval '4 minutes 13 seconds'
                ELSE timestamptz '2023-06-01 00:00:00+00' + ((n - 1) * 485 / 1400) * interval '1 day'
                     + (ARRAY[7,8,8,9,12,13,17,18,18,19,20,22,23,0,1,2,16,21])[1 + (n * 5) % 18] * interval '1 hour'
                     + ((n * 37) % 60) * interval '1 minute' + ((n * 13) % 60) * interval '1 second' END AS req,
           (ARRAY[7,8,8,9,12,13,17,18,18,19,20,22,23,0,1,2,16,21])[1 + (n * 5) % 18] AS hr
) b
CROSS JOIN LATERAL (
    SELECT count(*) AS cnt FROM riders rr JOIN users uu ON uu.id = rr.user_id
    WHERE rr.created_at < b.req - interval '1 day' AND (rr.blocked_at IS NULL OR rr.blocked_at > b.req) AND (uu.deleted_at IS NULL OR uu.deleted_at > b.req)
) rc
CROSS JOIN LATERAL (
    SELECT rr.id, rr.user_id, rr.default_payment_method_id FROM riders rr JOIN users uu ON uu.id = rr.user_id
    WHERE rr.created_at < b.req - interval '1 day' AND (rr.blocked_at IS NULL OR rr.blocked_at > b.req) AND (uu.deleted_at IS NULL OR uu.deleted_at > b.req)
    ORDER BY rr.id OFFSET (n * 7919) % rc.cnt LIMIT 1
) r
CROSS JOIN LATERAL (SELECT CASE WHEN n % 15 = 0 THEN 1 ELSE pg_temp.city_of((r.id + 200)::int) END AS city) c
CROSS JOIN LATERAL (
    SELECT count(*) AS cnt FROM drivers dd
    WHERE dd.city_id = c.city AND dd.onboarded_at < b.req AND dd.status IN ('ACTIVE', 'SUSPENDED', 'DEACTIVATED')
) dc
LEFT JOIN LATERAL (
    SELECT dd.id, vv.id AS vehicle_id, vv.vehicle_type_id FROM drivers dd
    JOIN LATERAL (SELECT v.id, v.vehicle_type_id FROM vehicles v WHERE v.driver_id = dd.id AND v.created_at < b.req ORDER BY v.created_at DESC LIMIT 1) vv ON true
    WHERE dd.city_id = c.city AND dd.onboarded_at < b.req AND dd.status IN ('ACTIVE', 'SUSPENDED', 'DEACTIVATED')
    ORDER BY dd.id OFFSET (n * 31) % greatest(dc.cnt, 1) LIMIT 1
) dv ON true
CROSS JOIN LATERAL (
    SELECT CASE WHEN n = 1394 THEN 'REQUESTED' WHEN n IN (1395, 1396) THEN 'DRIVER_ASSIGNED' WHEN n = 1397 THEN 'DRIVER_ARRIVED'
                WHEN n > 1397 THEN 'IN_PROGRESS'
                WHEN dv.id IS NULL OR n % 29 = 0 THEN 'NO_DRIVERS_AVAILABLE'
                WHEN n % 9 = 4 THEN 'CANCELLED' ELSE 'COMPLETED' END AS s,
           n % 3 = 0 AS pre_assign_raw
) s0
CROSS JOIN LATERAL (
    SELECT s0.s,
           s0.s = 'CANCELLED' AND s0.pre_assign_raw AND n % 37 <> 0 AS pre_assign,
           CASE WHEN s0.s <> 'CANCELLED' THEN NULL WHEN n % 37 = 0 THEN 'SYSTEM' WHEN n % 4 = 3 AND NOT s0.pre_assign_raw THEN 'DRIVER' ELSE 'RIDER' END AS cancelled_by,
           CASE WHEN s0.s <> 'CANCELLED' THEN NULL
                WHEN n % 37 = 0 THEN (ARRAY['payment_authorization_failed','driver_unresponsive_timeout'])[1 + n % 2]
                WHEN n % 4 = 3 AND NOT s0.pre_assign_raw THEN (ARRAY['Rider not at pickup location','Too many passengers','Rider asked me to cancel',
                                                                    'Vehicle problem','No child seat for child passenger','Pickup location unreachable'])[1 + (n / 4) % 6]
                WHEN n % 5 = 0 THEN NULL
                ELSE (ARRAY['Driver taking too long','Changed my mind','Booked by mistake','Found another ride','Wrong pickup location',
                            'Driver asked me to cancel','Price too high'])[1 + (n / 3) % 7] END AS reason
) st
LEFT JOIN LATERAL (
    SELECT sp.id, sp.address, sp.latitude, sp.longitude FROM saved_places sp
    WHERE sp.rider_id = r.id AND sp.label = 'HOME' AND sp.created_at < b.req LIMIT 1
) home ON c.city = pg_temp.city_of((r.id + 200)::int)
CROSS JOIN LATERAL (
    SELECT pg_temp.addr(c.city, n + 20000) AS a1, pg_temp.addr(c.city, n + 40000) AS a2, pg_temp.poi(c.city, n) AS p1, pg_temp.poi(c.city, n * 7 + 3) AS p2
) cand
CROSS JOIN LATERAL (
    SELECT CASE WHEN n % 10 < 4 AND home.id IS NOT NULL THEN home.address
                WHEN n % 10 IN (4, 5) THEN cand.p1 ->> 'address'
                ELSE (cand.a1 ->> 'line1') || coalesce(', ' || (cand.a1 ->> 'line2'), '') || ', ' || (cand.a1 ->> 'city') || ' ' || (cand.a1 ->> 'postcode') || ', UK' END AS address,
           CASE WHEN n % 10 < 4 AND home.id IS NOT NULL THEN home.latitude WHEN n % 10 IN (4, 5) THEN (cand.p1 ->> 'lat')::float8 ELSE (cand.a1 ->> 'lat')::float8 END AS lat,
           CASE WHEN n % 10 < 4 AND home.id IS NOT NULL THEN home.longitude WHEN n % 10 IN (4, 5) THEN (cand.p1 ->> 'lng')::float8 ELSE (cand.a1 ->> 'lng')::float8 END AS lng,
           CASE WHEN n % 10 < 4 AND home.id IS NOT NULL THEN home.id END AS place_id,
           CASE WHEN n % 10 IN (4, 5) THEN cand.p1 ->> 'area' END AS area
) pu
CROSS JOIN LATERAL (
    SELECT CASE WHEN pu.place_id IS NULL AND n % 3 = 0 AND home.id IS NOT NULL THEN home.address
                WHEN n % 2 = 0 THEN cand.p2 ->> 'address'
                ELSE (cand.a2 ->> 'line1') || coalesce(', ' || (cand.a2 ->> 'line2'), '') || ', ' || (cand.a2 ->> 'city') || ' ' || (cand.a2 ->> 'postcode') || ', UK' END AS address,
           CASE WHEN pu.place_id IS NULL AND n % 3 = 0 AND home.id IS NOT NULL THEN home.latitude WHEN n % 2 = 0 THEN (cand.p2 ->> 'lat')::float8 ELSE (cand.a2 ->> 'lat')::float8 END AS lat,
           CASE WHEN pu.place_id IS NULL AND n % 3 = 0 AND home.id IS NOT NULL THEN home.longitude WHEN n % 2 = 0 THEN (cand.p2 ->> 'lng')::float8 ELSE (cand.a2 ->> 'lng')::float8 END AS lng,
           CASE WHEN NOT (pu.place_id IS NULL AND n % 3 = 0 AND home.id IS NOT NULL) AND n % 2 = 0 THEN cand.p2 ->> 'area' END AS area
) df
CROSS JOIN LATERAL (
    SELECT (round(1.32 * sqrt(power((df.lat - pu.lat) * 111320, 2) + power((df.lng - pu.lng) * 111320 * cos(radians(pu.lat)), 2))) + 350)::int AS dist
) g0
CROSS JOIN LATERAL (
    SELECT g0.dist, (g0.dist / (5.2 + (n % 5) * 0.9) + 45 + n % 120)::int AS dur
) g
CROSS JOIN LATERAL (SELECT vt0.id FROM vehicle_types vt0 WHERE vt0.id = coalesce(dv.vehicle_type_id, 1 + (n % 2) * 2)) vt
LEFT JOIN service_areas sa ON sa.code = coalesce(pu.area, df.area)
LEFT JOIN LATERAL (
    SELECT * FROM fare_rules frr WHERE frr.city_id = c.city AND frr.vehicle_type_id = vt.id AND frr.valid_from <= b.req
           AND (frr.valid_to IS NULL OR frr.valid_to > b.req) ORDER BY frr.valid_from DESC LIMIT 1
) fr ON true
CROSS JOIN LATERAL (
    SELECT sg.surge,
           round((greatest(fr.minimum_fare, fr.base_fare + fr.per_km * g.dist / 1000.0 + fr.per_minute * g.dur / 60.0) * sg.surge
                  + fr.booking_fee + CASE WHEN sa.kind = 'airport' THEN coalesce(fr.airport_surcharge, 0) ELSE 0 END)::numeric, 2) AS amount
    FROM (SELECT CASE WHEN b.hr IN (23, 0, 1, 2) AND n % 3 = 0 THEN 1.3 + (n % 9) / 10.0
                      WHEN b.hr IN (8, 17, 18) AND n % 4 = 0 THEN 1.2 + (n % 5) / 10.0
                      WHEN sa.kind = 'event_venue' THEN 1.5 ELSE 1.0 END::numeric(4, 2) AS surge) sg
) f
CROSS JOIN LATERAL (
    SELECT b.req + (20 + n % 90) * interval '1 second' AS a0
) t0
CROSS JOIN LATERAL (
    SELECT CASE WHEN st.s IN ('REQUESTED', 'NO_DRIVERS_AVAILABLE') OR st.pre_assign THEN NULL ELSE t0.a0 END AS accepted_at,
           CASE WHEN st.s IN ('REQUESTED', 'NO_DRIVERS_AVAILABLE', 'DRIVER_ASSIGNED') OR st.pre_assign OR (st.s = 'CANCELLED' AND st.cancelled_by <> 'DRIVER')
                THEN NULL ELSE t0.a0 + (180 + (n * 37) % 600) * interval '1 second' END AS arrived_at,
           CASE WHEN st.s IN ('COMPLETED', 'IN_PROGRESS') THEN t0.a0 + (180 + (n * 37) % 600 + 30 + n % 240) * interval '1 second' END AS started_at,
           CASE WHEN st.s = 'COMPLETED' THEN t0.a0 + (180 + (n * 37) % 600 + 30 + n % 240 + g.dur) * interval '1 second' END AS completed_at,
           CASE WHEN st.s = 'CANCELLED' THEN CASE WHEN st.cancelled_by = 'DRIVER' THEN t0.a0 + (480 + (n * 37) % 600) * interval '1 second'
                                                  ELSE b.req + (45 + (n * 7) % 400) * interval '1 second' END END AS cancelled_at
) tm
LEFT JOIN LATERAL (
    SELECT coalesce(r.default_payment_method_id,
                    (SELECT p2.id FROM payment_methods p2 WHERE p2.rider_id = r.id AND p2.deleted_at IS NULL ORDER BY p2.created_at LIMIT 1)) AS id
) pm ON true
LEFT JOIN LATERAL (
    SELECT pc.id FROM promo_codes pc
    WHERE n % 13 = 0 AND st.s = 'COMPLETED' AND pc.valid_from <= b.req AND (pc.valid_until IS NULL OR pc.valid_until > b.req)
          AND (pc.city_id IS NULL OR pc.city_id = c.city) AND pc.code NOT LIKE 'KERBX%'
    ORDER BY pc.id DESC OFFSET (n / 13) % 2 LIMIT 1
) promo ON true;

UPDATE trips SET dropoff_address = NULL, dropoff_lat = NULL, dropoff_lng = NULL, estimated_fare = NULL
WHERE driver_id IS NULL AND status IN ('CANCELLED', 'NO_DRIVERS_AVAILABLE') AND abs(hashtext(id::text)) % 3 = 0;

INSERT INTO trip_status_transitions (trip_id, from_status, to_status, actor, source, created_at)
SELECT e.trip_id, lag(e.to_status) OVER (PARTITION BY e.trip_id ORDER BY e.ts, e.ord), e.to_status, e.actor, e.source, e.ts
FROM (
    SELECT t.id AS trip_id, 1 AS ord, 'REQUESTED'::tripstatus AS to_status, 'RIDER'::tripactor AS actor, 'rider_app' AS source, t.requested_at AS ts FROM trips t
    UNION ALL
    SELECT t.id, 2, 'DRIVER_ASSIGNED', 'SYSTEM', 'dispatch', t.accepted_at FROM trips t WHERE t.accepted_at IS NOT NULL
    UNION ALL
    SELECT t.id, 3, 'DRIVER_ARRIVED', 'DRIVER', 'driver_app', t.arrived_at FROM trips t WHERE t.arrived_at IS NOT NULL
    UNION ALL
    SELECT t.id, 4, 'IN_PROGRESS', 'DRIVER', 'driver_app', t.started_at FROM trips t WHERE t.started_at IS NOT NULL
    UNION ALL
    SELECT t.id, 5, 'COMPLETED', 'DRIVER', 'driver_app', t.completed_at FROM trips t WHERE t.completed_at IS NOT NULL
    UNION ALL
    SELECT t.id, 5, 'CANCELLED', t.cancelled_by,
           CASE t.cancelled_by WHEN 'RIDER' THEN 'rider_app' WHEN 'DRIVER' THEN 'driver_app' WHEN 'AGENT' THEN 'ops_console' ELSE 'dispatch' END,
           t.cancelled_at FROM trips t WHERE t.cancelled_at IS NOT NULL
    UNION ALL
    SELECT t.id, 5, 'NO_DRIVERS_AVAILABLE', 'SYSTEM', 'dispatch', t.requested_at + interval '3 minutes' FROM trips t WHERE t.status = 'NO_DRIVERS_AVAILABLE'
) e
JOIN trips tt ON tt.id = e.trip_id
WHERE tt.requested_at >= timestamptz '2024-06-11 09:30:00+00'
ORDER BY e.ts, e.ord;

INSERT INTO trip_location_pings (trip_id, driver_id, recorded_at, latitude, longitude, accuracy_m, speed_mps, bearing, altitude_m, battery_pct, received_at)
SELECT t.id, t.driver_id,
       t.started_at + k * interval '30 seconds' + (k % 3) * interval '1 second',
       round((t.pickup_lat + (coalesce(t.dropoff_lat, t.pickup_lat + 0.01) - t.pickup_lat) * k / x.np
              + CASE WHEN k = 0 OR k = x.np THEN 0 ELSE sin(k * 1.7 + x.h) * 0.0009 END)::numeric, 7)::float8,
       round((t.pickup_lng + (coalesce(t.dropoff_lng, t.pickup_lng + 0.01) - t.pickup_lng) * k / x.np
              + CASE WHEN k = 0 OR k = x.np THEN 0 ELSE cos(k * 1.3 + x.h) * 0.0012 END)::numeric, 7)::float8,
       round((3.5 + ((k * 7 + x.h) % 14) * 0.9)::numeric, 1)::real,
       CASE WHEN k = 0 THEN 0 WHEN (k + x.h) % 9 = 0 THEN 0 ELSE round((2.5 + ((k * 13 + x.h) % 110) / 10.0)::numeric, 2)::real END,
       ((k * 23 + x.h * 7) % 360)::smallint,
       CASE WHEN k % 4 = 1 THEN NULL ELSE round((18 + ((k * 5 + x.h) % 40))::numeric, 1)::real END,
       greatest(8, 96 - x.h % 50 - k / 4)::smallint,
       t.started_at + k * interval '30 seconds' + (k % 3) * interval '1 second' + (300 + (k * 37) % 2400) * interval '1 millisecond'
FROM trips t
CROSS JOIN LATERAL (
    SELECT CASE WHEN t.status = 'IN_PROGRESS' THEN 14 ELSE least(28, greatest(4, t.duration_seconds / 30)) END AS np,
           abs(hashtext(t.id::text)) % 97 AS h
) x
CROSS JOIN LATERAL generate_series(0, CASE WHEN t.status = 'IN_PROGRESS' THEN 9 ELSE x.np END) AS k
WHERE t.driver_id IS NOT NULL AND t.started_at >= timestamptz '2024-09-01 00:00:00+00'
ORDER BY t.started_at, k;

INSERT INTO promo_redemptions (promo_code_id, rider_id, trip_id, discount_amount, redeemed_at)
SELECT t.promo_code_id, t.rider_id, t.id,
       CASE WHEN pc.discount_type = 'fixed' THEN least(pc.discount_value, t.fare_amount - 1)
            ELSE least(round(t.fare_amount * pc.discount_value / 100, 2), coalesce(pc.max_discount, 999)) END,
       t.completed_at + interval '4 seconds'
FROM trips t JOIN promo_codes pc ON pc.id = t.promo_code_id
ORDER BY t.completed_at;

INSERT INTO promo_redemptions (promo_code_id, rider_id, trip_id, discount_amount, redeemed_at)
SELECT pc.id, 1 + (k * 7919) % 700, NULL, pc.discount_value,
       timestamptz '2023-02-01 10:00:00+00' + (k * 613) * interval '1 day' / 40 + (k * 37 % 480) * interval '1 minute'
FROM generate_series(1, 24) AS k
JOIN promo_codes pc ON pc.code = CASE WHEN k % 4 = 0 THEN 'SORRY10' ELSE 'SORRY5' END;

UPDATE promo_codes pc SET redemptions_count = x.cnt
FROM (SELECT promo_code_id, count(*) AS cnt FROM promo_redemptions GROUP BY promo_code_id) x
WHERE x.promo_code_id = pc.id;

INSERT INTO payments (id, trip_id, rider_id, payment_method_id, kind, amount, currency, status, provider, provider_payment_intent_id,
                      failure_code, failure_message, refunded_amount, captured_at, created_at, updated_at)
SELECT pg_temp.uidt(p.kind, p.trip_id::text || p.attempt),
       p.trip_id, p.rider_id, p.pm_id, p.kind, p.amount, 'GBP',
       p.status::paymentstatus,
       p.provider,
       CASE p.provider WHEN 'stripe' THEN 'pi_3' || pg_temp.b62('pi' || p.trip_id || p.kind || p.attempt, 24)
                       WHEN 'braintree' THEN lower(pg_temp.b62('bt' || p.trip_id || p.kind || p.attempt, 8)) END,
       CASE WHEN p.status = 'FAILED' THEN (ARRAY['card_declined','insufficient_funds','expired_card','authentication_required'])[1 + p.h % 4] END,
       CASE WHEN p.status = 'FAILED' THEN (ARRAY['Your card was declined.','Your card has insufficient funds.','Your card has expired.',
                                                 'Your card was declined. This transaction requires authentication.'])[1 + p.h % 4] END,
       CASE p.status WHEN 'REFUNDED' THEN p.amount WHEN 'PARTIALLY_REFUNDED' THEN round(p.amount * 0.4, 2) ELSE 0 END,
       CASE WHEN p.status IN ('CAPTURED', 'REFUNDED', 'PARTIALLY_REFUNDED') THEN p.ts + interval '9 seconds' END,
       p.ts,
       p.ts + CASE WHEN p.status IN ('REFUNDED', 'PARTIALLY_REFUNDED') THEN (2 + p.h % 5) * interval '1 day' ELSE interval '9 seconds' END
FROM (
    SELECT t.id AS trip_id, t.rider_id, t.payment_method_id AS pm_id, 'trip' AS kind, a.attempt,
           t.fare_amount - coalesce(pr.discount_amount, 0) AS amount,
           CASE pm.type WHEN 'PAYPAL' THEN 'braintree' WHEN 'CASH' THEN 'cash' ELSE 'stripe' END AS provider,
           CASE WHEN a.attempt = 1 AND h.h % 41 = 0 AND pm.type NOT IN ('CASH') THEN 'FAILED'
                WHEN h.h % 53 = 7 THEN 'REFUNDED' WHEN h.h % 37 = 5 THEN 'PARTIALLY_REFUNDED'
                ELSE 'CAPTURED' END AS status,
           t.completed_at + (a.attempt - 1) * interval '1 hour 20 minutes' + interval '3 seconds' AS ts,
           h.h
    FROM trips t
    JOIN payment_methods pm ON pm.id = t.payment_method_id
    LEFT JOIN promo_redemptions pr ON pr.trip_id = t.id
    CROSS JOIN LATERAL (SELECT abs(hashtext(t.id::text)) AS h) h
    CROSS JOIN LATERAL generate_series(1, CASE WHEN h.h % 41 = 0 AND pm.type <> 'CASH' THEN 2 ELSE 1 END) AS a (attempt)
    WHERE t.status = 'COMPLETED'
    UNION ALL
    SELECT t.id, t.rider_id, t.payment_method_id, 'cancellation_fee', 1, t.fare_amount,
           CASE pm.type WHEN 'PAYPAL' THEN 'braintree' WHEN 'CASH' THEN 'cash' ELSE 'stripe' END,
           CASE WHEN abs(hashtext(t.id::text)) % 4 = 0 THEN 'REFUNDED' ELSE 'CAPTURED' END,
           t.cancelled_at + interval '5 seconds', abs(hashtext(t.id::text))
    FROM trips t JOIN payment_methods pm ON pm.id = t.payment_method_id
    WHERE t.status = 'CANCELLED' AND t.fare_amount IS NOT NULL
    UNION ALL
    SELECT t.id, t.rider_id, t.payment_method_id, 'tip', 1, (ARRAY[1.00, 2.00, 2.00, 3.00, 5.00, 1.50, 4.00])[1 + abs(hashtext(t.id::text)) % 7],
           CASE pm.type WHEN 'PAYPAL' THEN 'braintree' ELSE 'stripe' END, 'CAPTURED',
           t.completed_at + (5 + abs(hashtext(t.id::text)) % 600) * interval '1 minute', abs(hashtext(t.id::text))
    FROM trips t JOIN payment_methods pm ON pm.id = t.payment_method_id
    WHERE t.status = 'COMPLETED' AND pm.type <> 'CASH' AND abs(hashtext(t.id::text)) % 100 < 18
    UNION ALL
    SELECT t.id, t.rider_id, t.payment_method_id, 'adjustment', 1, round(t.fare_amount * 0.25, 2),
           'stripe', 'CAPTURED', t.completed_at + interval '2 days 3 hours', abs(hashtext(t.id::text))
    FROM trips t JOIN payment_methods pm ON pm.id = t.payment_method_id
    WHERE t.status = 'COMPLETED' AND pm.type IN ('CARD', 'APPLE_PAY', 'GOOGLE_PAY') AND abs(hashtext(t.id::text)) % 97 = 11
) p
ORDER BY p.ts;

INSERT INTO tips (trip_id, rider_id, driver_id, amount, currency, payment_id, created_at)
SELECT t.id, t.rider_id, t.driver_id, p.amount, 'GBP', p.id, p.created_at
FROM payments p JOIN trips t ON t.id = p.trip_id
WHERE p.kind = 'tip'
ORDER BY p.created_at;

INSERT INTO ratings (trip_id, rater_user_id, ratee_user_id, rater_role, stars, comment, tags, is_excluded, created_at)
SELECT t.id,
       CASE WHEN x.role = 'RIDER' THEN ru.id ELSE du.id END,
       CASE WHEN x.role = 'RIDER' THEN du.id ELSE ru.id END,
       x.role::userrole,
       x.stars,
       CASE WHEN x.role = 'RIDER' AND ((x.h / 100) % 10 < 3 OR (x.stars <= 2 AND (x.h / 100) % 10 < 8)) THEN
              CASE WHEN x.stars = 5 THEN (ARRAY[du.first_name || ' was lovely, great chat all the way home',
                                               'Spotless car and very smooth driving, thank you!',
                                               'Helped with my suitcases at the station, really appreciated',
                                               'Knew a shortcut round the roadworks, got me to my train on time',
                                               'Waited while I ran back in for my keys. Legend.',
                                               'Really kind to my mum who uses a walker. Thank you ' || du.first_name,
                                               'Quiet ride which was exactly what I needed after a long shift',
                                               'Top driver, phone charger and water in the car'])[1 + (x.h / 1000) % 8]
                   WHEN x.stars = 4 THEN (ARRAY['Good ride but took a slightly longer route than the app showed',
                                               'Fine, music was a bit loud', 'Bit late to pick up but friendly',
                                               'Car was cold, otherwise good'])[1 + x.h % 4]
                   ELSE (ARRAY['Driver was on the phone the whole journey on speaker',
                               'Drove far too fast on the A40, I asked him to slow down twice',
                               'Car smelt strongly of smoke', 'Cancelled on me at the pickup then came back 10 mins later',
                               'Refused to put the aircon on and was rude when I asked',
                               'Wrong car, plate didn''t match the app. Felt unsafe.',
                               'Made comments about my appearance, not OK',
                               'Went the wrong way and then argued about it'])[1 + (x.h / 1000) % 8] END
            WHEN x.role = 'DRIVER' AND ((x.h / 100) % 10 = 0 OR (x.stars <= 2 AND (x.h / 100) % 10 < 6)) THEN
              CASE WHEN x.stars >= 4 THEN (ARRAY['Lovely passenger','Ready at the pickup, polite','Thank you, nice chat'])[1 + (x.h / 1000) % 3]
                   ELSE (ARRAY['Left rubbish and a kebab in the back','Kept me waiting 9 minutes then was abusive',
                               'Slammed the door and was very drunk','4 passengers booked as 1, argued when I said no',
                               'Ate in the car after I asked not to'])[1 + (x.h / 1000) % 5] END END,
       CASE WHEN x.h % 3 = 0 THEN NULL
            WHEN x.role = 'RIDER' AND x.stars = 5 THEN (ARRAY['{great_conversation}','{clean_car,smooth_driving}','{expert_navigation}',
                                                             '{above_and_beyond}','{smooth_driving}','{clean_car}'])[1 + x.h % 6]::varchar[]
            WHEN x.role = 'RIDER' AND x.stars <= 3 THEN (ARRAY['{unsafe_driving}','{rude}','{dirty_car}','{wrong_route}','{late_pickup}',
                                                              '{unsafe_driving,on_phone}','{vehicle_mismatch}'])[1 + x.h % 7]::varchar[]
            WHEN x.role = 'DRIVER' AND x.stars <= 3 THEN (ARRAY['{late_to_pickup}','{rude}','{messy}','{intoxicated}'])[1 + x.h % 4]::varchar[]
            WHEN x.role = 'DRIVER' THEN '{polite}'::varchar[] END,
       x.stars <= 2 AND x.h % 4 = 0,
       t.completed_at + (2 + x.h % 900) * interval '1 minute'
FROM trips t
JOIN riders r ON r.id = t.rider_id JOIN users ru ON ru.id = r.user_id
JOIN drivers d ON d.id = t.driver_id JOIN users du ON du.id = d.user_id
CROSS JOIN (VALUES ('RIDER'), ('DRIVER')) AS rr (role)
CROSS JOIN LATERAL (
    SELECT rr.role, abs(hashtext(t.id::text || rr.role)) AS h,
           CASE WHEN abs(hashtext(t.id::text || rr.role)) % 100 < 82 THEN 5 WHEN abs(hashtext(t.id::text || rr.role)) % 100 < 92 THEN 4
                WHEN abs(hashtext(t.id::text || rr.role)) % 100 < 95 THEN 3 WHEN abs(hashtext(t.id::text || rr.role)) % 100 < 97 THEN 2 ELSE 1 END AS stars
) x
WHERE t.status = 'COMPLETED'
  AND ((rr.role = 'RIDER' AND abs(hashtext(t.id::text)) % 20 < 13) OR (rr.role = 'DRIVER' AND abs(hashtext(t.id::text)) % 20 >= 9))
ORDER BY t.completed_at, rr.role DESC;

INSERT INTO payouts (driver_id, amount, currency, status, period_start, period_end, trip_count, tips_amount, fees_amount,
                     destination_account_last4, provider_payout_id, failure_reason, initiated_at, paid_at, created_at)
SELECT d.id,
       round((x.gross - x.fees + x.tips)::numeric, 2),
       'GBP',
       x.status::payoutstatus,
       x.ps, x.ps + 6,
       x.trips,
       x.tips,
       x.fees,
       right(d.bank_account_number, 4),
       CASE WHEN x.status <> 'pending' THEN 'po_1' || pg_temp.b62('po' || d.id || ':' || w, 23) END,
       CASE WHEN x.status = 'failed' THEN (ARRAY['account_closed: The bank account has been closed.',
                                                 'could_not_process: The bank could not process this payout.',
                                                 'invalid_account_number: The bank account details on file are probably incorrect.'])[1 + d.id % 3] END,
       CASE WHEN x.status <> 'pending' THEN (x.ps + 7)::timestamp AT TIME ZONE 'Europe/London' + interval '9 hours' + (d.id % 50) * interval '1 second' END,
       CASE WHEN x.status = 'paid' THEN (x.ps + 7)::timestamp AT TIME ZONE 'Europe/London' + interval '1 day 11 hours' + (d.id % 90) * interval '1 minute' END,
       (x.ps + 7)::timestamp AT TIME ZONE 'Europe/London' + interval '2 hours 15 minutes'
FROM drivers d
CROSS JOIN generate_series(0, 11) AS w
CROSS JOIN LATERAL (
    SELECT date '2024-07-01' + w * 7 AS ps,
           8 + (d.id * 7 + w * 13) % 52 AS trips,
           round((((d.id * 7 + w * 13) % 52 + 8) * (14.2 + (d.id % 9))) ::numeric, 2) AS gross,
           round((((d.id * 7 + w * 13) % 52 + 8) * (14.2 + (d.id % 9)) * 0.25)::numeric, 2) AS fees,
           round((((d.id + w) % 9) * 1.5)::numeric, 2) AS tips,
           CASE WHEN w = 11 THEN 'pending' WHEN w = 10 THEN 'in_transit'
                WHEN (d.id * 3 + w) % 97 = 0 THEN 'failed' ELSE 'paid' END AS status
) x
WHERE d.bank_account_number IS NOT NULL AND d.onboarded_at < x.ps
  AND (d.status = 'ACTIVE' OR d.updated_at > x.ps + 7)
  AND (d.id + w) % 6 <> 0
ORDER BY x.ps, d.id;

INSERT INTO referrals (referrer_user_id, referred_user_id, invitee_phone, invitee_email, channel, status, referrer_reward, referee_reward,
                       qualified_at, rewarded_at, created_at)
SELECT ref.id,
       CASE WHEN k % 4 <> 0 THEN tgt.id END,
       CASE WHEN x.channel IN ('sms', 'whatsapp') THEN CASE WHEN k % 4 <> 0 THEN tgt.phone_number ELSE pg_temp.mobile(k + 9000) END END,
       CASE WHEN x.channel = 'email' THEN CASE WHEN k % 4 <> 0 AND tgt.email IS NOT NULL THEN tgt.email ELSE pg_temp.email(k + 9000) END END,
       x.channel,
       x.status,
       CASE WHEN x.status IN ('qualified', 'rewarded') THEN 5.00 END,
       CASE WHEN k % 4 <> 0 THEN 5.00 END,
       CASE WHEN x.status IN ('qualified', 'rewarded') THEN tgt.created_at + (2 + k % 20) * interval '1 day' END,
       CASE WHEN x.status = 'rewarded' THEN tgt.created_at + (2 + k % 20) * interval '1 day' + interval '1 minute' END,
       tgt.created_at - (1 + k % 9) * interval '1 day' - (k % 300) * interval '1 minute'
FROM generate_series(1, 360) AS k
JOIN users tgt ON tgt.id = pg_temp.uid('user', 201 + (k * 7919) % 700)
CROSS JOIN LATERAL (
    SELECT count(*) AS cnt FROM users uu WHERE uu.role IN ('RIDER', 'DRIVER') AND uu.created_at < tgt.created_at - interval '10 days'
) rc
CROSS JOIN LATERAL (
    SELECT uu.id FROM users uu WHERE uu.role IN ('RIDER', 'DRIVER') AND uu.created_at < tgt.created_at - interval '10 days'
    ORDER BY uu.created_at OFFSET (k * 13) % greatest(rc.cnt, 1) LIMIT 1
) ref
CROSS JOIN LATERAL (
    SELECT (ARRAY['link','whatsapp','sms','link','email','whatsapp'])[1 + k % 6] AS channel,
           CASE WHEN k % 4 = 0 THEN CASE WHEN tgt.created_at < timestamptz '2024-06-01 00:00:00+00' THEN 'expired' ELSE 'invited' END
                WHEN k % 5 = 1 THEN 'signed_up' WHEN k % 7 = 2 THEN 'qualified' ELSE 'rewarded' END AS status
) x
WHERE rc.cnt > 0
ORDER BY 11;

INSERT INTO support_tickets (id, reference, requester_user_id, trip_id, assignee_agent_id, category, subject, status, priority, channel, tags,
                             csat_score, first_response_at, resolved_at, created_at, updated_at)
SELECT row_number() OVER (ORDER BY x.created),
       'KRB-' || lpad((104729 + (k * 7919) % 899999)::text, 6, '0'),
       CASE WHEN c.by_driver THEN du.id ELSE ru.id END,
       CASE WHEN c.cat IN ('account_access', 'documents') THEN NULL ELSE t.id END,
       CASE WHEN x.status = 'new' THEN NULL ELSE 4 + (k * 7) % 21 END,
       c.cat,
       c.subject,
       x.status::ticketstatus,
       CASE WHEN c.cat IN ('safety') THEN 'urgent' WHEN c.cat IN ('driver_behaviour', 'rider_behaviour', 'account_access') THEN 'high'
            WHEN k % 9 = 0 THEN 'low' ELSE 'normal' END,
       (ARRAY['in_app','in_app','in_app','email','web_form','phone','in_app','email'])[1 + k % 8],
       CASE WHEN k % 3 = 0 THEN ARRAY[c.cat] WHEN k % 3 = 1 THEN ARRAY[c.cat, (ARRAY['refund_issued','macro_used','escalated','vip','repeat_contact'])[1 + k % 5]] ELSE '{}'::text[] END,
       CASE WHEN x.status IN ('solved', 'closed') AND k % 3 <> 0 THEN 1 + (k * 7) % 5 END,
       CASE WHEN x.status <> 'new' THEN x.created + (12 + (k * 37) % 300) * interval '1 minute' END,
       CASE WHEN x.status IN ('solved', 'closed') THEN x.created + (2 + (k * 13) % 70) * interval '1 hour' END,
       x.created,
       x.created + CASE WHEN x.status IN ('solved', 'closed') THEN (2 + (k * 13) % 70) * interval '1 hour' + interval '5 minutes' ELSE (k % 40) * interval '1 minute' END
FROM generate_series(1, 420) AS k
JOIN trips t ON t.id = pg_temp.uid('trip', 1 + (k * 337) % 1393)
JOIN riders r ON r.id = t.rider_id JOIN users ru ON ru.id = r.user_id
LEFT JOIN drivers d ON d.id = t.driver_id LEFT JOIN users du ON du.id = d.user_id
CROSS JOIN LATERAL (
    SELECT cc.* FROM (VALUES
        (0, 'lost_item', false, 'I left something in the car'),
        (1, 'fare_dispute', false, 'I was charged more than the quoted price'),
        (2, 'driver_behaviour', false, 'Report a problem with my driver'),
        (3, 'payment_issue', false, 'Charged twice for one trip'),
        (4, 'fare_dispute', false, 'Driver took a longer route'),
        (5, 'refund_request', false, 'Cancellation fee charged unfairly'),
        (6, 'promo_code', false, 'Promo code not applied'),
        (7, 'rider_behaviour', true, 'Report a rider'),
        (8, 'payout_query', true, 'Missing earnings in weekly payout'),
        (9, 'lost_item', false, 'Lost phone - please help'),
        (10, 'account_access', false, 'Can''t log in, not receiving the SMS code'),
        (11, 'rider_behaviour', true, 'Cleaning fee request'),
        (12, 'documents', true, 'Insurance document rejected'),
        (13, 'app_bug', false, 'App crashed while booking'),
        (14, 'safety', false, 'I felt unsafe during my trip'),
        (15, 'fare_dispute', false, 'Trip did not end when I got out')
    ) AS cc (n, cat, by_driver, subject)
    WHERE cc.n = (k * 5) % 16
) c0
CROSS JOIN LATERAL (
    SELECT c0.cat, c0.subject, c0.by_driver AND du.id IS NOT NULL AS by_driver
) c
CROSS JOIN LATERAL (
    SELECT least(coalesce(t.completed_at, t.cancelled_at, t.requested_at) + (20 + (k * 53) % 2000) * interval '1 minute',
                 timestamptz '2024-09-28 04:00:00+00' - k * interval '7 minutes') AS created,
           CASE WHEN k > 400 THEN (ARRAY['new','open','pending','on_hold'])[1 + k % 4]
                WHEN k % 23 = 0 THEN 'pending' WHEN k % 31 = 0 THEN 'open'
                WHEN k % 3 = 0 THEN 'solved' ELSE 'closed' END AS status
) x
WHERE t.status IN ('COMPLETED', 'CANCELLED') AND (NOT c0.by_driver OR du.id IS NOT NULL)
ORDER BY x.created;
SELECT setval(pg_get_serial_sequence('support_tickets', 'id'), (SELECT max(id) FROM support_tickets));

INSERT INTO support_messages (ticket_id, author_user_id, author_role, body, is_internal, attachments, created_at)
SELECT st.id,
       CASE m.who WHEN 'req' THEN st.requester_user_id WHEN 'agent' THEN ag.user_id END,
       CASE m.who WHEN 'req' THEN rq.role WHEN 'agent' THEN 'AGENT'::userrole END,
       CASE
         WHEN m.who = 'req' AND m.n = 1 THEN
           CASE st.category
             WHEN 'lost_item' THEN (ARRAY[
                 'Hi, I left my black North Face rucksack on the back seat. It has my work laptop in it. Please can the driver contact me on ' || pg_temp.fmt_phone(rq.phone_number, st.id::int) || '. Thanks, ' || rq.first_name,
                 'Left my iPhone 14 in the car (purple case). Can ' || coalesce(dn.first_name, 'the driver') || ' drop it to ' || coalesce(t.pickup_address, 'my address') || '? Happy to pay for the trip.',
                 'My daughter left her school blazer and a lunchbox in the car, name tag says ' || pg_temp.fname(st.id::int + 3) || ' ' || rq.last_name || '.',
                 'I think I dropped my wallet with my driving licence and bank cards. Please call me asap on ' || pg_temp.fmt_phone(pg_temp.mobile(st.id::int + 6000), st.id::int) || ' (my partner''s number)'])[1 + st.id::int % 4]
             WHEN 'fare_dispute' THEN (ARRAY[
                 'The app quoted me £' || coalesce(t.estimated_fare::text, '12') || ' but I was charged £' || coalesce(t.fare_amount::text, '19') || '. Nothing changed on the route.',
                 'Driver went via the motorway when I asked for the direct route and the trip ended up 15 minutes longer. I want a partial refund.',
                 'I got out at ' || coalesce(t.dropoff_address, 'my stop') || ' but the driver didn''t end the trip for another 10 minutes.',
                 'Charged a surge price but there was no surge shown when I booked.'])[1 + st.id::int % 4]
             WHEN 'driver_behaviour' THEN (ARRAY[
                 'The driver (' || coalesce(dn.first_name, '') || ') was shouting on his phone the whole way and ignored me when I asked him to stop.',
                 'Driver made me feel very uncomfortable, asked if I had a boyfriend and where exactly I lived. He now knows my home address.',
                 'My driver was smoking in the car before I got in and the car stank. I have asthma.',
                 'Driver refused to take my guide dog even though it is the law. I was left at the side of the road in the rain.'])[1 + st.id::int % 4]
             WHEN 'rider_behaviour' THEN (ARRAY[
                 'Passenger was sick in the back of the car, I have had to take the car off the road to clean it. Photos attached.',
                 'Rider and his friends were abusive and one of them kicked the door when getting out. Dashcam footage available.',
                 'Passenger tried to pay me in cash to go off the app for the return journey and got angry when I said no.',
                 'Rider spilled a drink over the seats and refused to apologise.'])[1 + st.id::int % 4]
             WHEN 'payment_issue' THEN 'I have been charged twice for this trip, both showing on my bank statement (card ending in ' || lpad(((st.id * 7919) % 10000)::text, 4, '0') || '). Please refund one.'
             WHEN 'refund_request' THEN 'I cancelled after waiting 12 minutes because the driver was going the wrong way and I was still charged a cancellation fee.'
             WHEN 'promo_code' THEN 'I entered the code but it wasn''t applied at checkout. My friend ' || pg_temp.fname(st.id::int + 9) || ' invited me.'
             WHEN 'payout_query' THEN 'My payout for last week is missing about £' || (20 + st.id % 80) || '. I did ' || (20 + st.id % 30) || ' trips including two airport runs. My account ending ' || lpad(((st.id * 48271) % 10000)::text, 4, '0') || '.'
             WHEN 'account_access' THEN 'I changed my number and now I can''t log in. My old number was ' || pg_temp.fmt_phone(pg_temp.mobile(st.id::int + 7000), 2) || ' and my new one is ' || pg_temp.fmt_phone(rq.phone_number, 1) || '. My email is ' || coalesce(rq.email, 'not set') || '.'
             WHEN 'documents' THEN 'Why was my insurance certificate rejected? It is valid until next year, I uploaded it on ' || to_char(st.created_at - interval '2 days', 'DD/MM') || '.'
             WHEN 'app_bug' THEN 'App crashed when I pressed confirm, then I got charged for a trip I never took. Using an iPhone 13 on iOS 17.'
             WHEN 'safety' THEN 'The driver locked the doors and would not let me out when I asked to stop at ' || coalesce(t.dropoff_address, 'the station') || '. I had to call my sister. I do not want to be matched with him again.'
             ELSE 'Please can someone help with this trip.' END
         WHEN m.who = 'req' THEN (ARRAY['Thanks for getting back to me.', 'Any update on this? It has been 3 days.',
                                       'That''s fine, thank you for sorting it.', 'I still haven''t received the refund.',
                                       'Ok I''ve sent the photos now.'])[1 + (st.id::int + m.n) % 5]
         WHEN m.who = 'agent' AND m.internal THEN
           CASE st.category
             WHEN 'fare_dispute' THEN 'Checked GPS trace, route was ' || (2 + st.id % 9) || 'km longer than optimal. Partial refund approved.'
             WHEN 'lost_item' THEN 'Called driver on ' || coalesce(pg_temp.fmt_phone(dn.phone_number, 2), 'the number on file') || ', confirmed they have the item and will drop it at the hub tomorrow.'
             WHEN 'driver_behaviour' THEN 'Second complaint about this driver in 30 days, escalating to safety team (see previous ticket).'
             WHEN 'safety' THEN 'Escalated to safety team. Rider and driver pairing blocked. Rider DOB ' || coalesce(to_char(rr.date_of_birth, 'DD/MM/YYYY'), 'not on file') || ' confirmed on call.'
             WHEN 'refund_request' THEN 'Rider has ' || (2 + st.id % 4) || ' refund requests in the last 60 days. Approved this one as goodwill, flagged for review.'
             WHEN 'account_access' THEN 'Verified identity via DOB and last 4 of card, updated phone number.'
             WHEN 'payout_query' THEN 'Payout recalculated, 2 airport trips were missing the surcharge. Adjustment added to next payout.'
             WHEN 'rider_behaviour' THEN 'Photos reviewed, cleaning fee of £' || (25 + st.id % 3 * 10) || ' approved and charged to rider.'
             WHEN 'payment_issue' THEN 'Stripe shows one capture and one released authorisation. Explained to customer.'
             ELSE 'Reproduced on iOS 17.5, linked to JIRA RIDER-' || (4000 + st.id % 900) || '.' END
         ELSE (ARRAY[
                 'Hi ' || rq.first_name || ', thanks for reaching out and sorry for the trouble. I''ve looked into this for you.',
                 'Hi ' || rq.first_name || ', I''ve issued a refund of £' || (2 + st.id % 14) || '.00 to your original payment method. It can take 3-5 working days to appear.',
                 'Hi ' || rq.first_name || ', I''ve passed your details to the driver and asked them to get in touch. For your safety we never share your number directly.',
                 'Hi ' || rq.first_name || ', thank you for letting us know. We take reports like this very seriously and our safety team will follow up.',
                 'Hi ' || rq.first_name || ', could you send us a photo of the receipt or bank statement so we can check this?'])[1 + (st.id::int + m.n) % 5]
       END,
       m.internal,
       CASE WHEN m.who = 'req' AND m.n = 1 AND st.category IN ('rider_behaviour', 'payment_issue', 'documents')
              THEN jsonb_build_array(jsonb_build_object('filename', (ARRAY['IMG_4821.jpg','Screenshot 2024-05-14 at 09.12.33.png','image.jpg','statement.pdf'])[1 + st.id::int % 4],
                                                        'content_type', 'image/jpeg', 'size', 150000 + (st.id * 7919) % 2000000,
                                                        'url', 'https://support-attachments.kerbrides.co.uk/' || pg_temp.uid('att', st.id) || '/' || 'file'))
       END,
       st.created_at + (m.n - 1) * interval '3 hours 17 minutes' + (st.id % 30) * interval '1 minute' * (m.n - 1)
FROM support_tickets st
JOIN users rq ON rq.id = st.requester_user_id
LEFT JOIN riders rr ON rr.user_id = st.requester_user_id
LEFT JOIN agents ag ON ag.id = st.assignee_agent_id
LEFT JOIN trips t ON t.id = st.trip_id
LEFT JOIN drivers dd ON dd.id = t.driver_id LEFT JOIN users dn ON dn.id = dd.user_id
CROSS JOIN LATERAL (
    SELECT mm.n, mm.who, mm.internal FROM (VALUES (1, 'req', false), (2, 'agent', true), (3, 'agent', false), (4, 'req', false), (5, 'agent', false)) AS mm (n, who, internal)
    WHERE mm.n = 1 OR (ag.id IS NOT NULL AND (mm.n = 3 OR (mm.n = 2 AND st.id % 3 = 0) OR (mm.n >= 4 AND st.id % 4 = 1)))
) m
ORDER BY 7;

INSERT INTO trip_messages (trip_id, sender_user_id, recipient_user_id, body, template_key, delivered_at, read_at, created_at)
SELECT t.id,
       CASE WHEN m.from_driver THEN du.id ELSE ru.id END,
       CASE WHEN m.from_driver THEN ru.id ELSE du.id END,
       m.body, m.tpl,
       t.accepted_at + m.offs + interval '1 second',
       CASE WHEN (abs(hashtext(t.id::text)) + m.n) % 7 <> 0 THEN t.accepted_at + m.offs + (5 + m.n * 11) * interval '1 second' END,
       t.accepted_at + m.offs
FROM trips t
JOIN riders r ON r.id = t.rider_id JOIN users ru ON ru.id = r.user_id
JOIN drivers d ON d.id = t.driver_id JOIN users du ON du.id = d.user_id
JOIN vehicles v ON v.id = t.vehicle_id
CROSS JOIN LATERAL (SELECT abs(hashtext('chat' || t.id::text)) AS h) hh
CROSS JOIN LATERAL (
    SELECT * FROM (VALUES
        (1, true, CASE WHEN hh.h % 3 = 0 THEN 'I''m on my way' ELSE 'Hi, I''m on my way, ' || (3 + hh.h % 8) || ' minutes' END,
            CASE WHEN hh.h % 3 = 0 THEN 'on_my_way' END, interval '40 seconds'),
        (2, false, (ARRAY['I''m outside the Tesco Express', 'Running 2 mins late sorry!', 'I''m by the blue door', 'Can you come to the side entrance please',
                          'I''m wearing a red coat, with a pram', 'Ok thanks ' || du.first_name, 'I''m at the bus stop opposite',
                          'Please call me when you''re here, my buzzer doesn''t work', 'Two of us with big suitcases, is that ok?',
                          'I''m the one with the dog'])[1 + hh.h % 10], NULL, interval '90 seconds'),
        (3, true, (ARRAY['I''m here, ' || lower(v.colour) || ' ' || v.model, 'Can''t stop on the red route, I''m just round the corner',
                         'Stuck in traffic, 3 mins', 'I''m at the pickup pin but can''t see you', 'No problem', 'I''ve arrived'])[1 + (hh.h / 10) % 6],
            CASE WHEN (hh.h / 10) % 6 = 5 THEN 'driver_arrived' END, interval '4 minutes'),
        (4, false, (ARRAY['Coming down now', 'Be there in 1 min', 'Thanks', 'Sorry! 2 secs', 'I see you'])[1 + (hh.h / 100) % 5], NULL, interval '4 minutes 40 seconds')
    ) AS mm (n, from_driver, body, tpl, offs)
    WHERE mm.n <= 1 + hh.h % 4
) m
WHERE t.accepted_at IS NOT NULL AND hh.h % 100 < 22
ORDER BY 8;

INSERT INTO safety_incidents (trip_id, reported_by_user_id, reported_user_id, incident_type, severity, description, latitude, longitude,
                              police_reference, status, assigned_agent_id, resolution_notes, action_taken, emergency_services_contacted,
                              created_at, resolved_at)
SELECT t.id,
       CASE WHEN x.by_driver THEN du.id ELSE ru.id END,
       CASE WHEN x.typ = 'ROAD_TRAFFIC_COLLISION' AND k % 2 = 0 THEN NULL WHEN x.by_driver THEN ru.id ELSE du.id END,
       x.typ::incidenttype,
       x.sev,
       CASE x.typ
         WHEN 'DANGEROUS_DRIVING' THEN 'Driver was doing at least 60 in a 30 zone on ' || coalesce(substring(coalesce(t.dropoff_address, t.pickup_address) from '[0-9]+[A-Z]? ([A-Za-z'' ]+ (Road|Lanes|Lane|Street|Walk|Hill|Place|Avenue|Parade|Croft))'), 'the main road')
                                      || ' and ran a red light. I asked them to slow down and they just laughed.'
         WHEN 'HARASSMENT' THEN CASE WHEN x.by_driver THEN 'Passenger kept asking for my personal number and Instagram, then messaged me on WhatsApp after the trip (' || pg_temp.fmt_phone(ru.phone_number, 4) || ').'
                                     ELSE 'Driver ' || du.first_name || ' commented on my body and asked if I lived alone. After the trip I got a message through the app saying "see you around".' END
         WHEN 'ASSAULT' THEN CASE WHEN x.by_driver THEN 'Rider punched me in the side of the head when I refused to add a stop. Happened outside ' || split_part(t.pickup_address, ',', 1) || '. Police attended.'
                                  ELSE 'Driver grabbed my arm when I tried to get out of the car. I have bruising. I reported it to the police the same night.' END
         WHEN 'ROAD_TRAFFIC_COLLISION' THEN 'Another car went into the back of us at the lights. Rider ' || ru.first_name || ' complained of neck pain, ambulance called. Driver exchanged details with the other driver.'
         WHEN 'INTOXICATED_PASSENGER' THEN 'Passenger was extremely drunk and unable to tell me her address. I called the number on the account and her flatmate came to get her.'
         WHEN 'DISCRIMINATION' THEN CASE WHEN x.by_driver THEN 'Rider made racist comments about my accent and said he wanted an "English" driver.'
                                         ELSE 'Driver cancelled when he saw my wheelchair and drove off. I waited another 40 minutes in the cold.' END
         WHEN 'VEHICLE_MISMATCH' THEN 'The car that arrived was a different make and plate than the app (' || v.licence_plate || ' expected). Driver looked different from the photo too.'
         ELSE 'Rider left a bag which contained prescription medication and a passport in the name of ' || ru.first_name || ' ' || ru.last_name || '. Handed to agent at the hub.'
       END,
       CASE WHEN k % 7 <> 3 THEN round((t.pickup_lat + (coalesce(t.dropoff_lat, t.pickup_lat) - t.pickup_lat) * 0.6)::numeric, 6)::float8 END,
       CASE WHEN k % 7 <> 3 THEN round((t.pickup_lng + (coalesce(t.dropoff_lng, t.pickup_lng) - t.pickup_lng) * 0.6)::numeric, 6)::float8 END,
       CASE WHEN x.typ IN ('ASSAULT', 'ROAD_TRAFFIC_COLLISION') OR (x.typ = 'HARASSMENT' AND k % 3 = 0) THEN
         CASE t.city_id WHEN 1 THEN (ARRAY['CAD ' || (1000 + (k * 7919) % 9000) || '/' || upper(to_char(t.requested_at, 'DDMonYY')),
                                           (1 + k % 9)::text || '/' || lpad(((k * 104729) % 10000000)::text, 7, '0') || '/' || to_char(t.requested_at, 'YY')])[1 + k % 2]
                        WHEN 2 THEN 'CRI/06' || (ARRAY['GG','MM','TT','QQ'])[1 + k % 4] || '/' || lpad(((k * 7919) % 10000000)::text, 7, '0') || '/' || to_char(t.requested_at, 'YY')
                        WHEN 3 THEN '20' || lpad(((k * 48271) % 1000000)::text, 6, '0') || '/' || to_char(t.requested_at, 'YY')
                        WHEN 6 THEN 'PS-' || to_char(t.requested_at, 'YYYYMMDD') || '-' || lpad(((k * 613) % 10000)::text, 4, '0')
                        WHEN 7 THEN 'PS-' || to_char(t.requested_at, 'YYYYMMDD') || '-' || lpad(((k * 613) % 10000)::text, 4, '0')
                        ELSE lpad(((k * 7919) % 100000000)::text, 8, '0') || to_char(t.requested_at, 'YY') END END,
       x.status,
       CASE WHEN x.status <> 'open' THEN (ARRAY[4, 10, 16, 22, 9, 3])[1 + k % 6] END,
       CASE WHEN x.status = 'resolved' THEN (ARRAY[
              'Spoke to both parties. Driver admitted speeding, issued final written warning and mandatory driving course.',
              'Dashcam footage reviewed, rider''s account permanently blocked. Driver offered wellbeing support.',
              'Unable to substantiate. Pairing blocked between rider and driver. No further action.',
              'Police investigation ongoing, driver remains deactivated until outcome. Licensing authority informed on ' || to_char(t.requested_at + interval '2 days', 'DD/MM/YYYY') || '.',
              'Rider refunded in full and given £10 credit. Driver completed equality training.'])[1 + k % 5] END,
       CASE WHEN x.status = 'resolved' THEN (ARRAY['warning','permanent_deactivation','no_action','temporary_suspension','warning'])[1 + k % 5] END,
       x.typ IN ('ASSAULT', 'ROAD_TRAFFIC_COLLISION'),
       coalesce(t.completed_at, t.cancelled_at, t.requested_at) + (10 + (k * 37) % 600) * interval '1 minute',
       CASE WHEN x.status = 'resolved' THEN coalesce(t.completed_at, t.cancelled_at, t.requested_at) + (2 + k % 20) * interval '1 day' END
FROM generate_series(1, 64) AS k
JOIN trips t ON t.id = pg_temp.uid('trip', 1 + (k * 613) % 1390)
JOIN riders r ON r.id = t.rider_id JOIN users ru ON ru.id = r.user_id
JOIN drivers d ON d.id = t.driver_id JOIN users du ON du.id = d.user_id
JOIN vehicles v ON v.id = t.vehicle_id
CROSS JOIN LATERAL (
    SELECT (ARRAY['DANGEROUS_DRIVING','HARASSMENT','ASSAULT','ROAD_TRAFFIC_COLLISION','INTOXICATED_PASSENGER','DISCRIMINATION',
                  'VEHICLE_MISMATCH','LOST_PROPERTY','DANGEROUS_DRIVING','HARASSMENT'])[1 + k % 10] AS typ,
           k % 10 IN (4, 7) OR (k % 10 IN (1, 2, 5) AND k % 3 = 0) OR (k % 10 = 3 AND k % 2 = 1) AS by_driver,
           CASE (k % 10) WHEN 2 THEN 4 WHEN 3 THEN 3 WHEN 1 THEN 3 WHEN 5 THEN 3 WHEN 0 THEN 2 WHEN 8 THEN 2 WHEN 9 THEN 3 ELSE 1 END AS sev,
           CASE WHEN k > 58 THEN (ARRAY['open','investigating','awaiting_info','escalated'])[1 + k % 4] WHEN k % 11 = 0 THEN 'escalated' ELSE 'resolved' END AS status
) x
WHERE t.status IN ('COMPLETED', 'CANCELLED', 'IN_PROGRESS')
ORDER BY 15;

INSERT INTO device_tokens (user_id, platform, push_token, device_id, device_model, os_version, app_version, is_active, last_registered_at, created_at)
SELECT u.id,
       x.platform::deviceplatform,
       CASE WHEN x.platform = 'ios' THEN pg_temp.hx('apns' || g || ':' || k, 64)
            ELSE pg_temp.b64('fcmid' || g || ':' || k, 22) || ':APA91b' || pg_temp.b64('fcm' || g || ':' || k, 134) END,
       CASE WHEN x.platform = 'ios' THEN upper(pg_temp.uid('idfv', g * 10 + k)::text) ELSE pg_temp.hx('androidid' || g || ':' || k, 16) END,
       CASE WHEN x.platform = 'ios' THEN (ARRAY['iPhone14,5','iPhone15,2','iPhone13,2','iPhone16,1','iPhone12,1','iPhone15,4','iPhone14,7'])[1 + (g + k) % 7]
            ELSE (ARRAY['SM-S918B','Pixel 7','SM-A546B','M2101K6G','CPH2451','SM-G991B','Pixel 8a'])[1 + (g + k) % 7] END,
       CASE WHEN x.platform = 'ios' THEN (ARRAY['17.4.1','17.5.1','17.6','16.7.8','18.0.1','17.3'])[1 + (g + k) % 6]
            ELSE (ARRAY['14','13','12','14','11'])[1 + (g + k) % 5] END,
       CASE WHEN u.role = 'DRIVER' THEN '3.' || (6 + (g + k) % 4) || '.' || (g % 3) ELSE (ARRAY['5.12.0','5.13.1','5.14.0','5.14.2','5.15.0'])[1 + (g + k) % 5] END,
       k = 1 AND u.is_active,
       coalesce(u.last_login_at, u.updated_at) - (k - 1) * interval '210 days',
       u.created_at + (k - 1) * interval '3 days' + interval '50 seconds'
FROM generate_series(31, 900) AS g
JOIN users u ON u.id = pg_temp.uid('user', g)
CROSS JOIN generate_series(1, 2) AS k
CROSS JOIN LATERAL (SELECT CASE WHEN (g + k * 3) % 5 IN (1, 3) THEN 'android' ELSE 'ios' END AS platform) x
WHERE (k = 1 AND g % 17 <> 8) OR (k = 2 AND g % 5 = 2 AND u.created_at < timestamptz '2023-09-01 00:00:00+00')
ORDER BY 10;

INSERT INTO user_sessions (id, user_id, refresh_token_hash, client, ip_address, user_agent, device_id, ip_history, created_at, last_used_at, expires_at, revoked_at)
SELECT pg_temp.uid('sess', g * 10 + k),
       u.id,
       encode(sha256(convert_to('rt:' || g || ':' || k, 'UTF8')), 'hex'),
       x.client,
       pg_temp.ip(g * 3 + k),
       pg_temp.ua(g + k, x.client),
       CASE WHEN x.client <> 'ops_web' THEN dt.device_id END,
       CASE WHEN (g + k) % 3 = 0 THEN ARRAY[pg_temp.ip(g * 3 + k)]
            WHEN (g + k) % 3 = 1 THEN ARRAY[pg_temp.ip(g * 3 + k), pg_temp.ip(g * 7 + 11)]
            ELSE ARRAY[pg_temp.ip(g * 3 + k), pg_temp.ip(g * 7 + 11), pg_temp.ip(g * 13 + 5), pg_temp.ip(g * 3 + k + 400)] END,
       x.created,
       least(x.created + ((g * 37) % 50) * interval '1 day' + (g % 600) * interval '1 minute', coalesce(u.last_login_at, x.created + interval '1 hour')),
       x.created + CASE WHEN x.client = 'ops_web' THEN interval '12 hours' ELSE interval '60 days' END,
       CASE WHEN k = 2 THEN x.created + ((g * 7) % 40 + 1) * interval '1 day' WHEN u.deleted_at IS NOT NULL THEN u.deleted_at END
FROM generate_series(1, 900) AS g
JOIN users u ON u.id = pg_temp.uid('user', g)
LEFT JOIN LATERAL (SELECT d.device_id, d.platform FROM device_tokens d WHERE d.user_id = u.id ORDER BY d.id LIMIT 1) dt ON true
CROSS JOIN generate_series(1, 2) AS k
CROSS JOIN LATERAL (
    SELECT CASE WHEN u.role IN ('ADMIN', 'AGENT') THEN 'ops_web'
                ELSE CASE WHEN u.role = 'DRIVER' THEN 'driver_' ELSE 'rider_' END || coalesce(dt.platform::text, 'ios') END AS client,
           CASE WHEN k = 1 THEN coalesce(u.last_login_at, u.created_at + interval '5 minutes') - CASE WHEN u.role IN ('ADMIN', 'AGENT') THEN interval '2 hours' ELSE ((g * 37) % 50) * interval '1 day' END
                ELSE u.created_at + (g % 90) * interval '1 day' + interval '3 minutes' END AS created
) x
WHERE u.last_login_at IS NOT NULL AND (k = 1 OR g % 3 = 0)
ORDER BY 9;
UPDATE user_sessions SET last_used_at = created_at + interval '10 minutes' WHERE last_used_at < created_at;

INSERT INTO otp_codes (phone_number, user_id, purpose, code_hash, attempts, sms_provider, provider_message_id, ip_address, sent_at, expires_at, verified_at)
SELECT CASE WHEN x.known THEN u.phone_number ELSE pg_temp.mobile(k + 12000) END,
       CASE WHEN x.known AND x.purpose <> 'signup' THEN u.id END,
       x.purpose::otppurpose,
       encode(sha256(convert_to('kerb-otp:' || (k % 7) || ':' || lpad(((k * 7919 + 1234) % 1000000)::text, 6, '0'), 'UTF8')), 'hex'),
       CASE WHEN k % 11 = 0 THEN 5 WHEN k % 4 = 0 THEN 2 WHEN k % 3 = 0 THEN 1 ELSE 0 END,
       CASE WHEN x.sent < timestamptz '2023-11-01 00:00:00+00' THEN 'twilio' WHEN k % 5 = 0 THEN 'messagebird' ELSE 'twilio' END,
       CASE WHEN x.sent >= timestamptz '2023-11-01 00:00:00+00' AND k % 5 = 0 THEN pg_temp.hx('mb' || k, 32) ELSE 'SM' || pg_temp.hx('tw' || k, 32) END,
       pg_temp.ip(k * 5 + 2),
       x.sent,
       x.sent + interval '5 minutes',
       CASE WHEN k % 11 = 0 OR k % 13 = 0 THEN NULL ELSE x.sent + (15 + k % 200) * interval '1 second' END
FROM generate_series(1, 1300) AS k
JOIN users u ON u.id = pg_temp.uid('user', 31 + (k * 7919) % 870)
CROSS JOIN LATERAL (
    SELECT k % 19 <> 0 AS known,
           CASE WHEN k % 19 = 0 OR k % 23 = 0 THEN 'signup' WHEN k % 31 = 0 THEN 'phone_change' WHEN k % 37 = 0 AND u.role = 'DRIVER' THEN 'payout_change' ELSE 'login' END AS purpose,
           greatest(timestamptz '2024-06-01 00:00:00+00', u.created_at) + ((k * 104729) % 170000) * interval '1 minute' / 2 AS sent0
) x0
CROSS JOIN LATERAL (SELECT x0.known, x0.purpose, least(x0.sent0, timestamptz '2024-09-28 05:00:00+00' - k * interval '1 minute') AS sent) x
ORDER BY 9;

INSERT INTO audit_logs (actor_user_id, action, entity_type, entity_id, changes, ip_address, request_id, created_at)
SELECT CASE WHEN k % 29 = 0 THEN NULL ELSE pg_temp.uid('user', 1 + (k * 7) % 30) END,
       a.action, a.entity_type, a.entity_id, a.changes,
       CASE WHEN k % 29 = 0 THEN NULL WHEN k % 4 = 0 THEN pg_temp.ip(k * 11 + 3) ELSE ('194.72.148.' || (10 + k % 40))::inet END,
       pg_temp.uid('req', k),
       timestamptz '2023-03-01 08:00:00+00' + (k * 577) * interval '1 hour' / 16 + (k % 3600) * interval '1 second'
FROM generate_series(1, 640) AS k
JOIN users u ON u.id = pg_temp.uid('user', 31 + (k * 613) % 870)
LEFT JOIN drivers d ON d.user_id = u.id
LEFT JOIN riders r ON r.user_id = u.id
CROSS JOIN LATERAL (
    SELECT * FROM (VALUES
        (0, 'user.phone_number_updated', 'user', u.id::text,
            jsonb_build_object('phone_number', jsonb_build_array(pg_temp.mobile(k + 15000), u.phone_number))),
        (1, 'user.email_updated', 'user', u.id::text,
            jsonb_build_object('email', jsonb_build_array(lower(translate(u.first_name, '''- ', '')) || lower(left(u.last_name, 1)) || (10 + k % 90) || '@'
                                                          || (ARRAY['hotmail.co.uk','yahoo.co.uk','aol.com','btinternet.com'])[1 + k % 4], u.email))),
        (2, CASE WHEN d.id IS NOT NULL THEN 'driver.status_changed' ELSE 'rider.blocked' END, CASE WHEN d.id IS NOT NULL THEN 'driver' ELSE 'rider' END,
            coalesce(d.id, r.id)::text,
            CASE WHEN d.id IS NOT NULL THEN jsonb_build_object('status', jsonb_build_array('ACTIVE', 'SUSPENDED'), 'reason', 'Safety report under review')
                 ELSE jsonb_build_object('blocked_at', jsonb_build_array(NULL, to_char(timestamptz '2023-03-01' + (k * 577) * interval '1 hour' / 16, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')), 'block_reason', jsonb_build_array(NULL, 'Chargeback abuse')) END),
        (3, 'user.contact_details_revealed', 'user', u.id::text,
            jsonb_build_object('fields', jsonb_build_array('phone_number', 'email', 'date_of_birth'), 'ticket', 'KRB-' || lpad((104729 + (k * 7919) % 899999)::text, 6, '0'))),
        (4, 'trip.fare_adjusted', 'trip', pg_temp.uid('trip', 1 + (k * 337) % 1393)::text,
            jsonb_build_object('fare_amount', jsonb_build_array(round((14 + k % 20 + 0.45)::numeric, 2), round((10 + k % 15 + 0.2)::numeric, 2)), 'reason', 'route_inefficiency')),
        (5, CASE WHEN d.id IS NOT NULL THEN 'driver.bank_details_updated' ELSE 'user.name_updated' END, CASE WHEN d.id IS NOT NULL THEN 'driver' ELSE 'user' END,
            coalesce(d.id::text, u.id::text),
            CASE WHEN d.id IS NOT NULL THEN jsonb_build_object('bank_sort_code', jsonb_build_array('20-' || lpad((k % 100)::text, 2, '0') || '-' || lpad(((k * 7) % 100)::text, 2, '0'), d.bank_sort_code),
                                                               'bank_account_number', jsonb_build_array(((k::bigint * 73939133) % 90000000 + 10000000)::text, d.bank_account_number))
                 ELSE jsonb_build_object('last_name', jsonb_build_array(pg_temp.lname(k + 3), u.last_name)) END),
        (6, 'document.approved', 'driver_document', (1 + (k * 37) % 1000)::text, jsonb_build_object('status', jsonb_build_array('PENDING_REVIEW', 'APPROVED'))),
        (7, 'payout.retried', 'payout', (1 + (k * 53) % 1300)::text, jsonb_build_object('status', jsonb_build_array('failed', 'pending'))),
        (8, 'promo_code.updated', 'promo_code', (1 + k % 26)::text, jsonb_build_object('is_active', jsonb_build_array(true, false))),
        (9, 'feature_flag.updated', 'feature_flag', (1 + k % 12)::text, jsonb_build_object('rollout_percentage', jsonb_build_array(10 * (k % 5), 10 * (k % 5) + 25))),
        (10, 'user.session_revoked', 'user_session', pg_temp.uid('sess', k)::text, NULL::jsonb),
        (11, 'user.exported_data', 'user', u.id::text, jsonb_build_object('format', 'json', 'sent_to', coalesce(u.email, u.phone_number)))
    ) AS aa (n, action, entity_type, entity_id, changes)
    WHERE aa.n = (k * 5) % 12
) a
ORDER BY 8;

INSERT INTO webhook_events (id, provider, event_type, payload, signature_valid, processed_at, processing_error, received_at)
SELECT w.id, w.provider, w.event_type, w.payload, w.sig, CASE WHEN w.err IS NULL AND w.sig THEN w.ts + (80 + length(w.id) * 7) * interval '1 millisecond' END, w.err, w.ts
FROM (
    SELECT 'evt_3' || pg_temp.b62('evt' || p.id, 24) AS id, 'stripe' AS provider,
           CASE p.status WHEN 'FAILED' THEN 'payment_intent.payment_failed' WHEN 'REFUNDED' THEN 'charge.refunded' ELSE 'payment_intent.succeeded' END AS event_type,
           jsonb_build_object('id', 'evt_3' || pg_temp.b62('evt' || p.id, 24), 'object', 'event', 'api_version', '2023-10-16', 'type',
                              CASE p.status WHEN 'FAILED' THEN 'payment_intent.payment_failed' WHEN 'REFUNDED' THEN 'charge.refunded' ELSE 'payment_intent.succeeded' END,
                              'livemode', true, 'created', extract(epoch FROM p.created_at)::bigint,
                              'data', jsonb_build_object('object', jsonb_build_object(
                                  'id', p.provider_payment_intent_id, 'object', 'payment_intent', 'amount', (p.amount * 100)::int, 'currency', 'gbp',
                                  'customer', r.stripe_customer_id, 'payment_method', pm.provider_payment_method_id,
                                  'receipt_email', u.email, 'status', CASE p.status WHEN 'FAILED' THEN 'requires_payment_method' ELSE 'succeeded' END,
                                  'metadata', jsonb_build_object('trip_id', p.trip_id, 'kind', p.kind),
                                  'last_payment_error', CASE WHEN p.status = 'FAILED' THEN jsonb_build_object('code', p.failure_code, 'message', p.failure_message) END,
                                  'charges', jsonb_build_object('data', jsonb_build_array(jsonb_build_object(
                                      'billing_details', jsonb_build_object('name', u.first_name || ' ' || u.last_name, 'email', u.email,
                                                                            'address', jsonb_build_object('postal_code', pm.billing_postcode, 'country', 'GB')),
                                      'payment_method_details', jsonb_build_object('card', jsonb_build_object('brand', pm.card_brand, 'last4', pm.card_last4,
                                                                                   'exp_month', pm.card_exp_month, 'exp_year', pm.card_exp_year, 'fingerprint', pm.card_fingerprint))))))))
             AS payload,
           true AS sig,
           CASE WHEN abs(hashtext(p.id::text)) % 41 = 0 THEN 'psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update'
                WHEN abs(hashtext(p.id::text)) % 53 = 0 THEN 'PaymentNotFound: no payment for payment_intent ' || p.provider_payment_intent_id END AS err,
           coalesce(p.captured_at, p.created_at) + interval '2 seconds' AS ts
    FROM payments p JOIN payment_methods pm ON pm.id = p.payment_method_id JOIN riders r ON r.id = p.rider_id JOIN users u ON u.id = r.user_id
    WHERE p.provider = 'stripe' AND p.created_at >= timestamptz '2024-07-01 00:00:00+00'
    UNION ALL
    SELECT 'onfido:' || iv.check_id || ':check.completed', 'onfido', 'check.completed',
           jsonb_build_object('payload', jsonb_build_object('resource_type', 'check', 'action', 'check.completed',
                              'object', jsonb_build_object('id', iv.check_id, 'status', 'complete',
                                                           'completed_at_iso8601', to_char(iv.webhook_received_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                                           'href', 'https://api.eu.onfido.com/v3.6/checks/' || iv.check_id))),
           true, NULL, iv.webhook_received_at
    FROM identity_verifications iv WHERE iv.provider = 'onfido' AND iv.webhook_received_at IS NOT NULL
    UNION ALL
    SELECT 'twilio:' || o.provider_message_id || ':' || CASE WHEN o.id % 17 = 0 THEN 'undelivered' ELSE 'delivered' END, 'twilio', 'message.status',
           jsonb_build_object('MessageSid', o.provider_message_id, 'SmsSid', o.provider_message_id, 'AccountSid', 'AC' || pg_temp.hx('twilio-account', 32),
                              'MessagingServiceSid', 'MG' || pg_temp.hx('twilio-msvc', 32),
                              'MessageStatus', CASE WHEN o.id % 17 = 0 THEN 'undelivered' ELSE 'delivered' END,
                              'ErrorCode', CASE WHEN o.id % 17 = 0 THEN '30003' END,
                              'To', o.phone_number, 'From', 'Kerb', 'ApiVersion', '2010-04-01'),
           o.id % 7 <> 5, CASE WHEN o.id % 7 = 5 THEN 'Invalid X-Twilio-Signature' END, o.sent_at + (3 + o.id % 9) * interval '1 second'
    FROM otp_codes o WHERE o.sms_provider = 'twilio' AND o.sent_at >= timestamptz '2024-09-10 00:00:00+00'
) w
ORDER BY w.ts;

ANALYZE;
