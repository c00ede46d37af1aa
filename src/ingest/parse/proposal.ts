import type { Predicate } from '../../domain/predicates';
import type { Argument } from './argument';
import type { SentenceReading } from './sentence-reading';

/**
 * A fact a rule reads off the parse, before attribution and modality.
 * `structural` facts (PART_OF, SPOKESPERSON_OF …) are the article's
 * background: unattributed, undated, ASSERTED.
 */
export interface Proposal {
  readonly predicate: Predicate;
  readonly subject: Argument;
  readonly object: Argument | null;
  readonly value: string | null;
  readonly item: Argument | null;
  readonly location: Argument | null;
  /** The nominal whose number gives the quantity ("10 000 soldats"). */
  readonly counted: number | null;
  /** The nominal naming what is counted, when not the counted one: "fifteen others" are soldiers. */
  readonly countedUnit?: number;
  /** The word that states the fact; attribution and modality are read from it. */
  readonly trigger: number;
  readonly structural: boolean;
  /** Negation is part of the fact itself ("n'ont pas réagi"), not a denial. */
  readonly negationInside?: boolean;
  /**
   * The trigger takes the fact for granted ("withdrew from Mali": was in Mali): its speaker's,
   * but neither its mood, its negation nor a condition on it changes the fact ("will not withdraw").
   */
  readonly presupposed?: boolean;
}

/** A rule: every proposal one token of the sentence triggers. */
export type FrameRule = (reading: SentenceReading, token: number) => Proposal[];

export function proposal(
  fields: Pick<Proposal, 'predicate' | 'subject' | 'trigger'> & Partial<Proposal>,
): Proposal {
  return {
    object: null,
    value: null,
    item: null,
    location: null,
    counted: null,
    structural: false,
    ...fields,
  };
}

/** Every subject with every object but itself ("Moscou et Pyongyang" against "Kyiv"). */
export function pairProposals(
  predicate: Proposal['predicate'],
  subjects: readonly Argument[],
  objects: readonly Argument[],
  trigger: number,
): Proposal[] {
  return subjects.flatMap((subject) =>
    objects
      .filter((object) => object.entity.id !== subject.entity.id)
      .map((object) => proposal({ predicate, subject, object, trigger })),
  );
}
