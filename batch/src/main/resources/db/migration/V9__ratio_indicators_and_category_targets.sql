-- An indicator that is a ratio (a percentage of people or things) keeps, with each partner's value, its numerator and
-- denominator, so that partners combine as one ratio (the sum of the numerators over the sum of the denominators).
ALTER TABLE indicator_result ADD COLUMN numerator DECIMAL(19, 4);
ALTER TABLE indicator_result ADD COLUMN denominator DECIMAL(19, 4);

-- Targets for one category of a breakdown (geslacht: vrouw), beside the targets of an indicator's total.
CREATE TABLE indicator_category_target (
    alliance    VARCHAR(40)    NOT NULL,
    indicator   VARCHAR(60)    NOT NULL,
    dimension   VARCHAR(60)    NOT NULL,
    category    VARCHAR(60)    NOT NULL,
    target_year INTEGER        NOT NULL,
    target      DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (alliance, indicator, dimension, category, target_year)
);
