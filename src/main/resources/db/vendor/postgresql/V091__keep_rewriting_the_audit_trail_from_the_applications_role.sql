-- Heard can run as a database role that does not own its tables (README, "Running Heard as a role that
-- does not own the database"): Flyway migrates as the owner, the application connects as a role the
-- owner's default privileges give SELECT, INSERT, UPDATE and DELETE on the tables it creates. That must
-- not include changing or removing the audit trail: this takes UPDATE, DELETE and TRUNCATE on
-- audit_event back from every role but its owner. (The trigger of V003 refuses them to the owner too;
-- only the owner can drop or disable a trigger, so the application's role cannot get round it.)
DO $$
DECLARE
    holder text;
BEGIN
    FOR holder IN
        SELECT DISTINCT g.grantee
        FROM information_schema.role_table_grants g
        JOIN pg_tables t ON t.schemaname = g.table_schema AND t.tablename = g.table_name
        WHERE g.table_schema = current_schema() AND g.table_name = 'audit_event'
          AND g.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') AND g.grantee <> t.tableowner
    LOOP
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM '
            || CASE WHEN holder = 'PUBLIC' THEN 'PUBLIC' ELSE quote_ident(holder) END;
    END LOOP;
END
$$;
