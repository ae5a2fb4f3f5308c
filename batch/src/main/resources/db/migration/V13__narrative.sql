-- A partner's narrative for a year (the partner-file kind 'verslag'): per activity or outcome, four texts.
-- The format bounds each text to 1200 characters (VARCHAR counts characters in HSQLDB and PostgreSQL).
CREATE TABLE narrative (
    submission_id BIGINT        NOT NULL,
    line_no       BIGINT        NOT NULL,
    subject       VARCHAR(60)   NOT NULL,
    done          VARCHAR(1200),
    results       VARCHAR(1200),
    lessons       VARCHAR(1200),
    differences   VARCHAR(1200),
    PRIMARY KEY (submission_id, line_no)
);
