-- Merged entities (issue 10): each merged id points at the entity it was
-- merged into, so that old ids keep answering and later articles naming
-- them are written on the survivor (src/store/sqlite/sqlite-merge.ts). An
-- unmerge deletes the row; what a merge moved is kept in its change.
CREATE TABLE entity_merges (
  from_id  TEXT PRIMARY KEY,
  into_id  TEXT NOT NULL,
  merge_id TEXT NOT NULL UNIQUE
);
CREATE INDEX entity_merges_by_into ON entity_merges (into_id);
