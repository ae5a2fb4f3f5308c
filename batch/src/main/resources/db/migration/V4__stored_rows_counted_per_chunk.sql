-- How many rows of a pending submission are stored, counted in the same transaction as each chunk of rows, so that
-- accepting a submission can check that every row is there without counting them again.
ALTER TABLE submission ADD COLUMN stored_rows BIGINT DEFAULT 0 NOT NULL;
