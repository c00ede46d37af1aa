-- Graph walks that cost what they touch (issue 12): each entity's relations
-- to other entities, strongest first (most independent sources, then most
-- claims, then id), on each side. A neighbourhood reads a node's strongest
-- relations from the front of its index range and stops; a path search reads
-- a node's whole range. Both read nothing but the index (it covers the
-- columns a walk needs), so a walk never visits the relations table itself.
-- src/store/sqlite/sqlite-traversal.ts.

CREATE INDEX relations_out_by_strength
  ON relations (subject_id, independent_sources DESC, claim_count DESC, id, object_id, predicate)
  WHERE object_id IS NOT NULL;
CREATE INDEX relations_in_by_strength
  ON relations (object_id, independent_sources DESC, claim_count DESC, id, subject_id, predicate)
  WHERE object_id IS NOT NULL;
