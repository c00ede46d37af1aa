-- Timelines of some predicates (issue 12): a timeline whose filter names
-- only predicates, modalities or a publisher sums the counts kept per day
-- (claim_day_counts, migration 015) instead of reading every matching claim
-- and its article (src/store/sqlite/sqlite-timeline.ts); this index finds a
-- predicate's counts without reading the others. A count row is written
-- once per new day and split, so the index costs a write only then.
CREATE INDEX claim_day_counts_by_predicate ON claim_day_counts (predicate);
