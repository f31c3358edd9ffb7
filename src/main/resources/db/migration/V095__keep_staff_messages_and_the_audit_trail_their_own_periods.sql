-- Messages to staff (reminders, alerts, follow-ups, digests) get a period of their own, erased by age by the
-- retention schedule's nightly run; the audit trail's period may not go below the 7 years under which the
-- database refuses to delete an entry (db/vendor V092).
INSERT INTO retention_period (record_class, years) VALUES ('STAFF_MESSAGE', 2);
ALTER TABLE retention_period ADD CONSTRAINT retention_period_audit_floor_ck CHECK (record_class <> 'AUDIT' OR years >= 7);
