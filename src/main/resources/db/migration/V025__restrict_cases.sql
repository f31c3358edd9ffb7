-- A restricted case (docs/security.md, "Restricted records"): seen only by the staff named on it and
-- complaints managers. One row while the case is restricted; marking and lifting are kept in the
-- case's timeline and the audit trail.
CREATE TABLE complaint_restriction (
    complaint_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES complaint (id),
    reason        VARCHAR(30)  NOT NULL,
    other_reason  VARCHAR(500),
    restricted_on DATE         NOT NULL,
    restricted_by VARCHAR(200) NOT NULL
);
