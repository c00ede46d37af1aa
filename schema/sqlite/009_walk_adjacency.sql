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

-- Attributions (issue 9): a speaker is linked to the subjects and objects of
-- what it said. Walked from an entity to its speakers through the claims
-- that have one only; from a speaker, through claims_by_speaker.
CREATE INDEX claims_spoken_about_subject ON claims (subject_id, attributed_to_id)
  WHERE attributed_to_id IS NOT NULL;
CREATE INDEX claims_spoken_about_object ON claims (object_id, attributed_to_id)
  WHERE attributed_to_id IS NOT NULL;
