-- The lead organisation's acts of review on a partner's submission: approved, or returned with a note; who and when.
-- Kept, never changed: a submission's state is its latest act (none: received).
CREATE TABLE submission_review (
    submission  BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    state       VARCHAR(20)    NOT NULL,
    reviewer    VARCHAR(200)   NOT NULL,
    reviewed_at TIMESTAMP      NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (submission, position)
);
