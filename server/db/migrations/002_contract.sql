-- Everything the contract needs: the full user record, invitations and their
-- outbox, idempotency, rate limits, branding, modules, assets, supervision,
-- audit, imports and address books.

-- Users: the full field set of DOMAIN.md. Agencies become a set (a user may
-- belong to several); an agency-scoped admin sees a user only when every one of
-- the user's agencies is within its scope.
alter table users add column agency_ids text[] not null default '{}';
update users set agency_ids = array[agency_id] where agency_id is not null;
alter table users drop column agency_id;
create index users_agencies on users using gin (agency_ids);

alter table users
  add column user_code text,
  add column login text,
  add column role text not null default 'user' check (role in ('super_admin', 'admin', 'operator', 'user')),
  add column mail_language text not null default 'en' check (mail_language in ('fr', 'en', 'de', 'nl', 'es', 'it', 'pt-br', 'zh-cn', 'ja', 'th')),
  add column job_title text,
  add column company text,
  add column department text,
  add column phone text,
  add column mobile text,
  add column street text,
  add column zip text,
  add column city text,
  add column country text,
  add column biography text,
  add column account_type text not null default 'user' check (account_type in ('user', 'contact')),
  add column owner_login text,
  add column visibility text not null default 'PUBLIC' check (visibility in ('PUBLIC', 'PRIVATE')),
  add column modification_prevention boolean not null default false,
  add column two_factor text not null default 'NONE' check (two_factor in ('NONE', 'TOTP', 'SMS', 'FIDO2')),
  add column suspension_date timestamptz,
  add column expiration_mode text not null default 'DEFAULT' check (expiration_mode in ('DEFAULT', 'DISABLED')),
  add column creation_notification boolean not null default true,
  add column storage_quota text,
  add column backup_quota text,
  add column remote_management boolean not null default false,
  add column support_management boolean not null default false,
  add column status_reason text,
  add column invited_at timestamptz,
  add column activated_at timestamptz,
  add column last_sign_in_at timestamptz,
  add column must_change_password boolean not null default false,
  add column api_key_sha256 text,
  add column password_hash text,
  add column created_at timestamptz not null default now(),
  add column updated_at timestamptz not null default now();

-- Seeded users of 001 get a code and a login before the constraints apply.
update users set user_code = upper(substr(md5(id), 1, 8)) where user_code is null;
update users set login = lower(regexp_replace(first_name, '[^A-Za-z0-9]', '', 'g') || '.' || regexp_replace(last_name, '[^A-Za-z0-9]', '', 'g') || '.' || substr(md5(id), 1, 4)) where login is null;
alter table users alter column user_code set not null, alter column login set not null;

create unique index users_code on users (user_code);
create unique index users_email on users (client_id, lower(email)) where email is not null;
create unique index users_login on users (client_id, lower(login));
-- The list's default sort and its keyset cursor.
create index users_client_name on users (client_id, lower(last_name), lower(first_name), id);
create index users_client_status on users (client_id, status);
create index users_suspension_due on users (suspension_date) where suspension_date is not null and status in ('invited', 'active');

create table invitations (
  id text primary key,
  client_id text not null references clients(id),
  user_id text not null references users(id) on delete cascade,
  email text not null,
  mail_language text not null,
  -- Only the digest: the token itself travels in the email and nowhere else.
  token_sha256 text not null unique,
  sent_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  revoked_at timestamptz
);
create index invitations_user on invitations (user_id, sent_at desc);

-- Every email the backend sends; the demo shows it as a mailbox. With SMTP
-- configured, `delivered_at`/`delivery_error` record the relay's answer.
create table outbox (
  id text primary key,
  client_id text references clients(id),
  user_id text references users(id) on delete set null,
  kind text not null,
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text not null,
  mail_language text not null,
  created_at timestamptz not null default now(),
  delivered_at timestamptz,
  delivery_error text
);
create index outbox_created on outbox (created_at desc);

-- Stripe's semantics: the first response is stored and replayed for the same key.
create table idempotency_keys (
  actor_id text not null,
  key text not null,
  route text not null,
  request_sha256 text not null,
  state text not null check (state in ('running', 'done')),
  response_status integer,
  response_body text,
  created_at timestamptz not null default now(),
  primary key (actor_id, key)
);

-- Fixed-window counters, shared by every instance behind a load balancer.
create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (bucket, window_start)
);

create table branding_settings (
  level text not null check (level in ('partner', 'client')),
  owner_id text not null,
  settings jsonb not null default '{}',
  version integer not null default 0,
  updated_at timestamptz,
  updated_by text,
  primary key (level, owner_id)
);

create table module_settings (
  level text not null check (level in ('partner', 'client')),
  owner_id text not null,
  settings jsonb not null default '{}',
  version integer not null default 0,
  updated_at timestamptz,
  updated_by text,
  primary key (level, owner_id)
);

create table assets (
  id text primary key,
  partner_id text not null references partners(id),
  purpose text not null check (purpose in ('logo', 'banner')),
  content_type text not null check (content_type in ('image/png', 'image/jpeg')),
  width integer not null,
  height integer not null,
  bytes integer not null,
  data bytea not null,
  created_by text not null,
  created_at timestamptz not null default now()
);

create table supervision_sessions (
  id text primary key,
  client_id text not null references clients(id),
  user_id text not null references users(id) on delete cascade,
  admin_id text not null references admins(id),
  reason text not null,
  token_sha256 text not null unique,
  started_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz
);
create index supervision_active on supervision_sessions (admin_id) where ended_at is null;

create table audit_events (
  id text primary key,
  at timestamptz not null default now(),
  action text not null,
  actor_id text not null,
  actor_name text not null,
  partner_id text not null,
  client_id text,
  subject_type text,
  subject_id text,
  subject_label text,
  -- Agencies of the subject at the time, so agency-scoped admins see only their own.
  subject_agency_ids text[] not null default '{}',
  reason text,
  supervision_session_id text,
  details jsonb not null default '{}'
);
create index audit_client_at on audit_events (client_id, at desc, id desc);
create index audit_partner_at on audit_events (partner_id, at desc, id desc);

create table import_jobs (
  id text primary key,
  client_id text not null references clients(id),
  kind text not null check (kind in ('users', 'contacts')),
  file_name text not null,
  status text not null check (status in ('validated', 'invalid', 'committed')),
  row_count integer not null,
  valid_rows integer not null,
  error_rows integer not null,
  errors_by_code jsonb not null,
  errors jsonb not null,
  -- The validated rows, kept until commit so the commit creates exactly what was checked.
  rows jsonb not null,
  created_by text not null,
  created_at timestamptz not null default now(),
  committed_at timestamptz,
  created_user_ids text[] not null default '{}'
);

create table address_book_groups (
  id text primary key,
  client_id text not null references clients(id),
  name text not null,
  contact_count integer not null default 0,
  unique (client_id, name)
);

create table address_book_shares (
  group_id text not null references address_book_groups(id) on delete cascade,
  user_id text not null references users(id) on delete cascade,
  permission text not null check (permission in ('read', 'write')),
  shared_at timestamptz not null default now(),
  primary key (group_id, user_id)
);
