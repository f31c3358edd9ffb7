-- A message's personal data (to whom, its words) is erased with its record's (retention, or a person's
-- request), and a message to staff after its own period (docs/security.md, "Retention and subject access").
-- The row stays, as the fact that a message was sent and as the key that keeps it from being sent twice.
ALTER TABLE notify_message ADD COLUMN personal_data_erased_on DATE;
CREATE INDEX notify_message_created_idx ON notify_message (created_at);
