-- One supervision session's trail (`?supervisionSessionId=`), in the listing's order.
create index audit_supervision_session_at on audit_events (supervision_session_id, at desc, id desc) where supervision_session_id is not null;
