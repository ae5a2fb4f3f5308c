-- Voortgang's own tables. Portable SQL (HSQLDB by default, PostgreSQL later): standard types, identity
-- columns, no vendor functions. Row tables of submissions have only their primary key, so that large files
-- load fast; they are read by submission.

CREATE TABLE subsidy_scheme (
    code              VARCHAR(40)   NOT NULL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    ministry          VARCHAR(40)   NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    plans_due         VARCHAR(5)    NOT NULL,
    assessment_due    VARCHAR(5)    NOT NULL,
    report_due        VARCHAR(5)    NOT NULL,
    tolerance_percent DECIMAL(7, 4) NOT NULL
);

CREATE TABLE organisation (
    code          VARCHAR(40)   NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    founding_year INTEGER,
    parent        VARCHAR(40),
    themes        VARCHAR(2000),
    last_changed  DATE
);

CREATE TABLE organisation_former_name (
    organisation VARCHAR(40)  NOT NULL,
    position     INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    from_year    INTEGER      NOT NULL,
    until_year   INTEGER,
    PRIMARY KEY (organisation, position)
);

CREATE TABLE board_seat (
    organisation VARCHAR(40)  NOT NULL,
    position     INTEGER      NOT NULL,
    role         VARCHAR(120) NOT NULL,
    holder       VARCHAR(120),
    note         VARCHAR(300),
    PRIMARY KEY (organisation, position)
);

CREATE TABLE representation (
    organisation VARCHAR(40) NOT NULL,
    position     INTEGER     NOT NULL,
    network      VARCHAR(40) NOT NULL,
    on_behalf_of VARCHAR(40) NOT NULL,
    PRIMARY KEY (organisation, position)
);

CREATE TABLE alliance (
    code           VARCHAR(40)   NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    strategic_goal VARCHAR(2000) NOT NULL,
    long_term_goal VARCHAR(2000) NOT NULL,
    scheme         VARCHAR(40)   NOT NULL,
    start_date     DATE          NOT NULL,
    end_date       DATE
);

CREATE TABLE alliance_name (
    alliance VARCHAR(40)  NOT NULL,
    position INTEGER      NOT NULL,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (alliance, position)
);

CREATE TABLE membership (
    alliance     VARCHAR(40) NOT NULL,
    position     INTEGER     NOT NULL,
    organisation VARCHAR(40) NOT NULL,
    role         VARCHAR(20) NOT NULL,
    start_date   DATE        NOT NULL,
    end_date     DATE,
    PRIMARY KEY (alliance, position)
);

CREATE TABLE outcome (
    alliance    VARCHAR(40)   NOT NULL,
    code        VARCHAR(60)   NOT NULL,
    position    INTEGER       NOT NULL,
    description VARCHAR(1000) NOT NULL,
    PRIMARY KEY (alliance, code)
);

CREATE TABLE indicator (
    alliance      VARCHAR(40)    NOT NULL,
    code          VARCHAR(60)    NOT NULL,
    position      INTEGER        NOT NULL,
    outcome       VARCHAR(60)    NOT NULL,
    description   VARCHAR(1000)  NOT NULL,
    unit          VARCHAR(60)    NOT NULL,
    aggregation   VARCHAR(10)    NOT NULL,
    baseline      DECIMAL(19, 4),
    baseline_year INTEGER,
    PRIMARY KEY (alliance, code)
);

CREATE TABLE indicator_target (
    alliance  VARCHAR(40)    NOT NULL,
    indicator VARCHAR(60)    NOT NULL,
    target_year INTEGER      NOT NULL,
    target    DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (alliance, indicator, target_year)
);

CREATE TABLE planned_activity (
    alliance       VARCHAR(40)    NOT NULL,
    code           VARCHAR(60)    NOT NULL,
    plan_year      INTEGER        NOT NULL,
    position       INTEGER        NOT NULL,
    description    VARCHAR(500)   NOT NULL,
    responsible    VARCHAR(40)    NOT NULL,
    outcome        VARCHAR(60)    NOT NULL,
    start_date     DATE           NOT NULL,
    end_date       DATE,
    planned_budget DECIMAL(15, 2) NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    PRIMARY KEY (alliance, code)
);

CREATE TABLE newsletter_edition (
    edition      VARCHAR(7)    NOT NULL PRIMARY KEY,
    published_on DATE          NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    profile      VARCHAR(40),
    introduction VARCHAR(2000)
);

CREATE TABLE news_item (
    edition     VARCHAR(7)     NOT NULL,
    position    INTEGER        NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    author      VARCHAR(120)   NOT NULL,
    author_role VARCHAR(120)   NOT NULL,
    organisation VARCHAR(40),
    PRIMARY KEY (edition, position)
);

CREATE TABLE meeting (
    position     INTEGER       NOT NULL PRIMARY KEY,
    meeting_date DATE          NOT NULL,
    time_text    VARCHAR(40),
    place        VARCHAR(120)  NOT NULL,
    topic        VARCHAR(300)  NOT NULL,
    speakers     VARCHAR(2000),
    organiser    VARCHAR(40)
);

-- A partner's file that passed every check. PENDING while its rows are being stored (invisible to reports),
-- then ACCEPTED (the current version) and later SUPERSEDED by a newer one.
CREATE TABLE submission (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 1) PRIMARY KEY,
    partner       VARCHAR(40)   NOT NULL,
    alliance      VARCHAR(40)   NOT NULL,
    report_year   INTEGER       NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    state         VARCHAR(12)   NOT NULL,
    version       INTEGER,
    superseded_by BIGINT,
    file_name     VARCHAR(255)  NOT NULL,
    checksum      VARCHAR(64)   NOT NULL,
    received_at   TIMESTAMP     NOT NULL,
    submitted_by  VARCHAR(200)  NOT NULL,
    row_count     BIGINT        NOT NULL,
    kept_copy     VARCHAR(1000) NOT NULL,
    stored_at     TIMESTAMP
);
CREATE UNIQUE INDEX submission_once_per_partner ON submission (partner, checksum);
CREATE INDEX submission_by_alliance ON submission (alliance, partner, report_year, kind);

CREATE TABLE submission_warning (
    submission_id BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    line_no       BIGINT        NOT NULL,
    column_name   VARCHAR(100),
    value_text    VARCHAR(2000),
    message       VARCHAR(2000) NOT NULL,
    hint          VARCHAR(2000),
    PRIMARY KEY (submission_id, position)
);

CREATE TABLE budget_line (
    submission_id BIGINT         NOT NULL,
    line_no       BIGINT         NOT NULL,
    category      VARCHAR(20)    NOT NULL,
    amount        DECIMAL(15, 2) NOT NULL,
    status        VARCHAR(12)    NOT NULL,
    note          VARCHAR(2000),
    PRIMARY KEY (submission_id, line_no)
);

CREATE TABLE expenditure (
    submission_id BIGINT         NOT NULL,
    line_no       BIGINT         NOT NULL,
    category      VARCHAR(20)    NOT NULL,
    amount        DECIMAL(15, 2) NOT NULL,
    booked_on     DATE,
    description   VARCHAR(500),
    explanation   VARCHAR(2000),
    PRIMARY KEY (submission_id, line_no)
);

CREATE TABLE activity_progress (
    submission_id BIGINT        NOT NULL,
    line_no       BIGINT        NOT NULL,
    activity      VARCHAR(60)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    completed_on  DATE,
    explanation   VARCHAR(2000),
    PRIMARY KEY (submission_id, line_no)
);

CREATE TABLE indicator_result (
    submission_id BIGINT         NOT NULL,
    line_no       BIGINT         NOT NULL,
    indicator     VARCHAR(60)    NOT NULL,
    result_value  DECIMAL(19, 4) NOT NULL,
    dimension     VARCHAR(60),
    category      VARCHAR(60),
    explanation   VARCHAR(2000),
    PRIMARY KEY (submission_id, line_no)
);

-- A file that was read and refused: kept, with its problems written next to the kept copy.
CREATE TABLE rejected_file (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 1) PRIMARY KEY,
    submitter     VARCHAR(40)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    checksum      VARCHAR(64)   NOT NULL,
    kind          VARCHAR(30),
    received_at   TIMESTAMP     NOT NULL,
    rejected_at   TIMESTAMP     NOT NULL,
    error_count   INTEGER       NOT NULL,
    kept_copy     VARCHAR(1000) NOT NULL,
    problems_file VARCHAR(1000) NOT NULL
);
CREATE UNIQUE INDEX rejected_once_per_submitter ON rejected_file (submitter, checksum);

-- A reference file of the secretariat that was loaded.
CREATE TABLE reference_file (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 1) PRIMARY KEY,
    file_name   VARCHAR(255)  NOT NULL,
    checksum    VARCHAR(64)   NOT NULL,
    format      VARCHAR(40)   NOT NULL,
    row_count   BIGINT        NOT NULL,
    loaded_at   TIMESTAMP     NOT NULL,
    kept_copy   VARCHAR(1000) NOT NULL
);
CREATE UNIQUE INDEX reference_file_once ON reference_file (checksum);

-- One run at a time that writes, also between machines that share the database.
CREATE TABLE run_lock (
    name         VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(200) NOT NULL,
    acquired_at  TIMESTAMP    NOT NULL,
    heartbeat_at TIMESTAMP    NOT NULL
);
