-- The one ingest flow (issue 11).
-- Every problem has a stable code beside its text. Warnings are the only problems kept with a submission, and a partner
-- file has two kinds of warning (an unknown column, a completion date on an activity that is not completed): the codes
-- of warnings kept before this migration follow from their text.
ALTER TABLE submission_warning ADD COLUMN code VARCHAR(40) DEFAULT 'UNKNOWN_COLUMN' NOT NULL;
UPDATE submission_warning SET code = 'COMPLETION_DATE_NOT_COMPLETED' WHERE message LIKE 'Er staat een datum %';

-- A submission is PENDING while a large file's rows are stored in chunks, ACCEPTED or SUPERSEDED once it counts, and
-- REFUSED for the moment between a large file's refusal and the removal of the rows it had stored.

-- A nightly run records each file's fate once: found by run, folder and name when a restarted run skips what it did.
CREATE UNIQUE INDEX nightly_file_once_per_run ON nightly_file (run_id, submitter, file_name);
