-- Every deadline of an open case still to be met (the acknowledgement, each stage's response or extended
-- response, the Stage 2 statement's agreement, the panel, its report, the authority's response), worked out
-- whenever the case is saved, as the current_ columns are: the reminder run reads those due by a date in one
-- indexed query rather than working out a hundred thousand cases' deadlines each morning.
CREATE TABLE complaint_open_deadline (
    complaint_id BIGINT      NOT NULL REFERENCES complaint (id),
    kind         VARCHAR(30) NOT NULL,
    stage        INT         NOT NULL,
    due_on       DATE        NOT NULL,
    extended     BOOLEAN     NOT NULL,
    -- The member of staff who must meet it (the stage's responder, or Stage 2's Investigating Officer), if named.
    owner_id     BIGINT,
    PRIMARY KEY (complaint_id, kind, stage)
);
CREATE INDEX complaint_open_deadline_due_idx ON complaint_open_deadline (due_on);

-- An installation upgraded to this has cases saved before: each keeps its current deadline until the casework job
-- "casework-open-deadlines" works out all of them (it picks the cases this flag marks) before the next reminders.
INSERT INTO complaint_open_deadline (complaint_id, kind, stage, due_on, extended, owner_id)
SELECT c.id, c.current_deadline, COALESCE(c.current_stage, 0), c.current_due_on,
       c.current_deadline = 'RESPONSE' AND s.extended_to IS NOT NULL,
       CASE WHEN c.current_deadline = 'ACKNOWLEDGEMENT' THEN NULL ELSE c.current_responder_id END
FROM complaint c
LEFT JOIN complaint_stage s ON s.complaint_id = c.id AND s.number = c.current_stage
WHERE c.status = 'OPEN' AND c.current_due_on IS NOT NULL AND c.current_deadline IS NOT NULL;

ALTER TABLE complaint ADD COLUMN deadlines_listed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE complaint ALTER COLUMN deadlines_listed SET DEFAULT TRUE;
