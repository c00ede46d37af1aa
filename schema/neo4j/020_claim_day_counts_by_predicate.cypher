// Timelines of some predicates (issue 12): a timeline whose filter names
// only predicates, modalities or a publisher sums the counts kept per day
// (:ClaimDayCount, migration 016) instead of reading every matching claim
// and its article (src/store/neo4j/neo4j-timeline.ts), as the SQLite
// store's migration 024; this index seeks a predicate's counts.
CREATE INDEX claim_day_count_predicate IF NOT EXISTS FOR (d:ClaimDayCount) ON (d.predicate);
