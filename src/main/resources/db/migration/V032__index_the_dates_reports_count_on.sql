-- The days reporting counts casework's records on, indexed so that the figures of one year read that year's rows
-- rather than every row (docs/benchmarks.md): a stage's response and panel, a remedy, a cost, an ADR session.
-- The stage's request and decision dates are indexed already (V020).
CREATE INDEX complaint_stage_responded_idx ON complaint_stage (responded_on);
CREATE INDEX complaint_stage_panel_idx ON complaint_stage (panel_on);
CREATE INDEX complaint_remedy_recorded_idx ON complaint_remedy (recorded_on);
CREATE INDEX complaint_cost_incurred_idx ON complaint_cost (incurred_on);
CREATE INDEX complaint_adr_held_idx ON complaint_adr (held_on);
