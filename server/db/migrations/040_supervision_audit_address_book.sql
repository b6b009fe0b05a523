-- Address-book group names are unique per client regardless of case ("Sales" and "sales" are one group to a person).
create unique index address_book_groups_name_ci on address_book_groups (client_id, lower(name));

-- The audit's per-subject filter (`?userId=`), newest first like the listing.
create index audit_subject_at on audit_events (subject_id, at desc, id desc) where subject_id is not null;

