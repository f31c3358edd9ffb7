-- The actions view names each action's place in its answer, so that another module (learning) can
-- take each action up once: text alone does not tell two identical actions of one answer apart.
-- The new column comes last, as PostgreSQL requires of a replaced view.
CREATE OR REPLACE VIEW casework_action_view AS
SELECT a.complaint_id AS case_id, a.stage AS stage, a.text AS text, s.responded_on AS responded_on,
       a.position AS position
FROM complaint_action a
JOIN complaint_stage s ON s.complaint_id = a.complaint_id AND s.number = a.stage;
