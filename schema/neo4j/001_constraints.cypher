// kg Neo4j schema: uniqueness constraints on natural keys. Applied on every
// start by src/store/neo4j/neo4j-migrations.ts, one statement at a time;
// IF NOT EXISTS makes each statement idempotent. A uniqueness constraint is
// backed by a range index, so it is also how lookups by id are fast.
// Community edition has uniqueness constraints only (no existence or key
// constraints): Cypher Manual, "Constraints" > "Create constraints".

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// The object of a relation whose object is a value, keyed by the folded value.
CREATE CONSTRAINT value_key IF NOT EXISTS FOR (v:Value) REQUIRE v.key IS UNIQUE;
