// An entity's claims in a period (issue 12 item 6): a claim's period is its
// own time, else its article's day of publication. Each claim keeps the
// period's start and end (`periodStart`, `periodEnd`), `longPeriodEnd`
// (its end, only when it ends after it starts) and the id of the entity in
// each of its six roles (src/store/neo4j/neo4j-claim-periods.ts). A claim
// meets [from, to] when its end is from `from` and its start up to `to`:
// either its end lies in [from, to], a bounded range of the first index of
// the role (the start is then compared in the index), or it ends after
// `to`, which only a claim whose period lasts past its first day can, a
// range of the second index. So a hub's claims in a quarter are two short
// ranges of each role's indexes, not every claim of the hub and its
// article; `publishedOrder` (migration 021) last gives the page's order from
// the index (src/store/neo4j/neo4j-claims-in-period.ts). A composite range
// index holds a node only when it has every property (Cypher Manual,
// "Indexes for search performance"): a claim is in a role's indexes only
// when it names an entity in that role, and in the second only when its
// period lasts past its first day.
CREATE INDEX claim_subject_period IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.periodEnd, c.periodStart, c.publishedOrder);
CREATE INDEX claim_object_period IF NOT EXISTS FOR (c:Claim) ON (c.objectId, c.periodEnd, c.periodStart, c.publishedOrder);
CREATE INDEX claim_location_period IF NOT EXISTS FOR (c:Claim) ON (c.locationId, c.periodEnd, c.periodStart, c.publishedOrder);
CREATE INDEX claim_item_period IF NOT EXISTS FOR (c:Claim) ON (c.itemId, c.periodEnd, c.periodStart, c.publishedOrder);
CREATE INDEX claim_speaker_period IF NOT EXISTS FOR (c:Claim) ON (c.attributedToId, c.periodEnd, c.periodStart, c.publishedOrder);
CREATE INDEX claim_reporter_period IF NOT EXISTS FOR (c:Claim) ON (c.reportedById, c.periodEnd, c.periodStart, c.publishedOrder);
CREATE INDEX claim_subject_long_period IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.longPeriodEnd, c.periodStart);
CREATE INDEX claim_object_long_period IF NOT EXISTS FOR (c:Claim) ON (c.objectId, c.longPeriodEnd, c.periodStart);
CREATE INDEX claim_location_long_period IF NOT EXISTS FOR (c:Claim) ON (c.locationId, c.longPeriodEnd, c.periodStart);
CREATE INDEX claim_item_long_period IF NOT EXISTS FOR (c:Claim) ON (c.itemId, c.longPeriodEnd, c.periodStart);
CREATE INDEX claim_speaker_long_period IF NOT EXISTS FOR (c:Claim) ON (c.attributedToId, c.longPeriodEnd, c.periodStart);
CREATE INDEX claim_reporter_long_period IF NOT EXISTS FOR (c:Claim) ON (c.reportedById, c.longPeriodEnd, c.periodStart);
