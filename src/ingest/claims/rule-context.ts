import type { Entity } from '../../domain/entity';
import type { Span } from '../../domain/mention';
import type { LinkedMention } from '../linked-mention';
import type { Proposal } from './claim-draft';
import type { SentenceView } from './sentence-view';

/** What the article has said so far that rules may lean on. */
export interface DiscourseMemory {
  /** The force whose losses were last reported: "Les pertes se sont produites..." refers to it. */
  readonly lastLossSubject: Entity | null;
  /** What each force was last said to fight for: "rôle actif en première ligne" continues it. */
  readonly fightsFor: ReadonlyMap<string, Entity>;
  /** The event the article is about (most mentioned), where losses with no place occurred. */
  readonly salientEvent: Entity | null;
}

export interface RuleContext {
  readonly view: SentenceView;
  /** The words the frame's speakers say (the whole sentence when nobody speaks). */
  readonly content: Span;
  readonly segments: readonly Span[];
  readonly memory: DiscourseMemory;
  /** Who says the content: the subject of what they say when the content names none ("X a démenti toute livraison"). */
  readonly speakers: readonly LinkedMention[];
}

/** A claim rule: reads one sentence, proposes claims. */
export type ClaimRule = (context: RuleContext) => Proposal[];
