-- Seat epochs, contacts' owner reference, outbox retries, and cheaper user writes.

-- Every transaction that locks a pool to take seats (lockPools) bumps its epoch
-- in the same statement that locks it. A bulk send that finds the epoch it left
-- one chunk earlier knows nobody else took a seat meanwhile and reuses its own
-- count instead of counting the pool again (a count reads every seat of the
-- pool: about 100,000 rows in a big client, for each chunk of 1,000 users).
alter table licence_pools add column seats_epoch bigint not null default 0;

-- A contact's owner is a foreign key on (client, login): the owner's login
-- change follows to its contacts (on update cascade) and an owner cannot be
-- deleted while it owns contacts (restrict), so the reference never dangles.
-- Logins are unique per client case-insensitively (users_login), so they are
-- unique as written too; the foreign key needs that plain unique index.
create unique index users_client_login on users (client_id, login);
-- Only contacts have an owner; contacts whose owner is written in another case get its spelling.
update users set owner_login = null where account_type <> 'contact' and owner_login is not null;
update users c set owner_login = o.login
  from users o
 where c.account_type = 'contact' and o.client_id = c.client_id and lower(o.login) = lower(c.owner_login) and o.login <> c.owner_login;
-- Contacts whose owner was deleted before this migration have no owner left to point at.
update users c set owner_login = null
 where c.account_type = 'contact' and c.owner_login is not null
   and not exists (select 1 from users o where o.client_id = c.client_id and o.login = c.owner_login);
alter table users add constraint users_owner_login_fkey
  foreign key (client_id, owner_login) references users (client_id, login) on update cascade on delete restrict;
create index users_owner on users (client_id, owner_login) where owner_login is not null;

-- Indexes no query uses any more: every non-HOT update of a user (an invitation
-- changes its status) writes each index, so each one left costs every write.
-- users_client: a prefix of users_client_status; users_client_name: the
-- unfolded name order, replaced by users_sort_last_name (migration 010);
-- users_suspension_due: replaced by users_suspension_due_all (migration 010).
drop index if exists users_client;
drop index if exists users_client_name;
drop index if exists users_suspension_due;

-- The same trigrams, without the `distinct` sort: GIN removes duplicate keys
-- itself and `@>` ignores them, so the index and every search answer the same,
-- and each row costs half as much to index (an invitation re-indexes the row).
create or replace function suite_trigrams(value text) returns text[]
  language sql immutable strict parallel safe
  as $tri$ select array(select substr(value, i, 3) from generate_series(1, length(value) - 2) as i) $tri$;

-- Outbox delivery: a relay that refuses or is down is retried with backoff.
-- pending: not tried (no SMTP_URL, or just written); sending: claimed by a
-- sender until next_attempt_at (a sender that died leaves it to be retried);
-- delivered; retrying: failed, next try at next_attempt_at; failed: gave up.
alter table outbox
  add column delivery_status text not null default 'pending' check (delivery_status in ('pending', 'sending', 'delivered', 'retrying', 'failed')),
  add column attempts integer not null default 0,
  add column next_attempt_at timestamptz;
update outbox set delivery_status = 'delivered', attempts = 1 where delivered_at is not null;
update outbox set delivery_status = 'retrying', attempts = 1, next_attempt_at = now() where delivered_at is null and delivery_error is not null;
create index outbox_retry_due on outbox (next_attempt_at) where delivery_status in ('sending', 'retrying');
