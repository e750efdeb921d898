-- Customer-facing work: the clause legal drafts (the contractor reaches the company's clients only
-- through the company's channels and does not solicit them) and the contractor's signed statement.
ALTER TABLE contract ADD COLUMN client_contact_clause VARCHAR(4000);
ALTER TABLE contract_offer ADD COLUMN client_contact_accepted BOOLEAN;
