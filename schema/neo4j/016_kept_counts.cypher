// Counts behind the whole-graph stats and the dashboard (issue 12 item 3,
// issue 9 item 7), kept in the transactions that write, as the SQLite
// store's migration 016 keeps them; the totals of articles, entities,
// claims and relations come from Neo4j's own count store.
//
// Each entity's degree (src/store/neo4j/neo4j-entity-degrees.ts), set when
// its relations are rebuilt, with its rank (most connected first, ties by
// id, as one string: src/store/neo4j/neo4j-ranks.ts): the most connected
// entities are read in index order instead of grouping every relation.
CREATE INDEX entity_degree_rank IF NOT EXISTS FOR (e:Entity) ON (e.degreeRank);

// The relations with the most claims (the "top relations" widget), per
// relationship type: each type's first relations are read in the order of
// `claimRank` (most claims first, ties by id, as one string:
// src/store/neo4j/neo4j-ranks.ts) and the few read are merged
// (src/store/neo4j/neo4j-top-relations.ts), instead of sorting every
// relation of every type.
CREATE INDEX relation_claim_rank_at_war_with IF NOT EXISTS FOR ()-[r:AT_WAR_WITH]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_capital_of IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_controls IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_deployed_to IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_fights_for IF NOT EXISTS FOR ()-[r:FIGHTS_FOR]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_leader_of IF NOT EXISTS FOR ()-[r:LEADER_OF]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_sanctions IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_spokesperson_of IF NOT EXISTS FOR ()-[r:SPOKESPERSON_OF]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_stated_no_comment IF NOT EXISTS FOR ()-[r:STATED_NO_COMMENT]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_suffered_losses_in IF NOT EXISTS FOR ()-[r:SUFFERED_LOSSES_IN]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.claimRank);
CREATE INDEX relation_claim_rank_supports_militarily IF NOT EXISTS FOR ()-[r:SUPPORTS_MILITARILY]-() ON (r.claimRank);

// Claims not judged WRONG per day on each timeline axis and per each
// timeline split (src/store/neo4j/neo4j-claim-day-counts.ts), as the SQLite
// store's claim_day_counts: a timeline over every claim sums these nodes.
// One node per combination, found by its key (the combination as a JSON array).
CREATE CONSTRAINT claim_day_count_key IF NOT EXISTS FOR (d:ClaimDayCount) REQUIRE d.key IS UNIQUE;

// Entities per kind for the whole graph's stats, counted per kind of the
// vocabulary from this index's entries rather than from every entity node.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
