// Counts behind the whole-graph stats and the dashboard (issue 12 item 3,
// issue 9 item 7), kept in the transactions that write, as the SQLite
// store's migration 016 keeps them; the totals of articles, entities,
// claims and relations come from Neo4j's own count store.
//
// Each entity's degree (src/store/neo4j/neo4j-entity-degrees.ts), set when
// its relations are rebuilt: the most connected entities are read in index
// order instead of grouping every relation.
CREATE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e.degree);
