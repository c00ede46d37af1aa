// Merged entities (issue 10): each merged id is a (:MergedEntity) pointing
// at the id it was merged into, so that old ids keep answering and later
// articles naming them are written on the survivor
// (src/store/neo4j/neo4j-merge.ts). An unmerge deletes the node; what a
// merge moved is kept in its change.

CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT merged_entity_merge_id IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.mergeId IS UNIQUE;
CREATE INDEX merged_entity_into IF NOT EXISTS FOR (m:MergedEntity) ON (m.intoId);
