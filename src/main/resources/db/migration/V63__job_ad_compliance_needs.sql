-- The compliance statements the contract will require, stated in the ad so that applicants
-- who cannot make them drop out before an offer uses up the round.
ALTER TABLE job_ad ADD COLUMN compliance_needs VARCHAR(500);
