CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE, DELETE ON audit_event
    FOR EACH ROW CALL 'heard.audit.AppendOnlyTrigger';
