-- Claims not judged WRONG per entity, predicate and modality, the entity in
-- any role (issue 12): the total of `claims(filter: { entityId })`, with or
-- without predicates and modalities, is a sum over the entity's few rows
-- here (src/store/sqlite/sqlite-claim-pages.ts). Counted on the six role
-- indexes instead, a hub's total read every entry of each: 117,356 claims
-- at a million (about 20 ms), 12,210 for its SANCTIONS claims (6-15 ms).
-- A claim naming the entity in two roles counts once. Kept by the triggers
-- below, whatever writes claims (ingest, import, merge, unmerge, verdicts,
-- retraction), as claim_counts is (migration 016); a count that falls to 0
-- stays as a row and reads as 0. Filled by the migration's step
-- (sqlite-kept-counts.ts `countEntityClaims`), which a bulk load also runs
-- when it ends.
CREATE TABLE entity_claim_counts (
  entity_id TEXT NOT NULL,
  predicate TEXT NOT NULL,
  modality  TEXT NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (entity_id, predicate, modality)
) WITHOUT ROWID;

CREATE TRIGGER claim_entities_counted AFTER INSERT ON claims WHEN NEW.rejected = 0
BEGIN
  INSERT INTO entity_claim_counts
  SELECT id, NEW.predicate, NEW.modality, 1 FROM (
    SELECT NEW.subject_id AS id UNION SELECT NEW.object_id UNION SELECT NEW.location_id
    UNION SELECT NEW.item_id UNION SELECT NEW.attributed_to_id UNION SELECT NEW.reported_by_id)
  WHERE id IS NOT NULL
  ON CONFLICT (entity_id, predicate, modality) DO UPDATE SET n = n + 1;
END;
-- Also when the article's deletion cascades to its claims (foreign key
-- actions fire triggers). An IN list names each entity once, however many
-- roles it holds.
CREATE TRIGGER claim_entities_uncounted AFTER DELETE ON claims WHEN OLD.rejected = 0
BEGIN
  UPDATE entity_claim_counts SET n = n - 1
  WHERE entity_id IN (OLD.subject_id, OLD.object_id, OLD.location_id, OLD.item_id,
      OLD.attributed_to_id, OLD.reported_by_id)
    AND predicate = OLD.predicate AND modality = OLD.modality;
END;
-- A claim judged (rejected, or no longer), rewritten or moved to another
-- entity by a merge or its undoing: uncounted as it was, counted as it is.
CREATE TRIGGER claim_entities_recounted AFTER UPDATE OF rejected, predicate, modality,
  subject_id, object_id, location_id, item_id, attributed_to_id, reported_by_id ON claims
BEGIN
  UPDATE entity_claim_counts SET n = n - 1
  WHERE OLD.rejected = 0
    AND entity_id IN (OLD.subject_id, OLD.object_id, OLD.location_id, OLD.item_id,
      OLD.attributed_to_id, OLD.reported_by_id)
    AND predicate = OLD.predicate AND modality = OLD.modality;
  INSERT INTO entity_claim_counts
  SELECT id, NEW.predicate, NEW.modality, 1 FROM (
    SELECT NEW.subject_id AS id UNION SELECT NEW.object_id UNION SELECT NEW.location_id
    UNION SELECT NEW.item_id UNION SELECT NEW.attributed_to_id UNION SELECT NEW.reported_by_id)
  WHERE id IS NOT NULL AND NEW.rejected = 0
  ON CONFLICT (entity_id, predicate, modality) DO UPDATE SET n = n + 1;
END;
