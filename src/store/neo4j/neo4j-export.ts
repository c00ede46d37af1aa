import { PREDICATES } from '../../domain/predicates';
import type { ExportItems, ExportKind } from '../graph-store';
import { integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { column } from './neo4j-paging';
import {
  ARTICLE_PROJECTION,
  CLAIM_PROJECTION,
  ENTITY_PROJECTION,
  MENTION_PROJECTION,
  RELATION_PROJECTION,
  toArticle,
  toClaim,
  toEntity,
  toMention,
  toRelation,
} from './neo4j-records';
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
  // Relation ids are indexed per type (one constraint per predicate): the
  // page is the first ids of every type's index, merged.
  relations: `CALL () {
${PREDICATES.map(
  (predicate) => `  MATCH ()-[r:\`${relationshipType(predicate)}\`]->() WHERE r.id > $after
  RETURN r ORDER BY r.id LIMIT $limit`,
).join('\n  UNION ALL\n')}
}
WITH r ORDER BY r.id LIMIT $limit
RETURN ${RELATION_PROJECTION} AS item ORDER BY r.id`,
};

const MAPPERS: { readonly [K in ExportKind]: (value: unknown) => ExportItems[K] } = {
  articles: toArticle,
  entities: toEntity,
  mentions: toMention,
  claims: toClaim,
  relations: toRelation,
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
  return column(rows, 'item', MAPPERS[kind]);
}
