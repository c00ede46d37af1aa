// A period alone (issue 12 item 6): the claims not judged WRONG per start of their period,
// one node per start (its key), kept in the transactions that write
// (src/store/neo4j/neo4j-claim-period-counts.ts): the total of a period is summed from them,
// where counting its claims read an index entry per claim (508,289 from a day onward at a
// million claims).
CREATE CONSTRAINT claim_period_count_key IF NOT EXISTS FOR (d:ClaimPeriodCount) REQUIRE d.key IS UNIQUE;

// The claims starting on one day, in the order of every claim list: a page of a period reads
// the first claim of each start it holds, then, up to the page's last of those, the first of
// the few starts that can hold the page (src/store/neo4j/neo4j-claims-in-period.ts).
CREATE INDEX claim_period_start_order IF NOT EXISTS FOR (c:Claim) ON (c.periodStart, c.publishedOrder);
