// A neighbourhood's hop reads a many-related entity's relations strongest
// first and stops at the hop's limit (issue 12; src/store/neo4j/
// neo4j-strength-keys.ts): each relation between two entities keeps, for
// each end, that end's id then its strength rank, and a range index per
// predicate gives one entity's relations of that predicate by prefix, in
// order. Relationship indexes are per type (Cypher Manual, "Create, show,
// and delete indexes"), so there is a line per predicate and end, as in
// migration 002: add two when the vocabulary grows.

CREATE INDEX relation_part_of_start_strength IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.startStrengthKey);
CREATE INDEX relation_part_of_end_strength IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.endStrengthKey);
CREATE INDEX relation_located_in_start_strength IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.startStrengthKey);
CREATE INDEX relation_located_in_end_strength IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.endStrengthKey);
CREATE INDEX relation_capital_of_start_strength IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() ON (r.startStrengthKey);
CREATE INDEX relation_capital_of_end_strength IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() ON (r.endStrengthKey);
CREATE INDEX relation_spokesperson_of_start_strength IF NOT EXISTS FOR ()-[r:SPOKESPERSON_OF]-() ON (r.startStrengthKey);
CREATE INDEX relation_spokesperson_of_end_strength IF NOT EXISTS FOR ()-[r:SPOKESPERSON_OF]-() ON (r.endStrengthKey);
CREATE INDEX relation_leader_of_start_strength IF NOT EXISTS FOR ()-[r:LEADER_OF]-() ON (r.startStrengthKey);
CREATE INDEX relation_leader_of_end_strength IF NOT EXISTS FOR ()-[r:LEADER_OF]-() ON (r.endStrengthKey);
CREATE INDEX relation_member_of_start_strength IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.startStrengthKey);
CREATE INDEX relation_member_of_end_strength IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.endStrengthKey);
CREATE INDEX relation_at_war_with_start_strength IF NOT EXISTS FOR ()-[r:AT_WAR_WITH]-() ON (r.startStrengthKey);
CREATE INDEX relation_at_war_with_end_strength IF NOT EXISTS FOR ()-[r:AT_WAR_WITH]-() ON (r.endStrengthKey);
CREATE INDEX relation_fights_for_start_strength IF NOT EXISTS FOR ()-[r:FIGHTS_FOR]-() ON (r.startStrengthKey);
CREATE INDEX relation_fights_for_end_strength IF NOT EXISTS FOR ()-[r:FIGHTS_FOR]-() ON (r.endStrengthKey);
CREATE INDEX relation_supports_militarily_start_strength IF NOT EXISTS FOR ()-[r:SUPPORTS_MILITARILY]-() ON (r.startStrengthKey);
CREATE INDEX relation_supports_militarily_end_strength IF NOT EXISTS FOR ()-[r:SUPPORTS_MILITARILY]-() ON (r.endStrengthKey);
CREATE INDEX relation_deployed_to_start_strength IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() ON (r.startStrengthKey);
CREATE INDEX relation_deployed_to_end_strength IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() ON (r.endStrengthKey);
CREATE INDEX relation_suffered_losses_in_start_strength IF NOT EXISTS FOR ()-[r:SUFFERED_LOSSES_IN]-() ON (r.startStrengthKey);
CREATE INDEX relation_suffered_losses_in_end_strength IF NOT EXISTS FOR ()-[r:SUFFERED_LOSSES_IN]-() ON (r.endStrengthKey);
CREATE INDEX relation_controls_start_strength IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.startStrengthKey);
CREATE INDEX relation_controls_end_strength IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.endStrengthKey);
CREATE INDEX relation_supplies_start_strength IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.startStrengthKey);
CREATE INDEX relation_supplies_end_strength IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.endStrengthKey);
CREATE INDEX relation_sanctions_start_strength IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.startStrengthKey);
CREATE INDEX relation_sanctions_end_strength IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.endStrengthKey);
CREATE INDEX relation_stated_no_comment_start_strength IF NOT EXISTS FOR ()-[r:STATED_NO_COMMENT]-() ON (r.startStrengthKey);
CREATE INDEX relation_stated_no_comment_end_strength IF NOT EXISTS FOR ()-[r:STATED_NO_COMMENT]-() ON (r.endStrengthKey);
