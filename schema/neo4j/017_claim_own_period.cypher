// Claims by their own period (issue 9 item 7): stats narrowed to a period
// and to nothing an index finds sooner (src/store/neo4j/neo4j-filtered-stats.ts)
// seek the claims with a time of their own here, and the others through
// their articles by date (article_published_at), instead of reading every
// claim; as the SQLite store's migration 020. Checked by
// tests/store/query-plans.neo4j.test.ts. Cypher Manual, "Search-performance indexes".
CREATE INDEX claim_time_from IF NOT EXISTS FOR (c:Claim) ON (c.timeFrom);
CREATE INDEX claim_time_to IF NOT EXISTS FOR (c:Claim) ON (c.timeTo);
