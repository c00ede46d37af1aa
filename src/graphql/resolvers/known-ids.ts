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

/**
 * Each of these entity ids as stored now: an id merged into another entity
 * gives its survivor (as `entity(id)` answers it), so that old ids keep
 * working after a merge. Throws NOT_FOUND for the first id no entity has or had.
 */
export async function requireEntities(
  loaders: Loaders,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const given = ids.filter((id): id is string => typeof id === 'string');
  // load, not loadMany: a store error must stay one, not read as "not found".
  const found = await Promise.all(given.map((id) => loaders.entity.load(id)));
  const missing = given.find((_, i) => found[i] === null);
  if (missing !== undefined) throw new NotFoundError('entity', missing);
  return new Map(given.map((id, i) => [id, found[i]!.id]));
}

/**
 * The filter with each entity id it names as stored now (a merged-away id
 * gives its survivor); throws NOT_FOUND when it names an entity or an
 * article that is not stored.
 */
export async function requireFilterIds<F extends IdFields>(
  loaders: Loaders,
  filter: F,
): Promise<F> {
  const survivors = await requireEntities(
    loaders,
    ENTITY_FIELDS.map((field) => filter[field]),
  );
  const articleId = filter.articleId;
  if (typeof articleId === 'string' && (await loaders.article.load(articleId)) === null) {
    throw new NotFoundError('article', articleId);
  }
  const followed = ENTITY_FIELDS.flatMap((field) => {
    const id = filter[field];
    return typeof id === 'string' ? [[field, survivors.get(id)!] as const] : [];
  });
  return { ...filter, ...Object.fromEntries(followed) };
}
