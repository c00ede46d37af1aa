-- Counts behind the whole-graph stats (issue 12 item 3: "totals from
-- counts the stores keep, not second scans"), read by `stats` without a
-- filter (src/store/sqlite/sqlite-graph-store.ts) instead of counting and
-- grouping every claim and relation. Kept by the triggers below, whatever
-- writes articles, entities, claims or relations (ingest, import, review,
-- merge, unmerge, retraction); a count that falls to 0 stays as a row and
-- is not read.

-- Rows of the tables whose size stats reports.
CREATE TABLE row_counts (
  name TEXT PRIMARY KEY,
  n    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO row_counts VALUES
  ('articles', (SELECT count(*) FROM articles)),
  ('entities', (SELECT count(*) FROM entities)),
  ('relations', (SELECT count(*) FROM relations));

CREATE TRIGGER article_row_counted AFTER INSERT ON articles
BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'articles'; END;
CREATE TRIGGER article_row_uncounted AFTER DELETE ON articles
BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'articles'; END;
CREATE TRIGGER entity_row_counted AFTER INSERT ON entities
BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'entities'; END;
CREATE TRIGGER entity_row_uncounted AFTER DELETE ON entities
BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'entities'; END;
CREATE TRIGGER relation_row_counted AFTER INSERT ON relations
BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'relations'; END;
CREATE TRIGGER relation_row_uncounted AFTER DELETE ON relations
BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'relations'; END;

-- Claims not judged WRONG per predicate and modality: claims by predicate,
-- by modality and in all are sums over these few rows.
CREATE TABLE claim_counts (
  predicate TEXT NOT NULL,
  modality  TEXT NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (predicate, modality)
) WITHOUT ROWID;
INSERT INTO claim_counts
SELECT predicate, modality, count(*) FROM claims WHERE rejected = 0 GROUP BY predicate, modality;

CREATE TRIGGER claim_kind_counted AFTER INSERT ON claims WHEN NEW.rejected = 0
BEGIN
  INSERT INTO claim_counts VALUES (NEW.predicate, NEW.modality, 1)
  ON CONFLICT (predicate, modality) DO UPDATE SET n = n + 1;
END;
-- Also when the article's deletion cascades to its claims (foreign key
-- actions fire triggers).
CREATE TRIGGER claim_kind_uncounted AFTER DELETE ON claims WHEN OLD.rejected = 0
BEGIN
  UPDATE claim_counts SET n = n - 1 WHERE predicate = OLD.predicate AND modality = OLD.modality;
END;
-- A claim judged (rejected, or no longer) or rewritten: uncounted as it
-- was, counted as it is.
CREATE TRIGGER claim_kind_recounted AFTER UPDATE OF rejected, predicate, modality ON claims
BEGIN
  UPDATE claim_counts SET n = n - 1
  WHERE OLD.rejected = 0 AND predicate = OLD.predicate AND modality = OLD.modality;
  INSERT INTO claim_counts SELECT NEW.predicate, NEW.modality, 1 WHERE NEW.rejected = 0
  ON CONFLICT (predicate, modality) DO UPDATE SET n = n + 1;
END;

-- Each entity's degree as stats ranks it: every relation counts for its
-- subject and, when the object is another entity, for its object. The
-- index gives the most connected in order without grouping every relation.
CREATE TABLE entity_degrees (
  entity_id TEXT PRIMARY KEY,
  degree    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX entity_degrees_ranked ON entity_degrees (degree DESC, entity_id);
INSERT INTO entity_degrees
SELECT id, count(*) FROM (
  SELECT subject_id AS id FROM relations
  UNION ALL SELECT object_id FROM relations WHERE object_id IS NOT NULL AND object_id <> subject_id)
GROUP BY id;

CREATE TRIGGER relation_degree_counted AFTER INSERT ON relations
BEGIN
  INSERT INTO entity_degrees
  SELECT id, 1 FROM (SELECT NEW.subject_id AS id
    UNION ALL SELECT NEW.object_id WHERE NEW.object_id IS NOT NULL AND NEW.object_id <> NEW.subject_id)
  WHERE true
  ON CONFLICT (entity_id) DO UPDATE SET degree = degree + 1;
END;
CREATE TRIGGER relation_degree_uncounted AFTER DELETE ON relations
BEGIN
  UPDATE entity_degrees SET degree = degree - 1
  WHERE entity_id = OLD.subject_id OR (entity_id = OLD.object_id AND OLD.object_id <> OLD.subject_id);
END;
CREATE TRIGGER relation_degree_recounted AFTER UPDATE OF subject_id, object_id ON relations
BEGIN
  UPDATE entity_degrees SET degree = degree - 1
  WHERE entity_id = OLD.subject_id OR (entity_id = OLD.object_id AND OLD.object_id <> OLD.subject_id);
  INSERT INTO entity_degrees
  SELECT id, 1 FROM (SELECT NEW.subject_id AS id
    UNION ALL SELECT NEW.object_id WHERE NEW.object_id IS NOT NULL AND NEW.object_id <> NEW.subject_id)
  WHERE true
  ON CONFLICT (entity_id) DO UPDATE SET degree = degree + 1;
END;

-- Articles in each claim order (src/store/sqlite/sqlite-filters.ts
-- CLAIM_ORDERS) where no index had it: a page of a large claim list walks
-- the articles in order and reads each one's claims (claims_by_article),
-- stopping at the page's end, instead of sorting every matching claim
-- (src/store/sqlite/sqlite-paging.ts). Published newest first and ingested
-- oldest first are articles_by_date and articles_by_ingestion (001, 004).
CREATE INDEX articles_by_date_ascending ON articles (published_at, id);
CREATE INDEX articles_by_ingestion_descending ON articles (ingested_at DESC, id);

-- The claims judged WRONG, few: a list's total is the count of its matches
-- on their column's index alone, less these (sqlite-claim-pages.ts), rather
-- than a test of `rejected` that reads every matching claim row.
CREATE INDEX claims_judged_wrong ON claims (rejected) WHERE rejected = 1;
