-- Stage 2's written statement of complaint is sent to the complainant to agree by a day (and sent again, amended,
-- if they ask for changes) before it is agreed and the Stage 2 clock starts.
ALTER TABLE complaint_stage ADD COLUMN statement_sent_on DATE;
ALTER TABLE complaint_stage ADD COLUMN statement_agree_by DATE;
ALTER TABLE complaint_stage ADD COLUMN statement_amendments INT DEFAULT 0 NOT NULL;

-- Working days after sending that the complainant is asked to agree the statement by, unless the officer enters a day.
ALTER TABLE casework_settings ADD COLUMN statement_agreement_days INT DEFAULT 10 NOT NULL;
