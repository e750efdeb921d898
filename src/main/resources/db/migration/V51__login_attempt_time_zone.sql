-- Lockouts are compared across nodes: store the instants with their zone, as every other table
-- does, so that nodes in different time zones agree on when an account unlocks.
ALTER TABLE login_attempt ALTER COLUMN last_failure SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE login_attempt ALTER COLUMN locked_until SET DATA TYPE TIMESTAMP WITH TIME ZONE;
