SET client_min_messages = warning;
SET check_function_bodies = false;

CREATE TYPE public.membership_role AS ENUM ('owner', 'admin', 'member', 'guest');
CREATE TYPE public.project_status AS ENUM ('planned', 'active', 'on_hold', 'completed', 'cancelled');
CREATE TYPE public.card_priority AS ENUM ('none', 'low', 'medium', 'high', 'urgent');

CREATE DOMAIN public.hex_color AS character varying(7)
  CHECK (VALUE ~ '^#[0-9a-f]{6}$');

CREATE TABLE public.schema_migrations (
    version character varying NOT NULL PRIMARY KEY
);

CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL PRIMARY KEY,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.plans (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    slug character varying NOT NULL,
    stripe_price_id character varying,
    monthly_price_cents integer DEFAULT 0 NOT NULL,
    annual_price_cents integer DEFAULT 0 NOT NULL,
    max_projects integer,
    max_members integer,
    storage_limit_gb integer DEFAULT 2 NOT NULL,
    features jsonb DEFAULT '{}'::jsonb NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT plans_monthly_price_non_negative CHECK (monthly_price_cents >= 0)
);
CREATE UNIQUE INDEX index_plans_on_slug ON public.plans USING btree (slug);

CREATE TABLE public.users (
    id bigserial PRIMARY KEY,
    email character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp(6) without time zone,
    remember_created_at timestamp(6) without time zone,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp(6) without time zone,
    last_sign_in_at timestamp(6) without time zone,
    current_sign_in_ip inet,
    last_sign_in_ip inet,
    confirmation_token character varying,
    confirmed_at timestamp(6) without time zone,
    confirmation_sent_at timestamp(6) without time zone,
    unconfirmed_email character varying,
    failed_attempts integer DEFAULT 0 NOT NULL,
    unlock_token character varying,
    locked_at timestamp(6) without time zone,
    invitation_token character varying,
    invitation_created_at timestamp(6) without time zone,
    invitation_sent_at timestamp(6) without time zone,
    invitation_accepted_at timestamp(6) without time zone,
    invitation_limit integer,
    invited_by_type character varying,
    invited_by_id bigint,
    invitations_count integer DEFAULT 0,
    otp_secret character varying,
    consumed_timestep integer,
    otp_required_for_login boolean DEFAULT false NOT NULL,
    otp_backup_codes character varying[],
    first_name character varying(100),
    last_name character varying(100),
    username character varying(40),
    phone character varying(32),
    job_title character varying,
    birthday date,
    time_zone character varying DEFAULT 'UTC'::character varying NOT NULL,
    locale character varying(10) DEFAULT 'en'::character varying NOT NULL,
    admin boolean DEFAULT false NOT NULL,
    preferences jsonb DEFAULT '{}'::jsonb NOT NULL,
    discarded_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);
CREATE UNIQUE INDEX index_users_on_reset_password_token ON public.users USING btree (reset_password_token);
CREATE UNIQUE INDEX index_users_on_confirmation_token ON public.users USING btree (confirmation_token);
CREATE UNIQUE INDEX index_users_on_unlock_token ON public.users USING btree (unlock_token);
CREATE UNIQUE INDEX index_users_on_invitation_token ON public.users USING btree (invitation_token);
CREATE UNIQUE INDEX index_users_on_username ON public.users USING btree (username);
CREATE INDEX index_users_on_invited_by ON public.users USING btree (invited_by_type, invited_by_id);
CREATE INDEX index_users_on_discarded_at ON public.users USING btree (discarded_at);

CREATE TABLE public.accounts (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    subdomain character varying(63) NOT NULL,
    plan_id bigint NOT NULL REFERENCES public.plans(id),
    owner_id bigint NOT NULL,
    stripe_customer_id character varying,
    stripe_subscription_id character varying,
    subscription_status character varying,
    seats_count integer DEFAULT 1 NOT NULL,
    time_zone character varying DEFAULT 'UTC'::character varying NOT NULL,
    allowed_ip_ranges inet[],
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    trial_ends_at timestamp(6) without time zone,
    discarded_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT fk_rails_37ced7af95 FOREIGN KEY (owner_id) REFERENCES public.users(id)
);
CREATE UNIQUE INDEX index_accounts_on_subdomain ON public.accounts USING btree (subdomain);
CREATE INDEX index_accounts_on_owner_id ON public.accounts USING btree (owner_id);
CREATE INDEX index_accounts_on_plan_id ON public.accounts USING btree (plan_id);
CREATE UNIQUE INDEX index_accounts_on_stripe_customer_id ON public.accounts USING btree (stripe_customer_id);

CREATE TABLE public.billing_profiles (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts(id),
    company_name character varying,
    contact_name character varying NOT NULL,
    email character varying NOT NULL,
    phone character varying,
    address_line1 character varying NOT NULL,
    address_line2 character varying,
    city character varying NOT NULL,
    state character varying,
    postal_code character varying(16),
    country_code character(2) NOT NULL,
    tax_id character varying(32),
    card_brand character varying(20),
    card_last4 character varying(4),
    card_exp_month smallint,
    card_exp_year smallint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT billing_profiles_card_exp_month_range CHECK (card_exp_month BETWEEN 1 AND 12)
);
CREATE UNIQUE INDEX index_billing_profiles_on_account_id ON public.billing_profiles USING btree (account_id);

CREATE TABLE public.memberships (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts(id),
    user_id bigint NOT NULL REFERENCES public.users(id),
    role public.membership_role DEFAULT 'member'::public.membership_role NOT NULL,
    invited_by_id bigint REFERENCES public.users(id),
    last_accessed_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_memberships_on_account_id_and_user_id ON public.memberships USING btree (account_id, user_id);
CREATE INDEX index_memberships_on_user_id ON public.memberships USING btree (user_id);

CREATE TABLE public.identities (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES public.users(id),
    provider character varying NOT NULL,
    uid character varying NOT NULL,
    email character varying,
    access_token text,
    refresh_token text,
    expires_at timestamp(6) without time zone,
    auth_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_identities_on_provider_and_uid ON public.identities USING btree (provider, uid);
CREATE INDEX index_identities_on_user_id ON public.identities USING btree (user_id);

CREATE TABLE public.projects (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts(id),
    creator_id bigint NOT NULL REFERENCES public.users(id),
    name character varying NOT NULL,
    key character varying(10) NOT NULL,
    slug character varying NOT NULL,
    status public.project_status DEFAULT 'active'::public.project_status NOT NULL,
    color public.hex_color DEFAULT '#4f46e5'::character varying NOT NULL,
    visibility character varying DEFAULT 'workspace'::character varying NOT NULL,
    starts_on date,
    due_on date,
    budget_cents bigint,
    budget_currency character varying(3) DEFAULT 'USD'::character varying NOT NULL,
    progress real DEFAULT 0.0 NOT NULL,
    uuid uuid NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    cards_count integer DEFAULT 0 NOT NULL,
    archived_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT projects_budget_cents_non_negative CHECK (budget_cents >= 0),
    CONSTRAINT projects_progress_range CHECK (progress >= 0 AND progress <= 1)
);
CREATE UNIQUE INDEX index_projects_on_account_id_and_slug ON public.projects USING btree (account_id, slug);
CREATE UNIQUE INDEX index_projects_on_uuid ON public.projects USING btree (uuid);
CREATE INDEX index_projects_on_creator_id ON public.projects USING btree (creator_id);

CREATE TABLE public.project_members (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES public.projects(id),
    user_id bigint NOT NULL REFERENCES public.users(id),
    role character varying DEFAULT 'editor'::character varying NOT NULL,
    starred boolean DEFAULT false NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_project_members_on_project_id_and_user_id ON public.project_members USING btree (project_id, user_id);
CREATE INDEX index_project_members_on_user_id ON public.project_members USING btree (user_id);

CREATE TABLE public.boards (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES public.projects(id),
    name character varying NOT NULL,
    position integer DEFAULT 0 NOT NULL,
    view_mode character varying DEFAULT 'kanban'::character varying NOT NULL,
    "default" boolean DEFAULT false NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_boards_on_project_id ON public.boards USING btree (project_id);

CREATE TABLE public.lists (
    id bigserial PRIMARY KEY,
    board_id bigint NOT NULL REFERENCES public.boards(id),
    name character varying NOT NULL,
    position integer DEFAULT 0 NOT NULL,
    wip_limit integer,
    archived_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_lists_on_board_id_and_position ON public.lists USING btree (board_id, position);

CREATE TABLE public.cards (
    id bigserial PRIMARY KEY,
    board_id bigint NOT NULL REFERENCES public.boards(id),
    list_id bigint NOT NULL REFERENCES public.lists(id),
    project_id bigint NOT NULL REFERENCES public.projects(id),
    creator_id bigint NOT NULL REFERENCES public.users(id),
    parent_id bigint REFERENCES public.cards(id),
    number integer NOT NULL,
    title character varying NOT NULL,
    position double precision DEFAULT 65536.0 NOT NULL,
    priority public.card_priority DEFAULT 'none'::public.card_priority NOT NULL,
    estimate numeric(5,1),
    due_at timestamp with time zone,
    started_at timestamp(6) without time zone,
    completed_at timestamp(6) without time zone,
    cover_color public.hex_color,
    comments_count integer DEFAULT 0 NOT NULL,
    archived_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_cards_on_project_id_and_number ON public.cards USING btree (project_id, number);
CREATE INDEX index_cards_on_list_id_and_position ON public.cards USING btree (list_id, position);
CREATE INDEX index_cards_on_board_id ON public.cards USING btree (board_id);
CREATE INDEX index_cards_on_creator_id ON public.cards USING btree (creator_id);
CREATE INDEX index_cards_on_parent_id ON public.cards USING btree (parent_id);

CREATE TABLE public.labels (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts(id),
    name character varying(50) NOT NULL,
    color public.hex_color NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_labels_on_account_id_and_name ON public.labels USING btree (account_id, name);

CREATE TABLE public.cards_labels (
    card_id bigint NOT NULL REFERENCES public.cards(id),
    label_id bigint NOT NULL REFERENCES public.labels(id)
);
CREATE UNIQUE INDEX index_cards_labels_on_card_id_and_label_id ON public.cards_labels USING btree (card_id, label_id);
CREATE INDEX index_cards_labels_on_label_id ON public.cards_labels USING btree (label_id);

CREATE TABLE public.card_assignments (
    id bigserial PRIMARY KEY,
    card_id bigint NOT NULL REFERENCES public.cards(id),
    user_id bigint NOT NULL REFERENCES public.users(id),
    assigned_by_id bigint REFERENCES public.users(id),
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_card_assignments_on_card_id_and_user_id ON public.card_assignments USING btree (card_id, user_id);
CREATE INDEX index_card_assignments_on_user_id ON public.card_assignments USING btree (user_id);

CREATE TABLE public.checklist_items (
    id bigserial PRIMARY KEY,
    card_id bigint NOT NULL REFERENCES public.cards(id),
    title character varying NOT NULL,
    completed boolean DEFAULT false NOT NULL,
    completed_at timestamp(6) without time zone,
    completed_by_id bigint REFERENCES public.users(id),
    position integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_checklist_items_on_card_id ON public.checklist_items USING btree (card_id);

CREATE TABLE public.comments (
    id bigserial PRIMARY KEY,
    commentable_type character varying NOT NULL,
    commentable_id bigint NOT NULL,
    user_id bigint NOT NULL REFERENCES public.users(id),
    parent_id bigint REFERENCES public.comments(id),
    body text NOT NULL,
    edited_at timestamp(6) without time zone,
    deleted_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_comments_on_commentable ON public.comments USING btree (commentable_type, commentable_id);
CREATE INDEX index_comments_on_user_id ON public.comments USING btree (user_id);
CREATE INDEX index_comments_on_parent_id ON public.comments USING btree (parent_id);

CREATE TABLE public.time_entries (
    id bigserial PRIMARY KEY,
    card_id bigint NOT NULL REFERENCES public.cards(id),
    user_id bigint NOT NULL REFERENCES public.users(id),
    spent_on date NOT NULL,
    duration_minutes integer NOT NULL,
    billable boolean DEFAULT true NOT NULL,
    hourly_rate numeric(8,2),
    note text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT time_entries_duration_positive CHECK (duration_minutes > 0)
);
CREATE INDEX index_time_entries_on_card_id ON public.time_entries USING btree (card_id);
CREATE INDEX index_time_entries_on_user_id_and_spent_on ON public.time_entries USING btree (user_id, spent_on);

CREATE TABLE public.active_storage_blobs (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_active_storage_blobs_on_key ON public.active_storage_blobs USING btree (key);

CREATE TABLE public.active_storage_attachments (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT fk_rails_c3b3935057 FOREIGN KEY (blob_id) REFERENCES public.active_storage_blobs(id)
);
CREATE INDEX index_active_storage_attachments_on_blob_id ON public.active_storage_attachments USING btree (blob_id);
CREATE UNIQUE INDEX index_active_storage_attachments_uniqueness ON public.active_storage_attachments USING btree (record_type, record_id, name, blob_id);

CREATE TABLE public.active_storage_variant_records (
    id bigserial PRIMARY KEY,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    CONSTRAINT fk_rails_993965df05 FOREIGN KEY (blob_id) REFERENCES public.active_storage_blobs(id)
);
CREATE UNIQUE INDEX index_active_storage_variant_records_uniqueness ON public.active_storage_variant_records USING btree (blob_id, variation_digest);

CREATE TABLE public.active_storage_db_files (
    id bigserial PRIMARY KEY,
    ref character varying NOT NULL,
    data bytea NOT NULL,
    created_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_active_storage_db_files_on_ref ON public.active_storage_db_files USING btree (ref);

CREATE TABLE public.action_text_rich_texts (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    body text,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_action_text_rich_texts_uniqueness ON public.action_text_rich_texts USING btree (record_type, record_id, name);

CREATE TABLE public.notifications (
    id bigserial PRIMARY KEY,
    recipient_type character varying NOT NULL,
    recipient_id bigint NOT NULL,
    type character varying NOT NULL,
    params jsonb,
    read_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE INDEX index_notifications_on_recipient ON public.notifications USING btree (recipient_type, recipient_id);
CREATE INDEX index_notifications_on_read_at ON public.notifications USING btree (read_at);

CREATE TABLE public.audits (
    id serial PRIMARY KEY,
    auditable_id integer,
    auditable_type character varying,
    associated_id integer,
    associated_type character varying,
    user_id integer,
    user_type character varying,
    username character varying,
    action character varying,
    audited_changes jsonb,
    version integer DEFAULT 0,
    comment character varying,
    remote_address character varying,
    request_uuid character varying,
    created_at timestamp(6) without time zone
);
CREATE INDEX associated_index ON public.audits USING btree (associated_type, associated_id);
CREATE INDEX auditable_index ON public.audits USING btree (auditable_type, auditable_id, version);
CREATE INDEX index_audits_on_created_at ON public.audits USING btree (created_at);
CREATE INDEX index_audits_on_request_uuid ON public.audits USING btree (request_uuid);
CREATE INDEX user_index ON public.audits USING btree (user_id, user_type);

CREATE TABLE public.login_activities (
    id bigserial PRIMARY KEY,
    scope character varying,
    strategy character varying,
    identity character varying,
    success boolean,
    failure_reason character varying,
    user_type character varying,
    user_id bigint,
    context character varying,
    ip character varying,
    user_agent text,
    referrer text,
    city character varying,
    region character varying,
    country character varying,
    latitude double precision,
    longitude double precision,
    created_at timestamp(6) without time zone
);
CREATE INDEX index_login_activities_on_identity ON public.login_activities USING btree (identity);
CREATE INDEX index_login_activities_on_ip ON public.login_activities USING btree (ip);
CREATE INDEX index_login_activities_on_user ON public.login_activities USING btree (user_type, user_id);

CREATE TABLE public.user_sessions (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES public.users(id),
    session_token character varying NOT NULL,
    ip_address inet,
    user_agent text,
    device_type character varying(20),
    last_active_at timestamp(6) without time zone,
    expires_at timestamp(6) without time zone NOT NULL,
    revoked_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_user_sessions_on_session_token ON public.user_sessions USING btree (session_token);
CREATE INDEX index_user_sessions_on_user_id ON public.user_sessions USING btree (user_id);

CREATE TABLE public.invitations (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts(id),
    inviter_id bigint NOT NULL REFERENCES public.users(id),
    email character varying NOT NULL,
    role public.membership_role DEFAULT 'member'::public.membership_role NOT NULL,
    token character varying NOT NULL,
    message text,
    accepted_at timestamp(6) without time zone,
    accepted_user_id bigint REFERENCES public.users(id),
    expires_at timestamp(6) without time zone NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_invitations_on_token ON public.invitations USING btree (token);
CREATE INDEX index_invitations_on_account_id_and_email ON public.invitations USING btree (account_id, email);

CREATE TABLE public.webhooks (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES public.accounts(id),
    created_by_id bigint REFERENCES public.users(id),
    url character varying NOT NULL,
    secret character varying NOT NULL,
    events text[] DEFAULT '{}'::text[] NOT NULL,
    active boolean DEFAULT true NOT NULL,
    description character varying,
    consecutive_failures integer DEFAULT 0 NOT NULL,
    last_success_at timestamp(6) without time zone,
    last_failure_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT webhooks_url_format CHECK (url ~ '^https?://')
);
CREATE INDEX index_webhooks_on_account_id ON public.webhooks USING btree (account_id);

CREATE TABLE public.webhook_deliveries (
    id bigserial PRIMARY KEY,
    webhook_id bigint NOT NULL REFERENCES public.webhooks(id),
    event character varying NOT NULL,
    delivery_uuid uuid NOT NULL,
    payload jsonb NOT NULL,
    request_headers json,
    response_status integer,
    response_body text,
    duration_ms integer,
    attempt integer DEFAULT 1 NOT NULL,
    delivered_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_webhook_deliveries_on_delivery_uuid ON public.webhook_deliveries USING btree (delivery_uuid);
CREATE INDEX index_webhook_deliveries_on_webhook_id_and_created_at ON public.webhook_deliveries USING btree (webhook_id, created_at);

CREATE TABLE public.api_tokens (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES public.users(id),
    account_id bigint NOT NULL REFERENCES public.accounts(id),
    name character varying NOT NULL,
    token character varying NOT NULL,
    scopes character varying[] DEFAULT '{read}'::character varying[] NOT NULL,
    last_used_at timestamp(6) without time zone,
    last_used_ip inet,
    expires_at timestamp(6) without time zone,
    revoked_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);
CREATE UNIQUE INDEX index_api_tokens_on_token ON public.api_tokens USING btree (token);
CREATE INDEX index_api_tokens_on_user_id ON public.api_tokens USING btree (user_id);


INSERT INTO public.schema_migrations (version)
SELECT to_char(timestamp '2021-02-22 14:05:11' + g * interval '23 days 5 hours 17 minutes 41 seconds', 'YYYYMMDDHH24MISS')
FROM generate_series(0, 46) g;

INSERT INTO public.ar_internal_metadata (key, value, created_at, updated_at) VALUES
  ('environment', 'production', '2021-02-22 14:05:09.412871', '2021-02-22 14:05:09.412871'),
  ('schema_sha1', '9c3f1d7be0a2e55c41f8d0b6a7e2c9134df06a8b', '2021-02-22 14:05:09.418204', '2024-03-19 08:41:57.102388');

INSERT INTO public.plans (id, name, slug, stripe_price_id, monthly_price_cents, annual_price_cents, max_projects, max_members, storage_limit_gb, features, active, created_at, updated_at) VALUES
  (1, 'Free', 'free', NULL, 0, 0, 3, 5, 2, '{"guests": false, "time_tracking": false, "webhooks": false, "audit_log_days": 0}', true, '2021-02-22 14:10:00', '2021-02-22 14:10:00'),
  (2, 'Starter', 'starter', 'price_1Ma8kQJv5XbT3oF2qW9sYh1L', 1200, 12000, 20, 15, 25, '{"guests": true, "time_tracking": false, "webhooks": false, "audit_log_days": 30}', true, '2021-02-22 14:10:00', '2023-06-01 10:22:13'),
  (3, 'Business', 'business', 'price_1Ma8lBJv5XbT3oF2Zx7KcP4d', 2900, 29000, NULL, 100, 250, '{"guests": true, "time_tracking": true, "webhooks": true, "audit_log_days": 365}', true, '2021-02-22 14:10:00', '2023-06-01 10:22:13'),
  (4, 'Enterprise', 'enterprise', 'price_1Mb2TnJv5XbT3oF2rE8uVm0a', 5900, 59000, NULL, NULL, 1000, '{"guests": true, "time_tracking": true, "webhooks": true, "sso": true, "audit_log_days": 730}', true, '2021-02-22 14:10:00', '2023-06-01 10:22:13'),
  (5, 'Team (legacy)', 'team-2021', 'price_1IhQ2sJv5XbT3oF2n3TzLwYk', 900, 9000, 50, 25, 50, '{"guests": true, "time_tracking": false, "webhooks": true, "audit_log_days": 90}', false, '2021-02-22 14:10:00', '2022-11-15 16:03:40');

INSERT INTO public.users (
    id, email, encrypted_password, reset_password_token, reset_password_sent_at, remember_created_at,
    sign_in_count, current_sign_in_at, last_sign_in_at, current_sign_in_ip, last_sign_in_ip,
    confirmation_token, confirmed_at, confirmation_sent_at, unconfirmed_email,
    failed_attempts, unlock_token, locked_at,
    invitation_token, invitation_created_at, invitation_sent_at, invitation_accepted_at, invitation_limit,
    invited_by_type, invited_by_id, invitations_count,
    otp_secret, consumed_timestep, otp_required_for_login, otp_backup_codes,
    first_name, last_name, username, phone, job_title, birthday, time_zone, locale, admin, preferences,
    discarded_at, created_at, updated_at)
SELECT
    g,
    CASE WHEN rn = 1 THEN base_email ELSE replace(base_email, '@', rn || '@') END,
    '$2a$12$' || substr(translate(encode(decode(md5('pw' || g) || md5('salt' || g) || md5('bc' || g), 'hex'), 'base64'), E'+\n', '.'), 1, 53),
    CASE WHEN g % 23 = 0 THEN encode(sha256(('reset-' || g)::bytea), 'hex') END,
    CASE WHEN g % 23 = 0 THEN timestamp '2024-04-02 07:15:00' + g * interval '43 minutes' END,
    CASE WHEN g % 3 = 0 THEN timestamp '2024-05-20 08:00:00' + g * interval '17 minutes 13 seconds' END,
    sign_ins,
    CASE WHEN sign_ins > 0 THEN timestamp '2024-05-01 08:30:00' + (g * 17 % 1000) * interval '61 minutes' END,
    CASE WHEN sign_ins > 1 THEN timestamp '2024-05-01 08:30:00' + (g * 17 % 1000) * interval '61 minutes' - (g % 30 + 1) * interval '1 day 2 hours' END,
    CASE WHEN sign_ins > 0 THEN ip_now END,
    CASE WHEN sign_ins > 1 THEN CASE WHEN g % 4 = 0 THEN ip_prev ELSE ip_now END END,
    substr(translate(encode(decode(md5('confirm' || g) || md5('c2' || g), 'hex'), 'base64'), E'+/=\n', '-_'), 1, 20),
    CASE WHEN g % 41 <> 0 THEN created + interval '11 minutes' + (g % 50) * interval '1 minute' END,
    created + interval '4 seconds',
    CASE WHEN g % 53 = 0 THEN lower(fn) || '.' || cl || '@' || (ARRAY['gmail.com','proton.me','fastmail.com','icloud.com'])[1 + g % 4] END,
    CASE WHEN g % 97 = 0 THEN 5 WHEN g % 19 = 0 THEN 1 + g % 4 ELSE 0 END,
    CASE WHEN g % 97 = 0 THEN encode(sha256(('unlock-' || g)::bytea), 'hex') END,
    CASE WHEN g % 97 = 0 THEN timestamp '2024-06-03 22:14:09' + g * interval '7 minutes' END,
    CASE WHEN g > 40 AND g % 31 = 0 THEN encode(sha256(('invite-' || g)::bytea), 'hex') END,
    CASE WHEN g > 40 AND g % 4 <> 1 THEN created - interval '2 minutes' END,
    CASE WHEN g > 40 AND g % 4 <> 1 THEN created - interval '2 minutes' END,
    CASE WHEN g > 40 AND g % 4 <> 1 AND g % 31 <> 0 THEN created + interval '3 hours 12 minutes' + (g % 40) * interval '1 hour' END,
    NULL,
    CASE WHEN g > 40 AND g % 4 <> 1 THEN 'User' END,
    CASE WHEN g > 40 AND g % 4 <> 1 THEN a END,
    CASE WHEN g <= 40 THEN 3 + g % 9 ELSE 0 END,
    CASE WHEN g % 5 = 0 THEN (SELECT string_agg(substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 1 + get_byte(sha256(('otp' || g)::bytea), i) % 32, 1), '' ORDER BY i) FROM generate_series(0, 31) i) END,
    CASE WHEN g % 5 = 0 THEN 57140000 + g * 1013 END,
    g % 5 = 0,
    CASE WHEN g % 5 = 0 THEN (SELECT array_agg(substr(md5('backup-' || g || '-' || i), 1, 10) ORDER BY i) FROM generate_series(1, 10) i)::character varying[] END,
    fn,
    ln,
    CASE WHEN urn = 1 THEN base_username ELSE base_username || urn END,
    CASE WHEN g % 2 = 0 THEN
      CASE g % 12
        WHEN 0 THEN '+1 (' || ac || ') 555-01' || lpad((g % 100)::text, 2, '0')
        WHEN 2 THEN ac || '-' || (201 + g * 7 % 790) || '-' || lpad((g * 37 % 10000)::text, 4, '0')
        WHEN 4 THEN '(' || ac || ') ' || (201 + g * 13 % 790) || '-' || lpad((g * 53 % 10000)::text, 4, '0')
        WHEN 6 THEN '+1 ' || ac || ' ' || (201 + g * 11 % 790) || ' ' || lpad((g * 71 % 10000)::text, 4, '0')
        WHEN 8 THEN '+44 7' || (700 + g % 300) || ' ' || lpad((g * 7919 % 1000000)::text, 6, '0')
        ELSE '+44 20 7946 0' || lpad((g % 1000)::text, 3, '0')
      END
    END,
    CASE WHEN g % 7 <> 3 THEN (ARRAY['Product Manager','Software Engineer','Senior Software Engineer','Designer','Marketing Manager','Account Executive','Operations Lead','Founder & CEO','Project Coordinator','QA Engineer','Content Strategist','Engineering Manager','Customer Success Manager','Data Analyst','Head of Marketing','Frontend Developer','Art Director','Office Manager','CTO','Freelance Consultant'])[1 + g * 3 % 20] END,
    CASE WHEN g % 3 = 0 THEN date '1962-01-01' + ((g * 7919) % 14600) END,
    (ARRAY['Eastern Time (US & Canada)','Pacific Time (US & Canada)','Central Time (US & Canada)','Mountain Time (US & Canada)','London','Dublin','Amsterdam','Sydney','UTC','Eastern Time (US & Canada)'])[1 + g % 10],
    (ARRAY['en','en','en','en-GB','es','fr','de','en','pt-BR','en'])[1 + g * 7 % 10],
    g IN (1, 2, 3),
    jsonb_build_object('theme', (ARRAY['light','dark','system'])[1 + g % 3], 'email_digest', (ARRAY['daily','weekly','off'])[1 + g % 3], 'week_starts_on', CASE WHEN g % 4 = 0 THEN 0 ELSE 1 END, 'compact_cards', g % 6 = 0),
    CASE WHEN g % 67 = 0 THEN timestamp '2024-04-18 12:00:00' + g * interval '5 hours' END,
    created,
    created + (g % 300) * interval '1 day 3 hours'
FROM (
  SELECT s.*,
         row_number() OVER (PARTITION BY base_email ORDER BY g) AS rn,
         row_number() OVER (PARTITION BY base_username ORDER BY g) AS urn
  FROM (
    SELECT g, n.fn, n.ln, m.cl, m.a, m.created, m.sign_ins, m.ac, m.ip_now, m.ip_prev,
      CASE g % 10
        WHEN 0 THEN lower(n.fn) || '.' || m.cl || (g * 7 % 90 + 10) || '@gmail.com'
        WHEN 1 THEN lower(n.fn) || m.cl || (g % 30 + 70) || '@yahoo.com'
        WHEN 2 THEN lower(left(n.fn, 1)) || m.cl || '@outlook.com'
        WHEN 3 THEN lower(n.fn) || '.' || m.cl || '@icloud.com'
        WHEN 4 THEN lower(n.fn) || '_' || m.cl || (g % 30 + 1) || '@hotmail.com'
        WHEN 8 THEN lower(left(n.fn, 1)) || m.cl || '@' || m.dom
        WHEN 9 THEN lower(n.fn) || '@' || m.dom
        ELSE lower(n.fn) || '.' || m.cl || '@' || m.dom
      END AS base_email,
      CASE g % 3
        WHEN 0 THEN lower(n.fn) || m.cl
        WHEN 1 THEN lower(left(n.fn, 1)) || m.cl
        ELSE lower(n.fn) || '.' || lower(left(n.ln, 1))
      END AS base_username
    FROM generate_series(1, 600) g
    CROSS JOIN LATERAL (
      SELECT (ARRAY['Olivia','Liam','Emma','Noah','Ava','Ethan','Sophia','Mason','Isabella','Lucas','Mia','Aiden','Harper','Elijah','Amelia','James','Evelyn','Benjamin','Abigail','Logan','Emily','Jackson','Ella','Sebastian','Madison','Mateo','Scarlett','Daniel','Grace','Henry','Chloe','Owen','Priya','Wyatt','Aaliyah','Diego','Hannah','Caleb','Zoe','Julian','Nora','Isaac','Layla','Marcus','Riley','Connor','Maya','Gabriel','Leah','Andre'])[1 + (g * 7) % 50] AS fn,
             (ARRAY['Martin','Johnson','Williams','Brown','Garcia','Miller','Davis','Rodriguez','Martinez','Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson','Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores','Green','Adams','Nelson','Baker','Hall','Rivera','Campbell','Mitchell','Carter','Roberts','Patel','O''Brien','Kowalski','Okafor'])[1 + (g * 11 + g / 50) % 52] AS ln
    ) n
    CROSS JOIN LATERAL (
      SELECT lower(regexp_replace(n.ln, '[^A-Za-z]', '', 'g')) AS cl,
             ((g - 1) % 40) + 1 AS a,
             (ARRAY['northwindlabs.com','brightline.studio','harborandfinch.com','bluebirdanalytics.io','copperleafmarketing.com','summitridgebuild.com','pixelorchard.co','lumenhealth.org','redwoodlegal.com','atlaslogistics.net','fableandco.com','greenwayarchitects.com','kestrelsoftware.io','maplestreetbakery.com','ironcladsec.com','juniperevents.co','oakhavenrealty.com','polarbearmedia.tv','quarrycreative.com','riverstonecap.com','saltwatersurf.co','tandemrobotics.ai','unionsquaredental.com','vantagepointconsulting.com','wildflowerfund.org','yellowtailgames.com','zephyrtravel.co.uk','beaconedu.org','cobaltcloud.io','driftwoodinteriors.com','evergreenlandscaping.com','foxglovepress.co.uk','granitepeakeng.com','hollowtreecoffee.com','indigofinance.io','jetstreamaviation.com','keystonemfg.com','lighthousealliance.org','meridianbio.com','nimbusdata.io'])[((g - 1) % 40) + 1] AS dom,
             timestamp '2021-03-01 09:12:31' + g * interval '29 hours 7 minutes 13 seconds' AS created,
             CASE WHEN g > 40 AND g % 31 = 0 THEN 0 ELSE (g * 37) % 400 + 1 END AS sign_ins,
             (ARRAY['415','212','646','312','617','206','512','303','404','305','213','503','702','919','615','480'])[1 + g % 16] AS ac,
             CASE WHEN g % 9 = 0
               THEN ('2601:' || to_hex(640 + g % 60) || ':' || to_hex(32768 + g * 131 % 32767) || ':' || to_hex(g * 17 % 65535) || '::' || to_hex(g * 29 % 65535 + 1))::inet
               ELSE ((ARRAY['73.162','24.18','98.207','68.134','104.28','172.58','71.190','99.65','86.14','81.107','92.40','108.41','174.63','50.78','67.180','76.102'])[1 + g % 16] || '.' || (g * 37 % 254 + 1) || '.' || (g * 91 % 254 + 1))::inet
             END AS ip_now,
             ((ARRAY['73.162','24.18','98.207','68.134','104.28','172.58','71.190','99.65','86.14','81.107','92.40','108.41','174.63','50.78','67.180','76.102'])[1 + (g + 5) % 16] || '.' || (g * 53 % 254 + 1) || '.' || (g * 29 % 254 + 1))::inet AS ip_prev
    ) m
  ) s
) u
ORDER BY g;

INSERT INTO public.accounts (id, name, subdomain, plan_id, owner_id, stripe_customer_id, stripe_subscription_id, subscription_status, seats_count, time_zone, allowed_ip_ranges, settings, trial_ends_at, discarded_at, created_at, updated_at)
SELECT g,
  (ARRAY['Northwind Labs','Brightline Studio','Harbor & Finch','Bluebird Analytics','Copperleaf Marketing','Summit Ridge Construction','Pixel Orchard','Lumen Health','Redwood Legal Group','Atlas Logistics','Fable & Co','Greenway Architects','Kestrel Software','Maple Street Bakery','Ironclad Security','Juniper Events','Oakhaven Realty','Polar Bear Media','Quarry Creative','Riverstone Capital','Saltwater Surf Co','Tandem Robotics','Union Square Dental','Vantage Point Consulting','Wildflower Fund','Yellowtail Games','Zephyr Travel','Beacon Education','Cobalt Cloud','Driftwood Interiors','Evergreen Landscaping','Foxglove Press','Granite Peak Engineering','Hollow Tree Coffee','Indigo Finance','Jetstream Aviation','Keystone Manufacturing','Lighthouse Alliance','Meridian Bio','Nimbus Data'])[g],
  (ARRAY['northwind','brightline','harborandfinch','bluebird','copperleaf','summitridge','pixelorchard','lumenhealth','redwoodlegal','atlas-logistics','fableandco','greenway','kestrel','maplestreet','ironclad','juniper-events','oakhaven','polarbear','quarry','riverstone','saltwater','tandem','usdental','vantagepoint','wildflower','yellowtail','zephyr','beacon-edu','cobalt','driftwood','evergreen-ls','foxglove','granitepeak','hollowtree','indigo','jetstream','keystone-mfg','lighthouse','meridian','nimbus'])[g],
  p.plan_id,
  g,
  CASE WHEN p.plan_id <> 1 THEN 'cus_' || substr(translate(encode(sha256(('cus' || g)::bytea), 'base64'), E'+/=\n', 'Qz'), 1, 14) END,
  CASE WHEN p.plan_id <> 1 THEN 'sub_1' || substr(translate(encode(sha256(('sub' || g)::bytea), 'base64'), E'+/=\n', 'Kp'), 1, 23) END,
  CASE WHEN p.plan_id = 1 THEN NULL WHEN g % 13 = 0 THEN 'past_due' WHEN g % 17 = 0 THEN 'canceled' WHEN g % 11 = 0 THEN 'trialing' ELSE 'active' END,
  CASE WHEN p.plan_id = 1 THEN 1 + g % 5 ELSE 5 + (g * 7) % 60 END,
  (ARRAY['Eastern Time (US & Canada)','Pacific Time (US & Canada)','Central Time (US & Canada)','London','Eastern Time (US & Canada)','Mountain Time (US & Canada)','Sydney','Dublin'])[1 + g % 8],
  CASE WHEN p.plan_id = 4 THEN ARRAY[('38.' || (100 + g) || '.' || (g * 7 % 250) || '.0/24')::inet, ('64.' || (20 + g) || '.112.0/22')::inet] END,
  jsonb_build_object('default_board_view', (ARRAY['kanban','list','kanban','calendar'])[1 + g % 4], 'week_start', CASE WHEN g % 3 = 0 THEN 'sunday' ELSE 'monday' END, 'require_2fa', p.plan_id = 4, 'allow_guests', p.plan_id <> 1, 'card_prefix', upper(left((ARRAY['northwind','brightline','harbor','bluebird','copperleaf','summit','pixel','lumen','redwood','atlas','fable','greenway','kestrel','maple','ironclad','juniper','oakhaven','polar','quarry','riverstone','saltwater','tandem','union','vantage','wildflower','yellowtail','zephyr','beacon','cobalt','driftwood','evergreen','foxglove','granite','hollow','indigo','jetstream','keystone','lighthouse','meridian','nimbus'])[g], 3))),
  u.created_at + interval '14 days',
  CASE WHEN g = 34 THEN timestamp '2024-02-29 17:45:12' END,
  u.created_at + interval '3 minutes 12 seconds',
  u.created_at + interval '3 minutes 12 seconds' + (g * 13) * interval '1 day'
FROM generate_series(1, 40) g
JOIN public.users u ON u.id = g
CROSS JOIN LATERAL (SELECT CASE WHEN g % 7 = 0 THEN 1 WHEN g % 5 = 0 THEN 4 WHEN g % 19 = 0 THEN 5 WHEN g % 2 = 0 THEN 3 ELSE 2 END::bigint AS plan_id) p;

INSERT INTO public.billing_profiles (id, account_id, company_name, contact_name, email, phone, address_line1, address_line2, city, state, postal_code, country_code, tax_id, card_brand, card_last4, card_exp_month, card_exp_year, created_at, updated_at)
SELECT row_number() OVER (ORDER BY a.id),
  a.id,
  CASE WHEN a.id % 9 = 4 THEN u.first_name || ' ' || u.last_name || ' Consulting'
       WHEN a.id % 3 = 0 THEN a.name || ' LLC'
       WHEN a.id % 3 = 1 THEN a.name || CASE WHEN loc.country = 'GB' THEN ' Ltd' ELSE ', Inc.' END
       ELSE a.name END,
  u.first_name || ' ' || u.last_name,
  CASE WHEN a.id % 4 = 0 AND split_part(u.email, '@', 2) NOT IN ('gmail.com','yahoo.com','outlook.com','icloud.com','hotmail.com') THEN (ARRAY['billing@','accounts@','finance@'])[1 + a.id % 3] || split_part(u.email, '@', 2) ELSE u.email END,
  CASE WHEN a.id % 5 <> 2 THEN
    CASE WHEN loc.country = 'GB' THEN '+44 20 ' || (7100 + a.id * 37 % 800) || ' ' || lpad((a.id * 613 % 10000)::text, 4, '0')
         WHEN loc.country = 'IE' THEN '+353 1 ' || (600 + a.id * 7 % 300) || ' ' || lpad((a.id * 97 % 10000)::text, 4, '0')
         WHEN loc.country = 'AU' THEN '+61 2 ' || (8000 + a.id * 31 % 1999) || ' ' || lpad((a.id * 211 % 10000)::text, 4, '0')
         WHEN a.id % 2 = 0 THEN '(' || loc.ac || ') ' || (230 + a.id * 17 % 700) || '-' || lpad((a.id * 389 % 10000)::text, 4, '0')
         ELSE '+1 ' || loc.ac || '-' || (230 + a.id * 19 % 700) || '-' || lpad((a.id * 433 % 10000)::text, 4, '0') END
  END,
  CASE WHEN loc.country IN ('GB', 'IE') THEN (1 + a.id * 7 % 180)::text || CASE WHEN a.id % 3 = 0 THEN 'B' ELSE '' END || ' ' || loc.street
       WHEN loc.country = 'AU' THEN 'Level ' || (2 + a.id % 20) || ', ' || (100 + a.id * 3) || ' ' || loc.street
       ELSE (100 + a.id * 37 % 2900)::text || ' ' || loc.street END,
  CASE WHEN loc.country IN ('GB', 'IE') AND a.id % 2 = 0 THEN 'Flat ' || (1 + a.id % 9)
       WHEN loc.country NOT IN ('GB', 'IE', 'AU') AND a.id % 3 = 0 THEN (ARRAY['Suite 400','Apt 12B','Floor 3','Unit 7','Suite 1210','Apt 5C'])[1 + a.id % 6] END,
  loc.city, loc.state, loc.postal, loc.country,
  CASE WHEN loc.country = 'GB' THEN 'GB' || (100000000 + a.id * 48271 % 899999999)::text
       WHEN loc.country = 'IE' THEN 'IE' || lpad((a.id * 7919 % 10000000)::text, 7, '0') || 'W'
       WHEN loc.country = 'AU' THEN lpad((51824753556 + a.id * 1000003)::text, 11, '0')
       WHEN loc.country = 'US' AND a.id % 4 = 1 THEN lpad((a.id * 17 % 90 + 10)::text, 2, '0') || '-' || lpad((a.id * 104729 % 10000000)::text, 7, '0') END,
  (ARRAY['visa','mastercard','amex','visa','visa','mastercard'])[1 + a.id % 6],
  lpad((a.id * 7703 % 10000)::text, 4, '0'),
  (1 + a.id * 5 % 12)::smallint,
  (2025 + a.id % 5)::smallint,
  a.created_at + interval '20 minutes',
  a.updated_at
FROM public.accounts a
JOIN public.users u ON u.id = a.owner_id
CROSS JOIN LATERAL (
  SELECT (ARRAY['Market Street','Valencia Street','Broadway','West 26th Street','North Wells Street','Boylston Street','Pike Street','Congress Avenue','Larimer Street','Peachtree Street NE','Collins Avenue','Abbot Kinney Boulevard','SE Hawthorne Boulevard','Evergreen Terrace','Baker Street','Shoreditch High Street','Deansgate','Queen Street West','Grafton Street','George Street','Maple Avenue','Harvard Street','Church Street','Lakeshore Avenue'])[i] AS street,
         (ARRAY['San Francisco','San Francisco','New York','New York','Chicago','Boston','Seattle','Austin','Denver','Atlanta','Miami Beach','Los Angeles','Portland','Springfield','London','London','Manchester','Toronto','Dublin','Sydney','Evanston','Brookline','Nashville','Oakland'])[i] AS city,
         (ARRAY['CA','CA','NY','NY','IL','MA','WA','TX','CO','GA','FL','CA','OR','OR',NULL,NULL,NULL,'ON',NULL,'NSW','IL','MA','TN','CA'])[i] AS state,
         (ARRAY['94103','94110','10012','10001','60610','02116','98101','78701','80205','30308','33139','90291','97214','97477','NW1 6XE','E1 6JE','M3 4LQ','M5V 2A4','D02 VF25','2000','60201','02445','37203','94610'])[i] AS postal,
         (ARRAY['US','US','US','US','US','US','US','US','US','US','US','US','US','US','GB','GB','GB','CA','IE','AU','US','US','US','US'])[i] AS country,
         (ARRAY['415','415','212','646','312','617','206','512','303','404','305','310','503','541','20','20','161','416','1','2','847','617','615','510'])[i] AS ac
  FROM (SELECT 1 + (a.id * 5) % 24 AS i) x
) loc
WHERE a.plan_id <> 1;

INSERT INTO public.memberships (id, account_id, user_id, role, invited_by_id, last_accessed_at, created_at, updated_at)
SELECT g, ((g - 1) % 40) + 1, g,
  CASE WHEN g <= 40 THEN 'owner' WHEN g % 9 = 0 THEN 'admin' WHEN g % 17 = 0 THEN 'guest' ELSE 'member' END::public.membership_role,
  CASE WHEN g > 40 AND g % 4 <> 1 THEN ((g - 1) % 40) + 1 END,
  CASE WHEN u.sign_in_count > 0 THEN u.current_sign_in_at + interval '40 seconds' END,
  u.created_at + interval '1 second',
  u.created_at + interval '1 second' + (g % 90) * interval '1 day'
FROM generate_series(1, 600) g
JOIN public.users u ON u.id = g;

INSERT INTO public.memberships (id, account_id, user_id, role, invited_by_id, last_accessed_at, created_at, updated_at)
SELECT 600 + k, ((5 * k - 1 + 7) % 40) + 1, 5 * k,
  CASE WHEN k % 3 = 0 THEN 'guest' ELSE 'member' END::public.membership_role,
  ((5 * k - 1 + 7) % 40) + 1,
  CASE WHEN k % 4 <> 0 THEN timestamp '2024-04-01 10:00:00' + k * interval '9 hours 11 minutes' END,
  timestamp '2023-03-10 15:20:00' + k * interval '2 days 3 hours',
  timestamp '2023-03-10 15:20:00' + k * interval '2 days 3 hours' + interval '6 days'
FROM generate_series(1, 120) k;

INSERT INTO public.identities (id, user_id, provider, uid, email, access_token, refresh_token, expires_at, auth_data, created_at, updated_at)
SELECT g, u.id, pr.provider,
  CASE pr.provider
    WHEN 'google_oauth2' THEN '10' || lpad((g * 7919 % 1000000000)::text, 9, '0') || lpad((g::bigint * 104729 % 10000000000)::text, 10, '0')
    WHEN 'github' THEN (1000000 + g * 48271 % 90000000)::text
    WHEN 'microsoft_graph' THEN md5('ms-oid-' || g)::uuid::text
    ELSE 'U0' || upper(substr(md5('slack-' || g), 1, 9))
  END,
  CASE WHEN pr.provider = 'github' AND g % 2 = 0 THEN lower(u.first_name) || lower(left(u.last_name, 1)) || (g % 90 + 10) || '@gmail.com' ELSE u.email END,
  CASE pr.provider
    WHEN 'google_oauth2' THEN 'ya29.a0Ad52N' || substr(translate(encode(sha512(('gat' || g)::bytea) || sha512(('gat2' || g)::bytea), 'base64'), E'+/=\n', '-_'), 1, 150)
    WHEN 'github' THEN 'gho_' || substr(translate(encode(sha256(('gh' || g)::bytea), 'base64'), E'+/=\n', 'Xk'), 1, 36)
    WHEN 'microsoft_graph' THEN 'eyJ0eXAiOiJKV1QiLCJub25jZSI6Ik' || substr(translate(encode(sha512(('msat' || g)::bytea) || sha512(('msat2' || g)::bytea), 'base64'), E'+/=\n', '-_'), 1, 120) || '.' || substr(translate(encode(sha512(('mssig' || g)::bytea), 'base64'), E'+/=\n', '-_'), 1, 43)
    ELSE 'xoxp-' || (2100000000 + g * 7919) || '-' || (4400000000::bigint + g * 104729) || '-' || (6100000000::bigint + g::bigint * 15485863) || '-' || md5('slk' || g)
  END,
  CASE pr.provider
    WHEN 'google_oauth2' THEN '1//0' || substr(translate(encode(sha512(('grt' || g)::bytea), 'base64'), E'+/=\n', '-_'), 1, 99)
    WHEN 'microsoft_graph' THEN '0.AXoA' || substr(translate(encode(sha512(('msrt' || g)::bytea) || sha512(('msrt2' || g)::bytea), 'base64'), E'+/=\n', '-_'), 1, 140)
  END,
  CASE WHEN pr.provider IN ('google_oauth2', 'microsoft_graph') THEN timestamp '2024-06-01 09:00:00' + g * interval '3 hours 7 minutes' END,
  jsonb_build_object(
    'provider', pr.provider,
    'info', jsonb_strip_nulls(jsonb_build_object(
      'name', u.first_name || ' ' || u.last_name,
      'email', u.email,
      'first_name', CASE WHEN pr.provider <> 'github' THEN u.first_name END,
      'last_name', CASE WHEN pr.provider <> 'github' THEN u.last_name END,
      'nickname', CASE WHEN pr.provider = 'github' THEN u.username END,
      'image', CASE pr.provider
                 WHEN 'google_oauth2' THEN 'https://lh3.googleusercontent.com/a/ACg8oc' || substr(translate(encode(sha256(('img' || g)::bytea), 'base64'), E'+/=\n', '-_'), 1, 28) || '=s96-c'
                 WHEN 'github' THEN 'https://avatars.githubusercontent.com/u/' || (1000000 + g * 48271 % 90000000) || '?v=4'
               END)),
    'extra', CASE WHEN pr.provider = 'google_oauth2' THEN jsonb_build_object('id_info', jsonb_strip_nulls(jsonb_build_object('email_verified', true, 'hd', CASE WHEN split_part(u.email, '@', 2) NOT IN ('gmail.com','yahoo.com','outlook.com','icloud.com','hotmail.com') THEN split_part(u.email, '@', 2) END, 'locale', u.locale))) ELSE '{}'::jsonb END),
  u.created_at + interval '1 hour' + g * interval '2 minutes',
  u.created_at + interval '1 hour' + g * interval '2 minutes' + (g % 200) * interval '1 day'
FROM generate_series(1, 250) g
JOIN public.users u ON u.id = ((g * 37) % 600) + 1
CROSS JOIN LATERAL (SELECT (ARRAY['google_oauth2','github','microsoft_graph','slack','google_oauth2','github','google_oauth2'])[1 + g % 7] AS provider) pr;

INSERT INTO public.projects (id, account_id, creator_id, name, key, slug, status, color, visibility, starts_on, due_on, budget_cents, budget_currency, progress, uuid, settings, cards_count, archived_at, created_at, updated_at)
SELECT g, a.id, a.id + 40 * (g % 15),
  pn.name, pn.key, pn.slug,
  st.status,
  (ARRAY['#4f46e5','#0ea5e9','#10b981','#f59e0b','#ef4444','#8b5cf6','#ec4899','#14b8a6','#64748b','#84cc16'])[1 + g % 10],
  CASE WHEN g % 6 = 0 THEN 'private' ELSE 'workspace' END,
  CASE WHEN g % 5 <> 0 THEN date '2022-01-10' + (g * 4) END,
  CASE WHEN g % 3 <> 0 THEN date '2022-01-10' + (g * 4) + 30 + (g * 7) % 150 END,
  CASE WHEN g % 4 = 0 THEN ((g * 7919) % 400 + 5) * 10000::bigint END,
  (ARRAY['USD','USD','GBP','USD','EUR','CAD','AUD','USD'])[1 + a.id % 8],
  CASE WHEN st.status = 'completed' THEN 1.0 WHEN st.status = 'planned' THEN 0.0 ELSE round(((g * 37) % 100) / 100.0, 2) END,
  md5('project-' || g)::uuid,
  jsonb_build_object('card_numbering', true, 'default_view', (ARRAY['board','list','timeline'])[1 + g % 3], 'time_tracking', g % 2 = 0, 'due_date_reminders', (ARRAY['1_day','2_days','off'])[1 + g % 3]),
  0,
  CASE WHEN st.status IN ('completed', 'cancelled') AND g % 2 = 0 THEN date '2024-01-15' + g END,
  a.created_at + (g / 40) * interval '41 days' + (g % 40) * interval '3 hours',
  a.created_at + (g / 40) * interval '41 days' + (g % 40) * interval '3 hours' + (g % 120) * interval '1 day'
FROM generate_series(1, 200) g
JOIN public.accounts a ON a.id = ((g - 1) % 40) + 1
CROSS JOIN LATERAL (
  SELECT (ARRAY['Website Redesign','Q3 Marketing Campaign','Mobile App v2','Customer Onboarding','Office Move','Brand Refresh','Data Warehouse Migration','Hiring Pipeline 2024','SOC 2 Readiness','Product Launch: Atlas','Spring Newsletter','Public API v3','Holiday Campaign','Annual Report 2023','CRM Cleanup','Podcast Season 2','Trade Show Prep','Partner Portal','Billing Revamp','Inventory Audit','Employee Handbook','Help Center Overhaul','Analytics Dashboard','Vendor Onboarding','Client Retainer: Q4'])[x.i] AS name,
         (ARRAY['WEB','MKT','APP','ONB','OFF','BRD','DWH','HIR','SOC','ATL','NEWS','API','HOL','AR23','CRM','POD','SHOW','PRT','BILL','INV','HBK','HELP','DASH','VEN','RET'])[x.i] AS key,
         (ARRAY['website-redesign','q3-marketing-campaign','mobile-app-v2','customer-onboarding','office-move','brand-refresh','data-warehouse-migration','hiring-pipeline-2024','soc-2-readiness','product-launch-atlas','spring-newsletter','public-api-v3','holiday-campaign','annual-report-2023','crm-cleanup','podcast-season-2','trade-show-prep','partner-portal','billing-revamp','inventory-audit','employee-handbook','help-center-overhaul','analytics-dashboard','vendor-onboarding','client-retainer-q4'])[x.i] AS slug
  FROM (SELECT 1 + (3 * (((g - 1) % 40) + 1) + 2 * ((g - 1) / 40)) % 25 AS i) x
) pn
CROSS JOIN LATERAL (SELECT (ARRAY['active','active','completed','active','planned','on_hold','active','cancelled','active','completed'])[1 + g % 10]::public.project_status AS status) st;

INSERT INTO public.project_members (id, project_id, user_id, role, starred, created_at, updated_at)
SELECT (p.id - 1) * 5 + j + 1, p.id, p.account_id + 40 * ((p.id + j * 3) % 15),
  CASE WHEN j = 0 THEN 'owner' WHEN (p.id + j) % 4 = 0 THEN 'viewer' ELSE 'editor' END,
  (p.id + j) % 3 = 0,
  p.created_at + j * interval '1 day 2 hours',
  p.created_at + j * interval '1 day 2 hours' + interval '5 minutes'
FROM public.projects p
CROSS JOIN generate_series(0, 4) j;

INSERT INTO public.boards (id, project_id, name, position, view_mode, "default", created_at, updated_at)
SELECT g, p.id,
  CASE WHEN g <= 200 THEN (ARRAY['Main board','Sprint board','Kanban','Tasks','Work in progress'])[1 + g % 5] ELSE (ARRAY['Backlog','Roadmap','Bugs','Content calendar'])[1 + g % 4] END,
  CASE WHEN g <= 200 THEN 0 ELSE 1 END,
  CASE WHEN g <= 200 THEN 'kanban' ELSE (ARRAY['list','calendar','kanban'])[1 + g % 3] END,
  g <= 200,
  p.created_at + CASE WHEN g <= 200 THEN interval '1 second' ELSE interval '12 days' END,
  p.created_at + CASE WHEN g <= 200 THEN interval '1 second' ELSE interval '12 days' END + (g % 30) * interval '1 day'
FROM generate_series(1, 260) g
JOIN public.projects p ON p.id = ((g - 1) % 200) + 1;

INSERT INTO public.lists (id, board_id, name, position, wip_limit, archived_at, created_at, updated_at)
SELECT g, b.id,
  (ARRAY['To Do','In Progress','Review','Done'])[1 + (g - 1) % 4],
  (g - 1) % 4,
  CASE WHEN (g - 1) % 4 = 1 AND g % 3 = 0 THEN 3 + g % 5 END,
  NULL,
  b.created_at + interval '2 seconds',
  b.created_at + interval '2 seconds'
FROM generate_series(1, 1040) g
JOIN public.boards b ON b.id = ((g - 1) / 4) + 1;

INSERT INTO public.cards (id, board_id, list_id, project_id, creator_id, parent_id, number, title, position, priority, estimate, due_at, started_at, completed_at, cover_color, comments_count, archived_at, created_at, updated_at)
SELECT g, l.board_id, l.id, p.id, p.account_id + 40 * (g % 15),
  CASE WHEN g > 1040 AND g % 5 = 0 THEN g - 1040 END,
  row_number() OVER (PARTITION BY p.id ORDER BY g),
  (ARRAY['Update pricing page copy','Fix login redirect loop on Safari','Design new onboarding checklist','Write Q3 blog post outline','Set up staging environment','Migrate images to CDN','Review vendor contract','Prepare investor update deck','Add CSV export to reports','Audit accessibility on checkout','Refactor notification service','Plan team offsite agenda','Create social media calendar','Draft press release','Update privacy policy','Fix broken links in footer','Implement dark mode','Research competitor pricing','Order new laptops','Schedule user interviews','Optimize homepage load time','Translate help center to Spanish','Set up SSO with Okta','Clean up unused feature flags','Write API docs for webhooks','Create invoice template','Reconcile March expenses','Prepare booth materials','Record product demo video','Update employee handbook','Review pull request backlog','Upgrade to Rails 7.1','Fix timezone bug in due dates','Define OKRs for next quarter','Collect customer testimonials','Replace hero illustration','Configure Sentry alerts','Shortlist designer candidates','Renew SSL certificate','Archive old Slack channels'])[1 + (g * 7) % 40],
  65536.0 * (1 + (g - 1) / 1040) + CASE WHEN g % 7 = 0 THEN 32768.0 ELSE 0 END,
  (ARRAY['none','low','medium','medium','high','none','urgent','low'])[1 + g % 8]::public.card_priority,
  CASE WHEN g % 4 <> 0 THEN (ARRAY[0.5, 1, 2, 3, 5, 8, 13, 3])[1 + g % 8] END,
  CASE WHEN g % 5 IN (1, 3) THEN timestamptz '2024-02-01 17:00:00+00' + (g * 11 % 180) * interval '1 day' END,
  CASE WHEN l.position >= 1 THEN p.created_at + interval '2 days' + (g % 60) * interval '5 hours' END,
  CASE WHEN l.position = 3 THEN p.created_at + interval '5 days' + (g % 60) * interval '9 hours' END,
  CASE WHEN g % 11 = 0 THEN (ARRAY['#f59e0b','#10b981','#ef4444','#0ea5e9'])[1 + g % 4] END,
  0,
  CASE WHEN l.position = 3 AND g % 6 = 0 THEN p.created_at + interval '40 days' + (g % 60) * interval '9 hours' END,
  p.created_at + interval '1 day' + (g % 60) * interval '3 hours 20 minutes',
  p.created_at + interval '1 day' + (g % 60) * interval '3 hours 20 minutes' + (g % 45) * interval '1 day'
FROM generate_series(1, 2000) g
JOIN public.lists l ON l.id = ((g - 1) % 1040) + 1
JOIN public.boards b ON b.id = l.board_id
JOIN public.projects p ON p.id = b.project_id
ORDER BY g;

INSERT INTO public.labels (id, account_id, name, color, created_at, updated_at)
SELECT g, a.id,
  (ARRAY['Bug','Feature','Design','Urgent','Blocked','Documentation'])[1 + (g - 1) % 6],
  (ARRAY['#ef4444','#10b981','#8b5cf6','#f97316','#64748b','#0ea5e9'])[1 + (g - 1) % 6],
  a.created_at + interval '10 minutes',
  a.created_at + interval '10 minutes'
FROM generate_series(1, 240) g
JOIN public.accounts a ON a.id = ((g - 1) / 6) + 1;

INSERT INTO public.cards_labels (card_id, label_id)
SELECT c.id, (p.account_id - 1) * 6 + 1 + (c.id + j * 2) % 6
FROM public.cards c
JOIN public.projects p ON p.id = c.project_id
CROSS JOIN generate_series(0, 1) j
WHERE (j = 0 AND c.id % 5 <> 0) OR (j = 1 AND c.id % 6 = 0);

INSERT INTO public.card_assignments (id, card_id, user_id, assigned_by_id, created_at, updated_at)
SELECT row_number() OVER (ORDER BY c.id, j), c.id, p.account_id + 40 * ((c.id + 5 * j) % 15),
  CASE WHEN c.id % 8 <> 0 THEN c.creator_id END,
  c.created_at + interval '25 minutes' + j * interval '2 days',
  c.created_at + interval '25 minutes' + j * interval '2 days'
FROM public.cards c
JOIN public.projects p ON p.id = c.project_id
CROSS JOIN generate_series(0, 1) j
WHERE (j = 0 AND c.id % 3 <> 0) OR (j = 1 AND c.id % 4 = 0);

INSERT INTO public.checklist_items (id, card_id, title, completed, completed_at, completed_by_id, position, created_at, updated_at)
SELECT g, c.id,
  (ARRAY['Draft','Get feedback','Finalize','Write tests','Update docs','Deploy to staging','QA sign-off','Announce in #general','Send to client','Create ticket in Jira','Check analytics','Update changelog'])[1 + (g * 5) % 12],
  ck.done,
  CASE WHEN ck.done THEN c.created_at + interval '3 days' + (g % 20) * interval '2 hours' END,
  CASE WHEN ck.done THEN p.account_id + 40 * ((g * 7) % 15) END,
  (g - 1) % 3,
  c.created_at + interval '15 minutes',
  c.created_at + interval '15 minutes' + CASE WHEN ck.done THEN interval '3 days' + (g % 20) * interval '2 hours' ELSE interval '0' END
FROM generate_series(1, 1200) g
JOIN public.cards c ON c.id = ((g - 1) / 3) * 5 + 1
JOIN public.projects p ON p.id = c.project_id
CROSS JOIN LATERAL (SELECT (g % 3 <> 0 OR c.completed_at IS NOT NULL) AS done) ck;

INSERT INTO public.comments (id, commentable_type, commentable_id, user_id, parent_id, body, edited_at, deleted_at, created_at, updated_at)
SELECT g, t.ctype, t.cid,
  t.account_id + 40 * ((g * 11) % 15),
  CASE WHEN g > 900 AND g % 3 = 0 THEN g - 900 END,
  (ARRAY['Looks good to me, shipping it.',
         'Can we push this to next sprint? Blocked on the API changes.',
         '@Olivia can you take a look before Friday?',
         'I pushed a fix to staging, please verify.',
         'Attached the latest mockups.',
         'This is done on my end, moving to Review.',
         'Talked to Marcus, he will handle the copy.',
         'Client asked for two more revisions, updating the estimate.',
         'Duplicate of the Safari issue, closing.',
         'Need sign-off from legal before we publish.',
         'Reproduced on iOS 17.4, not on Android.',
         'Priya mentioned the budget is capped at $5k for this.',
         'Moved the deadline per the call with Daniel Okafor from Northwind.',
         '+1, this would save us a lot of time.',
         'Can someone share the Figma link?',
         'Waiting on the vendor to send the signed contract.',
         'QA passed. Merging.',
         'Let''s discuss in standup tomorrow.',
         'I''ll be out Thursday and Friday, Hannah is covering.',
         'Updated the checklist with the new requirements.',
         'The export times out for workspaces with more than 10k cards.',
         'Numbers look off, March total should be $12,480.',
         'Great work on this, everyone!',
         'Screenshot attached, see the misaligned button.',
         'Please don''t merge until the migration is reviewed.',
         'Reassigning to Caleb since he owns billing.',
         'Customer reported this again today (ticket #4821).',
         'Done. Also fixed the typo in the header.',
         'What''s the expected behavior when the due date is in the past?',
         'Their contact is sarah.lindqvist@northwindlabs.com, cc her on the final version.',
         'Scheduled for the 3pm review call.'])[1 + (g * 13) % 31],
  CASE WHEN g % 14 = 0 THEN t.created_at + interval '2 days 4 hours' + (g % 9) * interval '1 hour' END,
  CASE WHEN g % 61 = 0 THEN t.created_at + interval '6 days' END,
  t.created_at + interval '1 day' + (g % 900) * interval '13 minutes' + CASE WHEN g > 900 THEN interval '2 days' ELSE interval '0' END,
  t.created_at + interval '1 day' + (g % 900) * interval '13 minutes' + CASE WHEN g > 900 THEN interval '2 days' ELSE interval '0' END
    + CASE WHEN g % 14 = 0 THEN interval '2 days 4 hours' ELSE interval '0' END
FROM generate_series(1, 1800) g
CROSS JOIN LATERAL (
  SELECT 'Card'::text AS ctype, c.id AS cid, p.account_id, c.created_at
  FROM public.cards c JOIN public.projects p ON p.id = c.project_id
  WHERE g % 10 <> 0 AND c.id = ((g - 1) % 900) * 2 + 1
  UNION ALL
  SELECT 'Project'::text, p.id, p.account_id, p.created_at
  FROM public.projects p
  WHERE g % 10 = 0 AND p.id = ((g - 1) % 900) % 200 + 1
) t
ORDER BY g;

UPDATE public.cards c SET comments_count = x.n
FROM (SELECT commentable_id, count(*) AS n FROM public.comments WHERE commentable_type = 'Card' AND deleted_at IS NULL GROUP BY commentable_id) x
WHERE x.commentable_id = c.id;

UPDATE public.projects p SET cards_count = x.n
FROM (SELECT project_id, count(*) AS n FROM public.cards GROUP BY project_id) x
WHERE x.project_id = p.id;

INSERT INTO public.time_entries (id, card_id, user_id, spent_on, duration_minutes, billable, hourly_rate, note, created_at, updated_at)
SELECT g, c.id, p.account_id + 40 * ((g * 4) % 15),
  (c.created_at + (g % 20) * interval '1 day')::date,
  (ARRAY[15, 30, 45, 60, 90, 120, 180, 240, 25, 50])[1 + g % 10],
  g % 4 <> 0,
  CASE WHEN g % 4 <> 0 THEN (ARRAY[85.00, 95.00, 120.00, 150.00, 65.00, 110.00, 175.00, 75.50])[1 + (p.account_id + g) % 8] END,
  CASE WHEN g % 3 <> 0 THEN (ARRAY['Client call','Code review','Pairing with Marcus on export bug','Design iteration','QA pass on staging','Weekly sync with Olivia','Research','Bug fixing','Copy edits after feedback from Grace','Deployment','Workshop prep','Estimating next sprint'])[1 + (g * 7) % 12] END,
  c.created_at + (g % 20) * interval '1 day' + interval '17 hours',
  c.created_at + (g % 20) * interval '1 day' + interval '17 hours'
FROM generate_series(1, 900) g
JOIN public.cards c ON c.id = ((g * 3) % 2000) + 1
JOIN public.projects p ON p.id = c.project_id;

INSERT INTO public.active_storage_blobs (id, key, filename, content_type, metadata, service_name, byte_size, checksum, created_at)
SELECT g,
  (SELECT string_agg(substr('0123456789abcdefghijklmnopqrstuvwxyz', 1 + get_byte(sha256(('blob' || g)::bytea), i) % 36, 1), '' ORDER BY i) FROM generate_series(0, 27) i),
  CASE WHEN g <= 300 THEN (ARRAY['avatar.jpg','IMG_4821.jpeg','profile.png','photo.jpg','headshot.jpg','me.png'])[1 + g % 6]
       WHEN g > 680 THEN (ARRAY['logo.png','logo.svg','company-logo.png','brand-mark.png'])[1 + g % 4]
       ELSE f.filename END,
  CASE WHEN g <= 300 THEN CASE WHEN g % 6 IN (2, 5) THEN 'image/png' ELSE 'image/jpeg' END
       WHEN g > 680 THEN CASE WHEN g % 4 = 1 THEN 'image/svg+xml' ELSE 'image/png' END
       ELSE f.content_type END,
  CASE WHEN g <= 300 OR g > 680 OR f.content_type LIKE 'image/%' THEN '{"identified":true,"width":' || (ARRAY[512, 800, 1024, 400, 1280, 640])[1 + g % 6] || ',"height":' || (ARRAY[512, 800, 768, 400, 720, 640])[1 + g % 6] || ',"analyzed":true}'
       ELSE '{"identified":true,"analyzed":true}' END,
  CASE WHEN g <= 300 THEN 'db' ELSE 'amazon' END,
  CASE WHEN g <= 300 THEN 0 ELSE 4096 + (g::bigint * 104729) % 8000000 END,
  encode(decode(md5('file-' || g), 'hex'), 'base64'),
  CASE WHEN g <= 300 THEN u.created_at + interval '2 days' + (g % 10) * interval '1 hour'
       ELSE timestamp '2022-06-01 10:00:00' + (g - 300) * interval '1 day 19 hours 31 minutes' END
FROM generate_series(1, 700) g
LEFT JOIN public.users u ON u.id = g * 2
CROSS JOIN LATERAL (
  SELECT (ARRAY['Q3-roadmap.pdf','homepage-wireframe-v3.png','brand-guidelines-2024.pdf','Screenshot 2024-03-14 at 10.42.17.png','invoice-template.xlsx','sprint-retro-notes.docx','logo-final-FINAL.svg','error-log.txt','competitor-analysis.pptx','onboarding-flow.png','contract-draft-v2.pdf','budget-2024.xlsx','hero-banner.jpg','meeting-notes.md','export.csv'])[1 + g % 15] AS filename,
         (ARRAY['application/pdf','image/png','application/pdf','image/png','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet','application/vnd.openxmlformats-officedocument.wordprocessingml.document','image/svg+xml','text/plain','application/vnd.openxmlformats-officedocument.presentationml.presentation','image/png','application/pdf','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet','image/jpeg','text/markdown','text/csv'])[1 + g % 15] AS content_type
) f;

INSERT INTO public.active_storage_db_files (id, ref, data, created_at)
SELECT b.id, b.key,
  CASE WHEN b.content_type = 'image/png'
    THEN decode('89504e470d0a1a0a0000000d4948445200000200000002000806000000f478d4fa0000000467414d410000b18f0bfc6105', 'hex')
         || (SELECT string_agg(sha512(('px' || b.id || ':' || i)::bytea), ''::bytea ORDER BY i) FROM generate_series(1, 4 + b.id % 9) i)
         || decode('0000000049454e44ae426082', 'hex')
    ELSE decode('ffd8ffe000104a46494600010101004800480000ffdb0043000806060706050806070709090808', 'hex')
         || (SELECT string_agg(sha512(('px' || b.id || ':' || i)::bytea), ''::bytea ORDER BY i) FROM generate_series(1, 5 + b.id % 11) i)
         || decode('ffd9', 'hex')
  END,
  b.created_at
FROM public.active_storage_blobs b
WHERE b.service_name = 'db';

UPDATE public.active_storage_blobs b
SET byte_size = length(f.data), checksum = encode(decode(md5(f.data), 'hex'), 'base64')
FROM public.active_storage_db_files f
WHERE f.ref = b.key;

INSERT INTO public.active_storage_attachments (id, name, record_type, record_id, blob_id, created_at)
SELECT b.id,
  CASE WHEN b.id <= 300 THEN 'avatar' WHEN b.id > 680 THEN 'logo' ELSE 'files' END,
  CASE WHEN b.id <= 300 THEN 'User' WHEN b.id > 680 THEN 'Account' ELSE 'Card' END,
  CASE WHEN b.id <= 300 THEN b.id * 2 WHEN b.id > 680 THEN b.id - 680 ELSE ((b.id - 301) * 5) % 2000 + 1 END,
  b.id,
  b.created_at + interval '1 second'
FROM public.active_storage_blobs b;

INSERT INTO public.active_storage_variant_records (id, blob_id, variation_digest)
SELECT g, ((g - 1) / 2) + 1, (ARRAY['iOrpCVrLY4CGXZbCJ7o9H3SNk0w=', 'yfLh6KqV2Yyd1+3qNPFpXqZQxRY='])[1 + (g - 1) % 2]
FROM generate_series(1, 300) g;

INSERT INTO public.action_text_rich_texts (id, name, body, record_type, record_id, created_at, updated_at)
SELECT row_number() OVER (ORDER BY r.record_type DESC, r.record_id), 'description', r.body, r.record_type, r.record_id, r.created_at, r.updated_at
FROM (
  SELECT 'Card' AS record_type, c.id AS record_id,
    '<div class="trix-content">' ||
    (ARRAY['<div>Acceptance criteria:<ul><li>Works on mobile</li><li>Matches the Figma spec</li><li>No console errors</li></ul></div>',
           '<div>See the attached spec. Reach out to <strong>' || u.first_name || '</strong> with questions.</div>',
           '<div>Steps to reproduce:<ol><li>Log in with a Safari 17 browser</li><li>Click Dashboard</li><li>Observe the redirect loop</li></ol></div>',
           '<div>Copy from marketing is in the shared drive. Deadline is end of sprint.</div>',
           '<div><action-text-attachment sgid="' || 'eyJfcmFpbHMiOnsiZGF0YSI6ImdpZDovL3Rhc2tsYW5lL1VzZXIv' || translate(encode(convert_to(c.creator_id::text || '?expires_in", "pur":"attachable"}}', 'UTF8'), 'base64'), E'\n=', '') || '--' || substr(md5('sg' || c.id), 1, 40) || '" content-type="application/vnd.tasklane.mention"></action-text-attachment> please review the estimate with the client before we start.</div>',
           '<div>Blocked until the vendor confirms the delivery date.<br><br>Budget: $2,400</div>',
           '<div>Customer feedback summary: users want bulk edit and keyboard shortcuts. Interviewed ' || u.first_name || ' ' || u.last_name || ' from the pilot group.</div>',
           '<div>Checklist below. Link: <a href="https://docs.google.com/document/d/1' || substr(md5('doc' || c.id), 1, 30) || '/edit">spec doc</a></div>'])[1 + c.id % 8]
    || '</div>' AS body,
    c.created_at + interval '30 seconds' AS created_at,
    c.updated_at AS updated_at
  FROM public.cards c
  JOIN public.users u ON u.id = ((c.id * 17) % 600) + 1
  WHERE c.id <= 1200
  UNION ALL
  SELECT 'Project', p.id,
    '<div class="trix-content"><div>' ||
    (ARRAY['Goals for this project: ship on time, stay within budget and keep the client in the loop weekly.',
           'Internal project. Weekly check-ins on Mondays at 10am.',
           'Scope agreed in the kickoff call. Change requests go through the project lead.',
           'Tracking all tasks for the launch. Please keep cards up to date.'])[1 + p.id % 4]
    || '</div></div>',
    p.created_at + interval '1 minute', p.updated_at
  FROM public.projects p
  WHERE p.id % 2 = 1
) r;

INSERT INTO public.notifications (id, recipient_type, recipient_id, type, params, read_at, created_at, updated_at)
SELECT g, 'User', r.id, nt.type,
  CASE nt.type
    WHEN 'CardAssignedNotification' THEN jsonb_build_object('card', jsonb_build_object('_aj_globalid', 'gid://tasklane/Card/' || ((g * 13) % 2000 + 1)), 'assigned_by', jsonb_build_object('_aj_globalid', 'gid://tasklane/User/' || act.id), '_aj_symbol_keys', jsonb_build_array('card', 'assigned_by'))
    WHEN 'CommentMentionNotification' THEN jsonb_build_object('comment', jsonb_build_object('_aj_globalid', 'gid://tasklane/Comment/' || ((g * 7) % 1800 + 1)), 'actor_name', act.first_name || ' ' || act.last_name, 'excerpt', (ARRAY['can you take a look before Friday?','please review the new mockups','is this still blocked?','see my notes on the estimate'])[1 + g % 4], '_aj_symbol_keys', jsonb_build_array('comment'))
    WHEN 'DueDateReminderNotification' THEN jsonb_build_object('card', jsonb_build_object('_aj_globalid', 'gid://tasklane/Card/' || ((g * 13) % 2000 + 1)), 'due_at', to_char(timestamp '2024-02-01 17:00:00' + (g % 180) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '_aj_symbol_keys', jsonb_build_array('card'))
    WHEN 'InvitationAcceptedNotification' THEN jsonb_build_object('invitee_name', act.first_name || ' ' || act.last_name, 'invitee_email', act.email, 'account', jsonb_build_object('_aj_globalid', 'gid://tasklane/Account/' || (((r.id - 1) % 40) + 1)), '_aj_symbol_keys', jsonb_build_array('account'))
    ELSE jsonb_build_object('export_id', 800 + g, 'format', (ARRAY['csv','xlsx','json'])[1 + g % 3], 'rows', (g * 97) % 5000 + 12)
  END,
  CASE WHEN g % 3 <> 0 THEN timestamp '2024-01-01 08:00:00' + g * interval '2 hours 11 minutes' + (g % 48) * interval '1 hour' END,
  timestamp '2024-01-01 08:00:00' + g * interval '2 hours 11 minutes',
  timestamp '2024-01-01 08:00:00' + g * interval '2 hours 11 minutes' + CASE WHEN g % 3 <> 0 THEN (g % 48) * interval '1 hour' ELSE interval '0' END
FROM generate_series(1, 1500) g
JOIN public.users r ON r.id = ((g * 11 - 1) % 600) + 1
JOIN public.users act ON act.id = ((r.id - 1) % 40) + 1 + 40 * ((g * 7) % 15)
CROSS JOIN LATERAL (SELECT (ARRAY['CardAssignedNotification','CommentMentionNotification','DueDateReminderNotification','CommentMentionNotification','InvitationAcceptedNotification','CardAssignedNotification','ExportReadyNotification'])[1 + g % 7] AS type) nt;

INSERT INTO public.audits (id, auditable_id, auditable_type, associated_id, associated_type, user_id, user_type, username, action, audited_changes, version, comment, remote_address, request_uuid, created_at)
SELECT g,
  CASE k WHEN 0 THEN u.id WHEN 5 THEN u.id WHEN 3 THEN m.id WHEN 4 THEN p.id ELSE c.id END,
  CASE k WHEN 0 THEN 'User' WHEN 5 THEN 'User' WHEN 3 THEN 'Membership' WHEN 4 THEN 'Project' ELSE 'Card' END,
  CASE k WHEN 0 THEN NULL WHEN 5 THEN NULL WHEN 3 THEN m.account_id WHEN 4 THEN p.account_id ELSE c.project_id END,
  CASE k WHEN 0 THEN NULL WHEN 5 THEN NULL WHEN 3 THEN 'Account' WHEN 4 THEN 'Account' ELSE 'Project' END,
  CASE WHEN g % 20 = 0 THEN NULL ELSE actor.id END,
  CASE WHEN g % 20 = 0 THEN NULL ELSE 'User' END,
  CASE WHEN g % 20 = 0 THEN actor.username END,
  CASE WHEN k = 1 AND g % 25 = 1 THEN 'destroy' WHEN k = 1 THEN 'create' ELSE 'update' END,
  CASE k
    WHEN 0 THEN jsonb_build_object('email', jsonb_build_array(lower(u.first_name) || '.' || lower(regexp_replace(u.last_name, '[^A-Za-z]', '', 'g')) || '@' || (ARRAY['gmail.com','yahoo.com','aol.com','comcast.net'])[1 + g % 4], u.email))
    WHEN 1 THEN jsonb_build_object('title', c.title, 'list_id', c.list_id, 'board_id', c.board_id, 'project_id', c.project_id, 'creator_id', c.creator_id, 'priority', c.priority, 'position', c.position, 'number', c.number)
    WHEN 2 THEN jsonb_build_object('list_id', jsonb_build_array(c.list_id, c.list_id + 1), 'position', jsonb_build_array(65536.0, c.position))
    WHEN 3 THEN jsonb_build_object('role', jsonb_build_array(CASE WHEN m.role = 'member' THEN 'guest' ELSE 'member' END, m.role))
    WHEN 4 THEN jsonb_build_object('status', jsonb_build_array(CASE WHEN p.status = 'active' THEN 'planned' ELSE 'active' END, p.status), 'due_on', jsonb_build_array(NULL, p.due_on))
    ELSE CASE WHEN g % 2 = 0
      THEN jsonb_build_object('phone', jsonb_build_array(NULL, u.phone), 'job_title', jsonb_build_array('Designer', u.job_title))
      ELSE jsonb_build_object('first_name', jsonb_build_array(left(u.first_name, 3), u.first_name), 'last_name', jsonb_build_array(u.last_name || 's', u.last_name))
    END
  END,
  1 + g % 7,
  CASE WHEN g % 20 = 0 THEN (ARRAY['Changed from admin console','Support ticket #' || (3000 + g), 'Bulk import'])[1 + g % 3] END,
  CASE WHEN g % 9 = 0
    THEN '2600:1700:' || to_hex(g * 131 % 65535) || ':' || to_hex(g * 7 % 65535) || '::' || to_hex(g % 255 + 1)
    ELSE (ARRAY['73.162','24.18','98.207','68.134','104.28','172.58','71.190','99.65','86.14','81.107','92.40','108.41'])[1 + g % 12] || '.' || (g * 17 % 254 + 1) || '.' || (g * 43 % 254 + 1) END,
  md5('req-' || (g / 2))::uuid::text,
  timestamp '2023-06-01 09:00:00' + g * interval '5 hours 47 minutes 3 seconds'
FROM generate_series(1, 1500) g
CROSS JOIN LATERAL (SELECT g % 6 AS k) kk
JOIN public.users u ON u.id = ((g * 7) % 600) + 1
JOIN public.cards c ON c.id = ((g * 13) % 2000) + 1
JOIN public.memberships m ON m.id = ((g * 3) % 720) + 1
JOIN public.projects p ON p.id = ((g * 3) % 200) + 1
JOIN public.users actor ON actor.id = ((g * 19) % 600) + 1;

INSERT INTO public.login_activities (id, scope, strategy, identity, success, failure_reason, user_type, user_id, context, ip, user_agent, referrer, city, region, country, latitude, longitude, created_at)
SELECT g, 'user',
  CASE WHEN g % 8 = 0 THEN 'omniauth' ELSE 'database_authenticatable' END,
  CASE WHEN fr.reason = 'not_found_in_database' THEN replace(u.email, '.com', '.co') ELSE u.email END,
  fr.reason IS NULL,
  fr.reason,
  CASE WHEN fr.reason = 'not_found_in_database' THEN NULL ELSE 'User' END,
  CASE WHEN fr.reason = 'not_found_in_database' THEN NULL ELSE u.id END,
  CASE WHEN g % 8 = 0 THEN 'users/omniauth_callbacks#google_oauth2' ELSE 'devise/sessions#create' END,
  CASE WHEN g % 11 = 0 THEN '2601:' || to_hex(640 + g % 60) || ':' || to_hex(32768 + g * 131 % 32767) || ':' || to_hex(g * 19 % 65535) || '::' || to_hex(g * 23 % 65535 + 1)
       ELSE (ARRAY['73.162','24.18','98.207','68.134','104.28','172.58','71.190','99.65','86.14','81.107','92.40','108.41','174.63','50.78','67.180','76.102'])[1 + u.id % 16] || '.' || (u.id * 37 % 254 + 1) || '.' || ((u.id + g / 97) * 91 % 254 + 1) END,
  (ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81',
         'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
         'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
         'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
         'Tasklane/4.12.0 (iPhone; iOS 17.4.1; Scale/3.00)'])[1 + (u.id + g / 300) % 8],
  CASE WHEN g % 4 <> 0 THEN 'https://app.tasklane.io/users/sign_in' END,
  geo.city, geo.region, geo.country, geo.lat, geo.lon,
  timestamp '2024-01-01 00:00:00' + g * interval '2 hours 53 minutes 17 seconds'
FROM generate_series(1, 1500) g
JOIN public.users u ON u.id = ((g * 7 - 1) % 600) + 1
CROSS JOIN LATERAL (SELECT CASE WHEN g % 6 <> 0 THEN NULL ELSE (ARRAY['invalid','not_found_in_database','invalid','locked','unconfirmed','last_attempt','invalid'])[1 + (g / 6) % 7] END AS reason) fr
CROSS JOIN LATERAL (
  SELECT CASE WHEN g % 10 = 7 THEN NULL ELSE (ARRAY['San Francisco','New York','Chicago','Boston','Seattle','Austin','Denver','Atlanta','Miami','Los Angeles','Portland','London','Manchester','Toronto','Dublin','Sydney'])[1 + u.id % 16] END AS city,
         CASE WHEN g % 10 = 7 THEN NULL ELSE (ARRAY['California','New York','Illinois','Massachusetts','Washington','Texas','Colorado','Georgia','Florida','California','Oregon','England','England','Ontario','Leinster','New South Wales'])[1 + u.id % 16] END AS region,
         CASE WHEN g % 10 = 7 THEN NULL ELSE (ARRAY['United States','United States','United States','United States','United States','United States','United States','United States','United States','United States','United States','United Kingdom','United Kingdom','Canada','Ireland','Australia'])[1 + u.id % 16] END AS country,
         CASE WHEN g % 10 = 7 THEN NULL ELSE (ARRAY[37.7749, 40.7128, 41.8781, 42.3601, 47.6062, 30.2672, 39.7392, 33.7490, 25.7617, 34.0522, 45.5152, 51.5072, 53.4808, 43.6532, 53.3498, -33.8688])[1 + u.id % 16] + ((u.id * 7) % 100) / 1000.0 END::double precision AS lat,
         CASE WHEN g % 10 = 7 THEN NULL ELSE (ARRAY[-122.4194, -74.0060, -87.6298, -71.0589, -122.3321, -97.7431, -104.9903, -84.3880, -80.1918, -118.2437, -122.6784, -0.1276, -2.2426, -79.3832, -6.2603, 151.2093])[1 + u.id % 16] - ((u.id * 3) % 100) / 1000.0 END::double precision AS lon
) geo;

INSERT INTO public.user_sessions (id, user_id, session_token, ip_address, user_agent, device_type, last_active_at, expires_at, revoked_at, created_at, updated_at)
SELECT g, u.id,
  translate(encode(sha256(('sess-' || g)::bytea), 'base64'), E'+/=\n', '-_'),
  CASE WHEN g % 10 = 0 THEN NULL
       WHEN g % 7 = 0 THEN ('2601:' || to_hex(640 + u.id % 60) || ':' || to_hex(32768 + u.id * 131 % 32767) || ':' || to_hex(g * 13 % 65535) || '::' || to_hex(g * 31 % 65535 + 1))::inet
       ELSE ((ARRAY['73.162','24.18','98.207','68.134','104.28','172.58','71.190','99.65','86.14','81.107','92.40','108.41','174.63','50.78','67.180','76.102'])[1 + u.id % 16] || '.' || (u.id * 37 % 254 + 1) || '.' || ((u.id + g) * 91 % 254 + 1))::inet END,
  (ARRAY['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81',
         'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
         'Tasklane/4.12.0 (iPhone; iOS 17.4.1; Scale/3.00)',
         'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
         'Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1'])[1 + g % 6],
  (ARRAY['desktop','desktop','mobile','mobile','mobile','tablet'])[1 + g % 6],
  CASE WHEN g % 13 <> 0 THEN timestamp '2024-03-01 07:00:00' + g * interval '2 hours 41 minutes' + (g % 72) * interval '1 hour' END,
  timestamp '2024-03-01 07:00:00' + g * interval '2 hours 41 minutes' + interval '30 days',
  CASE WHEN g % 5 = 0 THEN timestamp '2024-03-01 07:00:00' + g * interval '2 hours 41 minutes' + interval '4 days' END,
  timestamp '2024-03-01 07:00:00' + g * interval '2 hours 41 minutes',
  timestamp '2024-03-01 07:00:00' + g * interval '2 hours 41 minutes' + (g % 72) * interval '1 hour'
FROM generate_series(1, 800) g
JOIN public.users u ON u.id = ((g * 3 - 1) % 600) + 1;

INSERT INTO public.invitations (id, account_id, inviter_id, email, role, token, message, accepted_at, accepted_user_id, expires_at, created_at, updated_at)
SELECT g, a.id,
  CASE WHEN g % 3 = 0 THEN a.id + 40 * 9 ELSE a.owner_id END,
  CASE WHEN g <= 120 THEN iu.email
       ELSE lower(nn.fn) || CASE WHEN g % 2 = 0 THEN '.' || lower(regexp_replace(nn.ln, '[^A-Za-z]', '', 'g')) ELSE lower(left(nn.ln, 1)) || (g % 80 + 10) END
            || '@' || CASE WHEN g % 3 = 0 THEN (ARRAY['gmail.com','outlook.com','yahoo.com','me.com'])[1 + g % 4] ELSE split_part(ow.email, '@', 2) END
  END,
  CASE WHEN g % 10 = 0 THEN 'admin' WHEN g % 7 = 0 THEN 'guest' ELSE 'member' END::public.membership_role,
  substr(translate(encode(sha256(('inv-' || g)::bytea), 'base64'), E'+/=\n', '-_'), 1, 32),
  CASE g % 5
    WHEN 0 THEN 'Hi! Join our workspace so we can plan the launch together.'
    WHEN 1 THEN 'Hey ' || nn.fn || ', adding you to the ' || a.name || ' workspace. Ping me if you have questions.'
    WHEN 2 THEN NULL
    WHEN 3 THEN 'Welcome aboard! Your first board is Website Redesign.'
    ELSE NULL
  END,
  CASE WHEN g <= 120 THEN iu.invitation_accepted_at END,
  CASE WHEN g <= 120 AND iu.invitation_accepted_at IS NOT NULL THEN iu.id END,
  CASE WHEN g <= 120 THEN iu.created_at + interval '7 days' ELSE timestamp '2024-01-10 12:00:00' + (g - 120) * interval '3 days 5 hours' + interval '7 days' END,
  CASE WHEN g <= 120 THEN iu.created_at - interval '2 minutes' ELSE timestamp '2024-01-10 12:00:00' + (g - 120) * interval '3 days 5 hours' END,
  CASE WHEN g <= 120 THEN coalesce(iu.invitation_accepted_at, iu.created_at) ELSE timestamp '2024-01-10 12:00:00' + (g - 120) * interval '3 days 5 hours' END
FROM generate_series(1, 200) g
JOIN public.accounts a ON a.id = ((g - 1) % 40) + 1
JOIN public.users ow ON ow.id = a.owner_id
LEFT JOIN public.users iu ON iu.id = g + 40 AND g <= 120
CROSS JOIN LATERAL (
  SELECT (ARRAY['Jordan','Taylor','Morgan','Alexis','Casey','Jamie','Sofia','Ryan','Natalie','Kevin','Rachel','Brandon','Samantha','Tyler','Megan','Justin','Lauren','Eric','Kayla','Adam','Victoria','Nathan','Brianna','Kyle','Alyssa','Jason','Rebecca','Aaron','Stephanie','Jose','Fatima','Tomasz','Ingrid','Ravi','Mei','Omar','Siobhan','Dmitri','Camila','Kenji'])[1 + (g * 3) % 40] AS fn,
         (ARRAY['Reyes','Cruz','Morales','Ortiz','Gutierrez','Chavez','Ward','Cooper','Peterson','Bailey','Reed','Kelly','Howard','Cox','Richardson','Wood','Watson','Brooks','Bennett','Gray','James','Hughes','Price','Sanders','Myers','Long','Ross','Foster','Powell','Jenkins','Lindqvist','Novak','Haddad','Iyer','Zhang','Kaur','Doyle','Volkov','Silva','Tanaka'])[1 + (g * 7 + g / 40) % 40] AS ln
) nn;

INSERT INTO public.webhooks (id, account_id, created_by_id, url, secret, events, active, description, consecutive_failures, last_success_at, last_failure_at, created_at, updated_at)
SELECT g, a.id, a.owner_id,
  CASE g % 5
    WHEN 0 THEN 'https://hooks.zapier.com/hooks/catch/' || (1000000 + g * 7919) || '/' || substr(md5('zap' || g), 1, 6) || '/'
    WHEN 1 THEN 'https://api.' || (ARRAY['northwindlabs.com','kestrelsoftware.io','cobaltcloud.io','nimbusdata.io','tandemrobotics.ai'])[1 + g % 5] || '/webhooks/tasklane'
    WHEN 2 THEN 'https://hook.us1.make.com/' || substr(md5('make' || g), 1, 32)
    WHEN 3 THEN 'https://' || a.subdomain || '-integrations.herokuapp.com/tasklane/events'
    ELSE 'https://n8n.' || a.subdomain || '.dev/webhook/' || md5('n8n' || g)::uuid
  END,
  'whsec_' || substr(translate(encode(sha256(('whsec-' || g)::bytea), 'base64'), E'+/=\n', 'Pq'), 1, 32),
  CASE g % 5
    WHEN 0 THEN ARRAY['card.created','card.updated','card.completed']
    WHEN 1 THEN ARRAY['comment.created']
    WHEN 2 THEN ARRAY['card.created','card.updated','card.completed','comment.created','project.created','member.added']
    WHEN 3 THEN ARRAY['project.created','project.archived']
    ELSE ARRAY['card.completed']
  END,
  g % 9 <> 0,
  (ARRAY['Zapier to Google Sheets','Sync to internal dashboard','Make scenario: Slack alerts',NULL,'n8n automation'])[1 + g % 5],
  CASE WHEN g % 9 = 0 THEN 15 WHEN g % 7 = 0 THEN 2 ELSE 0 END,
  timestamp '2024-06-10 11:00:00' + g * interval '3 hours',
  CASE WHEN g % 7 = 0 OR g % 9 = 0 THEN timestamp '2024-06-12 02:00:00' + g * interval '1 hour' END,
  a.created_at + interval '60 days' + g * interval '1 day',
  timestamp '2024-06-12 02:00:00' + g * interval '1 hour'
FROM generate_series(1, 45) g
JOIN public.accounts a ON a.id = ((g * 3 - 1) % 40) + 1;

INSERT INTO public.webhook_deliveries (id, webhook_id, event, delivery_uuid, payload, request_headers, response_status, response_body, duration_ms, attempt, delivered_at, created_at, updated_at)
SELECT g, w.id, ev.event, md5('delivery-' || g)::uuid,
  CASE WHEN ev.event LIKE 'card.%' THEN
    jsonb_build_object('event', ev.event, 'created_at', to_char(ev.ts, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'account_id', w.account_id,
      'data', jsonb_build_object('id', c.id, 'number', c.number, 'title', c.title, 'priority', c.priority, 'url', 'https://app.tasklane.io/cards/' || c.id,
        'creator', jsonb_build_object('id', cu.id, 'name', cu.first_name || ' ' || cu.last_name, 'email', cu.email)))
  WHEN ev.event = 'comment.created' THEN
    jsonb_build_object('event', ev.event, 'created_at', to_char(ev.ts, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'account_id', w.account_id,
      'data', jsonb_build_object('id', co.id, 'body', co.body, 'card_id', co.commentable_id, 'author', jsonb_build_object('id', cu.id, 'name', cu.first_name || ' ' || cu.last_name, 'email', cu.email)))
  WHEN ev.event = 'member.added' THEN
    jsonb_build_object('event', ev.event, 'created_at', to_char(ev.ts, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'account_id', w.account_id,
      'data', jsonb_build_object('user_id', cu.id, 'name', cu.first_name || ' ' || cu.last_name, 'email', cu.email, 'role', 'member'))
  ELSE
    jsonb_build_object('event', ev.event, 'created_at', to_char(ev.ts, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'account_id', w.account_id,
      'data', jsonb_build_object('id', pr.id, 'name', pr.name, 'key', pr.key, 'status', pr.status))
  END,
  json_build_object('Content-Type', 'application/json', 'User-Agent', 'Tasklane-Webhooks/2.3', 'X-Tasklane-Event', ev.event, 'X-Tasklane-Delivery', md5('delivery-' || g)::uuid, 'X-Tasklane-Signature', 't=' || extract(epoch FROM ev.ts)::bigint || ',v1=' || encode(sha256(('sig' || g)::bytea), 'hex')),
  rs.status,
  CASE rs.status WHEN 200 THEN '{"ok":true}' WHEN 202 THEN 'Accepted' WHEN 204 THEN '' WHEN 502 THEN '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>' WHEN 410 THEN '{"error":"webhook disabled"}' END,
  CASE WHEN rs.status IS NULL THEN 10000 ELSE 80 + (g * 37) % 900 END,
  CASE WHEN rs.status IS NULL OR rs.status >= 500 THEN 1 + g % 3 ELSE 1 END,
  CASE WHEN rs.status IS NOT NULL THEN ev.ts + interval '1 second' END,
  ev.ts,
  ev.ts + interval '1 second'
FROM generate_series(1, 600) g
JOIN public.webhooks w ON w.id = ((g - 1) % 45) + 1
CROSS JOIN LATERAL (SELECT w.events[1 + g % array_length(w.events, 1)] AS event, timestamp '2024-06-10 11:00:00' + g * interval '47 minutes 12 seconds' AS ts) ev
CROSS JOIN LATERAL (SELECT CASE WHEN g % 29 = 0 THEN NULL WHEN g % 17 = 0 THEN 502 WHEN w.consecutive_failures > 10 AND g % 2 = 0 THEN 410 ELSE (ARRAY[200, 200, 202, 204, 200])[1 + g % 5] END AS status) rs
JOIN public.projects pr ON pr.id = w.account_id + 40 * (g % 5)
JOIN public.cards c ON c.id = (SELECT min(c2.id) FROM public.cards c2 WHERE c2.project_id = pr.id) + (g % 3)
JOIN public.comments co ON co.id = ((g * 17) % 1800) + 1
JOIN public.users cu ON cu.id = w.account_id + 40 * ((g * 7) % 15);

INSERT INTO public.api_tokens (id, user_id, account_id, name, token, scopes, last_used_at, last_used_ip, expires_at, revoked_at, created_at, updated_at)
SELECT g, u.id, ((u.id - 1) % 40) + 1,
  (ARRAY['CI deploy','Zapier','Personal script','Reporting dashboard','Raycast extension','Google Sheets sync','CLI','Backup job'])[1 + g % 8],
  'tlp_' || substr(translate(encode(sha256(('pat-' || g)::bytea) || sha256(('pat2-' || g)::bytea), 'base64'), E'+/=\n', 'Zr'), 1, 40),
  CASE g % 4 WHEN 0 THEN ARRAY['read'] WHEN 1 THEN ARRAY['read','write'] WHEN 2 THEN ARRAY['read','write','admin'] ELSE ARRAY['read','webhooks'] END::character varying[],
  CASE WHEN g % 6 <> 0 THEN timestamp '2024-05-01 00:00:00' + g * interval '11 hours 3 minutes' END,
  CASE WHEN g % 6 <> 0 THEN
    CASE WHEN g % 4 = 0 THEN ('34.' || (64 + g % 64) || '.' || (g * 13 % 254 + 1) || '.' || (g * 29 % 254 + 1))::inet
         ELSE ((ARRAY['73.162','24.18','98.207','68.134','104.28','172.58','71.190','99.65'])[1 + u.id % 8] || '.' || (u.id * 37 % 254 + 1) || '.' || (u.id * 91 % 254 + 1))::inet END
  END,
  CASE WHEN g % 3 = 0 THEN timestamp '2025-01-01 00:00:00' + g * interval '1 day' END,
  CASE WHEN g % 10 = 0 THEN timestamp '2024-04-15 09:30:00' + g * interval '6 hours' END,
  timestamp '2023-09-01 10:00:00' + g * interval '1 day 4 hours',
  timestamp '2023-09-01 10:00:00' + g * interval '1 day 4 hours' + (g % 30) * interval '1 day'
FROM generate_series(1, 120) g
JOIN public.users u ON u.id = ((g * 5 - 1) % 600) + 1;

DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND c.column_default LIKE 'nextval(%'
  LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), (SELECT coalesce(max(%I), 0) + 1 FROM public.%I), false)',
                   'public.' || r.table_name, r.column_name, r.column_name, r.table_name);
  END LOOP;
END
$$;

ANALYZE;
