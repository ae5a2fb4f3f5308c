-- The ministry's assessment of an alliance's plans or report for a year, as the lead organisation recorded it from the
-- ministry's letter: outcome, the letter's date and note, who recorded it and when. Once per year and document.
CREATE TABLE ministry_assessment (
    alliance     VARCHAR(40)   NOT NULL,
    report_year  INTEGER       NOT NULL,
    document     VARCHAR(20)   NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    assessed_on  DATE          NOT NULL,
    note         VARCHAR(2000),
    recorded_by  VARCHAR(200)  NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (alliance, report_year, document)
);
