import type { Change, ChangeStamp } from './change';
import type { Entity, EntityKind, Label } from './entity';
import { isCandidate, mergeLabels } from './entity';

/**
 * What an editor changes about an entity (`reviewEntity`); every field is
 * optional. The id stays: ids derive from the kind and name an extractor
 * first read (domain/ids.ts), so that name keeps linking to the entity.
 */
export interface EntityEdit {
  readonly name?: string;
  readonly kind?: EntityKind;
  /** Added to the entity's aliases; aliases are never removed. */
  readonly aliases?: readonly Label[];
  /** True clears the candidate flag, for good: writers only ever clear it. */
  readonly accept?: boolean;
}

export interface ReviewEntityResult {
  /** False when the entity already was as the edit asks: nothing was recorded. */
  readonly changed: boolean;
  readonly entity: Entity;
}

const labelKey = (label: Label) => `${label.lang}\u0000${label.text}`;

/** The entity as the edit leaves it. */
export function editedEntity(entity: Entity, edit: EntityEdit): Entity {
  const name = edit.name?.trim();
  return {
    ...entity,
    name: name === undefined || name === '' ? entity.name : name,
    kind: edit.kind ?? entity.kind,
    aliases: mergeLabels(entity.aliases, edit.aliases ?? []),
    candidate: isCandidate(entity) && edit.accept !== true,
  };
}

export function sameEntity(a: Entity, b: Entity): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    isCandidate(a) === isCandidate(b) &&
    a.aliases.length === b.aliases.length
  );
}

/** The history entry of an entity review, listed under the entity; `after.addedAliases` lists each alias added. */
export function entityReviewChange(stamp: ChangeStamp, before: Entity, after: Entity): Change {
  const shown = (entity: Entity) => ({
    name: entity.name,
    kind: entity.kind,
    aliases: entity.aliases,
    candidate: isCandidate(entity),
  });
  const known = new Set(before.aliases.map(labelKey));
  return {
    ...stamp,
    action: 'REVIEW_ENTITY',
    targetIds: [before.id],
    before: shown(before),
    after: {
      ...shown(after),
      addedAliases: after.aliases.filter((label) => !known.has(labelKey(label))),
    },
  };
}
