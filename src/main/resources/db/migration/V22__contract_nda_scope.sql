-- Every contract carries a confidentiality agreement (NDA); what it covers follows the data.
ALTER TABLE contract ADD COLUMN nda_scope VARCHAR(500);
