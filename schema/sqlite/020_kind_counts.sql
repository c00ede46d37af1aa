-- Counts behind stats narrowed to entity kinds alone (issue 9 item 7:
-- `stats(filter: { kinds })` under 100 ms on 10,000 articles), read by
-- src/store/sqlite/sqlite-kind-stats.ts instead of every claim of the kinds'
-- entities. A claim matches kinds when its subject or its object is of one
-- of them, so each count is kept per kind of both ends; any set of kinds
-- sums the rows with an end among them. Kept by the triggers below, whatever
-- writes claims, relations or an entity's kind (ingest, import, review,
-- merge, unmerge, retraction, an editor's new kind); filled, and filled
-- again after a bulk load, by countKinds (src/store/sqlite/sqlite-kept-counts.ts).
-- An object that is a value, not an entity, has the kind ''. The entities
-- and the most connected of the kinds are their entity_degrees (016).

-- Claims not judged WRONG per kinds of their ends, predicate and modality:
-- claims, claims by predicate and by modality. A count that falls to 0
-- stays as a row and is not read (as claim_counts).
CREATE TABLE claim_kind_counts (
  subject_kind TEXT NOT NULL,
  object_kind  TEXT NOT NULL,
  predicate    TEXT NOT NULL,
  modality     TEXT NOT NULL,
  n            INTEGER NOT NULL,
  PRIMARY KEY (subject_kind, object_kind, predicate, modality)
) WITHOUT ROWID;

-- Relations per kinds of their ends (relations hold claims not judged
-- WRONG only: sqlite-relations.ts deletes a relation left without).
CREATE TABLE relation_kind_counts (
  subject_kind TEXT NOT NULL,
  object_kind  TEXT NOT NULL,
  n            INTEGER NOT NULL,
  PRIMARY KEY (subject_kind, object_kind)
) WITHOUT ROWID;

-- Each article's claims not judged WRONG per kind of their entity ends
-- (a claim counts once for its subject's kind and once for its object's):
-- the articles of some kinds are the distinct articles of their rows. A row
-- that falls to 0 is deleted.
CREATE TABLE article_kinds (
  kind       TEXT NOT NULL,
  article_id TEXT NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (kind, article_id)
) WITHOUT ROWID;

-- A claim written (its entities and article are written first: its
-- foreign keys need them), deleted (also by its article's cascade:
-- foreign key actions fire triggers), or judged, rewritten or moved (a
-- merge renames its ends): uncounted as it was, counted as it is.
CREATE TRIGGER claim_kinds_counted AFTER INSERT ON claims WHEN NEW.rejected = 0
BEGIN
  INSERT INTO claim_kind_counts
  SELECT s.kind, coalesce(o.kind, ''), NEW.predicate, NEW.modality, 1
  FROM entities s LEFT JOIN entities o ON o.id = NEW.object_id WHERE s.id = NEW.subject_id
  ON CONFLICT (subject_kind, object_kind, predicate, modality) DO UPDATE SET n = n + 1;
  -- A claim from an entity to itself counts twice, as its two ends do.
  INSERT INTO article_kinds
  SELECT kind, NEW.article_id, count(*) + (NEW.subject_id IS NEW.object_id) FROM entities
  WHERE id = NEW.subject_id OR id = NEW.object_id GROUP BY kind
  ON CONFLICT (kind, article_id) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER claim_kinds_uncounted AFTER DELETE ON claims WHEN OLD.rejected = 0
BEGIN
  UPDATE claim_kind_counts SET n = n - 1
  WHERE (subject_kind, object_kind, predicate, modality) = (
    SELECT s.kind, coalesce(o.kind, ''), OLD.predicate, OLD.modality
    FROM entities s LEFT JOIN entities o ON o.id = OLD.object_id WHERE s.id = OLD.subject_id);
  UPDATE article_kinds SET n = n - (
      SELECT count(*) + (OLD.subject_id IS OLD.object_id) FROM entities e
      WHERE e.kind = article_kinds.kind AND (e.id = OLD.subject_id OR e.id = OLD.object_id))
  WHERE article_id = OLD.article_id
    AND kind IN (SELECT kind FROM entities WHERE id = OLD.subject_id OR id = OLD.object_id);
  DELETE FROM article_kinds WHERE article_id = OLD.article_id AND n = 0
    AND kind IN (SELECT kind FROM entities WHERE id = OLD.subject_id OR id = OLD.object_id);
END;

CREATE TRIGGER claim_kinds_recounted
AFTER UPDATE OF rejected, predicate, modality, subject_id, object_id, article_id ON claims
BEGIN
  UPDATE claim_kind_counts SET n = n - 1
  WHERE OLD.rejected = 0 AND (subject_kind, object_kind, predicate, modality) = (
    SELECT s.kind, coalesce(o.kind, ''), OLD.predicate, OLD.modality
    FROM entities s LEFT JOIN entities o ON o.id = OLD.object_id WHERE s.id = OLD.subject_id);
  INSERT INTO claim_kind_counts
  SELECT s.kind, coalesce(o.kind, ''), NEW.predicate, NEW.modality, 1
  FROM entities s LEFT JOIN entities o ON o.id = NEW.object_id
  WHERE s.id = NEW.subject_id AND NEW.rejected = 0
  ON CONFLICT (subject_kind, object_kind, predicate, modality) DO UPDATE SET n = n + 1;
  UPDATE article_kinds SET n = n - (
      SELECT count(*) + (OLD.subject_id IS OLD.object_id) FROM entities e
      WHERE e.kind = article_kinds.kind AND (e.id = OLD.subject_id OR e.id = OLD.object_id))
  WHERE OLD.rejected = 0 AND article_id = OLD.article_id
    AND kind IN (SELECT kind FROM entities WHERE id = OLD.subject_id OR id = OLD.object_id);
  INSERT INTO article_kinds
  SELECT kind, NEW.article_id, count(*) + (NEW.subject_id IS NEW.object_id) FROM entities
  WHERE NEW.rejected = 0 AND (id = NEW.subject_id OR id = NEW.object_id) GROUP BY kind
  ON CONFLICT (kind, article_id) DO UPDATE SET n = n + excluded.n;
  DELETE FROM article_kinds WHERE article_id = OLD.article_id AND n = 0
    AND kind IN (SELECT kind FROM entities WHERE id = OLD.subject_id OR id = OLD.object_id);
END;

-- A relation written, deleted (each rebuild deletes and writes it again)
-- or moved to other ends.
CREATE TRIGGER relation_kinds_counted AFTER INSERT ON relations
BEGIN
  INSERT INTO relation_kind_counts
  SELECT s.kind, coalesce(o.kind, ''), 1
  FROM entities s LEFT JOIN entities o ON o.id = NEW.object_id WHERE s.id = NEW.subject_id
  ON CONFLICT (subject_kind, object_kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER relation_kinds_uncounted AFTER DELETE ON relations
BEGIN
  UPDATE relation_kind_counts SET n = n - 1
  WHERE (subject_kind, object_kind) = (
    SELECT s.kind, coalesce(o.kind, '')
    FROM entities s LEFT JOIN entities o ON o.id = OLD.object_id WHERE s.id = OLD.subject_id);
END;

CREATE TRIGGER relation_kinds_recounted AFTER UPDATE OF subject_id, object_id ON relations
BEGIN
  UPDATE relation_kind_counts SET n = n - 1
  WHERE (subject_kind, object_kind) = (
    SELECT s.kind, coalesce(o.kind, '')
    FROM entities s LEFT JOIN entities o ON o.id = OLD.object_id WHERE s.id = OLD.subject_id);
  INSERT INTO relation_kind_counts
  SELECT s.kind, coalesce(o.kind, ''), 1
  FROM entities s LEFT JOIN entities o ON o.id = NEW.object_id WHERE s.id = NEW.subject_id
  ON CONFLICT (subject_kind, object_kind) DO UPDATE SET n = n + 1;
END;

-- An entity's new kind (an editor's review): its claims and relations move
-- from the counts of its old kind to those of its new one. After the
-- update, the entity's row has the new kind; the old one is OLD.kind.
CREATE TRIGGER entity_kinds_recounted AFTER UPDATE OF kind ON entities
WHEN OLD.kind IS NOT NEW.kind
BEGIN
  INSERT INTO claim_kind_counts
  SELECT subject_kind, object_kind, predicate, modality, sum(d) FROM (
    SELECT CASE WHEN c.subject_id = NEW.id THEN OLD.kind ELSE s.kind END AS subject_kind,
      CASE WHEN c.object_id = NEW.id THEN OLD.kind ELSE coalesce(o.kind, '') END AS object_kind,
      c.predicate, c.modality, -1 AS d
    FROM claims c JOIN entities s ON s.id = c.subject_id LEFT JOIN entities o ON o.id = c.object_id
    WHERE (c.subject_id = NEW.id OR c.object_id = NEW.id) AND c.rejected = 0
    UNION ALL
    SELECT s.kind, coalesce(o.kind, ''), c.predicate, c.modality, 1
    FROM claims c JOIN entities s ON s.id = c.subject_id LEFT JOIN entities o ON o.id = c.object_id
    WHERE (c.subject_id = NEW.id OR c.object_id = NEW.id) AND c.rejected = 0)
  WHERE true GROUP BY 1, 2, 3, 4
  ON CONFLICT (subject_kind, object_kind, predicate, modality) DO UPDATE SET n = n + excluded.n;
  INSERT INTO relation_kind_counts
  SELECT subject_kind, object_kind, sum(d) FROM (
    SELECT CASE WHEN r.subject_id = NEW.id THEN OLD.kind ELSE s.kind END AS subject_kind,
      CASE WHEN r.object_id = NEW.id THEN OLD.kind ELSE coalesce(o.kind, '') END AS object_kind,
      -1 AS d
    FROM relations r JOIN entities s ON s.id = r.subject_id LEFT JOIN entities o ON o.id = r.object_id
    WHERE r.subject_id = NEW.id OR r.object_id = NEW.id
    UNION ALL
    SELECT s.kind, coalesce(o.kind, ''), 1
    FROM relations r JOIN entities s ON s.id = r.subject_id LEFT JOIN entities o ON o.id = r.object_id
    WHERE r.subject_id = NEW.id OR r.object_id = NEW.id)
  WHERE true GROUP BY 1, 2
  ON CONFLICT (subject_kind, object_kind) DO UPDATE SET n = n + excluded.n;
  -- Each end of a claim that is this entity moves from the old kind to the new.
  INSERT INTO article_kinds
  SELECT kind, article_id, sum(d) FROM (
    SELECT OLD.kind AS kind, c.article_id, -((c.subject_id = NEW.id) + (c.object_id IS NEW.id)) AS d
    FROM claims c WHERE (c.subject_id = NEW.id OR c.object_id = NEW.id) AND c.rejected = 0
    UNION ALL
    SELECT NEW.kind, c.article_id, (c.subject_id = NEW.id) + (c.object_id IS NEW.id)
    FROM claims c WHERE (c.subject_id = NEW.id OR c.object_id = NEW.id) AND c.rejected = 0)
  WHERE true GROUP BY 1, 2
  ON CONFLICT (kind, article_id) DO UPDATE SET n = n + excluded.n;
  DELETE FROM article_kinds WHERE kind = OLD.kind AND n = 0;
END;
