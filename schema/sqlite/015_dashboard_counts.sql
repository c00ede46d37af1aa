-- What the dashboard queries read (issue 9 item 7), measured by
-- `npm run bench -- --only dashboard`.
--
-- The relations with the most claims, unfiltered (the "top relations"
-- widget): read in index order instead of sorting every relation.
CREATE INDEX relations_by_claims ON relations (claim_count DESC, id);

-- Claims not judged WRONG, counted per day on each timeline axis and per
-- each timeline split (src/store/sqlite/sqlite-timeline.ts), so that a
-- timeline over every claim groups these rows instead of every claim.
-- `key` is the other columns as a JSON array: one row per combination,
-- NULLs included (a UNIQUE constraint would let NULLs repeat). Kept by the
-- triggers below, whatever writes claims or articles (ingest, import,
-- review, merge, retraction); a row that falls to 0 is deleted.
CREATE TABLE claim_day_counts (
  key           TEXT PRIMARY KEY,
  event_day     TEXT,
  published_day TEXT,
  ingested_day  TEXT,
  modality      TEXT NOT NULL,
  predicate     TEXT NOT NULL,
  publisher     TEXT,
  speaker       TEXT,
  n             INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX claim_day_counts_empty ON claim_day_counts (key) WHERE n = 0;

-- Filled from the claims by this migration's step (countClaimsPerDay in
-- src/store/sqlite/sqlite-bulk-load.ts, which a bulk load runs too).

-- A claim written: counted under its article's days (the article is
-- written first: the claim's foreign key needs it).
CREATE TRIGGER claim_counted AFTER INSERT ON claims WHEN NEW.rejected = 0
BEGIN
  INSERT INTO claim_day_counts
  SELECT json_array(d.event_day, d.published_day, d.ingested_day, NEW.modality, NEW.predicate, d.publisher, NEW.attributed_to_id),
    d.event_day, d.published_day, d.ingested_day, NEW.modality, NEW.predicate, d.publisher, NEW.attributed_to_id, 1
  FROM (SELECT coalesce(NEW.time_from, NEW.time_to, substr(a.published_at, 1, 10)) AS event_day,
      substr(a.published_at, 1, 10) AS published_day, substr(a.ingested_at, 1, 10) AS ingested_day,
      a.publisher
    FROM articles a WHERE a.id = NEW.article_id) d
  WHERE true
  ON CONFLICT (key) DO UPDATE SET n = n + 1;
END;

-- A claim deleted: uncounted. When its article is deleted first (the
-- foreign key's cascade), the article's trigger below has uncounted it and
-- this one finds no article.
CREATE TRIGGER claim_uncounted AFTER DELETE ON claims WHEN OLD.rejected = 0
BEGIN
  UPDATE claim_day_counts SET n = n - 1
  WHERE key = (SELECT json_array(coalesce(OLD.time_from, OLD.time_to, substr(a.published_at, 1, 10)),
      substr(a.published_at, 1, 10), substr(a.ingested_at, 1, 10), OLD.modality, OLD.predicate,
      a.publisher, OLD.attributed_to_id)
    FROM articles a WHERE a.id = OLD.article_id);
  DELETE FROM claim_day_counts WHERE n = 0;
END;

-- A claim judged (rejected) or rewritten (an entity merge renames its
-- speaker): uncounted as it was, counted as it is.
CREATE TRIGGER claim_recounted
AFTER UPDATE OF rejected, modality, predicate, attributed_to_id, time_from, time_to, article_id ON claims
BEGIN
  UPDATE claim_day_counts SET n = n - 1
  WHERE OLD.rejected = 0
    AND key = (SELECT json_array(coalesce(OLD.time_from, OLD.time_to, substr(a.published_at, 1, 10)),
      substr(a.published_at, 1, 10), substr(a.ingested_at, 1, 10), OLD.modality, OLD.predicate,
      a.publisher, OLD.attributed_to_id)
    FROM articles a WHERE a.id = OLD.article_id);
  INSERT INTO claim_day_counts
  SELECT json_array(d.event_day, d.published_day, d.ingested_day, NEW.modality, NEW.predicate, d.publisher, NEW.attributed_to_id),
    d.event_day, d.published_day, d.ingested_day, NEW.modality, NEW.predicate, d.publisher, NEW.attributed_to_id, 1
  FROM (SELECT coalesce(NEW.time_from, NEW.time_to, substr(a.published_at, 1, 10)) AS event_day,
      substr(a.published_at, 1, 10) AS published_day, substr(a.ingested_at, 1, 10) AS ingested_day,
      a.publisher
    FROM articles a WHERE a.id = NEW.article_id) d
  WHERE NEW.rejected = 0
  ON CONFLICT (key) DO UPDATE SET n = n + 1;
  DELETE FROM claim_day_counts WHERE n = 0;
END;

-- An article's days or publisher changed (written again): its claims move.
CREATE TRIGGER article_recounted AFTER UPDATE OF published_at, ingested_at, publisher ON articles
BEGIN
  UPDATE claim_day_counts SET n = n - (
      SELECT count(*) FROM claims c
      WHERE c.article_id = OLD.id AND c.rejected = 0 AND claim_day_counts.key = json_array(
        coalesce(c.time_from, c.time_to, substr(OLD.published_at, 1, 10)),
        substr(OLD.published_at, 1, 10), substr(OLD.ingested_at, 1, 10), c.modality, c.predicate,
        OLD.publisher, c.attributed_to_id))
  WHERE key IN (SELECT json_array(coalesce(c.time_from, c.time_to, substr(OLD.published_at, 1, 10)),
        substr(OLD.published_at, 1, 10), substr(OLD.ingested_at, 1, 10), c.modality, c.predicate,
        OLD.publisher, c.attributed_to_id)
      FROM claims c WHERE c.article_id = OLD.id AND c.rejected = 0);
  INSERT INTO claim_day_counts
  SELECT json_array(event_day, published_day, ingested_day, modality, predicate, publisher, speaker),
    event_day, published_day, ingested_day, modality, predicate, publisher, speaker, count(*)
  FROM (SELECT coalesce(c.time_from, c.time_to, substr(NEW.published_at, 1, 10)) AS event_day,
      substr(NEW.published_at, 1, 10) AS published_day, substr(NEW.ingested_at, 1, 10) AS ingested_day,
      c.modality, c.predicate, NEW.publisher AS publisher, c.attributed_to_id AS speaker
    FROM claims c WHERE c.article_id = NEW.id AND c.rejected = 0)
  GROUP BY 1
  ON CONFLICT (key) DO UPDATE SET n = n + excluded.n;
  DELETE FROM claim_day_counts WHERE n = 0;
END;

-- An article deleted: its claims uncounted before the cascade deletes them.
CREATE TRIGGER article_uncounted BEFORE DELETE ON articles
BEGIN
  UPDATE claim_day_counts SET n = n - (
      SELECT count(*) FROM claims c
      WHERE c.article_id = OLD.id AND c.rejected = 0 AND claim_day_counts.key = json_array(
        coalesce(c.time_from, c.time_to, substr(OLD.published_at, 1, 10)),
        substr(OLD.published_at, 1, 10), substr(OLD.ingested_at, 1, 10), c.modality, c.predicate,
        OLD.publisher, c.attributed_to_id))
  WHERE key IN (SELECT json_array(coalesce(c.time_from, c.time_to, substr(OLD.published_at, 1, 10)),
        substr(OLD.published_at, 1, 10), substr(OLD.ingested_at, 1, 10), c.modality, c.predicate,
        OLD.publisher, c.attributed_to_id)
      FROM claims c WHERE c.article_id = OLD.id AND c.rejected = 0);
  DELETE FROM claim_day_counts WHERE n = 0;
END;
