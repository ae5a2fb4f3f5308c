-- An alliance's yearly progress report as the lead organisation submitted it: who and when, and the exact versions of
-- the partners' files it was made of, saved in the same transaction, never changed.
CREATE TABLE submitted_report (
    alliance     VARCHAR(40)  NOT NULL,
    report_year  INTEGER      NOT NULL,
    submitted_by VARCHAR(200) NOT NULL,
    submitted_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (alliance, report_year)
);

CREATE TABLE submitted_report_version (
    alliance    VARCHAR(40) NOT NULL,
    report_year INTEGER     NOT NULL,
    submission  BIGINT      NOT NULL,
    PRIMARY KEY (alliance, report_year, submission)
);
