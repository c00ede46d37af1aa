// Range indexes for the reads that do not start from an id: claims by
// relation (claimsOfRelations, recomputing a relation) and articles by date
// (listArticles, newest first). Cypher Manual, "Search-performance indexes".

CREATE INDEX claim_relation_id IF NOT EXISTS FOR (c:Claim) ON (c.relationId);
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);

// Entity search. `searchNames` holds every name, label and alias of an
// entity, folded (case and accents, domain/ids.ts foldText) and cut into
// words joined by single spaces, so the whitespace analyzer indexes exactly
// the words the SQLite store's FTS5 table does; Lucene indexes each element
// of a LIST<STRING> property. Not eventually consistent: a search sees every
// committed write. Cypher Manual, "Full-text indexes".
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (e:Entity) ON EACH [e.searchNames]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };

// Ingestion's lookup of the entities an article names: each name's first
// words, folded as the gazetteer folds them (src/domain/name-key.ts), as an
// EntityName node pointing at its entity (src/store/neo4j/neo4j-name-heads.ts).
CREATE INDEX entity_name_head IF NOT EXISTS FOR (n:EntityName) ON (n.head);
