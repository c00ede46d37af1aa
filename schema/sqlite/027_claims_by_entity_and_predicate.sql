-- An entity's claims of some predicates (and modalities) (issue 12): "the
-- SANCTIONS claims about Russia". Neither the role's index nor the
-- predicate's answers both: at a million claims the hub's 41,882 claims as
-- subject, or a predicate's 71,569, were each read row by row to find 574
-- matches (200-1,400 ms). Each column naming an entity has a third index
-- with the predicate, the modality and the article's day after the entity:
-- the matches are one range of it, counted and given their days from the
-- index alone, and a page sorted from its first days (pageByDays).
-- Each is partial, on a condition every claim meets and only a statement
-- naming predicates and an entity states (src/store/sqlite/sqlite-filters.ts),
-- as the period indexes of migration 025 are, so that the entity alone keeps
-- the narrower one-column index; the sparse roles' hold only claims that
-- name an entity there (a comparison implies IS NOT NULL: SQLite manual,
-- "Partial Indexes"), keeping the cost of `kg import` to what they hold.
CREATE INDEX claims_by_subject_predicate ON claims (subject_id, predicate, modality, published_day)
  WHERE published_day IS NOT NULL;
CREATE INDEX claims_by_object_predicate ON claims (object_id, predicate, modality, published_day)
  WHERE object_id IS NOT NULL AND published_day IS NOT NULL;
CREATE INDEX claims_by_location_predicate ON claims (location_id, predicate, modality, published_day)
  WHERE location_id IS NOT NULL AND published_day IS NOT NULL;
CREATE INDEX claims_by_item_predicate ON claims (item_id, predicate, modality, published_day)
  WHERE item_id IS NOT NULL AND published_day IS NOT NULL;
CREATE INDEX claims_by_speaker_predicate ON claims (attributed_to_id, predicate, modality, published_day)
  WHERE attributed_to_id IS NOT NULL AND published_day IS NOT NULL;
CREATE INDEX claims_by_reporter_predicate ON claims (reported_by_id, predicate, modality, published_day)
  WHERE reported_by_id IS NOT NULL AND published_day IS NOT NULL;
