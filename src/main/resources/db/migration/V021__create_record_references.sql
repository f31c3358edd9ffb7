-- Every record's reference, whichever module holds the record (a complaint, a compliment...):
-- references are unique across all of Heard, as the case log requires.
CREATE TABLE record_reference (
    reference   VARCHAR(50) NOT NULL PRIMARY KEY,
    record_type VARCHAR(20) NOT NULL
);
