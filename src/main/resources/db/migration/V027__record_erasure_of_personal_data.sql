-- The day a case's personal data was erased (by the retention schedule or on a person's request): the
-- case stays, with every fact the figures count, and is not offered for erasure again.
ALTER TABLE complaint ADD COLUMN personal_data_erased_on DATE;
