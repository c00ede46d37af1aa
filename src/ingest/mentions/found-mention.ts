import type { Entity, EntityKind } from '../../domain/entity';
import type { Span } from '../../domain/mention';
import type { GazetteerEntry } from '../gazetteer/gazetteer-entry';

/** Which stage or pattern found a mention. */
export type MentionSource =
  'gazetteer' | 'armed-force' | 'name' | 'place' | 'acronym' | 'org-phrase' | 'nested';

/**
 * A name that no gazetteer knows, with its kind guessed from its context.
 * `strong` guesses become candidate entities; `weak` ones (a lone capitalised
 * word) survive only if linking finds whom they name (a surname already seen).
 */
export interface KindGuess {
  readonly kind: EntityKind;
  readonly name: string;
  readonly strength: 'strong' | 'weak';
  readonly media: boolean;
}

/** A name found in a sentence, before linking decides which entity it is. */
export interface FoundMention {
  readonly span: Span;
  readonly surface: string;
  readonly sentence: number;
  readonly source: MentionSource;
  /** Gazetteer readings; empty for names no gazetteer knows. */
  readonly entries: readonly GazetteerEntry[];
  readonly guess: KindGuess | null;
  /** Inside another mention ("américain" in "ministère américain de la Défense"). */
  readonly nested: boolean;
  /** Names the members ("soldats nord-coréens", "troops") rather than the institution. */
  readonly personnel: boolean;
  /** For "(GUR)": the span of the long form it abbreviates, when that is a mention. */
  readonly acronymOf: Span | null;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * A name a pattern built, standing for the one entity it names in every language (a ministry with
 * its country, a numbered unit), at `span` of sentence `sentence`.
 */
export function phraseMention(
  text: string,
  sentence: number,
  span: Span,
  entity: Entity,
  country: Entity | null,
): FoundMention {
  return {
    span,
    surface: text.slice(span.start, span.end),
    sentence,
    source: 'org-phrase',
    entries: [
      {
        text: entity.name,
        entity,
        role: 'name',
        caseRule: 'none',
        country,
        gender: null,
        source: 'known',
        media: false,
      },
    ],
    guess: null,
    nested: false,
    personnel: false,
    acronymOf: null,
  };
}
