import type { Quantity, TimeRange } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import type { Span } from '../../domain/mention';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';

/**
 * A claim as the rules build it, before ids. Mutable on purpose: discourse
 * rules fix it up after later sentences are read (a reporter named in the
 * next sentence, "could not be independently verified").
 */
export interface ClaimDraft {
  subject: Entity;
  predicate: Predicate;
  object: Entity | null;
  value: string | null;
  quantity: Quantity | null;
  time: TimeRange | null;
  location: Entity | null;
  item: Entity | null;
  modality: Modality;
  attributedTo: Entity | null;
  reportedBy: Entity | null;
  channel: string | null;
  sentence: number;
  /** Where the trigger stands, for time and quantity qualifiers. */
  trigger: Span;
  /** Background facts read off names (PART_OF, SPOKESPERSON_OF...): the article's own, once. */
  structural: boolean;
  /** Weaker evidence of a structural fact, kept only when no stronger one exists ("soldats nord-coréens" vs "armée nord-coréenne"). */
  weak: boolean;
  confidence: number;
}

/** What a rule proposes; the orchestrator adds speaker, modality and qualifiers. */
export interface Proposal {
  readonly subject: Entity;
  readonly predicate: Predicate;
  readonly object: Entity | null;
  readonly value?: string | null;
  readonly item?: Entity | null;
  readonly location?: Entity | null;
  readonly trigger: Span;
  /** The mention the quantity would stand before ("10 000 soldats nord-coréens"). */
  readonly quantityAnchor?: Span | null;
  readonly confidence: number;
  /** Modality fixed by the rule itself (a no-comment is ASSERTED whatever the verb). */
  readonly modality?: Modality;
  /** Take the modality of the previous sentence's claims ("cette aide militaire"). */
  readonly inheritModality?: boolean;
  /** Text that states no claim of its own (the topic of a no-comment). */
  readonly quotes?: Span | null;
  /** See ClaimDraft.weak. */
  readonly weak?: boolean;
  /**
   * The subject is the speaker, named in the frame, not the content ("Britain,
   * France and Germany said they would impose sanctions"): one claim per
   * speaker, each its own subject.
   */
  readonly fromSpeaker?: boolean;
}
