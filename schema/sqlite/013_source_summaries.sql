-- Each relation's distinct sources with their first claims (issue 9 item 7),
-- rebuilt with the relation from its claims (src/store/sqlite/sqlite-relations.ts,
-- domain/source-summary.ts), so that reading the sources of a page of
-- relations reads a few rows each instead of grouping every claim. `rank` is
-- the order Relation.sources lists them in: most claims first, then kind, key.
CREATE TABLE relation_sources (
  relation_id TEXT NOT NULL,
  rank INTEGER NOT NULL,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  claim_count INTEGER NOT NULL,
  -- JSON array of the first claim ids, in claim order (SOURCE_CLAIMS_KEPT).
  first_claim_ids TEXT NOT NULL,
  PRIMARY KEY (relation_id, rank)
) WITHOUT ROWID;

-- How many distinct sources; NULL until the relation is rebuilt, which the
-- migration's step does for relations stored before it (sqlite-evidence-backfill.ts).
ALTER TABLE relations ADD COLUMN source_count INTEGER;
