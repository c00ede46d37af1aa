import type { Entity } from '../domain/entity';
import type { Span } from '../domain/mention';

/** How a mention found its entity; kept for tests and for tuning, not stored. */
export type LinkVia =
  'alias' | 'acronym' | 'surname' | 'demonym' | 'capital' | 'armed-force' | 'candidate';

/** A mention linked to one entity. */
export interface LinkedMention {
  readonly span: Span;
  readonly surface: string;
  readonly sentence: number;
  readonly entity: Entity;
  readonly via: LinkVia;
  /** The state a demonym, a capital or an armed force points at. */
  readonly country: Entity | null;
  readonly nested: boolean;
  /** "soldats nord-coréens", "troops": members of the force, not the institution. */
  readonly personnel: boolean;
  /** The entity relays news (an agency, an outlet). */
  readonly media: boolean;
}

/** The result of linking: mentions in text order and every entity they name. */
export interface Linking {
  readonly mentions: readonly LinkedMention[];
  readonly entities: ReadonlyMap<string, Entity>;
  /** Entities the extractor made up from unknown names (not in the graph nor the gazetteer). */
  readonly candidateIds: ReadonlySet<string>;
}

/** The entity a mention names, and how it was found. */
export interface Link {
  readonly entity: Entity;
  readonly via: LinkVia;
  readonly country: Entity | null;
  readonly media: boolean;
}
