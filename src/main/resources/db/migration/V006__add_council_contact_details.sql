-- How the public reaches the complaints team, shown on the public feedback pages.
ALTER TABLE council_settings ADD COLUMN contact_email VARCHAR(320);
ALTER TABLE council_settings ADD COLUMN contact_phone VARCHAR(50);
ALTER TABLE council_settings ADD COLUMN contact_address VARCHAR(1000);
