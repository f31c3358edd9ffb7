-- A complainant who has asked not to be contacted, or whose address must not be written to (a refuge, a
-- protected placement): Heard never sends them a letter or email while the case says so.
ALTER TABLE complaint ADD COLUMN complainant_do_not_contact BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE complaint ADD COLUMN complainant_address_restricted BOOLEAN NOT NULL DEFAULT FALSE;
