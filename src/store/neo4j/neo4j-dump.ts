import type { GraphDump } from '../graph-store';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import {
  ARTICLE_PROJECTION,
  CLAIM_PROJECTION,
  ENTITY_PROJECTION,
  MENTION_PROJECTION,
  toArticle,
  toClaim,
  toEntity,
  toMention,
} from './neo4j-records';
import { column } from './neo4j-paging';

/** The whole content, each list by id, in one read transaction so that the lists agree. */
export async function dump(tx: Runner): Promise<GraphDump> {
  const read = async <T>(text: string, map: (value: unknown) => T): Promise<T[]> =>
    column(await run(tx, { text, params: {} }), 'item', map);
  return {
    articles: await read(
      `MATCH (a:Article) RETURN ${ARTICLE_PROJECTION} AS item ORDER BY a.id`,
      toArticle,
    ),
    entities: await read(
      `MATCH (e:Entity) RETURN ${ENTITY_PROJECTION} AS item ORDER BY e.id`,
      toEntity,
    ),
    mentions: await read(
      `MATCH (a:Article)<-[:IN_ARTICLE]-(m:Mention)-[:MENTIONS]->(e:Entity)
RETURN ${MENTION_PROJECTION} AS item ORDER BY m.id`,
      toMention,
    ),
    claims: await read(
      `MATCH (c:Claim)-[:STATED_IN]->(a:Article) RETURN ${CLAIM_PROJECTION} AS item ORDER BY c.id`,
      toClaim,
    ),
  };
}
