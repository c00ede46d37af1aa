-- An entity's relations, most claims first (Entity.relations), read in the
-- index's order and stopped at the page's end (issue 12): before, a hub's
-- tens of thousands of relations were all read and numbered by a window
-- function for a page of twenty (about 280 ms at a million claims).
-- src/store/sqlite/sqlite-relation-pages.ts.
CREATE INDEX relations_out_by_claims ON relations (subject_id, claim_count DESC, id);
CREATE INDEX relations_in_by_claims ON relations (object_id, claim_count DESC, id)
  WHERE object_id IS NOT NULL;
