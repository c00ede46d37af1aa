// Claims by their own period (issue 9 item 7): stats narrowed to a period
// and to nothing an index finds sooner (src/store/neo4j/neo4j-filtered-stats.ts)
// seek the claims with a time of their own here, and the others through
// their articles by date (article_published_at), instead of reading every
// claim; as the SQLite store's migration 020. Checked by
// tests/store/query-plans.neo4j.test.ts. Cypher Manual, "Search-performance indexes".
CREATE INDEX claim_time_from IF NOT EXISTS FOR (c:Claim) ON (c.timeFrom);
CREATE INDEX claim_time_to IF NOT EXISTS FOR (c:Claim) ON (c.timeTo);

// Relations by their modality (the strongest of their claims'), one range
// index per relationship type as for `denying` (migration 015): relations
// filtered by modality alone (src/store/neo4j/neo4j-relations.ts) are
// sought by type instead of reading every relation.
CREATE INDEX relation_modality_at_war_with IF NOT EXISTS FOR ()-[r:AT_WAR_WITH]-() ON (r.modality);
CREATE INDEX relation_modality_capital_of IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() ON (r.modality);
CREATE INDEX relation_modality_controls IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.modality);
CREATE INDEX relation_modality_deployed_to IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() ON (r.modality);
CREATE INDEX relation_modality_fights_for IF NOT EXISTS FOR ()-[r:FIGHTS_FOR]-() ON (r.modality);
CREATE INDEX relation_modality_leader_of IF NOT EXISTS FOR ()-[r:LEADER_OF]-() ON (r.modality);
CREATE INDEX relation_modality_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.modality);
CREATE INDEX relation_modality_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.modality);
CREATE INDEX relation_modality_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.modality);
CREATE INDEX relation_modality_sanctions IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.modality);
CREATE INDEX relation_modality_spokesperson_of IF NOT EXISTS FOR ()-[r:SPOKESPERSON_OF]-() ON (r.modality);
CREATE INDEX relation_modality_stated_no_comment IF NOT EXISTS FOR ()-[r:STATED_NO_COMMENT]-() ON (r.modality);
CREATE INDEX relation_modality_suffered_losses_in IF NOT EXISTS FOR ()-[r:SUFFERED_LOSSES_IN]-() ON (r.modality);
CREATE INDEX relation_modality_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.modality);
CREATE INDEX relation_modality_supports_militarily IF NOT EXISTS FOR ()-[r:SUPPORTS_MILITARILY]-() ON (r.modality);
