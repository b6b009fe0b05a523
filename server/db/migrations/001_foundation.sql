-- Tenancy, admins and their tokens, users and licence seats.
create table partners (
  id text primary key,
  name text not null
);

create table clients (
  id text primary key,
  partner_id text not null references partners(id),
  name text not null,
  created_at timestamptz not null default now()
);
create index clients_partner on clients(partner_id, name);

create table agencies (
  id text primary key,
  client_id text not null references clients(id),
  name text not null
);
create index agencies_client on agencies(client_id);

create table licence_pools (
  id text primary key,
  client_id text not null references clients(id),
  key text not null,
  name text not null,
  kind text not null check (kind in ('user', 'operator')),
  total integer not null check (total >= 0),
  unique (client_id, key)
);

-- Admins: partner admins have no client; agency-scoped admins list their agencies.
create table admins (
  id text primary key,
  partner_id text not null references partners(id),
  client_id text references clients(id),
  role text not null check (role in ('partner_admin', 'super_admin', 'admin', 'operator')),
  display_name text not null,
  email text,
  agency_ids text[] not null default '{}'
);

-- Tokens are stored as SHA-256 digests: a copy of the table signs nobody in.
create table admin_tokens (
  token_sha256 text primary key,
  admin_id text not null references admins(id),
  created_at timestamptz not null default now()
);

create table users (
  id text primary key,
  client_id text not null references clients(id),
  agency_id text references agencies(id),
  first_name text not null,
  last_name text not null,
  email text,
  status text not null check (status in ('pending', 'invited', 'active', 'inactive', 'banned', 'closed'))
);
create index users_client on users(client_id);

create table user_licence_pools (
  user_id text not null references users(id) on delete cascade,
  pool_id text not null references licence_pools(id),
  primary key (user_id, pool_id)
);
create index user_licence_pools_pool on user_licence_pools(pool_id);
