-- Reporting's passes over the stages join each stage to its complaint for the complaint's kind, receipt, service area
-- and team; PostgreSQL hashes the statutory and corporate complaints for that join. This index holds exactly those
-- complaints and columns, so the hash is built from an index-only scan of a few tens of megabytes rather than from the
-- whole table (docs/benchmarks.md, "Reporting at national scale"). PostgreSQL only: H2 has neither partial indexes
-- nor INCLUDE, and at the sizes an H2 database holds the table scan is fast enough.
CREATE INDEX complaint_stage_complaint_reporting_idx ON complaint (id) INCLUDE (received_on, service_area_id, team_id)
    WHERE record_type = 'COMPLAINT' AND procedure_kind IN ('STATUTORY', 'CORPORATE');
