// claim_period (migration 026: a claim's period end, start and kept order) is read by no
// statement since a period alone is paged per start of claims' periods (migration 028,
// src/store/neo4j/neo4j-claims-in-period.ts); every claim written kept an entry in it.
// migrate() drops it where it exists (neo4j-migrations.ts `droppedSchemaRules`).
DROP INDEX claim_period IF EXISTS;
