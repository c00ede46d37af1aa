// One-time data upgrades done (src/store/neo4j/neo4j-evidence-backfill.ts):
// one :StoreUpgrade node per upgrade, so that replicas starting at once
// record it once (Cypher Manual, "Constraints": MERGE on a uniquely
// constrained property takes the lock that keeps it single).
CREATE CONSTRAINT store_upgrade_name IF NOT EXISTS FOR (u:StoreUpgrade) REQUIRE u.name IS UNIQUE;
