import type { Entity } from '../domain/entity';
import { isCandidate } from '../domain/entity';
import type { Field } from './relation-fields';

/**
 * What every export says of an entity. Labels and aliases are JSON lists
 * of `{"lang", "text"}`, so that no name is lost to a separator.
 */
export const ENTITY_FIELDS: readonly Field<Entity>[] = [
  { name: 'kind', type: 'string', value: (e) => e.kind },
  { name: 'name', type: 'string', value: (e) => e.name },
  { name: 'labels', type: 'string', value: (e) => JSON.stringify(e.labels) },
  { name: 'aliases', type: 'string', value: (e) => JSON.stringify(e.aliases) },
  { name: 'candidate', type: 'boolean', value: (e) => isCandidate(e) },
];
