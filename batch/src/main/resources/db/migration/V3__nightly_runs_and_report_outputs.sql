-- What the nightly run did with each file of its inbox, so that its summary survives a restart.
CREATE TABLE nightly_file (
    run_id        BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    submitter     VARCHAR(60)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    fate          VARCHAR(30)   NOT NULL,
    detail        VARCHAR(4000),
    moved_to      VARCHAR(1000),
    problems_file VARCHAR(1000),
    PRIMARY KEY (run_id, position)
);

-- Every PDF written, with a fingerprint of the data it was made from: a report is written again only when its
-- data changed or the file is gone.
CREATE TABLE report_output (
    target      VARCHAR(1000) NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)   NOT NULL,
    alliance    VARCHAR(40),
    fingerprint VARCHAR(64)   NOT NULL,
    written_at  TIMESTAMP     NOT NULL,
    run_id      BIGINT
);
