import type Database from 'better-sqlite3';
import { ENTITY_COLUMNS } from './sqlite-filters';

/** The migration whose step counts the claims per day the first time. */
export const DAY_COUNTS_VERSION = 15;

/**
 * The tables of counts that triggers keep (migrations 015, 016, 020 and 028), each
 * with how to count it again from the rows it counts, as its migration
 * first filled it. A bulk load (sqlite-bulk-load.ts) drops every trigger
 * that writes one of them and counts each once when it ends: the triggers
 * cost more than the inserts they follow (a claim's insert took twice as
 * long with claim_kind_counted). Counted in this order: the degrees and
 * row counts once the relations are rebuilt.
 *
 * Each count reads the claims NOT INDEXED, in table order: the planner
 * otherwise walks an index matching `rejected = 0` and reads each claim
 * from its own page, which at a million claims (a table larger than the
 * page cache) took 82 s of a bulk load's end, against 36 s in table order.
 */
export const KEPT_COUNTS: Readonly<Record<string, (db: Database.Database) => void>> = {
  claim_day_counts: countClaimsPerDay,
  claim_counts: countClaimsByKind,
  entity_degrees: countEntityDegrees,
  row_counts: countRows,
  claim_kind_counts: countClaimsByEndKinds,
  relation_kind_counts: countRelationsByEndKinds,
  article_kinds: countArticleKinds,
  entity_claim_counts: countEntityClaims,
};

/** The migration whose step counts each entity's claims the first time. */
export const ENTITY_CLAIM_COUNTS_VERSION = 28;

/**
 * entity_claim_counts as migration 028's triggers keep it: claims not
 * judged WRONG per entity (in any role), predicate and modality, read once
 * in table order, each paired with the roles (ENTITY_COLUMNS) that name an
 * entity no earlier role names: a claim counts once for each entity.
 */
export function countEntityClaims(db: Database.Database): void {
  const roles = ENTITY_COLUMNS.map((_, i) => `(${i})`).join(', ');
  const entity = ENTITY_COLUMNS.map((column, i) => `WHEN ${i} THEN ${column}`).join(' ');
  const firstNamed = ENTITY_COLUMNS.map((column, i) => {
    const earlier = ENTITY_COLUMNS.slice(0, i).map((before) => ` AND ${column} IS NOT ${before}`);
    return `WHEN ${i} THEN ${column} IS NOT NULL${earlier.join('')}`;
  }).join(' ');
  db.exec(`DELETE FROM entity_claim_counts;
    INSERT INTO entity_claim_counts
    SELECT CASE r.column1 ${entity} END, c.predicate, c.modality, count(*)
    FROM claims c NOT INDEXED CROSS JOIN (VALUES ${roles}) r
    WHERE c.rejected = 0 AND CASE r.column1 ${firstNamed} END
    GROUP BY 1, 2, 3`);
}

/** The migration whose step counts claims, relations and articles per entity kind the first time. */
export const KIND_COUNTS_VERSION = 20;

/** Migration 020's counts per entity kind, filled from the claims and relations. */
export function countKinds(db: Database.Database): void {
  countClaimsByEndKinds(db);
  countRelationsByEndKinds(db);
  countArticleKinds(db);
}

/**
 * claim_day_counts from the claims, as migration 015's triggers keep it:
 * claims not judged WRONG, per combination of days (those of
 * sqlite-timeline.ts's DAY: a claim's own time, else its article's
 * publication day; the publication day; the ingestion day), modality,
 * predicate, publisher and speaker.
 */
export function countClaimsPerDay(db: Database.Database): void {
  db.exec(`DELETE FROM claim_day_counts;
    INSERT INTO claim_day_counts
    SELECT json_array(event_day, published_day, ingested_day, modality, predicate, publisher, speaker),
      event_day, published_day, ingested_day, modality, predicate, publisher, speaker, count(*)
    FROM (
      SELECT coalesce(c.time_from, c.time_to, substr(a.published_at, 1, 10)) AS event_day,
        substr(a.published_at, 1, 10) AS published_day, substr(a.ingested_at, 1, 10) AS ingested_day,
        c.modality, c.predicate, a.publisher, c.attributed_to_id AS speaker
      FROM claims c NOT INDEXED JOIN articles a ON a.id = c.article_id
      WHERE c.rejected = 0)
    GROUP BY 1`);
}

/** claim_counts as migration 016 fills it: claims not judged WRONG per predicate and modality. */
function countClaimsByKind(db: Database.Database): void {
  db.exec(`DELETE FROM claim_counts;
    INSERT INTO claim_counts
    SELECT predicate, modality, count(*) FROM claims NOT INDEXED WHERE rejected = 0
    GROUP BY predicate, modality`);
}

/** entity_degrees as migration 016 fills it: relations per subject and other object. */
function countEntityDegrees(db: Database.Database): void {
  db.exec(`DELETE FROM entity_degrees;
    INSERT INTO entity_degrees
    SELECT id, count(*) FROM (
      SELECT subject_id AS id FROM relations
      UNION ALL SELECT object_id FROM relations WHERE object_id IS NOT NULL AND object_id <> subject_id)
    GROUP BY id`);
}

/**
 * Each row of row_counts again: its name is the table it counts (migration
 * 016), an identifier the migrations wrote, never input.
 */
function countRows(db: Database.Database): void {
  const tables = db.prepare<[], { name: string }>('SELECT name FROM row_counts').all();
  for (const { name } of tables)
    db.prepare(`UPDATE row_counts SET n = (SELECT count(*) FROM "${name}") WHERE name = ?`).run(
      name,
    );
}

/**
 * claim_kind_counts as migration 020's triggers keep it: claims not judged
 * WRONG per kinds of their ends, predicate and modality. Each claim adds 1
 * to its row, as the trigger does, rather than GROUP BY, which sorts every
 * claim to make a few hundred groups: on the scale bench's million-claim
 * store, 3.6-4.4 s against 5.1-6.0 s (each statement alone, alternately).
 */
function countClaimsByEndKinds(db: Database.Database): void {
  db.exec(`DELETE FROM claim_kind_counts;
    INSERT INTO claim_kind_counts
    SELECT s.kind, coalesce(o.kind, ''), c.predicate, c.modality, 1
    FROM claims c NOT INDEXED JOIN entities s ON s.id = c.subject_id
      LEFT JOIN entities o ON o.id = c.object_id
    WHERE c.rejected = 0
    ON CONFLICT (subject_kind, object_kind, predicate, modality) DO UPDATE SET n = n + 1`);
}

/**
 * relation_kind_counts as migration 020's triggers keep it: relations per
 * kinds of their ends, each adding 1 to its row (a few dozen), as
 * countClaimsByEndKinds does: 2.4-3.7 s against 3.2-4.7 s there.
 */
function countRelationsByEndKinds(db: Database.Database): void {
  // WHERE true: SQLite reads an ON CONFLICT right after a join's ON as part of the join.
  db.exec(`DELETE FROM relation_kind_counts;
    INSERT INTO relation_kind_counts
    SELECT s.kind, coalesce(o.kind, ''), 1
    FROM relations r JOIN entities s ON s.id = r.subject_id LEFT JOIN entities o ON o.id = r.object_id
    WHERE true
    ON CONFLICT (subject_kind, object_kind) DO UPDATE SET n = n + 1`);
}

/**
 * article_kinds as migration 020's triggers keep it: each article's claim
 * ends not judged WRONG per kind, subject and object each counted (both
 * when they are one entity). The claims are read once, each paired with
 * its two ends (CROSS JOIN keeps them the outer loop): read twice as a
 * union, the planner looped over the entities by kind and looked the union
 * up through an automatic index, 14-19 s at a million claims against 7-8 s.
 */
function countArticleKinds(db: Database.Database): void {
  db.exec(`DELETE FROM article_kinds;
    INSERT INTO article_kinds
    SELECT e.kind, c.article_id, count(*)
    FROM claims c NOT INDEXED CROSS JOIN (VALUES ('subject'), ('object')) AS ends
      CROSS JOIN entities e
        ON e.id = CASE ends.column1 WHEN 'subject' THEN c.subject_id ELSE c.object_id END
    WHERE c.rejected = 0
    GROUP BY 1, 2`);
}
