// Claims of contested relations or of the others (issue 12 item 6): each claim keeps
// whether its relation is contested (`contested`, set with every rebuild of its relation:
// src/store/neo4j/neo4j-contested-claims.ts), so that a page of either is read in the order
// of every claim list from one index and cut at its end, where finding the contested
// relations read every relation denied by a claim (72,857 at a million claims).
CREATE INDEX claim_contested_order IF NOT EXISTS FOR (c:Claim) ON (c.contested, c.publishedOrder);
CREATE INDEX rejected_claim_contested_order IF NOT EXISTS FOR (c:RejectedClaim) ON (c.contested, c.publishedOrder);

// The claims not judged WRONG of contested relations, one count kept by every rebuild of
// relations: the total of that list (and, with Neo4j's count of claims, of the others').
CREATE CONSTRAINT contested_claim_count_key IF NOT EXISTS FOR (d:ContestedClaimCount) REQUIRE d.key IS UNIQUE;
