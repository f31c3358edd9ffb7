-- Read-only views casework publishes for reporting, beside casework_stage_view: one row per case,
-- and one per issue, remedy and cost of a case. Reporting reads these, never the tables behind them.
CREATE VIEW casework_case_view AS
SELECT c.id                         AS case_id,
       c.reference                  AS reference,
       c.record_type                AS record_type,
       c.procedure_kind             AS procedure_kind,
       c.received_on                AS received_on,
       c.channel                    AS channel,
       c.complainant_role           AS complainant_role,
       c.child_sex                  AS child_sex,
       c.child_ethnicity_code       AS child_ethnicity_code,
       c.child_ethnicity_text       AS child_ethnicity_text,
       c.child_age                  AS child_age,
       c.child_disabled             AS child_disabled,
       c.advocacy                   AS advocacy,
       c.service_area_id            AS service_area_id,
       c.team_id                    AS team_id,
       c.withdrawn_on               AS withdrawn_on,
       c.representation_answered_on AS representation_answered_on,
       c.status                     AS status,
       c.closed_on                  AS closed_on,
       c.current_stage              AS current_stage,
       c.current_due_on             AS current_due_on
FROM complaint c;

CREATE VIEW casework_issue_view AS
SELECT i.complaint_id AS case_id, i.issue_category_id AS issue_category_id
FROM complaint_issue i;

-- remedy_type is null for a payment an imported log did not attach to a remedy.
CREATE VIEW casework_remedy_view AS
SELECT r.complaint_id AS case_id, r.stage AS stage, r.remedy_type AS remedy_type, r.amount AS amount,
       r.recorded_on AS recorded_on
FROM complaint_remedy r;

CREATE VIEW casework_cost_view AS
SELECT k.complaint_id AS case_id, k.kind AS kind, k.amount AS amount, k.incurred_on AS incurred_on
FROM complaint_cost k;
