-- A status update's blockers become a task for the named liaison (retainer "Resolve blocker");
-- how it was resolved, by whom and when is kept with the update, and the contractor reads it.
ALTER TABLE status_update ADD COLUMN blocker_outcome VARCHAR(20);
ALTER TABLE status_update ADD COLUMN blocker_resolution VARCHAR(4000);
ALTER TABLE status_update ADD COLUMN blocker_resolved_by VARCHAR(255);
ALTER TABLE status_update ADD COLUMN blocker_resolved_at TIMESTAMP WITH TIME ZONE;
