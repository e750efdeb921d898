-- The ad states the owner's cut-off date: by when the work must be done.
ALTER TABLE job_ad ADD COLUMN cut_off_date DATE;
