import type { Entity } from '../../domain/entity';
import { foldText } from '../../domain/ids';
import type { EntitySearch, Page, PageRequest } from '../graph-store';
import { pageParams, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { countOf, ENTITY_PROJECTION, listOf, toEntity } from './neo4j-records';
import { luceneQuery, searchWords } from './neo4j-search-text';

/**
 * The full-text index (schema/neo4j/003_indexes.cypher) finds candidates
 * holding every word somewhere among their names; Cypher then keeps those
 * with one single name holding them all, as the SQLite store's one FTS
 * row per name does, and ranks each entity by its best name: equal to the
 * folded text (0), starting with it (1), containing its words (2); ties by
 * name then id. Lucene's own score plays no part.
 */
const SEARCH = `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS e
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND any(name IN e.searchNames WHERE all(word IN $words WHERE any(term IN split(name, ' ') WHERE term STARTS WITH word)))
WITH e, CASE
    WHEN $folded IN e.foldedNames THEN 0
    WHEN any(name IN e.foldedNames WHERE name STARTS WITH $folded) THEN 1
    ELSE 2
  END AS score
ORDER BY score, e.name, e.id
WITH collect(e) AS hits
RETURN size(hits) AS total, [e IN hits[$offset..($offset + $first)] | ${ENTITY_PROJECTION}] AS items`;

export async function findEntities(
  tx: Runner,
  search: EntitySearch,
  page: PageRequest,
): Promise<Page<Entity>> {
  const words = searchWords(search.text);
  if (words.length === 0) return { items: [], totalCount: 0 };
  const [row] = await run(tx, {
    text: SEARCH,
    params: {
      lucene: luceneQuery(words),
      words,
      folded: foldText(search.text),
      kinds: search.kinds && search.kinds.length > 0 ? search.kinds : null,
      ...pageParams(page),
    },
  });
  return { items: listOf(row?.['items'] ?? [], toEntity), totalCount: countOf(row, 'total') };
}
