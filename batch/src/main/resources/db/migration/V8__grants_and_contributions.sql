-- The subsidy granted to each partner per year (the ministry's decision) and the advance paid on it, from the
-- secretariat's subsidies.csv; and, on each line of a partner's realised expenditure, the part that the partner paid
-- from its own funds and the part that third parties paid.
CREATE TABLE alliance_grant (
    alliance   VARCHAR(40)    NOT NULL,
    partner    VARCHAR(40)    NOT NULL,
    grant_year INTEGER        NOT NULL,
    granted    DECIMAL(15, 2) NOT NULL,
    advanced   DECIMAL(15, 2) NOT NULL,
    decision   VARCHAR(200),
    PRIMARY KEY (alliance, partner, grant_year)
);

ALTER TABLE expenditure ADD COLUMN own_contribution DECIMAL(15, 2);
ALTER TABLE expenditure ADD COLUMN third_party_contribution DECIMAL(15, 2);
