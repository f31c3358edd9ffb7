-- One row for each submission of the form that logs a complaint, written in the same transaction as the
-- complaint. Two requests carrying one submission (the button pressed twice at once) cannot both log it:
-- the second fails on the key, and is shown the case the first made.
CREATE TABLE complaint_submission (
    submission_id VARCHAR(36) PRIMARY KEY,
    reference     VARCHAR(50)
);
