-- The day a compliment's, comment's or enquiry's personal data was erased (by the retention schedule or on
-- a person's request): the record stays, with what the figures count, and is not offered for erasure again.
ALTER TABLE feedback ADD COLUMN personal_data_erased_on DATE;
