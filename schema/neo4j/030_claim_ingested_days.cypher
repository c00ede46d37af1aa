// The claims of the articles stored after a time (issue 12 item 6), read per day of storage
// (src/store/neo4j/neo4j-claim-lists.ts `ingestedAfterInOrder`): the claims not judged WRONG
// per day their article was stored, one node per day (its key), kept in the transactions that
// write (src/store/neo4j/neo4j-claim-ingested-day-counts.ts); the total is summed from them,
// where summing the degrees of every article stored after the time read each one.
CREATE CONSTRAINT claim_ingested_day_count_key IF NOT EXISTS FOR (d:ClaimIngestedDayCount) REQUIRE d.key IS UNIQUE;

// The articles stored on one day, in the order of every claim list's first parts (publication,
// then id): a page reads the first article holding a claim of each day after the time, then,
// up to the page's last of those, the first articles of the few days that can hold the page.
CREATE INDEX article_ingested_day_order IF NOT EXISTS FOR (a:Article) ON (a.ingestedDay, a.publishedAt, a.id);
