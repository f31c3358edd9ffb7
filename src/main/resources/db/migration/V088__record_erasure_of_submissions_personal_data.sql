-- The day a public submission's personal data was erased (by the retention schedule or on a person's
-- request): its names, contact details, words and files are gone; what the team decided stays.
ALTER TABLE public_submission ADD COLUMN personal_data_erased_on DATE;
