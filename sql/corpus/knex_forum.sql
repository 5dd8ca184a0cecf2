CREATE FUNCTION pg_temp.hx(seed text, n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(md5(seed) || md5(seed || ':1') || md5(seed || ':2') || md5(seed || ':3'), 1, n)
$$;

CREATE FUNCTION pg_temp.b64(seed text, nbytes integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT replace(encode(substring(decode(md5(seed) || md5(seed || ':1') || md5(seed || ':2') || md5(seed || ':3') || md5(seed || ':4'), 'hex') FROM 1 FOR nbytes), 'base64'), E'\n', '')
$$;

CREATE FUNCTION pg_temp.ip(s integer) RETURNS inet LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN s % 7 = 3 THEN
    ((ARRAY['2a00:23c7:', '2a02:c7c:', '2a01:4b00:', '2601:647:', '2a0a:ef40:'])[1 + s % 5]
      || to_hex(4096 + (s * 7919) % 61439) || ':' || to_hex(1 + (s * 104729) % 65534) || '::' || to_hex(1 + (s * 31) % 4094))::inet
  ELSE
    ((ARRAY['81.2.69', '86.150.43', '92.40.189', '109.155.20', '2.28.214', '31.52.7', '82.38.114', '90.197.66', '5.81.160', '94.174.91',
            '176.25.143', '51.9.202', '73.158.22', '24.16.87', '98.207.131', '174.63.40', '151.227.4', '188.29.164', '217.42.18', '86.28.250'])[1 + (s * 3) % 20]
      || '.' || (1 + (s * 37) % 253))::inet
  END
$$;

CREATE TABLE knex_migrations (
  id serial PRIMARY KEY,
  name varchar(255),
  batch integer,
  migration_time timestamptz
);

CREATE TABLE knex_migrations_lock (
  "index" serial PRIMARY KEY,
  is_locked integer
);

CREATE TYPE user_role AS ENUM ('user', 'moderator', 'admin');
CREATE TYPE topic_archetype AS ENUM ('regular', 'banner', 'private_message');
CREATE TYPE notification_type AS ENUM ('mentioned', 'replied', 'quoted', 'liked', 'private_message', 'granted_badge', 'linked', 'invitee_accepted', 'moderator_action');
CREATE TYPE badge_type AS ENUM ('gold', 'silver', 'bronze');
CREATE TYPE report_reason AS ENUM ('spam', 'inappropriate', 'off_topic', 'harassment', 'illegal', 'other');
CREATE TYPE second_factor_method AS ENUM ('totp', 'security_key', 'sms');
CREATE DOMAIN hex_color AS varchar(6) CHECK (VALUE ~ '^[0-9A-Fa-f]{6}$');

CREATE TABLE users (
  id serial PRIMARY KEY,
  uuid uuid NOT NULL,
  username varchar(60) NOT NULL,
  username_lower varchar(60) NOT NULL,
  name varchar(255),
  email varchar(254) NOT NULL,
  password_hash varchar(255),
  password_algorithm varchar(32),
  role user_role NOT NULL DEFAULT 'user',
  trust_level smallint NOT NULL DEFAULT 0,
  title varchar(100),
  locale varchar(10),
  birthday date,
  ip_address inet,
  last_seen_ip inet,
  active boolean NOT NULL DEFAULT false,
  approved boolean NOT NULL DEFAULT false,
  approved_by_id integer,
  staged boolean NOT NULL DEFAULT false,
  suspended_until timestamptz,
  silenced_until timestamptz,
  post_count integer NOT NULL DEFAULT 0,
  topic_count integer NOT NULL DEFAULT 0,
  last_seen_at timestamptz,
  last_posted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT users_username_lower_unique UNIQUE (username_lower),
  CONSTRAINT users_email_unique UNIQUE (email),
  CONSTRAINT users_uuid_unique UNIQUE (uuid),
  CONSTRAINT users_trust_level_check CHECK (trust_level BETWEEN 0 AND 4),
  CONSTRAINT users_approved_by_id_foreign FOREIGN KEY (approved_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX users_last_seen_at_index ON users (last_seen_at);

CREATE TABLE user_avatars (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  content_type varchar(255) NOT NULL,
  image bytea NOT NULL,
  width integer,
  height integer,
  sha1 varchar(40),
  filesize integer,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT user_avatars_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX user_avatars_user_id_index ON user_avatars (user_id);

CREATE TABLE user_emails (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  address varchar(254) NOT NULL,
  confirmed boolean NOT NULL DEFAULT false,
  confirmed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT user_emails_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX user_emails_lower_address_unique ON user_emails (lower(address));
CREATE INDEX user_emails_user_id_index ON user_emails (user_id);

CREATE TABLE email_tokens (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  email varchar(254) NOT NULL,
  token varchar(64) NOT NULL,
  scope text NOT NULL,
  confirmed boolean NOT NULL DEFAULT false,
  expired boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT email_tokens_scope_check CHECK (scope IN ('signup', 'password_reset', 'email_login', 'email_update')),
  CONSTRAINT email_tokens_token_unique UNIQUE (token),
  CONSTRAINT email_tokens_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE user_options (
  user_id integer PRIMARY KEY,
  email_settings varchar(32)[] NOT NULL DEFAULT '{digest,mentions,replies,private_messages}',
  theme varchar(20) NOT NULL DEFAULT 'system',
  digest_frequency_mins integer DEFAULT 10080,
  mailing_list_mode boolean NOT NULL DEFAULT false,
  external_links_in_new_tab boolean NOT NULL DEFAULT false,
  enable_quoting boolean NOT NULL DEFAULT true,
  dynamic_favicon boolean NOT NULL DEFAULT false,
  text_size smallint NOT NULL DEFAULT 0,
  timezone varchar(64),
  hide_profile_and_presence boolean NOT NULL DEFAULT false,
  homepage varchar(20) NOT NULL DEFAULT 'latest',
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT user_options_theme_check CHECK (theme IN ('light', 'dark', 'system')),
  CONSTRAINT user_options_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE user_second_factors (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  method second_factor_method NOT NULL,
  name varchar(255),
  data text NOT NULL,
  phone_number varchar(32),
  enabled boolean NOT NULL DEFAULT true,
  last_used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT user_second_factors_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX user_second_factors_user_id_index ON user_second_factors (user_id);

CREATE TABLE user_associated_accounts (
  id serial PRIMARY KEY,
  user_id integer,
  provider_name varchar(32) NOT NULL,
  provider_uid varchar(255) NOT NULL,
  info jsonb NOT NULL DEFAULT '{}',
  credentials jsonb NOT NULL DEFAULT '{}',
  last_used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT user_associated_accounts_provider_name_provider_uid_unique UNIQUE (provider_name, provider_uid),
  CONSTRAINT user_associated_accounts_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE groups (
  id serial PRIMARY KEY,
  name varchar(60) NOT NULL,
  full_name varchar(255),
  bio_raw text,
  visibility_level smallint NOT NULL DEFAULT 0,
  mentionable_level smallint NOT NULL DEFAULT 0,
  members_visibility_level smallint NOT NULL DEFAULT 0,
  automatic boolean NOT NULL DEFAULT false,
  user_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT groups_name_unique UNIQUE (name)
);

CREATE TABLE group_users (
  group_id integer NOT NULL,
  user_id integer NOT NULL,
  owner boolean NOT NULL DEFAULT false,
  notification_level smallint NOT NULL DEFAULT 2,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT group_users_pkey PRIMARY KEY (group_id, user_id),
  CONSTRAINT group_users_group_id_foreign FOREIGN KEY (group_id) REFERENCES groups (id) ON DELETE CASCADE,
  CONSTRAINT group_users_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX group_users_user_id_index ON group_users (user_id);

CREATE TABLE categories (
  id serial PRIMARY KEY,
  name varchar(50) NOT NULL,
  slug varchar(255) NOT NULL,
  description text,
  color hex_color NOT NULL DEFAULT '0088CC',
  text_color hex_color NOT NULL DEFAULT 'FFFFFF',
  parent_category_id integer,
  position integer,
  topic_count integer NOT NULL DEFAULT 0,
  post_count integer NOT NULL DEFAULT 0,
  read_restricted boolean NOT NULL DEFAULT false,
  user_id integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT categories_slug_unique UNIQUE (slug),
  CONSTRAINT categories_parent_category_id_foreign FOREIGN KEY (parent_category_id) REFERENCES categories (id),
  CONSTRAINT categories_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE topics (
  id serial PRIMARY KEY,
  title varchar(255) NOT NULL,
  fancy_title varchar(400),
  slug varchar(255) NOT NULL,
  category_id integer,
  user_id integer,
  last_post_user_id integer,
  archetype topic_archetype NOT NULL DEFAULT 'regular',
  views integer NOT NULL DEFAULT 0,
  posts_count integer NOT NULL DEFAULT 0,
  reply_count integer NOT NULL DEFAULT 0,
  like_count integer NOT NULL DEFAULT 0,
  word_count integer,
  score double precision,
  closed boolean NOT NULL DEFAULT false,
  archived boolean NOT NULL DEFAULT false,
  visible boolean NOT NULL DEFAULT true,
  pinned_at timestamptz,
  pinned_globally boolean NOT NULL DEFAULT false,
  bumped_at timestamptz NOT NULL,
  last_posted_at timestamptz,
  deleted_at timestamptz,
  deleted_by_id integer,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT topics_category_id_foreign FOREIGN KEY (category_id) REFERENCES categories (id),
  CONSTRAINT topics_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT topics_last_post_user_id_foreign FOREIGN KEY (last_post_user_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT topics_deleted_by_id_foreign FOREIGN KEY (deleted_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX topics_category_id_bumped_at_index ON topics (category_id, bumped_at);
CREATE INDEX topics_user_id_index ON topics (user_id);

CREATE TABLE user_profiles (
  user_id integer PRIMARY KEY,
  bio_raw text,
  bio_cooked text,
  location varchar(255),
  website varchar(255),
  avatar_url varchar(255),
  views integer NOT NULL DEFAULT 0,
  featured_topic_id integer,
  dismissed_banner_key integer,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT user_profiles_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT user_profiles_featured_topic_id_foreign FOREIGN KEY (featured_topic_id) REFERENCES topics (id) ON DELETE SET NULL
);

CREATE TABLE posts (
  id bigserial PRIMARY KEY,
  topic_id integer NOT NULL,
  user_id integer,
  post_number integer NOT NULL,
  reply_to_post_number integer,
  raw text NOT NULL,
  cooked text NOT NULL,
  ip_address inet,
  edit_reason varchar(255),
  reply_count integer NOT NULL DEFAULT 0,
  like_count integer NOT NULL DEFAULT 0,
  quote_count integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  score numeric(10, 3),
  hidden boolean NOT NULL DEFAULT false,
  wiki boolean NOT NULL DEFAULT false,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT posts_post_number_check CHECK (post_number > 0),
  CONSTRAINT posts_topic_id_post_number_unique UNIQUE (topic_id, post_number),
  CONSTRAINT posts_topic_id_foreign FOREIGN KEY (topic_id) REFERENCES topics (id) ON DELETE CASCADE,
  CONSTRAINT posts_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX posts_user_id_created_at_index ON posts (user_id, created_at);

CREATE TABLE post_revisions (
  id serial PRIMARY KEY,
  post_id bigint NOT NULL,
  user_id integer,
  number integer NOT NULL,
  modifications jsonb NOT NULL,
  hidden boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT post_revisions_post_id_foreign FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT post_revisions_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX post_revisions_post_id_number_index ON post_revisions (post_id, number);

CREATE TABLE likes (
  id bigserial PRIMARY KEY,
  post_id bigint NOT NULL,
  user_id integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT likes_post_id_user_id_unique UNIQUE (post_id, user_id),
  CONSTRAINT likes_post_id_foreign FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT likes_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE bookmarks (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  post_id bigint NOT NULL,
  name varchar(100),
  reminder_at timestamptz,
  auto_delete_preference smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT bookmarks_user_id_post_id_unique UNIQUE (user_id, post_id),
  CONSTRAINT bookmarks_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT bookmarks_post_id_foreign FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);

CREATE TABLE tags (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  description varchar(280),
  topic_count integer NOT NULL DEFAULT 0,
  pm_topic_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT tags_name_unique UNIQUE (name)
);

CREATE TABLE topic_tags (
  id serial PRIMARY KEY,
  topic_id integer NOT NULL,
  tag_id integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT topic_tags_topic_id_tag_id_unique UNIQUE (topic_id, tag_id),
  CONSTRAINT topic_tags_topic_id_foreign FOREIGN KEY (topic_id) REFERENCES topics (id) ON DELETE CASCADE,
  CONSTRAINT topic_tags_tag_id_foreign FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE INDEX topic_tags_tag_id_index ON topic_tags (tag_id);

CREATE TABLE conversations (
  id serial PRIMARY KEY,
  subject varchar(255) NOT NULL,
  created_by_id integer,
  message_count integer NOT NULL DEFAULT 0,
  last_message_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT conversations_created_by_id_foreign FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  conversation_id integer NOT NULL,
  sender_id integer,
  body text NOT NULL,
  edited_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT messages_conversation_id_foreign FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE,
  CONSTRAINT messages_sender_id_foreign FOREIGN KEY (sender_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX messages_conversation_id_created_at_index ON messages (conversation_id, created_at);

CREATE TABLE conversation_participants (
  conversation_id integer NOT NULL,
  user_id integer NOT NULL,
  last_read_message_id bigint,
  muted boolean NOT NULL DEFAULT false,
  joined_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  left_at timestamptz,
  CONSTRAINT conversation_participants_pkey PRIMARY KEY (conversation_id, user_id),
  CONSTRAINT conversation_participants_conversation_id_foreign FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE,
  CONSTRAINT conversation_participants_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT conversation_participants_last_read_message_id_foreign FOREIGN KEY (last_read_message_id) REFERENCES messages (id) ON DELETE SET NULL
);
CREATE INDEX conversation_participants_user_id_index ON conversation_participants (user_id);

CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  user_id integer NOT NULL,
  notification_type notification_type NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  read boolean NOT NULL DEFAULT false,
  high_priority boolean NOT NULL DEFAULT false,
  topic_id integer,
  post_number integer,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT notifications_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT notifications_topic_id_foreign FOREIGN KEY (topic_id) REFERENCES topics (id) ON DELETE CASCADE
);
CREATE INDEX notifications_user_id_read_created_at_index ON notifications (user_id, read, created_at);

CREATE TABLE badges (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  slug varchar(100) NOT NULL,
  description text,
  badge_type badge_type NOT NULL,
  icon varchar(100) DEFAULT 'certificate',
  grant_count integer NOT NULL DEFAULT 0,
  allow_title boolean NOT NULL DEFAULT false,
  multiple_grant boolean NOT NULL DEFAULT false,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT badges_name_unique UNIQUE (name),
  CONSTRAINT badges_slug_unique UNIQUE (slug)
);

CREATE TABLE user_badges (
  id serial PRIMARY KEY,
  badge_id integer NOT NULL,
  user_id integer NOT NULL,
  granted_at timestamptz NOT NULL,
  granted_by_id integer NOT NULL,
  post_id bigint,
  seq integer NOT NULL DEFAULT 0,
  CONSTRAINT user_badges_badge_id_foreign FOREIGN KEY (badge_id) REFERENCES badges (id) ON DELETE CASCADE,
  CONSTRAINT user_badges_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT user_badges_granted_by_id_foreign FOREIGN KEY (granted_by_id) REFERENCES users (id),
  CONSTRAINT user_badges_post_id_foreign FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX user_badges_badge_id_user_id_seq_unique ON user_badges (badge_id, user_id, seq);

CREATE TABLE reports (
  id serial PRIMARY KEY,
  post_id bigint NOT NULL,
  reporter_id integer,
  reason report_reason NOT NULL,
  message text,
  status text NOT NULL DEFAULT 'pending',
  handled_by_id integer,
  handled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT reports_status_check CHECK (status IN ('pending', 'agreed', 'disagreed', 'deferred', 'ignored')),
  CONSTRAINT reports_post_id_foreign FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT reports_reporter_id_foreign FOREIGN KEY (reporter_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT reports_handled_by_id_foreign FOREIGN KEY (handled_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX reports_status_index ON reports (status);

CREATE TABLE bans (
  id serial PRIMARY KEY,
  user_id integer,
  ip inet,
  reason text NOT NULL,
  banned_by_id integer NOT NULL,
  expires_at timestamptz,
  lifted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT bans_target_check CHECK (user_id IS NOT NULL OR ip IS NOT NULL),
  CONSTRAINT bans_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT bans_banned_by_id_foreign FOREIGN KEY (banned_by_id) REFERENCES users (id)
);
CREATE INDEX bans_ip_index ON bans (ip);

CREATE TABLE moderation_notes (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  author_id integer NOT NULL,
  note text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT moderation_notes_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT moderation_notes_author_id_foreign FOREIGN KEY (author_id) REFERENCES users (id)
);

CREATE TABLE user_ip_history (
  id bigserial PRIMARY KEY,
  user_id integer NOT NULL,
  ip inet NOT NULL,
  user_agent text,
  request_count integer NOT NULL DEFAULT 1,
  first_seen_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  CONSTRAINT user_ip_history_user_id_ip_unique UNIQUE (user_id, ip),
  CONSTRAINT user_ip_history_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX user_ip_history_ip_index ON user_ip_history (ip);

CREATE TABLE acls (
  id serial PRIMARY KEY,
  address cidr NOT NULL,
  action text NOT NULL DEFAULT 'deny',
  match_count integer NOT NULL DEFAULT 0,
  last_match_at timestamptz,
  created_by_id integer,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT acls_action_check CHECK (action IN ('allow', 'deny')),
  CONSTRAINT acls_address_unique UNIQUE (address),
  CONSTRAINT acls_created_by_id_foreign FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE screened_emails (
  id serial PRIMARY KEY,
  email varchar(254) NOT NULL,
  action_type text NOT NULL DEFAULT 'block',
  match_count integer NOT NULL DEFAULT 0,
  ip_address inet,
  last_match_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT screened_emails_action_type_check CHECK (action_type IN ('block', 'do_nothing')),
  CONSTRAINT screened_emails_email_unique UNIQUE (email)
);

CREATE TABLE email_logs (
  id bigserial PRIMARY KEY,
  to_address varchar(254) NOT NULL,
  user_id integer,
  email_type varchar(64) NOT NULL,
  subject varchar(255),
  message_id varchar(255),
  post_id bigint,
  topic_id integer,
  bounced boolean NOT NULL DEFAULT false,
  bounce_error_code varchar(16),
  smtp_transaction_response varchar(500),
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT email_logs_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT email_logs_post_id_foreign FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE SET NULL,
  CONSTRAINT email_logs_topic_id_foreign FOREIGN KEY (topic_id) REFERENCES topics (id) ON DELETE SET NULL
);
CREATE INDEX email_logs_user_id_created_at_index ON email_logs (user_id, created_at);
CREATE INDEX email_logs_message_id_index ON email_logs (message_id);

CREATE TABLE invites (
  id serial PRIMARY KEY,
  invite_key varchar(32) NOT NULL,
  email varchar(254),
  invited_by_id integer NOT NULL,
  invited_user_id integer,
  custom_message text,
  redemption_count integer NOT NULL DEFAULT 0,
  max_redemptions_allowed integer NOT NULL DEFAULT 1,
  expires_at timestamptz NOT NULL,
  redeemed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT invites_invite_key_unique UNIQUE (invite_key),
  CONSTRAINT invites_invited_by_id_foreign FOREIGN KEY (invited_by_id) REFERENCES users (id),
  CONSTRAINT invites_invited_user_id_foreign FOREIGN KEY (invited_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE api_keys (
  id serial PRIMARY KEY,
  user_id integer,
  key varchar(64) NOT NULL,
  description varchar(255),
  scopes text[] NOT NULL DEFAULT '{}',
  allowed_ips inet[],
  created_by_id integer,
  last_used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT api_keys_key_unique UNIQUE (key),
  CONSTRAINT api_keys_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT api_keys_created_by_id_foreign FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE "session" (
  "sid" varchar NOT NULL COLLATE "default",
  "sess" json NOT NULL,
  "expire" timestamp(6) NOT NULL
);
ALTER TABLE "session" ADD CONSTRAINT "session_pkey" PRIMARY KEY ("sid") NOT DEFERRABLE INITIALLY IMMEDIATE;
CREATE INDEX "IDX_session_expire" ON "session" ("expire");

INSERT INTO knex_migrations (name, batch, migration_time)
SELECT m.name, m.batch, m.migration_time
FROM (VALUES
  (1, '20190214101522_create_users.js', 1, timestamptz '2019-02-20 21:14:08.312+00'),
  (2, '20190214101947_create_user_profiles.js', 1, timestamptz '2019-02-20 21:14:08.401+00'),
  (3, '20190214102310_create_categories.js', 1, timestamptz '2019-02-20 21:14:08.455+00'),
  (4, '20190214103055_create_topics.js', 1, timestamptz '2019-02-20 21:14:08.519+00'),
  (5, '20190214103422_create_posts.js', 1, timestamptz '2019-02-20 21:14:08.604+00'),
  (6, '20190214104108_create_likes.js', 1, timestamptz '2019-02-20 21:14:08.650+00'),
  (7, '20190215091230_create_tags.js', 1, timestamptz '2019-02-20 21:14:08.701+00'),
  (8, '20190215091702_create_topic_tags.js', 1, timestamptz '2019-02-20 21:14:08.744+00'),
  (9, '20190215112045_create_notifications.js', 1, timestamptz '2019-02-20 21:14:08.803+00'),
  (10, '20190218140311_create_session_table.js', 1, timestamptz '2019-02-20 21:14:08.851+00'),
  (11, '20190402183015_create_badges.js', 2, timestamptz '2019-04-06 09:02:51.117+00'),
  (12, '20190402183544_create_user_badges.js', 2, timestamptz '2019-04-06 09:02:51.190+00'),
  (13, '20190410201233_create_conversations.js', 3, timestamptz '2019-04-13 08:40:12.006+00'),
  (14, '20190410201800_create_messages.js', 3, timestamptz '2019-04-13 08:40:12.088+00'),
  (15, '20190410202145_create_conversation_participants.js', 3, timestamptz '2019-04-13 08:40:12.142+00'),
  (16, '20190903094512_create_reports.js', 4, timestamptz '2019-09-07 19:55:30.774+00'),
  (17, '20190903095127_create_bans.js', 4, timestamptz '2019-09-07 19:55:30.839+00'),
  (18, '20190903100240_create_moderation_notes.js', 4, timestamptz '2019-09-07 19:55:30.901+00'),
  (19, '20190917162208_create_user_options.js', 5, timestamptz '2019-09-21 10:31:44.520+00'),
  (20, '20200121110934_create_email_logs.js', 6, timestamptz '2020-01-25 22:07:19.248+00'),
  (21, '20200121111502_create_screened_emails.js', 6, timestamptz '2020-01-25 22:07:19.301+00'),
  (22, '20200305174421_create_invites.js', 7, timestamptz '2020-03-08 12:18:02.663+00'),
  (23, '20200612085530_create_user_ip_history.js', 8, timestamptz '2020-06-14 20:45:57.090+00'),
  (24, '20200612090115_create_acls.js', 8, timestamptz '2020-06-14 20:45:57.152+00'),
  (25, '20210208193047_create_bookmarks.js', 9, timestamptz '2021-02-13 09:12:36.481+00'),
  (26, '20210208195512_create_post_revisions.js', 9, timestamptz '2021-02-13 09:12:36.560+00'),
  (27, '20210519121406_create_user_emails.js', 10, timestamptz '2021-05-22 18:26:03.934+00'),
  (28, '20210519123018_create_email_tokens.js', 10, timestamptz '2021-05-22 18:26:04.017+00'),
  (29, '20210907150233_create_api_keys.js', 11, timestamptz '2021-09-11 07:58:49.370+00'),
  (30, '20220114101845_create_groups.js', 12, timestamptz '2022-01-15 21:33:10.205+00'),
  (31, '20220114102530_create_group_users.js', 12, timestamptz '2022-01-15 21:33:10.287+00'),
  (32, '20220322200911_create_user_associated_accounts.js', 13, timestamptz '2022-03-26 10:04:27.812+00'),
  (33, '20220322203340_create_user_second_factors.js', 13, timestamptz '2022-03-26 10:04:27.899+00'),
  (34, '20220809134702_add_silenced_until_to_users.js', 14, timestamptz '2022-08-13 08:50:15.441+00'),
  (35, '20230116092214_create_user_avatars.js', 15, timestamptz '2023-01-21 20:11:39.026+00'),
  (36, '20230116094851_add_password_algorithm_to_users.js', 15, timestamptz '2023-01-21 20:11:39.104+00'),
  (37, '20230605171230_add_score_to_posts.js', 16, timestamptz '2023-06-10 09:27:58.663+00'),
  (38, '20231102084519_add_allowed_ips_to_api_keys.js', 17, timestamptz '2023-11-04 19:40:21.317+00'),
  (39, '20240215113307_add_uuid_to_users.js', 18, timestamptz '2024-02-17 08:15:02.959+00'),
  (40, '20240503190126_add_phone_number_to_user_second_factors.js', 19, timestamptz '2024-05-04 21:02:44.180+00')
) AS m (seq, name, batch, migration_time)
ORDER BY m.seq;

INSERT INTO knex_migrations_lock (is_locked) VALUES (0);

INSERT INTO users (id, uuid, username, username_lower, name, email, password_hash, password_algorithm, role, trust_level, title, locale, birthday,
                   ip_address, last_seen_ip, active, approved, approved_by_id, staged, suspended_until, silenced_until, last_seen_at, created_at, updated_at)
SELECT g,
       md5('user:' || g)::uuid,
       un,
       lower(un),
       CASE WHEN g % 11 = 4 THEN NULL WHEN g % 17 = 2 THEN fn || ' ' || substr('ABCDEFGHJKLMNPRSTW', 1 + g % 18, 1) || '. ' || ln ELSE fn || ' ' || ln END,
       em,
       CASE WHEN g % 53 = 0 THEN NULL
            WHEN g % 9 = 0 THEN '$H$9' || substr(translate(pg_temp.b64('phpbb:' || g, 24), '+=', '.'), 1, 30)
            ELSE '$2b$12$' || substr(translate(pg_temp.b64('bcrypt:' || g, 48), '+', '.'), 1, 53) END,
       CASE WHEN g % 53 = 0 THEN NULL WHEN g % 9 = 0 THEN 'phpass' ELSE 'bcrypt' END,
       (CASE WHEN g <= 3 THEN 'admin' WHEN g <= 9 THEN 'moderator' ELSE 'user' END)::user_role,
       CASE WHEN g <= 9 THEN 4 WHEN g % 53 = 0 THEN 0 WHEN g % 13 = 0 THEN 3 WHEN g % 4 = 0 THEN 0 WHEN g % 3 = 0 THEN 1 ELSE 2 END,
       CASE WHEN g <= 3 THEN 'Site Admin' WHEN g <= 9 THEN 'Moderator' WHEN g % 13 = 0 THEN (ARRAY['Regular', 'Leader', 'Wheelbuilder', 'Ride Leader', 'Founding Member'])[1 + g % 5] ELSE NULL END,
       (ARRAY['en_GB', 'en_GB', 'en_GB', 'en', 'en_US', 'en_GB', 'en_IE', 'nl', 'de', 'en_GB', 'fr', 'en_US'])[1 + g % 12],
       CASE WHEN g % 5 IN (1, 3) THEN NULL ELSE date '1958-03-01' + ((g * 2731) % 16400) END,
       pg_temp.ip(g * 11),
       CASE WHEN g % 53 = 0 THEN NULL WHEN g % 4 = 1 THEN pg_temp.ip(g * 11) ELSE pg_temp.ip(g * 11 + 5) END,
       g % 53 <> 0,
       g % 19 <> 7,
       CASE WHEN g <= 3 OR g % 19 = 7 THEN NULL ELSE 1 + g % 3 END,
       g % 53 = 0,
       CASE WHEN g % 61 = 7 THEN ca + interval '400 days' ELSE NULL END,
       CASE WHEN g % 47 = 5 THEN ca + interval '200 days' ELSE NULL END,
       CASE WHEN g % 53 = 0 THEN NULL ELSE least(ca + ((g * 131) % 900) * interval '1 day' + ((g * 17) % 1440) * interval '1 minute', timestamptz '2024-06-29 22:41:00+00') END,
       ca,
       ca + ((g * 29) % 300) * interval '1 day'
FROM (
  SELECT g, fn, ln, lns,
         CASE g % 6
           WHEN 0 THEN lower(fn) || '_' || left(lns, 1) || g
           WHEN 1 THEN lower(left(fn, 1)) || lns || (g % 89 + 10)
           WHEN 2 THEN lower(fn) || lns
           WHEN 3 THEN fn || '_' || regexp_replace(ln, '[^A-Za-z]', '', 'g')
           WHEN 4 THEN (ARRAY['spinning', 'climbing', 'gravel', 'fixed', 'roadie', 'wrenching', 'cadence', 'audax', 'singlespeed', 'cx', 'velo', 'steel'])[1 + g % 12] || '_' || lower(fn) || (g % 83 + 2)
           ELSE lower(fn) || '.' || lns || (g % 90 + 10)
         END AS un,
         CASE g % 5
           WHEN 0 THEN lower(fn) || '.' || lns || (g % 90 + 10)
           WHEN 1 THEN lower(fn) || lns
           WHEN 2 THEN lower(left(fn, 1)) || '.' || lns || (g % 9 + 1)
           WHEN 3 THEN lower(fn) || '_' || lns || (1960 + g % 45)
           ELSE lns || '.' || lower(fn)
         END || '@' ||
         (ARRAY['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk', 'gmail.com', 'yahoo.co.uk', 'icloud.com', 'btinternet.com', 'gmail.com',
                'sky.com', 'protonmail.com', 'virginmedia.com', 'live.co.uk', 'gmail.com', 'me.com', 'outlook.com', 'arup.com', 'nhs.net',
                'bbc.co.uk', 'ucl.ac.uk', 'gmail.com', 'comcast.net', 'talktalk.net', 'googlemail.com'])[1 + (g * 7) % 24] AS em,
         timestamptz '2019-02-21 10:00:00+00' + (g - 1) * interval '4 days 1 hour 53 minutes' + ((g * 7) % 600) * interval '1 minute' AS ca
  FROM (
    SELECT g, fn, ln, lower(regexp_replace(ln, '[^A-Za-z]', '', 'g')) AS lns
    FROM (
      SELECT g,
             (ARRAY['Olivia', 'Amelia', 'Isla', 'Ava', 'Grace', 'Freya', 'Sophie', 'Emily', 'Charlotte', 'Hannah', 'Chloe', 'Lucy',
                    'Megan', 'Niamh', 'Siobhan', 'Priya', 'Aisha', 'Zara', 'Rebecca', 'Laura', 'Kate', 'Rachel', 'Helen', 'Fiona',
                    'Oliver', 'George', 'Harry', 'Jack', 'Noah', 'Leo', 'Arthur', 'Oscar', 'Thomas', 'James', 'William', 'Callum',
                    'Rhys', 'Owen', 'Liam', 'Connor', 'Daniel', 'Matthew', 'Ethan', 'Samuel', 'Joseph', 'Imran', 'Ravi', 'Marcus'])[1 + g % 48] AS fn,
             (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans',
                    'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'Harrison',
                    'Hughes', 'Edwards', 'Murphy', 'O''Brien', 'Kelly', 'McCarthy', 'Campbell', 'Stewart', 'MacDonald', 'Fraser', 'Morgan', 'Price',
                    'Bennett', 'Shaw', 'Cooper', 'Ward', 'Turner', 'Parker', 'Collins', 'Bailey', 'Mitchell', 'Fletcher', 'Nolan', 'Baxter'])[1 + (g / 48 + 5 * (g % 48)) % 48] AS ln
      FROM generate_series(1, 420) AS g
    ) a
  ) b
) s;

INSERT INTO users (id, uuid, username, username_lower, name, email, role, trust_level, locale, active, approved, created_at, updated_at, last_seen_at)
VALUES
  (421, md5('user:421')::uuid, 'system', 'system', 'system', 'no-reply@chainline.cc', 'admin', 4, 'en_GB', true, true, timestamptz '2019-02-20 21:20:00+00', timestamptz '2019-02-20 21:20:00+00', NULL),
  (422, md5('user:422')::uuid, 'chainline_bot', 'chainline_bot', 'Chainline Bot', 'bot@chainline.cc', 'user', 1, 'en_GB', true, true, timestamptz '2021-09-11 08:10:00+00', timestamptz '2021-09-11 08:10:00+00', timestamptz '2024-06-29 23:55:00+00'),
  (423, md5('user:423')::uuid, 'ride_calendar', 'ride_calendar', 'Ride Calendar', 'rides@chainline.cc', 'user', 1, 'en_GB', true, true, timestamptz '2022-04-02 12:00:00+00', timestamptz '2022-04-02 12:00:00+00', timestamptz '2024-06-28 06:00:00+00');

SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users));

INSERT INTO user_avatars (id, user_id, content_type, image, width, height, sha1, filesize, created_at)
SELECT row_number() OVER (ORDER BY u.id), u.id,
       CASE WHEN u.id % 3 = 0 THEN 'image/png' ELSE 'image/jpeg' END,
       img,
       sz, sz,
       encode(sha256(img), 'hex')::varchar(40),
       octet_length(img),
       u.created_at + interval '2 hours 14 minutes'
FROM users u
CROSS JOIN LATERAL (SELECT (ARRAY[240, 360, 512, 288])[1 + u.id % 4] AS sz) z
CROSS JOIN LATERAL (
  SELECT CASE WHEN u.id % 3 = 0 THEN
           '\x89504e470d0a1a0a0000000d49484452'::bytea || int4send(z.sz) || int4send(z.sz) || '\x0806000000'::bytea
             || decode(pg_temp.hx('png:' || u.id, 8), 'hex') || '\x00002000494441547801'::bytea
             || decode(pg_temp.hx('pngdata:' || u.id, 128) || pg_temp.hx('pngdata2:' || u.id, 96), 'hex')
             || '\x0000000049454e44ae426082'::bytea
         ELSE
           '\xffd8ffe000104a46494600010101004800480000ffdb004300'::bytea
             || decode(pg_temp.hx('jpgq:' || u.id, 128), 'hex')
             || '\xffc00011080000000003012200021101031101ffc4001f0000010501010101010100000000000000000102030405060708090a0b'::bytea
             || decode(pg_temp.hx('jpgdata:' || u.id, 128) || pg_temp.hx('jpgdata2:' || u.id, 64), 'hex')
             || '\xffd9'::bytea
         END AS img
) i
WHERE u.id <= 420 AND u.id % 2 = 0 AND NOT u.staged;

SELECT setval(pg_get_serial_sequence('user_avatars', 'id'), (SELECT max(id) FROM user_avatars));

INSERT INTO user_emails (user_id, address, confirmed, confirmed_at, created_at, updated_at)
SELECT u.id,
       CASE u.id % 3
         WHEN 0 THEN fnl || '.' || lnl || '@' || (ARRAY['arup.com', 'nhs.net', 'bbc.co.uk', 'ucl.ac.uk', 'sky.uk', 'ocado.com', 'deloitte.co.uk', 'hsbc.com', 'jlr.co.uk', 'kcl.ac.uk', 'sheffield.ac.uk', 'leeds.gov.uk'])[1 + u.id % 12]
         ELSE fnl || lnl || (u.id % 90 + 10) || '@icloud.com'
       END,
       u.id % 7 <> 3,
       CASE WHEN u.id % 7 <> 3 THEN u.created_at + ((u.id * 37) % 500) * interval '1 day' + interval '3 minutes' END,
       u.created_at + ((u.id * 37) % 500) * interval '1 day',
       u.created_at + ((u.id * 37) % 500) * interval '1 day' + interval '3 minutes'
FROM users u
CROSS JOIN LATERAL (
  SELECT lower(split_part(u.name, ' ', 1)) AS fnl,
         lower(regexp_replace(split_part(u.name, ' ', array_length(string_to_array(u.name, ' '), 1)), '[^A-Za-z]', '', 'g')) AS lnl
) n
WHERE u.id <= 420 AND u.name IS NOT NULL AND u.id % 3 <> 2;

INSERT INTO user_emails (user_id, address, confirmed, confirmed_at, created_at, updated_at)
SELECT u.id, replace(u.username_lower, '.', '_') || '.cycling@gmail.com', true,
       u.created_at + interval '30 days', u.created_at + interval '30 days', u.created_at + interval '30 days'
FROM users u
WHERE u.id <= 420 AND u.id % 10 = 5;

INSERT INTO email_tokens (user_id, email, token, scope, confirmed, expired, created_at)
SELECT u.id, u.email, pg_temp.hx('emailtoken:' || g, 32),
       (ARRAY['signup', 'password_reset', 'signup', 'email_login', 'password_reset', 'email_update'])[1 + g % 6],
       g % 4 <> 1, g % 3 = 0,
       u.created_at + ((g * 13) % 400) * interval '1 day' + ((g * 7) % 1440) * interval '1 minute'
FROM generate_series(1, 520) AS g
JOIN users u ON u.id = 1 + (g * 29) % 420;

INSERT INTO user_options (user_id, email_settings, theme, digest_frequency_mins, mailing_list_mode, external_links_in_new_tab, enable_quoting,
                          dynamic_favicon, text_size, timezone, hide_profile_and_presence, homepage, updated_at)
SELECT u.id,
       (ARRAY['{digest,mentions,replies,private_messages}', '{digest}', '{mentions,private_messages}', '{digest,mentions}', '{}',
              '{mentions,replies,watched_topics,private_messages}', '{private_messages}', '{digest,mentions,replies,private_messages,watched_topics,mailing_list}',
              '{digest,mentions,replies,private_messages}', '{mentions,replies}'])[1 + u.id % 10]::varchar(32)[],
       (ARRAY['system', 'dark', 'light', 'system', 'dark'])[1 + u.id % 5],
       (ARRAY[10080, 1440, 10080, 43200, NULL, 10080, 4320])[1 + u.id % 7],
       u.id % 10 = 7, u.id % 4 = 1, u.id % 9 <> 4, u.id % 6 = 2, (u.id % 8 = 0)::int + (u.id % 16 = 0)::int,
       CASE WHEN u.id % 6 = 5 THEN NULL ELSE (ARRAY['Europe/London', 'Europe/London', 'Europe/London', 'Europe/Dublin', 'America/New_York', 'Europe/London',
              'Europe/Amsterdam', 'Europe/Berlin', 'America/Los_Angeles', 'Europe/London', 'Australia/Melbourne', 'America/Toronto'])[1 + u.id % 12] END,
       u.id % 23 = 4,
       (ARRAY['latest', 'latest', 'categories', 'new', 'top', 'unread'])[1 + u.id % 6],
       u.updated_at
FROM users u;

INSERT INTO user_second_factors (user_id, method, name, data, phone_number, enabled, last_used_at, created_at)
SELECT u.id, m.method,
       CASE m.method WHEN 'totp' THEN (ARRAY['Authy', 'Google Authenticator', '1Password', 'iPhone', 'Bitwarden', 'Aegis'])[1 + g % 6]
                     WHEN 'security_key' THEN (ARRAY['YubiKey 5C', 'Touch ID', 'Windows Hello', 'Titan key'])[1 + g % 4]
                     ELSE 'SMS' END,
       CASE m.method
         WHEN 'totp' THEN substr(translate(upper(pg_temp.hx('totp:' || g, 32)), '0189', 'QXYZ') || translate(upper(pg_temp.hx('totp2:' || g, 32)), '0123456789ABCDEF', 'ABCDEFGHJKLMNPRS'), (g % 3) * 8 + 1, 32)
         WHEN 'security_key' THEN format('{"credential_id":"%s","public_key":"pQECAyYgASFYI%s","sign_count":%s}', translate(pg_temp.b64('cred:' || g, 48), '+/=', '-_'), pg_temp.b64('pk:' || g, 48), (g * 7) % 300)
         ELSE pg_temp.hx('hotp:' || g, 40)
       END,
       CASE WHEN m.method = 'sms' THEN
         CASE g % 4
           WHEN 0 THEN '+44 7' || (700 + (g * 37) % 299) || ' ' || lpad(((g * 7919) % 1000000)::text, 6, '0')
           WHEN 1 THEN '07' || (700 + (g * 53) % 299) || ' ' || lpad(((g * 104729) % 1000000)::text, 6, '0')
           WHEN 2 THEN '+1 (' || (ARRAY['415', '503', '720', '646', '617'])[1 + g % 5] || ') 555-01' || lpad(((g * 13) % 100)::text, 2, '0')
           ELSE '+353 87 ' || lpad(((g * 31) % 1000)::text, 3, '0') || ' ' || lpad(((g * 61) % 10000)::text, 4, '0')
         END
       END,
       g % 11 <> 5,
       CASE WHEN g % 5 = 0 THEN NULL ELSE u.created_at + ((g * 97) % 800) * interval '1 day' END,
       u.created_at + ((g * 41) % 300) * interval '1 day'
FROM generate_series(1, 96) AS g
JOIN users u ON u.id = 1 + (g * 17) % 420
CROSS JOIN LATERAL (SELECT (CASE WHEN g % 8 = 3 THEN 'security_key' WHEN g % 8 = 6 THEN 'sms' ELSE 'totp' END)::second_factor_method AS method) m;

INSERT INTO user_associated_accounts (user_id, provider_name, provider_uid, info, credentials, last_used_at, created_at, updated_at)
SELECT u.id, p.provider,
       CASE p.provider
         WHEN 'google' THEN '1' || lpad(((u.id::bigint * 982451653) % 100000000000)::text, 11, '0') || lpad(((u.id * 7919) % 1000000000)::text, 9, '0')
         WHEN 'github' THEN (3100000 + (u.id * 104729) % 95000000)::text
         WHEN 'strava' THEN (4000000 + (u.id * 86969) % 120000000)::text
         WHEN 'apple' THEN '00' || lpad(((u.id * 7919) % 10000)::text, 4, '0') || '.' || pg_temp.hx('apple:' || u.id, 32) || '.' || lpad(((u.id * 31) % 10000)::text, 4, '0')
         ELSE (700000000000000000::bigint + (u.id::bigint * 2305843009213) % 500000000000000000)::text
       END,
       CASE p.provider
         WHEN 'github' THEN jsonb_build_object('nickname', replace(u.username_lower, '.', '-'), 'email', u.email, 'name', u.name, 'image', 'https://avatars.githubusercontent.com/u/' || (3100000 + (u.id * 104729) % 95000000) || '?v=4')
         WHEN 'strava' THEN jsonb_build_object('first_name', split_part(u.name, ' ', 1), 'last_name', regexp_replace(u.name, '^.* ', ''), 'city', (ARRAY['Leeds', 'Bristol', 'Sheffield', 'London', 'Glasgow', 'Manchester'])[1 + u.id % 6], 'country', 'United Kingdom', 'sex', CASE WHEN u.id % 48 < 24 THEN 'F' ELSE 'M' END, 'profile', 'https://dgalywyr863hv.cloudfront.net/pictures/athletes/' || (4000000 + (u.id * 86969) % 120000000) || '/' || (u.id * 131 % 9000000) || '/2/large.jpg')
         WHEN 'discord' THEN jsonb_build_object('username', replace(u.username_lower, '.', '_'), 'global_name', split_part(u.name, ' ', 1), 'email', u.email, 'verified', true)
         ELSE jsonb_build_object('email', u.email, 'name', u.name, 'first_name', split_part(u.name, ' ', 1), 'last_name', regexp_replace(u.name, '^.* ', ''), 'email_verified', true)
       END,
       CASE p.provider
         WHEN 'google' THEN jsonb_build_object('token', 'ya29.a0' || translate(pg_temp.b64('gtok:' || u.id, 60), '+/=', '-_'), 'refresh_token', '1//0g' || translate(pg_temp.b64('gref:' || u.id, 54), '+/=', '-_'), 'expires_at', 1700000000 + u.id * 86400, 'expires', true)
         WHEN 'github' THEN jsonb_build_object('token', 'gho_' || translate(pg_temp.b64('ghtok:' || u.id, 27), '+/=', 'AbC'), 'expires', false)
         WHEN 'strava' THEN jsonb_build_object('token', pg_temp.hx('stok:' || u.id, 40), 'refresh_token', pg_temp.hx('sref:' || u.id, 40), 'expires_at', 1700000000 + u.id * 21600, 'expires', true)
         ELSE jsonb_build_object('expires', true, 'expires_at', 1690000000 + u.id * 3600)
       END,
       CASE WHEN u.id % 6 = 0 THEN NULL ELSE u.created_at + ((u.id * 61) % 700) * interval '1 day' END,
       u.created_at + interval '1 minute',
       u.created_at + ((u.id * 61) % 700) * interval '1 day'
FROM users u
CROSS JOIN LATERAL (SELECT (ARRAY['google', 'github', 'strava', 'google', 'apple', 'strava', 'discord', 'google'])[1 + u.id % 8] AS provider) p
WHERE u.id <= 420 AND u.name IS NOT NULL AND u.id % 5 IN (0, 2, 4);

INSERT INTO groups (id, name, full_name, bio_raw, visibility_level, mentionable_level, members_visibility_level, automatic, created_at, updated_at)
VALUES
  (1, 'admins', 'Administrators', NULL, 1, 0, 0, true, timestamptz '2019-02-20 21:20:00+00', timestamptz '2019-02-20 21:20:00+00'),
  (2, 'moderators', 'Moderators', 'The moderation team. Use the flag button rather than messaging us directly where you can.', 0, 3, 0, true, timestamptz '2019-02-20 21:20:00+00', timestamptz '2022-01-15 21:40:00+00'),
  (3, 'staff', 'Staff', NULL, 1, 0, 1, true, timestamptz '2019-02-20 21:20:00+00', timestamptz '2019-02-20 21:20:00+00'),
  (4, 'trust_level_3', 'Regulars', NULL, 0, 0, 0, true, timestamptz '2019-02-20 21:20:00+00', timestamptz '2019-02-20 21:20:00+00'),
  (5, 'wheelbuilders', 'Wheelbuilders Guild', 'Members who build wheels for a living or a hobby. Mention @wheelbuilders for spoke-length and tension questions.', 0, 3, 0, false, timestamptz '2022-01-16 10:00:00+00', timestamptz '2023-04-02 18:12:00+00'),
  (6, 'ride_leaders', 'Ride Leaders', 'Volunteers who lead the monthly forum rides.', 0, 2, 0, false, timestamptz '2022-01-16 10:05:00+00', timestamptz '2022-05-09 08:30:00+00'),
  (7, 'london_riders', 'London Riders', 'Meet-ups, routes and café stops in and around London.', 0, 1, 0, false, timestamptz '2022-02-01 19:00:00+00', timestamptz '2022-02-01 19:00:00+00'),
  (8, 'yorkshire_riders', 'Yorkshire Riders', 'Dales, Moors and everything in between.', 0, 1, 0, false, timestamptz '2022-02-01 19:02:00+00', timestamptz '2022-02-01 19:02:00+00'),
  (9, 'beta_testers', 'Beta Testers', 'Early access to new forum features.', 2, 0, 2, false, timestamptz '2022-06-11 12:00:00+00', timestamptz '2023-06-10 09:30:00+00'),
  (10, 'club_secretaries', 'Club Secretaries', 'Verified secretaries of affiliated clubs.', 1, 0, 1, false, timestamptz '2022-09-03 09:00:00+00', timestamptz '2022-09-03 09:00:00+00'),
  (11, 'mechanics', 'Workshop Mechanics', 'Professional mechanics. Advice given in good faith; you break it, you bought it.', 0, 3, 0, false, timestamptz '2022-09-03 09:10:00+00', timestamptz '2023-01-21 20:20:00+00'),
  (12, 'audax', 'Audax & Long Distance', '200km and up. Brevet cards, sleep strategies and flapjack recipes.', 0, 1, 0, false, timestamptz '2023-03-18 17:45:00+00', timestamptz '2023-03-18 17:45:00+00');

SELECT setval(pg_get_serial_sequence('groups', 'id'), 12);

INSERT INTO group_users (group_id, user_id, owner, notification_level, created_at)
SELECT CASE WHEN u.id <= 3 THEN 1 ELSE 2 END, u.id, false, 3, u.created_at FROM users u WHERE u.id <= 9
UNION ALL
SELECT 3, u.id, false, 3, u.created_at FROM users u WHERE u.id <= 9
UNION ALL
SELECT 4, u.id, false, 1, u.created_at + interval '300 days' FROM users u WHERE u.trust_level = 3;

INSERT INTO group_users (group_id, user_id, owner, notification_level, created_at)
SELECT 5 + g % 8, 10 + (g * 31) % 411, g % 37 = 0, (ARRAY[2, 2, 3, 1, 0])[1 + g % 5], timestamptz '2022-02-01 19:30:00+00' + g * interval '19 hours 7 minutes'
FROM generate_series(1, 560) AS g
ON CONFLICT DO NOTHING;

UPDATE groups SET user_count = c.n FROM (SELECT group_id, count(*) AS n FROM group_users GROUP BY group_id) c WHERE c.group_id = groups.id;

INSERT INTO categories (id, name, slug, description, color, text_color, parent_category_id, position, read_restricted, user_id, created_at, updated_at)
VALUES
  (1, 'Uncategorized', 'uncategorized', 'Topics that don''t need a category, or don''t fit into any other existing category.', '919191', 'FFFFFF', NULL, 0, false, 421, timestamptz '2019-02-20 21:20:00+00', timestamptz '2019-02-20 21:20:00+00'),
  (2, 'Road', 'road', 'Road bikes, groupsets, sportives and club riding.', 'E45735', 'FFFFFF', NULL, 1, false, 1, timestamptz '2019-02-21 09:00:00+00', timestamptz '2021-03-14 11:20:00+00'),
  (3, 'Gravel & Adventure', 'gravel-adventure', 'Gravel, bikepacking, touring and everything off the tarmac that isn''t full-on MTB.', 'A58C60', 'FFFFFF', NULL, 2, false, 1, timestamptz '2019-02-21 09:01:00+00', timestamptz '2022-07-02 08:10:00+00'),
  (4, 'Mountain Biking', 'mtb', 'Trail centres, suspension setup and the eternal 29er vs 27.5 debate.', '3AB54A', 'FFFFFF', NULL, 3, false, 1, timestamptz '2019-02-21 09:02:00+00', timestamptz '2019-02-21 09:02:00+00'),
  (5, 'Commuting & Urban', 'commuting', 'Getting to work, cargo bikes, folding bikes, lights and locks.', '0088CC', 'FFFFFF', NULL, 4, false, 2, timestamptz '2019-02-21 09:03:00+00', timestamptz '2020-11-08 19:45:00+00'),
  (6, 'Workshop', 'workshop', 'Maintenance, repairs and upgrades. Post photos, torque specs and part numbers.', '25AAE2', 'FFFFFF', NULL, 5, false, 2, timestamptz '2019-02-21 09:04:00+00', timestamptz '2019-02-21 09:04:00+00'),
  (7, 'Wheels & Tyres', 'wheels-tyres', 'Wheel builds, tubeless, tyre choice and pressures.', '652D90', 'FFFFFF', 6, 1, false, 2, timestamptz '2019-04-06 09:10:00+00', timestamptz '2019-04-06 09:10:00+00'),
  (8, 'Drivetrain', 'drivetrain', 'Chains, cassettes, chainrings, derailleurs and shifting problems.', '12A89D', 'FFFFFF', 6, 2, false, 2, timestamptz '2019-04-06 09:11:00+00', timestamptz '2019-04-06 09:11:00+00'),
  (9, 'Brakes', 'brakes', 'Rim and disc, mechanical and hydraulic. Bleeds, pads and rotor rub.', 'BF1E2E', 'FFFFFF', 6, 3, false, 2, timestamptz '2019-04-06 09:12:00+00', timestamptz '2019-04-06 09:12:00+00'),
  (10, 'Kit & Clothing', 'kit-clothing', 'Shoes, helmets, bib shorts, winter gloves and waterproofs.', 'F7941D', 'FFFFFF', NULL, 6, false, 3, timestamptz '2019-02-21 09:05:00+00', timestamptz '2019-02-21 09:05:00+00'),
  (11, 'Training & Nutrition', 'training-nutrition', 'Structured training, indoor trainers, power meters and what to eat.', '8C6238', 'FFFFFF', NULL, 7, false, 3, timestamptz '2019-02-21 09:06:00+00', timestamptz '2021-01-09 16:00:00+00'),
  (12, 'Events & Rides', 'events-rides', 'Sportives, audaxes, races and forum meet-ups.', 'D9A400', '000000', NULL, 8, false, 3, timestamptz '2019-02-21 09:07:00+00', timestamptz '2019-02-21 09:07:00+00'),
  (13, 'Forum Rides', 'forum-rides', 'Organised rides for forum members. Check the first post for meeting point and pace.', 'F1592A', 'FFFFFF', 12, 1, false, 3, timestamptz '2019-05-11 10:00:00+00', timestamptz '2019-05-11 10:00:00+00'),
  (14, 'E-bikes', 'e-bikes', 'Hub vs mid-drive, batteries, conversions and the law.', '0E76BD', 'FFFFFF', NULL, 9, false, 1, timestamptz '2020-05-02 08:00:00+00', timestamptz '2020-05-02 08:00:00+00'),
  (15, 'Stolen Bikes', 'stolen-bikes', 'Report a stolen bike with frame number, photos and location. Check before you buy second-hand.', '231F20', 'FFFFFF', NULL, 10, false, 1, timestamptz '2019-07-20 12:00:00+00', timestamptz '2019-07-20 12:00:00+00'),
  (16, 'Classifieds', 'classifieds', 'Buy, sell and swap. Trust level 2 required to post. No trade sellers.', '9EB83B', 'FFFFFF', NULL, 11, false, 1, timestamptz '2019-02-21 09:08:00+00', timestamptz '2020-03-08 12:30:00+00'),
  (17, 'Café', 'cafe', 'Off-topic chat. Be nice.', 'B3B5B4', '000000', NULL, 12, false, 1, timestamptz '2019-02-21 09:09:00+00', timestamptz '2019-02-21 09:09:00+00'),
  (18, 'Site Feedback', 'site-feedback', 'Discussion about this site, its organisation, how it works, and how we can improve it.', '808281', 'FFFFFF', NULL, 13, false, 421, timestamptz '2019-02-20 21:20:00+00', timestamptz '2019-02-20 21:20:00+00'),
  (19, 'Staff', 'staff', 'Private category for staff discussions.', 'E45735', 'FFFFFF', NULL, 14, true, 421, timestamptz '2019-02-20 21:20:00+00', timestamptz '2019-02-20 21:20:00+00'),
  (20, 'Track & Cyclocross', 'track-cx', 'Velodromes, CX leagues, fixed gears and muddy Sundays.', '5F497A', 'FFFFFF', 2, 1, false, 3, timestamptz '2020-10-03 18:00:00+00', timestamptz '2020-10-03 18:00:00+00');

SELECT setval(pg_get_serial_sequence('categories', 'id'), 20);

INSERT INTO topics (id, title, fancy_title, slug, category_id, user_id, archetype, views, word_count, score, closed, archived, visible, pinned_at, pinned_globally,
                    bumped_at, deleted_at, deleted_by_id, created_at, updated_at)
SELECT t, title, replace(replace(title, '''', '&rsquo;'), ' - ', ' &ndash; '),
       trim(both '-' from regexp_replace(lower(title), '[^a-z0-9]+', '-', 'g')),
       CASE WHEN t % 41 = 0 THEN 19 WHEN t % 29 = 0 THEN 18 ELSE (ARRAY[2, 3, 6, 7, 8, 9, 5, 10, 11, 12, 13, 2, 4, 14, 16, 17, 20, 7, 15, 3])[1 + (t * 7) % 20] END,
       1 + (t * 37) % greatest(9, least(420, t * 72 / 100)),
       (CASE WHEN t IN (120, 455) THEN 'banner' ELSE 'regular' END)::topic_archetype,
       12 + (t * 7919) % 4800,
       40 + (t * 53) % 900,
       round(((t * 7919) % 10000) / 37.0, 4)::double precision,
       t % 23 = 0, t % 89 = 0, t % 97 <> 0,
       CASE WHEN t % 150 = 1 THEN ca + interval '1 hour' END,
       t = 151,
       ca + ((t * 13) % 90) * interval '1 hour',
       CASE WHEN t % 97 = 0 THEN ca + interval '2 days' END,
       CASE WHEN t % 97 = 0 THEN 4 + t % 6 END,
       ca, ca + ((t * 13) % 90) * interval '1 hour'
FROM (
  SELECT t,
         timestamptz '2019-02-22 08:00:00+00' + (t - 1) * interval '2 days 22 hours 41 minutes' + ((t * 131) % 720) * interval '1 minute' AS ca,
         CASE WHEN t % 2 = 0 THEN
           (ARRAY['Tubeless setup keeps burping at low pressure', 'Best winter gloves for sub-zero commutes?', 'Creaking bottom bracket - BSA or press-fit culprit?',
                  'Shimano 105 R7100 vs SRAM Rival AXS for a first groupset', 'How often do you replace your chain?', 'Gravel tyre width: 40mm or 45mm for mixed terrain',
                  'Hydraulic brake bleed went wrong, lever feels spongy', 'Recommendations for a bike fit in Manchester', 'Rim brakes are not dead: change my mind',
                  'Bikepacking the Dales: route and kit list', 'Cleat position for knee pain', 'Wahoo Elemnt Bolt vs Garmin Edge 540',
                  'Is a power meter worth it for a hobby rider?', 'Commuting in the rain: mudguards that actually fit', 'Wheel build: 28 or 32 spokes for a heavier rider?',
                  'Strava segments vanished after export', 'Ride London 2024 - who''s in?', 'First sportive: what to eat the night before',
                  'Replacing a bent derailleur hanger on a Canyon', 'Ceramic bearings: worth it or snake oil?', 'Di2 battery drains overnight',
                  'Indoor trainer noise for flat neighbours', 'Zwift vs TrainerRoad for structured training', 'Road bike under £1,000 for a beginner',
                  'Stolen: Trek Domane SL5, black/red, Bristol city centre', 'Bike insurance: specialist policy or home contents?', 'Chain wax: immersive vs drip',
                  'Tyre pressure chart for 28mm clinchers', 'Disc rotor rubbing after wheel change', '11-34 cassette on a medium-cage derailleur?',
                  'Cargo bike for the school run: Tern or Urban Arrow?', 'E-bike motor: hub vs mid-drive', 'Saddle sores: what finally worked for me',
                  'Frame size between 54 and 56', 'Carbon frame crack or paint chip? Photos inside', 'Cycle to Work scheme limit raised',
                  'Headset bearing replacement on a tapered steerer', 'Best lights for unlit country lanes', 'Hi-vis debate (again)',
                  'Club run etiquette for new riders', 'Tubeless sealant dried up after 3 months', 'Thru-axle standards explained',
                  'Electronic vs mechanical shifting, long-term', 'Winter bike build thread', 'Post your ride photos - March edition',
                  'Fixed gear conversion: chain line woes', 'Wheelset upgrade: Hunt vs Zipp', 'Brompton folding tips for the train',
                  'Touring with panniers on a carbon bike?', 'Road closures for the Tour of Britain stage', 'Anyone tried the new GP5000 S TR?',
                  'Numb hands on long rides', 'Should I shave my legs? Serious question', 'Aero socks: marginal gain or marketing?',
                  'Kids'' bike recommendations (age 6)', 'Getting back into cycling at 50', 'Puncture repair kit essentials',
                  'Chain line on a 1x gravel conversion', 'Forum feedback: dark mode contrast', 'Fred Whitton Challenge 2024 training plan'])[1 + (t / 2) % 60]
         ELSE
           (ARRAY['Shimano GRX 810 rear mech', 'SRAM Force AXS shifters', 'Campagnolo Chorus 12s', 'Hope RX4 calipers', 'DT Swiss 350 rear hub',
                  'Continental GP5000 tyres', 'Fulcrum Racing 5 wheels', 'Brooks B17 saddle', 'Wahoo KICKR Core', 'Garmin Edge 830',
                  'Canyon Grail CF SL', 'Specialized Diverge', 'Ribble CGR AL', 'Cannondale SuperSix Evo', 'Boardman SLR 8.9',
                  'Giant TCR Advanced', 'Genesis Croix de Fer', 'Kona Sutra', 'Planet X London Road', 'Orbea Orca',
                  'Surly Long Haul Trucker', 'Trek Checkpoint ALR', 'Cube Attain', 'Tern GSD', 'Brompton C Line',
                  'Hunt 4 Season Disc wheels', 'Schwalbe Marathon Plus', 'Park Tool PCS-10 stand', 'Quarq DZero power meter', 'Favero Assioma pedals'])[1 + (t * 7) % 30]
           || ': ' ||
           (ARRAY['creaking under load', 'any owners here?', 'noise after rain', 'long-term review', 'worth it?', 'setup help',
                  'sizing question', 'warranty experience', 'alternatives?', 'upgrade advice', 'first impressions', 'problem after a service',
                  'still worth buying in 2024?', 'where to buy in the UK?', 'recall notice?', 'annoying noise, help!', 'compatibility question',
                  'price check', 'vs the previous model', 'six months in'])[1 + (t * 11) % 20]
         END AS title
  FROM generate_series(1, 600) AS t
) s;

SELECT setval(pg_get_serial_sequence('topics', 'id'), 600);

INSERT INTO user_profiles (user_id, bio_raw, bio_cooked, location, website, avatar_url, views, featured_topic_id, dismissed_banner_key, updated_at)
SELECT u.id, b.bio,
       CASE WHEN b.bio IS NULL THEN NULL ELSE '<p>' || replace(b.bio, '&', '&amp;') || '</p>' END,
       CASE WHEN u.id > 420 OR u.id % 4 = 3 THEN NULL ELSE
         (ARRAY['Leeds, UK', 'Bristol', 'Manchester', 'Sheffield', 'Edinburgh', 'Glasgow', 'Cardiff', 'London', 'South London', 'Bath',
                'Peak District', 'Yorkshire Dales', 'Brighton', 'Norwich', 'Oxford', 'Cambridge', 'Belfast', 'Dublin, Ireland',
                'Newcastle upon Tyne', 'Portland, OR', 'Boulder, CO', 'Toronto, Canada', 'Melbourne, Australia', 'Somewhere wet'])[1 + (u.id * 5) % 24] END,
       CASE WHEN u.id > 420 THEN 'https://chainline.cc' WHEN u.id % 6 IN (1, 3, 4) THEN NULL
            WHEN u.id % 6 = 0 THEN 'https://www.strava.com/athletes/' || (4000000 + (u.id * 86969) % 120000000)
            WHEN u.id % 12 = 2 THEN 'https://www.instagram.com/' || replace(u.username_lower, '-', '_') || '/'
            ELSE 'https://' || replace(replace(u.username_lower, '.', ''), '_', '') || '.wordpress.com' END,
       CASE WHEN EXISTS (SELECT 1 FROM user_avatars a WHERE a.user_id = u.id)
              THEN '/user_avatar/community.chainline.cc/' || u.username_lower || '/{size}/' || (SELECT a.id FROM user_avatars a WHERE a.user_id = u.id) || '_2.png'
            WHEN u.id % 5 = 1 THEN 'https://www.gravatar.com/avatar/' || md5(lower(u.email)) || '?s={size}&d=identicon'
            ELSE NULL END,
       (u.id * 7919) % 2400,
       CASE WHEN u.id % 9 = 0 AND u.id <= 420 THEN 1 + ((u.id * 3) % 600) END,
       CASE WHEN u.id % 3 = 0 THEN 455 WHEN u.id % 3 = 1 THEN 120 END,
       u.updated_at
FROM users u
CROSS JOIN LATERAL (
  SELECT CASE WHEN u.id = 421 THEN 'Hi! I am a robot that handles automated tasks on this forum.'
              WHEN u.id > 421 THEN 'Automated account. Please don''t reply to messages from this account.'
              WHEN u.id % 3 = 1 THEN NULL ELSE
         (ARRAY['Commuter by day, gravel plodder at weekends.', 'Fixing bikes badly since 1998.', 'Audax rider, tea drinker, chronic over-packer.',
                'Club secretary at a small club in the Midlands. Views my own.', 'Ex-racer, now mostly café rides and the odd sportive.',
                'Mechanic at a bike shop in South London - happy to help with wheel builds.', 'Trying to get my FTP back to where it was before kids.',
                'Dad of three, owner of too many bikes (n+1).', 'MTB first, road second. Peak District local.', 'Steel is real.',
                'Bikepacking whenever the weather allows (it rarely does).', 'Retired teacher, touring Europe one campsite at a time.',
                'Cargo bike school-run convert.', 'Indoor warrior November to March, Zwift username is the same as here.',
                'Volunteer ride leader with a local cycling charity.', 'Just here for the wheel-building threads.', 'Recovering weight weenie.',
                'Cyclocross in winter, crits in summer. Cat 3.', 'Physio - ask me about bike fit and knee pain, but see someone in person!', 'Mostly lurking.'])[1 + (u.id * 7) % 20] END AS bio
) b;

INSERT INTO posts (id, topic_id, user_id, post_number, reply_to_post_number, raw, cooked, ip_address, edit_reason, version, score, hidden, wiki, deleted_at, created_at, updated_at)
SELECT g, topic_id, user_id, post_number, reply_to, raw,
       regexp_replace('<p>' || regexp_replace(
                  replace(
                    regexp_replace(replace(replace(raw, '&', '&amp;'), E'\n[/quote]\n\n', E'</p></blockquote></aside>\n<p>'),
                      '\[quote="([^,]+), post:([0-9]+), topic:([0-9]+)"\]\n', '<aside class="quote" data-username="\1" data-post="\2" data-topic="\3"><blockquote><p>', 'g'),
                    E'\n\n', E'</p>\n<p>'),
                  '@([A-Za-z0-9_.]+[A-Za-z0-9])', '<a class="mention" href="/u/\1">@\1</a>', 'g') || '</p>', '^<p><aside', '<aside'),
       CASE WHEN user_id > 420 THEN NULL ELSE pg_temp.ip(user_id * 11 + CASE WHEN g % 3 = 0 THEN 0 ELSE 5 END) END,
       CASE WHEN version > 1 THEN (ARRAY['typo', 'added photos', 'fixed link', 'clarified', NULL, 'update: sorted it', 'wrong torque figure'])[1 + g % 7] END,
       version,
       round(((g * 7919) % 100000) / 1000.0, 3),
       g % 131 = 0,
       g % 211 = 17,
       CASE WHEN g % 157 = 3 THEN created_at + interval '5 hours' END,
       created_at,
       created_at + (version - 1) * interval '47 minutes'
FROM (
  SELECT g, t.id AS topic_id, pn AS post_number,
         CASE WHEN pn = 1 THEN t.user_id ELSE 1 + (g * 53) % greatest(9, least(420, t.id * 72 / 100 + 12)) END AS user_id,
         CASE WHEN pn > 2 AND g % 3 = 0 THEN pn - 1 WHEN pn > 1 AND g % 4 = 0 THEN 1 END AS reply_to,
         CASE WHEN g % 6 = 0 THEN 2 WHEN g % 17 = 0 THEN 3 ELSE 1 END AS version,
         t.created_at + (pn - 1) * interval '5 hours 13 minutes' + ((g * 37) % 300) * interval '1 minute' * (pn - 1) AS created_at,
         CASE WHEN pn = 1 THEN
           (ARRAY['Looking for some advice here.', 'Bit of a long one, sorry.', 'Long-time lurker, first post.', 'As the title says really.',
                  'I''ve searched the forum but can''t find a definitive answer.', 'Quick one for the workshop experts.', 'Been putting this off for weeks.',
                  'Not sure if this is the right category, mods feel free to move.', 'Update to my thread from last year.', 'Here''s one that has been bugging me.'])[1 + t.id % 10]
           || ' ' ||
           (ARRAY['The bike is about two years old and has done roughly 6,000 miles, mostly commuting.', 'It started after I swapped the wheels over for winter.',
                  'Shop says it''s fine but it clearly isn''t.', 'Budget is around £400 but could stretch for the right thing.',
                  'I ride mostly on rough lanes with a few gravel sections thrown in.', 'I''m 88kg and not exactly smooth on the pedals.',
                  'Torque wrench says everything is to spec.', 'I''ve already tried a new chain and cassette.', 'Photos attached, sorry about the lighting.',
                  'Planning a trip for late May, about 350km over four days.', 'The noise only happens when climbing out of the saddle.',
                  'I''ve got a 30-mile round trip commute, half of it on unlit roads.'])[1 + (t.id * 7) % 12]
           || E'\n\n' ||
           (ARRAY['Any ideas?', 'What would you do?', 'Thanks in advance.', 'Has anyone else had this?', 'Recommendations welcome.',
                  'Am I overthinking this?', 'Is it worth fixing or time for a new one?', 'Cheers all.'])[1 + (t.id * 3) % 8]
         ELSE
           CASE WHEN g % 9 = 0 THEN '[quote="' || tu.username || ', post:1, topic:' || t.id || E'"]\n' ||
                (ARRAY['It started after I swapped the wheels over for winter.', 'Torque wrench says everything is to spec.', 'The noise only happens when climbing out of the saddle.',
                       'Budget is around £400 but could stretch for the right thing.', 'Shop says it''s fine but it clearly isn''t.'])[1 + g % 5] || E'\n[/quote]\n\n'
                ELSE '' END
           || CASE WHEN g % 5 = 0 THEN '@' || mu.username || ' ' ELSE '' END ||
           (ARRAY['Had exactly the same problem last spring.', 'Thanks, this is really helpful.', 'Not sure I agree with this.', 'Following, same boat here.',
                  'Quick update for anyone who finds this thread later.', 'I''ve been running this setup for about 3,000 miles now.',
                  'Took mine to the LBS and they were stumped too.', 'Just to add a data point:', 'Sorry to bump an old thread.', 'Welcome to the forum!',
                  'Second this.', 'Counterpoint:', 'This is the way.', 'Ha, been there.', 'Great write-up.', 'Worth checking the obvious first.'])[1 + (g * 7) % 16]
           || ' ' ||
           (ARRAY['Check the torque on the chainring bolts first, mine were loose.', 'Swapping to a 32mm tyre at 60psi made a huge difference.',
                  'It turned out to be the rear thru-axle not fully seated.', 'The dealer replaced it under warranty without any fuss.',
                  'I''d avoid the cheaper sealant, it dries out in weeks.', 'Park Tool have a decent video on this.',
                  'Clean and grease the seatpost, nine times out of ten that''s the creak.', 'I went 11-34 on a GS cage and it shifts fine with a longer chain.',
                  'Hunt were brilliant with their crash replacement.', 'Get a proper fit before spending money on parts.',
                  'Mudguards made the biggest difference to my winter commuting.', 'I''ve had two of those snap on me, wouldn''t trust it.',
                  'Dropped my pressures by 10psi and it rides like a different bike.', 'Bleed kit plus patience. Took me three goes.',
                  'Wax is great until you get caught in the rain.', 'Try moving the cleats back a couple of millimetres.',
                  'The Edge 540 battery life is miles better.', 'Turbo on a mat and a bit of foam under the feet sorted the noise.',
                  'Honestly, just ride it until it breaks.', 'Mine has done 10k miles on the original bearings.'])[1 + (g * 11) % 20]
           || CASE WHEN g % 4 = 0 THEN E'\n\n' || (ARRAY['Hope that helps.', 'Let us know how you get on.', 'YMMV.', 'Cheers.', 'Photos below.', 'Good luck!'])[1 + g % 6] ELSE '' END
         END AS raw
  FROM generate_series(1, 2000) AS g
  CROSS JOIN LATERAL (SELECT (g - 1) / 600 + 1 AS pn) p
  JOIN topics t ON t.id = (g - 1) % 600 + 1
  JOIN users tu ON tu.id = t.user_id
  JOIN users mu ON mu.id = 1 + (g * 19) % 420
) s;

SELECT setval(pg_get_serial_sequence('posts', 'id'), 2000);

UPDATE posts SET reply_count = c.n FROM (
  SELECT topic_id, reply_to_post_number, count(*) AS n FROM posts WHERE reply_to_post_number IS NOT NULL GROUP BY topic_id, reply_to_post_number
) c WHERE c.topic_id = posts.topic_id AND c.reply_to_post_number = posts.post_number;

UPDATE posts SET quote_count = 1 WHERE raw LIKE '[quote=%';

INSERT INTO post_revisions (post_id, user_id, number, modifications, hidden, created_at, updated_at)
SELECT p.id, CASE WHEN r.n = 3 AND p.id % 2 = 0 THEN 4 + p.id % 6 ELSE p.user_id END, r.n,
       CASE WHEN r.n = 3 AND p.id % 2 = 0 THEN
         jsonb_build_object('wiki', jsonb_build_array(false, true))
       ELSE
         jsonb_build_object('raw', jsonb_build_array(regexp_replace(p.raw, '\s+\S+$', ''), p.raw),
                            'cooked', jsonb_build_array(regexp_replace(p.cooked, '\s+\S+</p>$', '</p>'), p.cooked),
                            'edit_reason', jsonb_build_array(NULL::text, p.edit_reason))
       END,
       false,
       p.created_at + (r.n - 1) * interval '47 minutes',
       p.created_at + (r.n - 1) * interval '47 minutes'
FROM posts p
CROSS JOIN LATERAL generate_series(2, p.version) AS r (n)
WHERE p.version > 1;

INSERT INTO likes (post_id, user_id, created_at)
SELECT p.id, 1 + (g * 13) % 420, p.created_at + ((g * 17) % 2880) * interval '1 minute'
FROM generate_series(1, 1800) AS g
JOIN posts p ON p.id = 1 + (g * 7) % 2000;

UPDATE posts SET like_count = c.n FROM (SELECT post_id, count(*) AS n FROM likes GROUP BY post_id) c WHERE c.post_id = posts.id;

UPDATE topics SET posts_count = c.n, reply_count = c.n - 1, like_count = c.likes, last_posted_at = c.last_at, bumped_at = c.last_at, word_count = c.words,
                  last_post_user_id = c.last_user, updated_at = c.last_at
FROM (
  SELECT topic_id, count(*) AS n, sum(like_count) AS likes, max(created_at) AS last_at,
         sum(array_length(regexp_split_to_array(raw, '\s+'), 1)) AS words,
         (array_agg(user_id ORDER BY post_number DESC))[1] AS last_user
  FROM posts GROUP BY topic_id
) c WHERE c.topic_id = topics.id;

UPDATE users SET post_count = c.n, last_posted_at = c.last_at FROM (SELECT user_id, count(*) AS n, max(created_at) AS last_at FROM posts GROUP BY user_id) c WHERE c.user_id = users.id;
UPDATE users SET topic_count = c.n FROM (SELECT user_id, count(*) AS n FROM topics GROUP BY user_id) c WHERE c.user_id = users.id;
UPDATE categories SET topic_count = c.n, post_count = c.posts FROM (SELECT category_id, count(*) AS n, sum(posts_count) AS posts FROM topics WHERE deleted_at IS NULL GROUP BY category_id) c WHERE c.category_id = categories.id;

INSERT INTO bookmarks (user_id, post_id, name, reminder_at, auto_delete_preference, created_at, updated_at)
SELECT 1 + (g * 23) % 420, p.id,
       CASE WHEN g % 3 = 0 THEN (ARRAY['tubeless how-to', 'read later', 'for the winter build', 'torque specs', 'check this before buying', 'route idea',
                                       'gear list', 'reply when home', 'good bleed guide', 'fit advice'])[1 + g % 10] END,
       CASE WHEN g % 4 = 0 THEN p.created_at + interval '3 days' END,
       (ARRAY[0, 0, 1, 3])[1 + g % 4],
       p.created_at + ((g * 29) % 4000) * interval '1 minute',
       p.created_at + ((g * 29) % 4000) * interval '1 minute'
FROM generate_series(1, 320) AS g
JOIN posts p ON p.id = 1 + (g * 41) % 2000;

INSERT INTO tags (id, name, description, created_at, updated_at)
SELECT i, n, d, timestamptz '2019-02-21 12:00:00+00' + i * interval '11 days', timestamptz '2019-02-21 12:00:00+00' + i * interval '11 days'
FROM unnest(
  ARRAY['tubeless', 'shimano', 'sram', 'campagnolo', 'gravel', 'disc-brakes', 'rim-brakes', 'bottom-bracket', 'wheels', 'tyres',
        'chain', 'cassette', 'di2', 'axs', 'bike-fit', 'saddle', 'commuting', 'winter', 'lights', 'mudguards',
        'zwift', 'power-meter', 'garmin', 'wahoo', 'strava', 'sportive', 'audax', 'bikepacking', 'touring', 'cargo-bike',
        'e-bike', 'brompton', 'steel', 'carbon', 'titanium', 'warranty', 'stolen', 'insurance', 'nutrition', 'kit'],
  ARRAY['Tubeless tyres, sealant, valves and rims', 'Shimano groupsets and components', 'SRAM groupsets and components', 'Campagnolo', NULL,
        'Hydraulic and mechanical disc brakes', NULL, 'BSA, BB86, PF30, T47 and the rest', NULL, NULL,
        NULL, NULL, 'Shimano electronic shifting', 'SRAM wireless shifting', 'Position, cleats, saddle height', NULL, NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL, 'Sportives and challenge rides', '200km+ randonnées', NULL, NULL, NULL,
        NULL, NULL, NULL, NULL, NULL, 'Warranty and crash replacement experiences', 'Stolen bike reports', NULL, NULL, NULL]
) WITH ORDINALITY AS x (n, d, i);

SELECT setval(pg_get_serial_sequence('tags', 'id'), 40);

INSERT INTO topic_tags (topic_id, tag_id, created_at)
SELECT t.id, 1 + ((g - 1) / 600 * 13 + g * 7) % 40, t.created_at
FROM generate_series(1, 950) AS g
JOIN topics t ON t.id = (g - 1) % 600 + 1
ON CONFLICT DO NOTHING;

UPDATE tags SET topic_count = c.n FROM (SELECT tag_id, count(*) AS n FROM topic_tags GROUP BY tag_id) c WHERE c.tag_id = tags.id;

INSERT INTO conversations (id, subject, created_by_id, created_at, updated_at)
SELECT c,
       (ARRAY['Your Canyon Endurace for sale', 'Sunday club run', 'Wheel build quote', 'Re: chain wax thread', 'Dales bikepacking route',
              'Spare place for Ride London?', 'Question about my flag', 'Bike fit recommendation', 'Selling my Wahoo KICKR', 'Warranty claim advice',
              'Your post in the stolen bikes thread', 'Meet-up in the Peaks', 'Thanks for the help!', 'Frame size advice', 'Audax 300 in June',
              'Group buy: tubeless valves', 'Quick question about your Brompton', 'Power meter pedals', 'Cyclocross league entry', 'Lift to the Fred Whitton?',
              'Hope brakes service', 'Wheelbuilders group', 'Old club kit', 'That saddle you mentioned', 'Track taster session at Manchester'])[1 + (c * 7) % 25],
       1 + (c * 41) % 420,
       timestamptz '2019-05-02 19:00:00+00' + c * interval '7 days 1 hour 11 minutes',
       timestamptz '2019-05-02 19:00:00+00' + c * interval '7 days 1 hour 11 minutes'
FROM generate_series(1, 250) AS c;

SELECT setval(pg_get_serial_sequence('conversations', 'id'), 250);

INSERT INTO conversation_participants (conversation_id, user_id, muted, joined_at, left_at)
SELECT cv.id, x.user_id, x.user_id % 29 = 3, cv.created_at + x.k * interval '1 minute',
       CASE WHEN x.k = 2 AND cv.id % 4 = 0 THEN cv.created_at + interval '20 days' END
FROM conversations cv
CROSS JOIN LATERAL (VALUES (0, cv.created_by_id), (1, 1 + (cv.id * 67 + 13) % 420), (2, CASE WHEN cv.id % 5 = 0 THEN 1 + (cv.id * 89 + 7) % 420 END)) AS x (k, user_id)
WHERE x.user_id IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO messages (id, conversation_id, sender_id, body, edited_at, deleted_at, created_at)
SELECT m, cv.id, s.user_id,
       CASE WHEN seq = 1 OR m % 3 = 0 THEN 'Hi ' || coalesce(split_part(r.name, ' ', 1), r.username) || E',\n\n' ELSE '' END ||
       (ARRAY['Is the bike still available? I could collect on Saturday morning if that works.',
              'Happy to build those for you. Hubs are in stock, roughly two weeks turnaround.',
              'We meet at the café by the station at 8:30, usually 80km at a steady pace. No drop.',
              'No worries at all, glad it sorted the creak.', 'I can do £350 including the spare cassette.',
              'I''ll be at the start about 7am, look for the orange Genesis.', 'Sorry for the slow reply, I''ve been away. Yes, still keen!',
              'Could you send a couple more photos of the dropouts?', 'That works for me. Cash or bank transfer is fine.',
              'The route is on Ride with GPS, I''ll share the link on the day.', 'Did you ever get the warranty sorted with them?',
              'Thanks for flagging that post, we''ve removed it.', 'Would you be up for leading the June ride?',
              'I''m about 5''9" with a longish torso, so the 56 might be right for me too.', 'Let me know if you want to split the postage.',
              'Brilliant, see you there.', 'Not for me I''m afraid, my knee is still playing up.', 'Ha, yes, the climb out of Malham is brutal.',
              'Can you do a bit better on the price? It''s a long drive for me.', 'I''ve still got the receipt and the original box.'])[1 + (m * 7 + q.seq * 3) % 20]
       || CASE WHEN m % 4 = 1 THEN E'\n\n' || (ARRAY['Cheers', 'Thanks', 'Speak soon', 'Best'])[1 + (m / 4) % 4] || ', ' || coalesce(split_part(sn.name, ' ', 1), sn.username) ELSE '' END,
       CASE WHEN m % 19 = 0 THEN cv.created_at + seq * interval '9 hours' + interval '4 minutes' END,
       CASE WHEN m % 101 = 0 THEN cv.created_at + seq * interval '9 hours' + interval '1 day' END,
       cv.created_at + (seq - 1) * interval '9 hours' + ((m * 13) % 300) * interval '1 minute'
FROM generate_series(1, 1200) AS m
CROSS JOIN LATERAL (SELECT (m - 1) / 250 + 1 AS seq) q
JOIN conversations cv ON cv.id = (m - 1) % 250 + 1
CROSS JOIN LATERAL (SELECT count(*) AS n FROM conversation_participants cp WHERE cp.conversation_id = cv.id) pc
CROSS JOIN LATERAL (SELECT cp.user_id FROM conversation_participants cp WHERE cp.conversation_id = cv.id ORDER BY cp.joined_at OFFSET (q.seq - 1) % pc.n LIMIT 1) s
CROSS JOIN LATERAL (SELECT cp.user_id FROM conversation_participants cp WHERE cp.conversation_id = cv.id ORDER BY cp.joined_at OFFSET q.seq % pc.n LIMIT 1) rr
JOIN users r ON r.id = rr.user_id
JOIN users sn ON sn.id = s.user_id;

SELECT setval(pg_get_serial_sequence('messages', 'id'), 1200);

UPDATE conversations SET message_count = c.n, last_message_at = c.last_at, updated_at = c.last_at
FROM (SELECT conversation_id, count(*) AS n, max(created_at) AS last_at FROM messages GROUP BY conversation_id) c WHERE c.conversation_id = conversations.id;

UPDATE conversation_participants cp SET last_read_message_id = (
  SELECT max(m.id) FROM messages m WHERE m.conversation_id = cp.conversation_id AND (m.sender_id = cp.user_id OR cp.user_id % 3 <> 0)
);

INSERT INTO badges (id, name, slug, description, badge_type, icon, allow_title, multiple_grant, enabled, created_at)
VALUES
  (1, 'Basic User', 'basic-user', 'Granted all essential community functions', 'bronze', 'user', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (2, 'Member', 'member', 'Granted invitations, group messaging, more likes', 'bronze', 'user', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (3, 'Regular', 'regular', 'Granted recategorize, rename, followed links, wiki, more likes', 'silver', 'user', true, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (4, 'Leader', 'leader', 'Granted global edit, pin, close, archive, split and merge, more likes', 'gold', 'user', true, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (5, 'Welcome', 'welcome', 'Received a like', 'bronze', 'certificate', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (6, 'First Like', 'first-like', 'Liked a post', 'bronze', 'heart', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (7, 'First Quote', 'first-quote', 'Quoted a post', 'bronze', 'quote-right', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (8, 'First Flag', 'first-flag', 'Flagged a post', 'bronze', 'flag', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (9, 'Autobiographer', 'autobiographer', 'Filled out profile information', 'bronze', 'user-edit', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (10, 'Editor', 'editor', 'First post edit', 'bronze', 'pencil-alt', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (11, 'Nice Reply', 'nice-reply', 'Received 10 likes on a reply', 'bronze', 'reply', false, true, true, timestamptz '2019-04-06 09:05:00+00'),
  (12, 'Good Reply', 'good-reply', 'Received 25 likes on a reply', 'silver', 'reply', false, true, true, timestamptz '2019-04-06 09:05:00+00'),
  (13, 'Great Reply', 'great-reply', 'Received 50 likes on a reply', 'gold', 'reply', false, true, true, timestamptz '2019-04-06 09:05:00+00'),
  (14, 'Nice Topic', 'nice-topic', 'Received 10 likes on a topic', 'bronze', 'file-alt', false, true, true, timestamptz '2019-04-06 09:05:00+00'),
  (15, 'Good Topic', 'good-topic', 'Received 25 likes on a topic', 'silver', 'file-alt', false, true, true, timestamptz '2019-04-06 09:05:00+00'),
  (16, 'Anniversary', 'anniversary', 'Active member for a year, posted at least once', 'silver', 'far-clock', false, true, true, timestamptz '2019-04-06 09:05:00+00'),
  (17, 'Reader', 'reader', 'Read every reply in a topic with more than 100 replies', 'bronze', 'book-reader', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (18, 'Enthusiast', 'enthusiast', 'Visited 10 consecutive days', 'bronze', 'calendar', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (19, 'Aficionado', 'aficionado', 'Visited 50 consecutive days', 'silver', 'calendar', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (20, 'Devotee', 'devotee', 'Visited 365 consecutive days', 'gold', 'calendar', true, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (21, 'Thank You', 'thank-you', 'Has 20 liked posts and gave 10 likes', 'bronze', 'heart', false, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (22, 'Wheelbuilder', 'wheelbuilder', 'Posted a wheel build with full spoke and tension details', 'silver', 'dharmachakra', true, false, true, timestamptz '2021-02-13 09:20:00+00'),
  (23, 'Ride Leader', 'ride-leader', 'Led a forum ride', 'silver', 'route', true, true, true, timestamptz '2022-01-16 10:10:00+00'),
  (24, 'Founding Member', 'founding-member', 'Joined in the first month', 'gold', 'star', true, false, true, timestamptz '2019-04-06 09:05:00+00'),
  (25, 'Everest', 'everest', 'Logged 8,848m of climbing in a single forum ride report', 'gold', 'mountain', false, false, false, timestamptz '2023-06-10 09:30:00+00');

SELECT setval(pg_get_serial_sequence('badges', 'id'), 25);

INSERT INTO user_badges (badge_id, user_id, granted_at, granted_by_id, post_id, seq)
SELECT b.id, u.id, u.created_at + ((u.id * b.id * 7) % 500) * interval '1 day' + interval '3 hours',
       CASE WHEN b.id IN (22, 23) THEN 1 + u.id % 9 ELSE 421 END,
       CASE WHEN b.id IN (7, 10, 11, 12, 14, 22) THEN 1 + (u.id * b.id * 31) % 2000 END,
       0
FROM users u
JOIN badges b ON (b.id <= 2 AND u.trust_level >= b.id)
             OR (b.id IN (3, 4) AND u.trust_level >= b.id)
             OR (b.id BETWEEN 5 AND 21 AND (u.id * 7 + b.id * 13) % 10 < 1)
             OR (b.id IN (22, 23) AND u.id % 13 = 0)
             OR (b.id = 24 AND u.id <= 8)
WHERE u.id <= 420 AND NOT u.staged;

INSERT INTO user_badges (badge_id, user_id, granted_at, granted_by_id, post_id, seq)
SELECT 16, u.id, u.created_at + y * interval '365 days', 421, NULL, y - 1
FROM users u CROSS JOIN generate_series(2, 4) AS y
WHERE u.id <= 420 AND u.id % 4 = 2 AND u.created_at + y * interval '365 days' < timestamptz '2024-06-30';

UPDATE badges SET grant_count = c.n FROM (SELECT badge_id, count(*) AS n FROM user_badges GROUP BY badge_id) c WHERE c.badge_id = badges.id;

INSERT INTO notifications (user_id, notification_type, data, read, high_priority, topic_id, post_number, created_at, updated_at)
SELECT CASE WHEN k.typ = 'granted_badge' THEN ub.user_id ELSE tgt.id END,
       k.typ,
       CASE k.typ
         WHEN 'granted_badge' THEN jsonb_build_object('badge_id', ub.badge_id, 'badge_name', b.name, 'badge_slug', b.slug, 'badge_title', b.allow_title, 'username', bu.username)
         WHEN 'private_message' THEN jsonb_build_object('topic_title', cv.subject, 'conversation_id', cv.id, 'display_username', cu.username, 'original_username', cu.username)
         WHEN 'invitee_accepted' THEN jsonb_build_object('display_username', au.username)
         WHEN 'liked' THEN jsonb_build_object('topic_title', t.title, 'original_post_id', p.id, 'original_post_type', 1, 'original_username', au.username,
                                              'display_username', au.username, 'count', 1 + g % 4, 'username2', CASE WHEN g % 4 > 0 THEN cu.username END)
         WHEN 'moderator_action' THEN jsonb_build_object('topic_title', t.title, 'display_username', 'system', 'message', 'flags_agreed_and_post_hidden')
         ELSE jsonb_build_object('topic_title', t.title, 'original_post_id', p.id, 'original_post_type', 1, 'original_username', au.username, 'display_username', au.username)
       END,
       g < 1250 OR g % 3 = 0,
       k.typ IN ('private_message', 'moderator_action'),
       CASE WHEN k.typ IN ('granted_badge', 'private_message', 'invitee_accepted') THEN NULL ELSE t.id END,
       CASE WHEN k.typ IN ('granted_badge', 'private_message', 'invitee_accepted') THEN NULL ELSE p.post_number END,
       p.created_at + ((g * 7) % 600) * interval '1 minute',
       p.created_at + ((g * 7) % 600) * interval '1 minute' + interval '2 hours'
FROM generate_series(1, 1500) AS g
CROSS JOIN LATERAL (SELECT (ARRAY['replied', 'liked', 'mentioned', 'replied', 'liked', 'quoted', 'granted_badge', 'private_message', 'liked', 'replied',
                                  'linked', 'granted_badge', 'invitee_accepted', 'liked', 'moderator_action', 'replied'])[1 + g % 16]::notification_type AS typ) k
JOIN posts p ON p.id = 1 + (g * 11) % 2000
JOIN topics t ON t.id = p.topic_id
JOIN users au ON au.id = coalesce(p.user_id, 421)
JOIN users tgt ON tgt.id = coalesce(t.user_id, 1 + g % 420)
JOIN users cu ON cu.id = 1 + (g * 67) % 420
JOIN user_badges ub ON ub.id = 1 + (g * 13) % (SELECT count(*) FROM user_badges)
JOIN badges b ON b.id = ub.badge_id
JOIN users bu ON bu.id = ub.user_id
JOIN conversations cv ON cv.id = 1 + g % 250;

INSERT INTO reports (post_id, reporter_id, reason, message, status, handled_by_id, handled_at, created_at)
SELECT p.id, 1 + (g * 43) % 420, k.reason,
       CASE WHEN k.reason = 'spam' AND g % 3 <> 0 THEN NULL ELSE
         CASE k.reason
           WHEN 'spam' THEN (ARRAY['Link to a fake outlet store selling "Rapha" at 80% off.', 'Same post copied into five threads.', 'Crypto scam, account created today.'])[1 + g % 3]
           WHEN 'harassment' THEN (ARRAY['He has sent me three abusive PMs since I disagreed with him about helmets. Screenshots available.',
                                         'Keeps following me from thread to thread making comments about my weight.',
                                         'This user posted my full name and the club I ride with after an argument in the Strava thread.',
                                         'Repeatedly messaging me after I asked him to stop. I don''t want to block as I still use the classifieds.'])[1 + g % 4]
           WHEN 'illegal' THEN (ARRAY['Frame number on this bike matches one reported stolen in Leeds last month.',
                                      'Selling what look like counterfeit Castelli bibs, photos are from the official site.',
                                      'Posted someone''s home address and a photo of their house in the stolen bikes thread.'])[1 + g % 3]
           WHEN 'inappropriate' THEN (ARRAY['Personal attack, completely unnecessary.', 'Offensive joke about a rider who was killed last week. Please remove.',
                                            'Borderline racist comment in the Tour thread.', 'Swearing at another member.'])[1 + g % 4]
           WHEN 'off_topic' THEN (ARRAY['Nothing to do with the thread.', 'Politics again.', 'Should be in the Café.'])[1 + g % 3]
           ELSE (ARRAY['I think this user is the seller who scammed me on eBay, same photos and same phone number.', 'Possible duplicate account of a banned member.',
                       'Medical advice that could be dangerous.', 'This is my photo, posted without permission.'])[1 + g % 4]
         END
       END,
       CASE WHEN g > 110 THEN 'pending' ELSE (ARRAY['agreed', 'agreed', 'disagreed', 'agreed', 'ignored', 'deferred'])[1 + g % 6] END,
       CASE WHEN g > 110 THEN NULL ELSE 4 + g % 6 END,
       CASE WHEN g > 110 THEN NULL ELSE p.created_at + ((g * 37) % 2000) * interval '1 minute' + interval '6 hours' END,
       p.created_at + ((g * 37) % 2000) * interval '1 minute'
FROM generate_series(1, 125) AS g
CROSS JOIN LATERAL (SELECT (ARRAY['spam', 'inappropriate', 'spam', 'off_topic', 'harassment', 'spam', 'illegal', 'inappropriate', 'other', 'spam'])[1 + g % 10]::report_reason AS reason) k
JOIN posts p ON p.id = 1 + (g * 157) % 2000;

INSERT INTO bans (user_id, ip, reason, banned_by_id, expires_at, lifted_at, created_at)
SELECT CASE WHEN g % 5 = 0 THEN NULL ELSE u.id END,
       CASE WHEN g % 5 IN (0, 1) THEN u.last_seen_ip END,
       (ARRAY['Repeated harassment of another member via PM after two warnings.', 'Spam account: crypto and fake outlet links.',
              'Ban evasion, second account of a previously banned member.', 'Selling stolen bikes in the classifieds. Reported to police.',
              'Doxxing: posted another member''s home address.', 'Abusive messages to moderators.', 'Scammed a member in the classifieds (took payment, never posted the wheels).',
              'Persistent trolling in the helmet threads, 7-day cool-off.', 'Posted explicit images.', 'Commercial advertising after warning, 30 days.'])[1 + g % 10],
       4 + g % 6,
       CASE WHEN g % 10 IN (7, 9) THEN u.created_at + interval '400 days' + (CASE WHEN g % 10 = 7 THEN interval '7 days' ELSE interval '30 days' END) END,
       CASE WHEN g % 13 = 4 THEN u.created_at + interval '410 days' END,
       u.created_at + interval '400 days'
FROM generate_series(1, 42) AS g
JOIN users u ON u.id = 10 + (g * 97) % 410;

INSERT INTO moderation_notes (user_id, author_id, note, created_at, updated_at)
SELECT u.id, 4 + g % 6,
       (ARRAY['Warned about personal attacks in the helmet thread. Second warning, next one is a suspension.',
              'Claims to be a mechanic at a shop in Leeds; check before adding to the mechanics group.',
              'Told us in PM he''s going through a divorce and apologised for the outburst. Go easy.',
              'Same IP as a banned account, but it''s a university network. Keep an eye on it.',
              'Asked us to remove her surname from old posts, done for topics before 2021.',
              'Sold a frame to another member, buyer says it had an undisclosed crack. Mediating.',
              'Possible minor (mentioned being in Year 10). Removed the phone number they posted.',
              'Very helpful in the workshop category, consider for trust level 4.',
              'Repeatedly posts affiliate links. Asked to disclose.',
              'Emailed support angry about the ban on his brother''s account. Explained policy.',
              'Had a bad crash last month, posts may be slower. Do not auto-close her build thread.',
              'Second account created from the same device. Merged.'])[1 + g % 12],
       u.created_at + ((g * 53) % 800) * interval '1 day',
       u.created_at + ((g * 53) % 800) * interval '1 day' + CASE WHEN g % 4 = 0 THEN interval '2 days' ELSE interval '0' END
FROM generate_series(1, 84) AS g
JOIN users u ON u.id = 10 + (g * 71) % 410;

INSERT INTO user_ip_history (user_id, ip, user_agent, request_count, first_seen_at, last_seen_at)
SELECT u.id, pg_temp.ip(u.id * 11 + k * 5),
       (ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
              'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
              'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
              'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36',
              'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
              'Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36',
              'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
              'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
              'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
              'Chainline/2.4.1 (iPhone; iOS 17.5; Scale/3.00)', NULL])[1 + (u.id + k * 3) % 11],
       1 + (u.id * 7 + k * 131) % 900,
       u.created_at + k * interval '97 days',
       u.created_at + k * interval '97 days' + ((u.id * 13 + k) % 90) * interval '1 day'
FROM users u
CROSS JOIN generate_series(0, 4) AS k
WHERE u.id <= 420 AND NOT u.staged AND (k < 2 OR u.id % (k + 1) = 0)
ON CONFLICT DO NOTHING;

INSERT INTO acls (address, action, match_count, last_match_at, created_by_id, created_at)
SELECT a.address::cidr, a.action, a.mc, CASE WHEN a.mc > 0 THEN timestamptz '2024-06-20 03:12:00+00' - a.i * interval '2 days 3 hours' END,
       1 + a.i % 9, timestamptz '2020-06-15 10:00:00+00' + a.i * interval '41 days'
FROM (VALUES
  (1, '185.220.101.0/24', 'deny', 1843), (2, '185.220.100.0/24', 'deny', 912), (3, '45.141.215.0/24', 'deny', 377), (4, '193.32.162.0/24', 'deny', 58),
  (5, '91.240.118.0/24', 'deny', 1204), (6, '103.152.220.0/22', 'deny', 66), (7, '5.188.62.0/24', 'deny', 230), (8, '94.102.61.0/24', 'deny', 14),
  (9, '86.150.43.118/32', 'deny', 3), (10, '92.40.189.77/32', 'deny', 11), (11, '2a00:23c7:6f1e:4d01::/64', 'deny', 2), (12, '109.155.20.201/32', 'deny', 0),
  (13, '176.25.143.9/32', 'deny', 7), (14, '31.52.7.240/32', 'deny', 1), (15, '82.38.114.66/32', 'deny', 4), (16, '2601:647:8d00:7f30::/64', 'deny', 0),
  (17, '51.9.202.133/32', 'allow', 210), (18, '81.2.69.160/32', 'allow', 4488), (19, '10.0.0.0/8', 'allow', 90211), (20, '172.16.0.0/12', 'allow', 120),
  (21, '146.70.117.0/24', 'deny', 301), (22, '23.129.64.0/24', 'deny', 89), (23, '198.98.51.0/24', 'deny', 45), (24, '188.29.164.52/32', 'deny', 6),
  (25, '94.174.91.14/32', 'deny', 2), (26, '2a02:c7c:3b4a:e100::/56', 'deny', 1), (27, '217.42.18.93/32', 'allow', 57), (28, '162.247.74.0/24', 'deny', 510),
  (29, '5.81.160.200/32', 'deny', 9), (30, '90.197.66.31/32', 'deny', 0)
) AS a (i, address, action, mc);

INSERT INTO screened_emails (email, action_type, match_count, ip_address, last_match_at, created_at)
SELECT e.email, CASE WHEN e.i % 9 = 4 THEN 'do_nothing' ELSE 'block' END, (e.i * 37) % 20,
       CASE WHEN e.i % 4 = 1 THEN NULL WHEN e.i % 3 = 0 THEN ('185.220.101.' || (e.i * 7 % 250 + 2))::inet ELSE pg_temp.ip(e.i * 97) END,
       CASE WHEN (e.i * 37) % 20 > 0 THEN timestamptz '2024-06-01 00:00:00+00' - e.i * interval '5 days 2 hours' END,
       timestamptz '2020-01-26 10:00:00+00' + e.i * interval '23 days 4 hours'
FROM (
  SELECT i, CASE i % 6
              WHEN 0 THEN (ARRAY['cheapjerseys', 'bikepartsoutlet', 'cryptoprofits', 'seo.services', 'bestreplica', 'casino.bonus', 'loans.fast', 'pharma.uk'])[1 + i % 8] || (i * 37 % 9000 + 1000) || '@' || (ARRAY['mail.ru', 'yandex.com', 'outlook.com', 'gmx.com', 'qq.com'])[1 + i % 5]
              WHEN 1 THEN lower((ARRAY['Daniel', 'Mark', 'Steve', 'Gary', 'Paul', 'Lee', 'Craig', 'Dean'])[1 + i % 8]) || '.' || lower((ARRAY['Hargreaves', 'Dobson', 'Pickering', 'Ashworth', 'Whitaker', 'Barlow', 'Crossley', 'Sutcliffe'])[1 + (i / 8) % 8]) || (i % 90 + 10) || '@gmail.com'
              WHEN 2 THEN (ARRAY['info', 'sales', 'contact', 'hello'])[1 + (i / 6) % 4] || '@' || (ARRAY['bestcycleoutlet.shop', 'pro-bike-deals.store', 'ukbikeclearance.top', 'velo-discount.online', 'cheap-groupsets.xyz', 'rapha-sale.shop', 'bikeoutletuk.store', 'carbonwheels-direct.top', 'garmin-deals.online', 'cyclingkit-clearance.xyz', 'brompton-outlet.shop'])[1 + (i / 6) % 11]
              WHEN 3 THEN lower((ARRAY['Kelly', 'Sam', 'Jordan', 'Alex', 'Chris', 'Jamie'])[1 + i % 6]) || lower((ARRAY['Moss', 'Rowe', 'Hurst', 'Dale', 'Booth', 'Firth', 'Lamb'])[1 + (i / 6) % 7]) || (1970 + i % 40) || '@hotmail.co.uk'
              WHEN 4 THEN (ARRAY['noreply', 'support', 'sales', 'admin'])[1 + i % 4] || i || '@' || (ARRAY['temp-mail.org', 'guerrillamail.com', 'sharklasers.com', 'mailinator.com'])[1 + i % 4]
              ELSE 'user' || (i * 7919 % 900000 + 100000) || '@' || (ARRAY['proton.me', 'tutanota.com', 'yahoo.com', 'aol.com'])[1 + i % 4]
            END AS email
  FROM generate_series(1, 64) AS i
) e;

INSERT INTO email_logs (to_address, user_id, email_type, subject, message_id, post_id, topic_id, bounced, bounce_error_code, smtp_transaction_response, created_at)
SELECT u.email, u.id, k.typ,
       CASE k.typ
         WHEN 'signup' THEN '[Chainline] Confirm your new account'
         WHEN 'forgot_password' THEN '[Chainline] Password reset'
         WHEN 'digest' THEN '[Chainline] Summary'
         WHEN 'email_login' THEN '[Chainline] Log in'
         WHEN 'admin_login' THEN '[Chainline] Login'
         ELSE '[Chainline] [' || c.name || '] ' || t.title
       END,
       '<' || md5('msg:' || g) || '@community.chainline.cc>',
       CASE WHEN k.typ IN ('user_replied', 'user_mentioned', 'user_quoted', 'user_watching_first_post') THEN p.id END,
       CASE WHEN k.typ IN ('user_replied', 'user_mentioned', 'user_quoted', 'user_watching_first_post') THEN t.id END,
       g % 61 = 7,
       CASE WHEN g % 61 = 7 THEN (ARRAY['5.1.1', '5.2.2', '4.4.7', '5.7.1'])[1 + g % 4] END,
       CASE WHEN g % 61 = 7 THEN
              (ARRAY['550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient''s email address for typos.',
                     '552 5.2.2 The recipient''s inbox is out of storage space.',
                     '421 4.4.7 Message expired, unable to deliver in 840 minutes.',
                     '550 5.7.1 Service unavailable; client host blocked using Spamhaus'])[1 + g % 4]
            ELSE '250 2.0.0 OK  ' || extract(epoch FROM date_trunc('second', greatest(u.created_at, p.created_at) + ((g * 7) % 240) * interval '1 minute'))::bigint || ' ' || substr(md5('smtp:' || g), 1, 4) || '-' || substr(md5('smtp:' || g), 5, 20) || '.' || (g % 400) || ' - gsmtp' END,
       greatest(u.created_at, p.created_at) + ((g * 7) % 240) * interval '1 minute'
FROM generate_series(1, 1600) AS g
CROSS JOIN LATERAL (SELECT (ARRAY['digest', 'user_replied', 'user_mentioned', 'digest', 'signup', 'forgot_password', 'user_quoted', 'digest',
                                  'user_watching_first_post', 'user_replied', 'email_login', 'digest', 'admin_login'])[1 + g % 13] AS typ) k
JOIN users u ON u.id = 1 + (g * 31) % 420
JOIN posts p ON p.id = 1 + (g * 17) % 2000
JOIN topics t ON t.id = p.topic_id
JOIN categories c ON c.id = t.category_id;

INSERT INTO invites (invite_key, email, invited_by_id, invited_user_id, custom_message, redemption_count, max_redemptions_allowed, expires_at, redeemed_at, created_at, updated_at)
SELECT pg_temp.hx('invite:' || g, 32),
       CASE WHEN g % 8 = 0 THEN NULL ELSE
         CASE g % 4
           WHEN 0 THEN lower(fn) || '.' || lower(ln) || '@gmail.com'
           WHEN 1 THEN lower(left(fn, 1)) || lower(ln) || (g % 90 + 10) || '@hotmail.co.uk'
           WHEN 2 THEN lower(fn) || lower(ln) || '@outlook.com'
           ELSE lower(fn) || '.' || lower(ln) || '@' || (ARRAY['btinternet.com', 'icloud.com', 'sky.com', 'yahoo.co.uk'])[1 + g % 4]
         END
       END,
       iu.id,
       CASE WHEN g % 8 <> 0 AND g % 3 = 0 THEN ru.id END,
       CASE WHEN g % 3 = 1 THEN NULL ELSE
         (ARRAY['Hey ' || fn || ', this is the forum I was telling you about on Sunday''s ride.',
                'Thought you''d find the workshop section useful for your rebuild.',
                'Join us, the Yorkshire group is organising a Dales ride in June.',
                fn || ' - sign up and post your bike in the build thread!',
                'Come and join the club ride planning thread.'])[1 + g % 5] END,
       CASE WHEN g % 8 = 0 THEN (g * 7) % 12 WHEN g % 3 = 0 THEN 1 ELSE 0 END,
       CASE WHEN g % 8 = 0 THEN 25 ELSE 1 END,
       iu.created_at + interval '200 days' + g * interval '3 days' + interval '90 days',
       CASE WHEN g % 8 <> 0 AND g % 3 = 0 THEN iu.created_at + interval '200 days' + g * interval '3 days' + interval '2 days' END,
       iu.created_at + interval '200 days' + g * interval '3 days',
       iu.created_at + interval '200 days' + g * interval '3 days'
FROM generate_series(1, 150) AS g
CROSS JOIN LATERAL (
  SELECT (ARRAY['Gemma', 'Natalie', 'Joanne', 'Claire', 'Vicky', 'Sarah', 'Emma', 'Louise', 'Nicola', 'Kirsty', 'Amy', 'Jenny',
                'Steven', 'Paul', 'Andrew', 'Mark', 'Richard', 'David', 'Neil', 'Gareth', 'Stuart', 'Adam', 'Tom', 'Ben'])[1 + g % 24] AS fn,
         (ARRAY['Atkinson', 'Holmes', 'Lloyd', 'Barker', 'Chapman', 'Dixon', 'Gibson', 'Hunt', 'Kerr', 'Lowe', 'Marsh', 'Owen',
                'Pearson', 'Reid', 'Simpson', 'Walsh', 'Webb', 'Young', 'Burton', 'Gill', 'Hussain', 'Ali', 'Quinn', 'Doyle'])[1 + (g * 5) % 24] AS ln
) n
JOIN users iu ON iu.id = 10 + (g * 37) % 300
JOIN users ru ON ru.id = 300 + g % 120;

INSERT INTO api_keys (user_id, key, description, scopes, allowed_ips, created_by_id, last_used_at, revoked_at, created_at, updated_at)
SELECT CASE WHEN g % 3 = 0 THEN NULL WHEN g % 3 = 1 THEN 422 ELSE 423 END,
       pg_temp.hx('apikey:' || g, 64),
       (ARRAY['Zapier: new topics to club Slack', 'Ride calendar sync', 'Backup export (nightly)', 'Strava club feed importer', 'Moderation dashboard',
              'Newsletter digest builder', 'Stolen bike alerts to BikeRegister', 'Uptime monitor', 'Classifieds expiry job', 'Search reindex',
              'Grafana metrics', 'Welcome message bot'])[1 + g % 12],
       (ARRAY['{topics:read,posts:read}', '{topics:write,posts:write}', '{global}', '{topics:read}', '{users:read,posts:read,topics:read}', '{posts:write}'])[1 + g % 6]::text[],
       CASE WHEN g % 4 = 0 THEN NULL WHEN g % 4 = 1 THEN ARRAY['35.178.' || (g * 7 % 250) || '.' || (g * 13 % 250 + 2), '18.132.' || (g * 11 % 250) || '.' || (g * 3 % 250 + 2)]::inet[]
            WHEN g % 4 = 2 THEN ARRAY['52.56.' || (g * 17 % 250) || '.' || (g * 19 % 250 + 2)]::inet[] ELSE ARRAY['34.89.' || (g * 23 % 250) || '.0/24']::inet[] END,
       1 + g % 3,
       CASE WHEN g % 5 = 2 THEN NULL WHEN g % 7 = 3 THEN timestamptz '2021-09-11 08:00:00+00' + g * interval '30 days' + interval '188 days' ELSE timestamptz '2024-06-29 00:00:00+00' - g * interval '3 days 5 hours' END,
       CASE WHEN g % 7 = 3 THEN timestamptz '2021-09-11 08:00:00+00' + g * interval '30 days' + interval '200 days' END,
       timestamptz '2021-09-11 08:00:00+00' + g * interval '30 days',
       timestamptz '2021-09-11 08:00:00+00' + g * interval '30 days' + interval '1 day'
FROM generate_series(1, 24) AS g;

INSERT INTO "session" (sid, sess, expire)
SELECT translate(pg_temp.b64('sid:' || g, 24), '+/', '-_'),
       CASE WHEN g % 5 = 0 THEN
         format('{"cookie":{"originalMaxAge":null,"expires":null,"secure":true,"httpOnly":true,"path":"/","sameSite":"lax"},"csrfSecret":"%s","returnTo":"/t/%s/%s"}',
                translate(pg_temp.b64('csrf:' || g, 18), '+/', '-_'), t.slug, t.id)::json
       ELSE
         format('{"cookie":{"originalMaxAge":2592000000,"expires":"%s","secure":true,"httpOnly":true,"path":"/","sameSite":"lax"},"csrfSecret":"%s","passport":{"user":%s},"flash":{}}',
                to_char(e.exp, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), translate(pg_temp.b64('csrf:' || g, 18), '+/', '-_'), u.id)::json
       END,
       e.exp
FROM generate_series(1, 600) AS g
JOIN users u ON u.id = 1 + (g * 7) % 420
JOIN topics t ON t.id = 1 + (g * 3) % 600
CROSS JOIN LATERAL (SELECT timestamp '2024-06-30 00:00:00' + ((g * 7919) % 43200) * interval '1 minute' AS exp) e;

ANALYZE;
