-- The English of the reference data's own words, for a report in English (the reference files' optional *_en
-- columns). Empty where none was given: the report then prints the Dutch and marks it.
ALTER TABLE organisation ADD COLUMN name_en VARCHAR(200);
ALTER TABLE subsidy_scheme ADD COLUMN name_en VARCHAR(200);
ALTER TABLE alliance ADD COLUMN name_en VARCHAR(200);
ALTER TABLE alliance ADD COLUMN strategic_goal_en VARCHAR(2000);
ALTER TABLE alliance ADD COLUMN long_term_goal_en VARCHAR(2000);
ALTER TABLE outcome ADD COLUMN description_en VARCHAR(1000);
ALTER TABLE indicator ADD COLUMN description_en VARCHAR(1000);
ALTER TABLE indicator ADD COLUMN unit_en VARCHAR(60);
ALTER TABLE planned_activity ADD COLUMN description_en VARCHAR(500);
