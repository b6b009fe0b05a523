-- Rows still `pending` a while after they were written: their transaction
-- committed but the process died before the first send (deliverOutbox runs
-- after the commit). The outbox worker picks them up once a grace period has
-- passed (retryOutbox), through this index.
create index outbox_pending_due on outbox (created_at) where delivery_status = 'pending';
