import { compareText } from '../../domain/entity';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';

/**
 * Takes the write locks of the stored entities among `ids`, in id order,
 * held to the end of the transaction. MATCH then SET asks for the write
 * lock directly (neo4j-write.ts, LOCK_ARTICLES), and the statements after
 * it read what the last holder committed. An id with no entity, or whose
 * entity a merge deleted while this waited, takes no lock.
 */
export async function lockEntities(tx: Runner, ids: Iterable<string>): Promise<void> {
  await run(tx, {
    text: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e.kind = e.kind',
    params: { ids: [...new Set(ids)].sort(compareText) },
  });
}
