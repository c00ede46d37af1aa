// Each relation's distinct sources with their first claims (issue 9 item 7):
// one :SourceSummary node per source, rebuilt with the relation from its
// claims (src/store/neo4j/neo4j-relation-write.ts, domain/source-summary.ts),
// so that reading the sources of a page of relations reads a few nodes each
// instead of grouping every claim. Found by the relation's id.

CREATE INDEX source_summary_relation IF NOT EXISTS FOR (s:SourceSummary) ON (s.relationId);
