// Indexes for the claim filters that start from no entity (issue 12): by
// predicate and by modality. Without them the planner scans every claim
// (NodeByLabelScan). Each filter shape's plan is checked by
// tests/store/query-plans.neo4j.test.ts. Cypher Manual, "Search-performance indexes".

CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate);
CREATE INDEX claim_modality IF NOT EXISTS FOR (c:Claim) ON (c.modality);
