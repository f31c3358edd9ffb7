-- The retention schedule's run removes audit entries past the audit trail's period (Settings, never below
-- 7 years). The trigger that keeps the trail append-only (V003) now lets a DELETE through for an entry
-- older than a fixed floor of 7 years by the database's own clock, and refuses every other: UPDATE,
-- TRUNCATE and the DELETE of any younger entry, to every role, the owner too. Only the owner can drop or
-- disable the trigger, or change this function, so the application's role cannot move the floor.
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.occurred_at < now() - interval '7 years' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: % on audit_event refused', TG_OP;
END
$$ LANGUAGE plpgsql;

-- V091 took DELETE back from the application's role with UPDATE and TRUNCATE. Give DELETE back to each
-- role that may add to the trail (and is not its owner): the trigger above limits it to entries past the
-- floor. UPDATE and TRUNCATE stay taken.
DO $$
DECLARE
    holder text;
BEGIN
    FOR holder IN
        SELECT DISTINCT g.grantee
        FROM information_schema.role_table_grants g
        JOIN pg_tables t ON t.schemaname = g.table_schema AND t.tablename = g.table_name
        WHERE g.table_schema = current_schema() AND g.table_name = 'audit_event'
          AND g.privilege_type = 'INSERT' AND g.grantee <> t.tableowner AND g.grantee <> 'PUBLIC'
    LOOP
        EXECUTE 'GRANT DELETE ON audit_event TO ' || quote_ident(holder);
    END LOOP;
END
$$;
