// The claims of contested relations (or of the others) of some predicates (issue 12 item 6),
// read per predicate in the order of every claim list and cut at the page's end
// (src/store/neo4j/neo4j-claim-lists.ts `contestedInOrder`), where the general match read every
// claim of the predicates (or every contested claim) to test the other field.
CREATE INDEX claim_contested_predicate_order IF NOT EXISTS FOR (c:Claim) ON (c.contested, c.predicate, c.publishedOrder);

// The claims not judged WRONG of contested relations per predicate, beside migration 027's one
// count of them all, moved by every rebuild of relations
// (src/store/neo4j/neo4j-contested-claims.ts): one node per predicate, its key the predicate.
CREATE CONSTRAINT contested_predicate_claim_count_key IF NOT EXISTS FOR (d:ContestedPredicateClaimCount) REQUIRE d.key IS UNIQUE;
