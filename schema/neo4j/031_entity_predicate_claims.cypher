// An entity's claims (in any role) of some predicates (issue 12 item 6), read per role and
// predicate in the order of every claim list (`publishedOrder`) and cut at the page's end
// (src/store/neo4j/neo4j-claims-in-order.ts `ofEntityAndPredicatesInOrder`), where the general
// match read every claim of the entity (a hub's 117,356 at a million claims) to keep those of the
// predicate. One index per role, the entity's id, then the predicate, then the order.
CREATE INDEX claim_subject_predicate_order IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.predicate, c.publishedOrder);
CREATE INDEX claim_object_predicate_order IF NOT EXISTS FOR (c:Claim) ON (c.objectId, c.predicate, c.publishedOrder);
CREATE INDEX claim_speaker_predicate_order IF NOT EXISTS FOR (c:Claim) ON (c.attributedToId, c.predicate, c.publishedOrder);
CREATE INDEX claim_reporter_predicate_order IF NOT EXISTS FOR (c:Claim) ON (c.reportedById, c.predicate, c.publishedOrder);
CREATE INDEX claim_location_predicate_order IF NOT EXISTS FOR (c:Claim) ON (c.locationId, c.predicate, c.publishedOrder);
CREATE INDEX claim_item_predicate_order IF NOT EXISTS FOR (c:Claim) ON (c.itemId, c.predicate, c.publishedOrder);

// The claims not judged WRONG naming each entity in any role, per predicate, each claim once
// (beside migration 026's per entity), kept in the transactions that write
// (src/store/neo4j/neo4j-kind-counts.ts `keepingClaimCounts`): the total of such a list. One
// node per entity and predicate, found by its key (the two as a JSON array).
CREATE CONSTRAINT entity_predicate_claim_count_key IF NOT EXISTS FOR (d:EntityPredicateClaimCount) REQUIRE d.key IS UNIQUE;
