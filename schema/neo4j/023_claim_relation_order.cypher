// Pages of a relation's claims (Relation.claims, issue 12): the claim's
// relation id and its place in article-date order (`publishedOrder`,
// migration 021) give one relation's claims in the page's order, read up to
// the page's end (src/store/neo4j/neo4j-claims-in-order.ts
// `ofRelationInOrder`), where claim_relation_id (migration 003) gives them in
// no order and every one is read and sorted. The same on claims judged
// WRONG (:RejectedClaim, migration 011), for a page that asks for them too.
CREATE INDEX claim_relation_order IF NOT EXISTS FOR (c:Claim) ON (c.relationId, c.publishedOrder);
CREATE INDEX rejected_claim_relation_order IF NOT EXISTS FOR (c:RejectedClaim) ON (c.relationId, c.publishedOrder);
