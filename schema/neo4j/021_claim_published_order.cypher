// Pages of claims filtered by predicate, or by predicate and modality
// (issue 12 item 6): each claim keeps its place in article-date order as
// one string, `publishedOrder` (src/store/neo4j/neo4j-claim-order.ts), and
// these indexes give a predicate's (and modality's) claims in that order,
// so that a page reads its own claims and stops (Cypher Manual, "Indexes
// for search performance" > composite range indexes: with equality on the
// leading properties the index provides the order of the last), instead of
// reading every matching claim's article and sorting them all. The same
// seek, with no order, counts the page's total.
CREATE INDEX claim_predicate_order IF NOT EXISTS FOR (c:Claim) ON (c.predicate, c.publishedOrder);
CREATE INDEX claim_predicate_modality_order IF NOT EXISTS FOR (c:Claim) ON (c.predicate, c.modality, c.publishedOrder);
