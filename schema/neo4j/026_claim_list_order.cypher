// Pages of claims filtered by no entity of one role (issue 12 item 6), read
// in the order of every claim list (`publishedOrder`, migration 021) and cut
// at the page's end, where the general match reads every matching claim and
// its article and sorts them (src/store/neo4j/neo4j-claim-lists.ts).
//
// Every claim, for the first page of all claims (a dashboard's default); the
// total is Neo4j's count of the label. The same on claims judged WRONG
// (:RejectedClaim, migration 011), for a page that asks for them too.
CREATE INDEX claim_published_order IF NOT EXISTS FOR (c:Claim) ON (c.publishedOrder);
CREATE INDEX rejected_claim_published_order IF NOT EXISTS FOR (c:RejectedClaim) ON (c.publishedOrder);

// An entity's claims in any role: the place's and the item's claims in order,
// beside the four roles' of migration 022; a page reads the first of each
// role and merges them (a claim naming the entity in two roles once).
CREATE INDEX claim_location_order IF NOT EXISTS FOR (c:Claim) ON (c.locationId, c.publishedOrder);
CREATE INDEX claim_item_order IF NOT EXISTS FOR (c:Claim) ON (c.itemId, c.publishedOrder);

// The claims not judged WRONG naming each entity in any role, counted once
// each, kept in the transactions that write (src/store/neo4j/neo4j-kind-counts.ts
// `keepingClaimCounts`), as the SQLite store's entity_claim_counts (its
// migration 028): the total of an entity's claims in any role, where Neo4j's
// degree store counts a claim naming it in two roles twice. One node per
// entity, found by its key (the entity's id).
CREATE CONSTRAINT entity_claim_count_key IF NOT EXISTS FOR (d:EntityClaimCount) REQUIRE d.key IS UNIQUE;

// Claims in a period, whatever their entities: the claims starting before it
// and lasting into it (the rest from migration 028's claim_period_start_order;
// the index on the end, start and order this migration also made is dropped by 029).
CREATE INDEX claim_long_period IF NOT EXISTS FOR (c:Claim) ON (c.longPeriodEnd, c.periodStart);
