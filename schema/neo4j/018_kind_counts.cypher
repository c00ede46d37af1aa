// Counts behind stats narrowed to entity kinds alone (issue 9 item 7:
// `stats(filter: { kinds })` under 250 ms on 10,000 articles), kept in the
// transactions that write (src/store/neo4j/neo4j-kind-counts.ts), as the
// SQLite store's migration 020: claims per kind of their ends, predicate and
// modality; relations per kind of their ends; articles per set of kinds of
// their claims' ends and publisher. One node per combination, found by its
// key (the combination as a JSON array). Graphs written before are counted
// on the next start (fillKindCounts).
CREATE CONSTRAINT claim_kind_count_key IF NOT EXISTS FOR (d:ClaimKindCount) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT relation_kind_count_key IF NOT EXISTS FOR (d:RelationKindCount) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT article_kind_count_key IF NOT EXISTS FOR (d:ArticleKindCount) REQUIRE d.key IS UNIQUE;

// The connected entities of a kind, most connected first: counted and ranked
// per kind from this index's entries (src/store/neo4j/neo4j-kind-stats.ts),
// instead of reading every entity of the kind.
CREATE INDEX entity_kind_degree_rank IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.degreeRank);
