// Pages of an entity's claims in one role (issue 12 item 6): each claim
// keeps the id of the entity in each role an entity's claim list can ask
// for (`subjectId`, `objectId`, `attributedToId`, `reportedById`,
// src/store/neo4j/neo4j-claim-role-ids.ts) beside its place in article-date
// order (`publishedOrder`, migration 021), and these indexes give one
// entity's claims in a role in that order, so that a hub's page reads its
// own claims and stops (Cypher Manual, "Indexes for search performance" >
// composite range indexes: with equality on the leading property the index
// provides the order of the last), where following the hub's role
// relationships reads every one of its claims to keep the page by a Top.
CREATE INDEX claim_subject_order IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.publishedOrder);
CREATE INDEX claim_object_order IF NOT EXISTS FOR (c:Claim) ON (c.objectId, c.publishedOrder);
CREATE INDEX claim_speaker_order IF NOT EXISTS FOR (c:Claim) ON (c.attributedToId, c.publishedOrder);
CREATE INDEX claim_reporter_order IF NOT EXISTS FOR (c:Claim) ON (c.reportedById, c.publishedOrder);
// The same for claims judged WRONG (:RejectedClaim, migration 011): a page
// asking for them too reads the first of each label and merges them; a page
// leaving them out subtracts their number from the entity's count of the
// role's relationships (Neo4j's degree store), reading no claim.
CREATE INDEX rejected_claim_subject_order IF NOT EXISTS FOR (c:RejectedClaim) ON (c.subjectId, c.publishedOrder);
CREATE INDEX rejected_claim_object_order IF NOT EXISTS FOR (c:RejectedClaim) ON (c.objectId, c.publishedOrder);
CREATE INDEX rejected_claim_speaker_order IF NOT EXISTS FOR (c:RejectedClaim) ON (c.attributedToId, c.publishedOrder);
CREATE INDEX rejected_claim_reporter_order IF NOT EXISTS FOR (c:RejectedClaim) ON (c.reportedById, c.publishedOrder);
