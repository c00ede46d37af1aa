import { MODALITIES } from '../domain/modality';
import type { RelationSummary } from './relation-summaries';

/** The property types both GraphML (`attr.type`) and neo4j-admin CSV headers know. */
export type FieldType = 'string' | 'int' | 'double' | 'boolean';

export interface Field<T> {
  readonly name: string;
  readonly type: FieldType;
  /** Null: the item has no such value (GraphML writes no data, CSV an empty field). */
  readonly value: (item: T) => string | number | boolean | null;
}

/**
 * What every export says of a relation, beyond its ends: one line per
 * property, read by the GraphML and the CSV writers alike, so a new
 * property of relations is exported by adding its line here.
 */
export const RELATION_FIELDS: readonly Field<RelationSummary>[] = [
  { name: 'id', type: 'string', value: (s) => s.relation.id },
  { name: 'predicate', type: 'string', value: (s) => s.relation.predicate },
  { name: 'objectValue', type: 'string', value: (s) => s.relation.objectValue },
  { name: 'claimCount', type: 'int', value: (s) => s.relation.claimCount },
  { name: 'modality', type: 'string', value: (s) => s.relation.modality },
  { name: 'firstSeen', type: 'string', value: (s) => s.relation.firstSeen },
  { name: 'lastSeen', type: 'string', value: (s) => s.relation.lastSeen },
  ...MODALITIES.map((modality): Field<RelationSummary> => ({
    name: `claims${modality[0]}${modality.slice(1).toLowerCase()}`,
    type: 'int',
    value: (s) => s.claimsByModality[modality],
  })),
];
