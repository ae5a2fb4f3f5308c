-- A scheme writes a due day as "vóór 20 september" (that day is late) or "uiterlijk 1 april" (that day is in time).
-- Until now every due day was read as "uiterlijk"; the flags keep that for schemes stored before.
ALTER TABLE subsidy_scheme ADD COLUMN plans_due_before BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE subsidy_scheme ADD COLUMN assessment_due_before BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE subsidy_scheme ADD COLUMN report_due_before BOOLEAN DEFAULT FALSE NOT NULL;
