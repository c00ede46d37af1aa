// Contested relations (issue 9 item 7): a relation is contested when it has
// both supporting and denying claims (src/store/neo4j/neo4j-relations.ts).
// Denials are few, so the contested relations are found by seeking the
// relations with a denying claim, one range index per relationship type
// (one per predicate, src/store/neo4j/neo4j-vocabulary.ts), the planner
// joining the seeks of a pattern over several types; without them it reads
// every relation. Checked by tests/store/query-plans.neo4j.test.ts.
// Cypher Manual, "Search-performance indexes" (relationship range indexes).

CREATE INDEX relation_denying_at_war_with IF NOT EXISTS FOR ()-[r:AT_WAR_WITH]-() ON (r.denying);
CREATE INDEX relation_denying_capital_of IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() ON (r.denying);
CREATE INDEX relation_denying_controls IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.denying);
CREATE INDEX relation_denying_deployed_to IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() ON (r.denying);
CREATE INDEX relation_denying_fights_for IF NOT EXISTS FOR ()-[r:FIGHTS_FOR]-() ON (r.denying);
CREATE INDEX relation_denying_leader_of IF NOT EXISTS FOR ()-[r:LEADER_OF]-() ON (r.denying);
CREATE INDEX relation_denying_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.denying);
CREATE INDEX relation_denying_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.denying);
CREATE INDEX relation_denying_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.denying);
CREATE INDEX relation_denying_sanctions IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.denying);
CREATE INDEX relation_denying_spokesperson_of IF NOT EXISTS FOR ()-[r:SPOKESPERSON_OF]-() ON (r.denying);
CREATE INDEX relation_denying_stated_no_comment IF NOT EXISTS FOR ()-[r:STATED_NO_COMMENT]-() ON (r.denying);
CREATE INDEX relation_denying_suffered_losses_in IF NOT EXISTS FOR ()-[r:SUFFERED_LOSSES_IN]-() ON (r.denying);
CREATE INDEX relation_denying_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.denying);
CREATE INDEX relation_denying_supports_militarily IF NOT EXISTS FOR ()-[r:SUPPORTS_MILITARILY]-() ON (r.denying);
