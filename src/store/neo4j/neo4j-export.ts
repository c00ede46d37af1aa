import { PREDICATES } from '../../domain/predicates';
import type { ExportItems, ExportKind } from '../graph-store';
import { integer, run } from './neo4j-cypher';
import type { Fields, Runner } from './neo4j-cypher';
import { column } from './neo4j-paging';
import {
  ARTICLE_PROJECTION,
  CLAIM_PROJECTION,
  ENTITY_PROJECTION,
  fieldsOf,
  MENTION_PROJECTION,
  toArticle,
  toClaim,
  toEntity,
  toMention,
  text,
} from './neo4j-records';
import { getRelations } from './neo4j-relations';
import { REVIEW_PROJECTION, toReview } from './neo4j-review';
import { relationshipType } from './neo4j-vocabulary';

/**
 * One statement per kind. Each starts from the ids after `$after` in the
 * unique-constraint index of its label, which hands them over in order, so
 * a page costs its own size however deep into the graph it is. Every id is
 * non-empty, so `> ''` starts from the first.
 */
const STATEMENTS: Readonly<Record<ExportKind, string>> = {
  articles: `MATCH (a:Article) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN ${ARTICLE_PROJECTION} AS item ORDER BY a.id`,
  entities: `MATCH (e:Entity) WHERE e.id > $after
WITH e ORDER BY e.id LIMIT $limit
RETURN ${ENTITY_PROJECTION} AS item ORDER BY e.id`,
  mentions: `MATCH (m:Mention) WHERE m.id > $after
WITH m ORDER BY m.id LIMIT $limit
MATCH (a:Article)<-[:IN_ARTICLE]-(m)-[:MENTIONS]->(e:Entity)
RETURN ${MENTION_PROJECTION} AS item ORDER BY m.id`,
  claims: `MATCH (c:Claim) WHERE c.id > $after
WITH c ORDER BY c.id LIMIT $limit
MATCH (c)-[:STATED_IN]->(a:Article)
RETURN ${CLAIM_PROJECTION} AS item ORDER BY c.id`,
  // A judgement outlives its claim (the article written again without it, or
  // retracted): only judgements whose claim is stored, under either label.
  reviewedClaims: `MATCH (r:ClaimReview) WHERE r.claimId > $after
CALL (r) {
  MATCH (c:Claim {id: r.claimId}) RETURN c
  UNION
  MATCH (c:RejectedClaim {id: r.claimId}) RETURN c
}
WITH r, c ORDER BY r.claimId LIMIT $limit
MATCH (c)-[:STATED_IN]->(a:Article)
RETURN {claim: ${CLAIM_PROJECTION}, review: ${REVIEW_PROJECTION}} AS item ORDER BY r.claimId`,
  // Relation ids are indexed per type (one constraint per predicate): the
  // page is the first ids of every type's index, merged. The relations
  // themselves are then read as getRelations reads them.
  relations: `CALL () {
${PREDICATES.map(
  (predicate) => `  MATCH ()-[r:\`${relationshipType(predicate)}\`]->() WHERE r.id > $after
  RETURN r ORDER BY r.id LIMIT $limit`,
).join('\n  UNION ALL\n')}
}
WITH r ORDER BY r.id LIMIT $limit
RETURN r.id AS item ORDER BY item`,
};

/** Each kind's rows to items; relations are read by id as getRelations reads them. */
const READERS: {
  readonly [K in ExportKind]: (tx: Runner, rows: readonly Fields[]) => Promise<ExportItems[K][]>;
} = {
  articles: (_, rows) => Promise.resolve(column(rows, 'item', toArticle)),
  entities: (_, rows) => Promise.resolve(column(rows, 'item', toEntity)),
  mentions: (_, rows) => Promise.resolve(column(rows, 'item', toMention)),
  claims: (_, rows) => Promise.resolve(column(rows, 'item', toClaim)),
  reviewedClaims: (_, rows) =>
    Promise.resolve(
      column(rows, 'item', (value) => {
        const fields = fieldsOf(value, 'reviewed claim');
        const claim = toClaim(fields['claim']);
        return { id: claim.id, claim, review: toReview(fields['review']) };
      }),
    ),
  relations: async (tx, rows) =>
    (
      await getRelations(
        tx,
        column(rows, 'item', (id) => text({ id }, 'id')),
      )
    ).filter((relation) => relation !== null),
};

/** See `GraphStore.exportPage`; the limit is checked by the caller. */
export async function exportPage<K extends ExportKind>(
  tx: Runner,
  kind: K,
  afterId: string | null,
  limit: number,
): Promise<ExportItems[K][]> {
  const rows = await run(tx, {
    text: STATEMENTS[kind],
    params: { after: afterId ?? '', limit: integer(limit) },
  });
  return READERS[kind](tx, rows);
}
