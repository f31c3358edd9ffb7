-- The calendar: England and Wales bank holidays, the council's closure days, and for reporting a table
-- of every day Heard knows with its running working-day number.
-- The column "day" is quoted because H2 reserves the word; quoted in lower case it is the same column
-- on PostgreSQL, where day is an ordinary name.

CREATE TABLE calendar_bank_holiday (
    "day"     DATE                     NOT NULL,
    title     VARCHAR(200)             NOT NULL,
    notes     VARCHAR(200)             NOT NULL,
    bunting   BOOLEAN                  NOT NULL,
    source    VARCHAR(10)              NOT NULL,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_bank_holiday_pk PRIMARY KEY ("day"),
    CONSTRAINT calendar_bank_holiday_source_ck CHECK (source IN ('bundled', 'uploaded'))
);

CREATE TABLE calendar_closure_day (
    "day"       DATE                     NOT NULL,
    description VARCHAR(200)             NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_closure_day_pk PRIMARY KEY ("day")
);

-- One row for every day from 1 January of the first year with bank holidays to 31 December of the last.
-- working_day_no counts the working days on or before the day, so the working days between two dates
-- are the difference of their numbers. Rewritten in the transaction of every change to the two tables above.
CREATE TABLE calendar_day (
    "day"          DATE    NOT NULL,
    working_day_no INT     NOT NULL,
    is_working     BOOLEAN NOT NULL,
    CONSTRAINT calendar_day_pk PRIMARY KEY ("day")
);
CREATE INDEX calendar_day_working_day_no_idx ON calendar_day (working_day_no);

-- Moved on by every change, so that each instance of Heard can tell that its cached calendar is out of
-- date; its one row is also the lock that makes changes from several instances happen one at a time.
CREATE TABLE calendar_version (
    id      INT    NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT calendar_version_pk PRIMARY KEY (id),
    CONSTRAINT calendar_version_one_row_ck CHECK (id = 1)
);
INSERT INTO calendar_version (id, version) VALUES (1, 0);
