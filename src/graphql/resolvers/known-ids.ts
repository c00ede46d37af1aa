import { NotFoundError } from '../../domain/errors';
import type { Loaders } from '../loaders';

/**
 * The API's one rule for ids nothing has (issue 9 item 6): a lookup of one
 * object by its id (`entity`, `article`, `relation`) answers null; every
 * other field or filter taking an id needs it to name something stored, and
 * answers NOT_FOUND naming the id otherwise, rather than an empty list that
 * reads like "nothing matched".
 */

/** Filter fields that name an entity. */
const ENTITY_FIELDS = [
  'subjectId',
  'objectId',
  'entityId',
  'attributedToId',
  'reportedById',
  'itemId',
  'locationId',
] as const;

type IdFields = Partial<
  Record<(typeof ENTITY_FIELDS)[number] | 'articleId', string | null | undefined>
>;

/** Throws NOT_FOUND for the first of these entity ids no entity has. */
export async function requireEntities(
  loaders: Loaders,
  ids: readonly (string | null | undefined)[],
): Promise<void> {
  const given = ids.filter((id): id is string => typeof id === 'string');
  // load, not loadMany: a store error must stay one, not read as "not found".
  const found = await Promise.all(given.map((id) => loaders.entity.load(id)));
  const missing = given.find((_, i) => found[i] === null);
  if (missing !== undefined) throw new NotFoundError('entity', missing);
}

/** Throws NOT_FOUND when a filter names an entity or an article that is not stored. */
export async function requireFilterIds(loaders: Loaders, filter: IdFields | null): Promise<void> {
  if (filter === null) return;
  await requireEntities(
    loaders,
    ENTITY_FIELDS.map((field) => filter[field]),
  );
  const articleId = filter.articleId;
  if (typeof articleId === 'string' && (await loaders.article.load(articleId)) === null) {
    throw new NotFoundError('article', articleId);
  }
}
