import type { EntityKind } from '../../domain/entity';

/**
 * One well-known entity as gazetteer data: a canonical (English) name, then
 * the ways English and French texts name it. The first name of each list is
 * the label in that language; the others are aliases.
 */
export interface KnownEntityData {
  readonly kind: EntityKind;
  readonly name: string;
  readonly en: readonly string[];
  readonly fr: readonly string[];
  /** News agencies and outlets: they relay what others say. */
  readonly media?: boolean;
}
