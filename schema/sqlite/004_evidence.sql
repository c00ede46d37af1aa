-- Evidence an analyst can weigh and aggregates a dashboard can draw (issue 9).

-- When the store wrote each article and its claims. Articles stored before
-- this migration get the migration's time: they were stored no later than
-- that, and a "new since" reader who polled before it has seen them.
ALTER TABLE articles ADD COLUMN ingested_at TEXT;
UPDATE articles SET ingested_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE INDEX articles_by_ingestion ON articles (ingested_at, id);
CREATE INDEX articles_by_publisher ON articles (publisher);

CREATE INDEX claims_by_location ON claims (location_id);
-- domain/evidence.ts sentenceKey of the sentence, written with the claim, so
-- that counting a relation's independent sources folds no text; filled in
-- for older claims by sqlite-evidence-backfill.ts.
ALTER TABLE claims ADD COLUMN sentence_key TEXT;
CREATE INDEX claims_by_item ON claims (item_id);

-- A relation's stance and corroboration, rebuilt with it from its claims
-- (src/store/sqlite/sqlite-relations.ts). Relations stored before this
-- migration are rebuilt by the migration's step (sqlite-evidence-backfill.ts),
-- found by their NULL independent_sources.
ALTER TABLE relations ADD COLUMN modality_counts TEXT;
ALTER TABLE relations ADD COLUMN supporting INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relations ADD COLUMN denying INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relations ADD COLUMN independent_sources INTEGER;
CREATE INDEX relations_contested ON relations (claim_count DESC, id)
  WHERE supporting > 0 AND denying > 0;

-- Full-text index over claim sentences, an external-content FTS5 table kept
-- in step with `claims` by triggers (SQLite FTS5 manual, "External Content
-- Tables"); same tokenizer as the entity names.
CREATE VIRTUAL TABLE claims_fts USING fts5 (
  sentence,
  content = 'claims',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts (rowid, sentence) VALUES (new.rowid, new.sentence);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF sentence ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
  INSERT INTO claims_fts (rowid, sentence) VALUES (new.rowid, new.sentence);
END;
