-- Indexes for the claim and relation filters that had none (issue 12): a
-- claim list filtered by predicate (and modality) or by modality alone, a
-- relation list by predicate or modality. Each filter shape's plan is
-- checked by tests/store/query-plans.sqlite.test.ts.
CREATE INDEX claims_by_predicate ON claims (predicate, modality);
CREATE INDEX claims_by_modality ON claims (modality);
CREATE INDEX relations_by_predicate ON relations (predicate, claim_count DESC, id);
CREATE INDEX relations_by_modality ON relations (modality);
