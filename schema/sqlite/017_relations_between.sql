-- The relations among a neighbourhood's entities (issue 12): one index seek
-- per ordered pair of entities, instead of every relation of each entity.
-- A hub's strongest neighbours are hubs too, so reading their whole ranges
-- (relations_by_subject) read most of the graph's relations for a hundred
-- entities. Covers the strength order and the predicate, so the strongest
-- are chosen from the index and only they are read from the table.
-- src/store/sqlite/sqlite-traversal.ts `relationsAmong`.
CREATE INDEX relations_between
  ON relations (subject_id, object_id, independent_sources, claim_count, id, predicate)
  WHERE object_id IS NOT NULL;
