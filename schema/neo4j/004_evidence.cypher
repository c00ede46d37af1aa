// Evidence and dashboards (issue 9): articles by ingestion time ("new
// since", newest first) and by publisher; claims by the words of their
// sentence. `sentenceWords` holds the sentence folded and cut into words
// joined by single spaces, as `searchNames` does for entity search, so the
// whitespace analyzer indexes exactly the words the SQLite store's FTS5
// table does. Cypher Manual, "Search-performance indexes", "Full-text indexes".

CREATE INDEX article_ingested_at IF NOT EXISTS FOR (a:Article) ON (a.ingestedAt);
CREATE INDEX article_publisher IF NOT EXISTS FOR (a:Article) ON (a.publisher);
CREATE FULLTEXT INDEX claim_sentence IF NOT EXISTS
FOR (c:Claim) ON EACH [c.sentenceWords]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };
