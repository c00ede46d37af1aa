// One traversable relationship per relation; its type is the predicate, so
// the id constraint exists once per predicate of the vocabulary
// (src/domain/predicates.ts). A test checks that every predicate has its line:
// add one here when the vocabulary grows. Relationship uniqueness
// constraints exist since Neo4j 5.7 (Cypher Manual, "Constraints").

CREATE CONSTRAINT relation_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_capital_of_id IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_spokesperson_of_id IF NOT EXISTS FOR ()-[r:SPOKESPERSON_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_leader_of_id IF NOT EXISTS FOR ()-[r:LEADER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_at_war_with_id IF NOT EXISTS FOR ()-[r:AT_WAR_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_fights_for_id IF NOT EXISTS FOR ()-[r:FIGHTS_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_supports_militarily_id IF NOT EXISTS FOR ()-[r:SUPPORTS_MILITARILY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_deployed_to_id IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_suffered_losses_in_id IF NOT EXISTS FOR ()-[r:SUFFERED_LOSSES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_controls_id IF NOT EXISTS FOR ()-[r:CONTROLS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_supplies_id IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_sanctions_id IF NOT EXISTS FOR ()-[r:SANCTIONS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_stated_no_comment_id IF NOT EXISTS FOR ()-[r:STATED_NO_COMMENT]-() REQUIRE r.id IS UNIQUE;
