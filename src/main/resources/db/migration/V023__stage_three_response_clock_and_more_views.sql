-- The stage view's clock for Stage 3 is the response's, as the case log spec sets it: the council's
-- answer is timed from the panel's report (the panel from the request, the report from the panel
-- are the view's other dates, which reporting times on their own).
CREATE OR REPLACE VIEW casework_stage_view AS
SELECT c.id                    AS case_id,
       c.reference             AS reference,
       c.record_type           AS record_type,
       c.procedure_kind        AS procedure_kind,
       c.received_on           AS received_on,
       c.service_area_id       AS service_area_id,
       c.team_id               AS team_id,
       c.withdrawn_on          AS withdrawn_on,
       s.number                AS stage,
       s.requested_on          AS requested_on,
       s.statement_agreed_on   AS statement_agreed_on,
       CASE s.number WHEN 1 THEN c.received_on
                     WHEN 2 THEN COALESCE(s.statement_agreed_on, s.requested_on)
                     ELSE s.panel_report_on END AS clock_start_on,
       s.acknowledged_on       AS acknowledged_on,
       s.extended_to IS NOT NULL AS extended,
       s.panel_on              AS panel_on,
       s.panel_report_on       AS panel_report_on,
       s.responded_on          AS responded_on,
       s.outcome               AS outcome,
       s.decided_on            AS decided_on,
       s.responder_id          AS responder_id
FROM complaint c
JOIN complaint_stage s ON s.complaint_id = c.id;

-- Conciliation meetings and mediations held alongside the procedure.
CREATE VIEW casework_adr_view AS
SELECT a.complaint_id AS case_id, a.kind AS kind, a.held_on AS held_on, a.result AS result
FROM complaint_adr a;

-- The actions a stage's answer committed the council to: what the service learnt.
CREATE VIEW casework_action_view AS
SELECT a.complaint_id AS case_id, a.stage AS stage, a.text AS text, s.responded_on AS responded_on
FROM complaint_action a
JOIN complaint_stage s ON s.complaint_id = a.complaint_id AND s.number = a.stage;
