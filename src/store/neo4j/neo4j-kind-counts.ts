import { ALL_RELATIONS } from './neo4j-vocabulary';
import { CLAIM_DAY_COUNTS } from './neo4j-claim-day-counts';
import { CLAIM_PERIOD_COUNTS } from './neo4j-claim-period-counts';
import { CLAIM_INGESTED_DAY_COUNTS } from './neo4j-claim-ingested-day-counts';
import { ENTITY_CLAIM_COUNTS, ENTITY_PREDICATE_CLAIM_COUNTS } from './neo4j-entity-claim-counts';
import {
  applyCountChanges,
  changesBetween,
  keepingCounts,
  keepingSelectedCounts,
  selected,
} from './neo4j-count-nodes';
import type { ClaimSelection, CountChange, SelectedCounts } from './neo4j-count-nodes';
import { FILL_BATCH, run } from './neo4j-cypher';
import type { Fields, Runner } from './neo4j-cypher';
import { countOf, listOf, text, textOrNull } from './neo4j-records';

/**
 * Counts behind stats narrowed to entity kinds alone (migration 018,
 * neo4j-kind-stats.ts), as the SQLite store's migration 020 keeps them: a
 * claim matches kinds when its subject or object is of one of them, so
 * claims are counted per kind of both ends, predicate and modality
 * (:ClaimKindCount) and relations per kind of both ends
 * (:RelationKindCount), an object that is a value having the kind ''; an
 * article counts under the set of kinds its claims' ends have
 * (:ArticleKindCount, per set and publisher; an article without claims
 * under the empty set), so that the articles of any kinds are the sum over
 * the sets that hold one of them. Claims here are
 * those not judged WRONG (:Claim). Every write that changes claims keeps
 * them with the claims per day (`keepingClaimCounts`), every rebuild of
 * relations keeps the relations' (`keepRelationKindCounts`), and an editor's
 * new kind moves both (`keepingEntityKindCounts`).
 */
export const CLAIM_KIND_COUNT = 'ClaimKindCount';
export const RELATION_KIND_COUNT = 'RelationKindCount';
export const ARTICLE_KIND_COUNT = 'ArticleKindCount';

/**
 * The properties of a :ClaimKindCount and of a :RelationKindCount besides
 * `key` and `n`, in the order their key lists them (the CSV export writes
 * the same columns, src/export/neo4j-csv.ts).
 */
export const CLAIM_KIND_COLUMNS = ['subjectKind', 'objectKind', 'predicate', 'modality'] as const;
export const RELATION_KIND_COLUMNS = ['subjectKind', 'objectKind'] as const;

/** The claims `c` grouped by the kinds of their ends, predicate and modality. */
function claimsByKinds(selectedClaims: string): string {
  return `${selectedClaims}
MATCH (c)-[:HAS_SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:HAS_OBJECT]->(o:Entity)
RETURN s.kind AS subjectKind, coalesce(o.kind, '') AS objectKind, c.predicate AS predicate,
  c.modality AS modality, count(*) AS n`;
}

function claimKindCountOf(row: Fields): CountChange {
  const values = CLAIM_KIND_COLUMNS.map((column) => text(row, column));
  return {
    key: JSON.stringify(values),
    fields: Object.fromEntries(CLAIM_KIND_COLUMNS.map((column, i) => [column, values[i]!])),
    n: countOf(row, 'n'),
  };
}

/**
 * The articles `a` grouped by the set of kinds of their claims' ends
 * (sorted) and publisher. An article without claims (or whose claims are
 * all judged WRONG) counts under the empty set, which no kind filter
 * matches, so that the counts add up to every article: the whole graph's
 * articles per publisher are their sum (neo4j-stats.ts). An article node
 * a write has only locked so far (neo4j-write.ts `lockArticles`: its id
 * alone, no publication time yet) is not written yet and counts nowhere.
 */
function articlesByKinds(selectedArticles: string): string {
  return `${selectedArticles}
CALL (a) {
  OPTIONAL MATCH (a)<-[:STATED_IN]-(:Claim)-[:HAS_SUBJECT|HAS_OBJECT]->(e:Entity)
  WITH DISTINCT e.kind AS kind ORDER BY kind
  RETURN collect(kind) AS kinds
}
WITH kinds, a WHERE a.publishedAt IS NOT NULL
RETURN kinds, a.publisher AS publisher, count(*) AS n`;
}

function articleKindCountOf(row: Fields): CountChange {
  const fields = {
    kinds: listOf(row['kinds'], (kind) => kind as string),
    publisher: textOrNull(row, 'publisher'),
  };
  return { key: JSON.stringify(Object.values(fields)), fields, n: countOf(row, 'n') };
}

/** The articles of the selected claims, judged WRONG or not (a verdict changes its article's kinds). */
const ARTICLES_OF = {
  articles: 'UNWIND $ids AS id MATCH (a:Article {id: id})',
  claims:
    'UNWIND $ids AS id MATCH (:Claim|RejectedClaim {id: id})-[:STATED_IN]->(x:Article) WITH DISTINCT x AS a',
};

const CLAIM_KIND_COUNTS: SelectedCounts = {
  label: CLAIM_KIND_COUNT,
  grouping: claimsByKinds,
  changeOf: claimKindCountOf,
};

async function articleKindCounts(tx: Runner, selection: ClaimSelection): Promise<CountChange[]> {
  const claims = selected(selection);
  if (!claims) return [];
  const start = 'articleIds' in selection ? ARTICLES_OF.articles : ARTICLES_OF.claims;
  const rows = await run(tx, { text: articlesByKinds(start), params: { ids: claims.ids } });
  return rows.map(articleKindCountOf);
}

/**
 * Runs `work`, which changes the selected claims or their articles, and
 * moves the counts of claims and articles per kind by what it changed, as
 * the counts per day are kept (CLAIM_DAY_COUNTS).
 */
export function keepingKindCounts<T>(
  tx: Runner,
  selection: ClaimSelection,
  work: () => Promise<T>,
): Promise<T> {
  return keepingSelectedCounts(tx, selection, CLAIM_KIND_COUNTS, () =>
    keepingCounts(tx, ARTICLE_KIND_COUNT, () => articleKindCounts(tx, selection), work),
  );
}

/**
 * Runs `work`, which changes the selected claims or their articles, keeping
 * every count of claims: per day (neo4j-claim-day-counts.ts), per kind, per
 * entity and per entity and predicate (neo4j-entity-claim-counts.ts), per start of their period
 * (neo4j-claim-period-counts.ts) and per day their article was stored
 * (neo4j-claim-ingested-day-counts.ts).
 * Each write that changes claims goes through here, so that all take the
 * counts' locks in one order.
 */
export function keepingClaimCounts<T>(
  tx: Runner,
  selection: ClaimSelection,
  work: () => Promise<T>,
): Promise<T> {
  return keepingSelectedCounts(tx, selection, CLAIM_DAY_COUNTS, () =>
    keepingKindCounts(tx, selection, () =>
      keepingSelectedCounts(tx, selection, ENTITY_CLAIM_COUNTS, () =>
        keepingSelectedCounts(tx, selection, ENTITY_PREDICATE_CLAIM_COUNTS, () =>
          keepingSelectedCounts(tx, selection, CLAIM_PERIOD_COUNTS, () =>
            keepingSelectedCounts(tx, selection, CLAIM_INGESTED_DAY_COUNTS, work),
          ),
        ),
      ),
    ),
  );
}

/** The kinds of a relationship's ends, as keepRelationKindCounts counts them. */
export interface RelationEnds {
  readonly subjectKind: string;
  /** '' for a value. */
  readonly objectKind: string;
}

/** A relation's end kinds, from `s` and `o` (an entity or a value) as RETURN items. */
export const RELATION_ENDS = `s.kind AS subjectKind, coalesce(o.kind, '') AS objectKind`;

export function relationEndsOf(row: Fields): RelationEnds {
  return { subjectKind: text(row, 'subjectKind'), objectKind: text(row, 'objectKind') };
}

function relationKindCount({ subjectKind, objectKind }: RelationEnds): CountChange {
  return {
    key: JSON.stringify([subjectKind, objectKind]),
    fields: { subjectKind, objectKind },
    n: 1,
  };
}

/** One count per relation: changesBetween adds them up. */
function relationKindCounts(relations: readonly RelationEnds[]): CountChange[] {
  return relations.map(relationKindCount);
}

/** Moves the counts of relations per kind from the relationships deleted to those created. */
export function keepRelationKindCounts(
  tx: Runner,
  deleted: readonly RelationEnds[],
  created: readonly RelationEnds[],
): Promise<void> {
  return applyCountChanges(
    tx,
    RELATION_KIND_COUNT,
    changesBetween(relationKindCounts(deleted), relationKindCounts(created)),
  );
}

/** The relationships at an entity, with the kinds of their ends. */
async function relationEndsAt(tx: Runner, entityId: string): Promise<RelationEnds[]> {
  const rows = await run(tx, {
    text: `MATCH (:Entity {id: $id})-[r:${ALL_RELATIONS}]-()
WITH DISTINCT r
MATCH (s)-[r]->(o)
RETURN ${RELATION_ENDS}`,
    params: { id: entityId },
  });
  return rows.map(relationEndsOf);
}

/**
 * Runs `work`, which changes the kind of the entity, and moves its claims,
 * their articles and its relations to the counts of its new kind.
 */
export async function keepingEntityKindCounts<T>(
  tx: Runner,
  entityId: string,
  work: () => Promise<T>,
): Promise<T> {
  const [row] = await run(tx, {
    text: `MATCH (:Entity {id: $id})<-[:HAS_SUBJECT|HAS_OBJECT]-(c:Claim)
RETURN collect(DISTINCT c.id) AS ids`,
    params: { id: entityId },
  });
  const claimIds = listOf(row?.['ids'], (id) => id as string);
  const relationsBefore = await relationEndsAt(tx, entityId);
  const result = await keepingKindCounts(tx, { claimIds }, work);
  await keepRelationKindCounts(tx, relationsBefore, await relationEndsAt(tx, entityId));
  return result;
}

/**
 * Counts every claim, relation and article per kind again when the claims
 * or the articles counted disagree with the numbers Neo4j's count store
 * gives: a graph written before the counts were kept, or before articles
 * without claims were counted, or loaded by neo4j-admin. In auto-commit
 * transactions of FILL_BATCH counts. On an up-to-date graph it reads the
 * claim and article counts' sums.
 */
export async function fillKindCounts(session: Runner): Promise<void> {
  const [row] = await run(session, {
    text: `CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (d:${CLAIM_KIND_COUNT}) RETURN coalesce(sum(d.n), 0) AS claimsCounted }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (d:${ARTICLE_KIND_COUNT}) RETURN coalesce(sum(d.n), 0) AS articlesCounted }
RETURN claims, claimsCounted, articles, articlesCounted`,
    params: {},
  });
  if (
    countOf(row, 'claims') === countOf(row, 'claimsCounted') &&
    countOf(row, 'articles') === countOf(row, 'articlesCounted')
  )
    return;
  for (const label of [CLAIM_KIND_COUNT, RELATION_KIND_COUNT, ARTICLE_KIND_COUNT])
    await run(session, {
      text: `MATCH (d:${label}) CALL (d) { DELETE d } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
  const claims = await run(session, { text: claimsByKinds('MATCH (c:Claim)'), params: {} });
  const relations = await run(session, {
    text: `MATCH (s:Entity)-[:${ALL_RELATIONS}]->(o)
WITH ${RELATION_ENDS}
RETURN subjectKind, objectKind, count(*) AS n`,
    params: {},
  });
  const articles = await run(session, { text: articlesByKinds('MATCH (a:Article)'), params: {} });
  const fill = async (label: string, counts: readonly CountChange[]) => {
    for (let start = 0; start < counts.length; start += FILL_BATCH)
      await applyCountChanges(session, label, counts.slice(start, start + FILL_BATCH));
  };
  await fill(CLAIM_KIND_COUNT, claims.map(claimKindCountOf));
  await fill(
    RELATION_KIND_COUNT,
    relations.map((row) => ({ ...relationKindCount(relationEndsOf(row)), n: countOf(row, 'n') })),
  );
  await fill(ARTICLE_KIND_COUNT, articles.map(articleKindCountOf));
}
