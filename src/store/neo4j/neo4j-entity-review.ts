import type { ChangeStamp } from '../../domain/change';
import type { EntityEdit, ReviewEntityResult } from '../../domain/entity-review';
import { editedEntity, entityReviewChange, sameEntity } from '../../domain/entity-review';
import { NotFoundError } from '../../domain/errors';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { recordChange } from './neo4j-curation';
import { getEntities } from './neo4j-read';
import { upsertEntities } from './neo4j-write';
import { keepingEntityKindCounts } from './neo4j-kind-counts';

/**
 * Neo4jGraphStore.reviewEntity's work, inside the caller's write
 * transaction, which may run twice: it locks and reads before it writes.
 */
export async function reviewEntity(
  tx: Runner,
  entityId: string,
  edit: EntityEdit,
  stamp: ChangeStamp,
): Promise<ReviewEntityResult> {
  await run(tx, {
    text: 'MATCH (e:Entity {id: $id}) SET e.kind = e.kind',
    params: { id: entityId },
  });
  const [before] = await getEntities(tx, [entityId]);
  if (!before) throw new NotFoundError('entity', entityId);
  const after = editedEntity(before, edit);
  if (sameEntity(before, after)) return { changed: false, entity: before };
  // Adds the new name and aliases to the searchable names and name heads; the old name stays among them.
  await upsertEntities(tx, [after]);
  const rename = () =>
    run(tx, {
      text: 'MATCH (e:Entity {id: $id}) SET e.name = $name, e.kind = $kind',
      params: { id: entityId, name: after.name, kind: after.kind },
    });
  // A new kind moves the entity's claims, their articles and its relations to its counts.
  await (before.kind === after.kind ? rename() : keepingEntityKindCounts(tx, entityId, rename));
  await recordChange(tx, entityReviewChange(stamp, before, after));
  const [entity] = await getEntities(tx, [entityId]);
  return { changed: true, entity: entity! };
}
