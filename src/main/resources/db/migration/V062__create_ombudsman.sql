-- The Local Government and Social Care Ombudsman's involvement in a record: when it first told the
-- council, what it decided and when, and any remedy it asked for and when the council complied.
CREATE TABLE ombudsman_case (
    reference           VARCHAR(50)  NOT NULL PRIMARY KEY,
    version             INT          NOT NULL DEFAULT 0,
    ombudsman_reference VARCHAR(50),
    referred_on         DATE,
    decision            VARCHAR(40),
    decided_on          DATE,
    remedy              VARCHAR(4000),
    remedy_due_on       DATE,
    remedy_complied_on  DATE,
    imported_from       VARCHAR(300),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ombudsman_referred_idx ON ombudsman_case (referred_on);
CREATE INDEX ombudsman_decided_idx ON ombudsman_case (decided_on);

-- The read-only view the ombudsman module publishes for reporting.
CREATE VIEW ombudsman_view AS
SELECT o.reference, o.referred_on, o.decision, o.decided_on, o.remedy_due_on, o.remedy_complied_on
FROM ombudsman_case o;
