import type { Argument } from '../argument';
import { PLACE_KINDS, argumentOf } from '../argument';
import { subjectOf } from '../clause-roles';
import { OF } from '../lexicon/case-markers';
import { ALLIANCE_WORDS, PART_NOUNS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import type { FrameRule } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { foldForMatch } from '../../text/fold-for-match';

/**
 * PART_OF, or MEMBER_OF for an alliance, from the word "part": "Nagorno-
 * Karabakh is part of Azerbaijan", "is recognised as part of", "le
 * Haut-Karabakh fait partie de l'Azerbaïdjan", "die Arakan Army, Teil der
 * Three Brotherhood Alliance", "es parte de". The whole is the noun's "of";
 * the part is the copula's subject, the verb's subject, or the name the
 * phrase stands in apposition to.
 */
export const partFrames: FrameRule = (reading, noun) => {
  if (!reading.isNoun(noun) || !reading.has(noun, PART_NOUNS)) return [];
  const { graph } = reading;
  const whole = graph
    .children(noun, 'nmod')
    // A German genitive ("Teil der Allianz") has no case marker.
    .filter((m) => reading.caseIs(m, OF) || graph.caseOf(m) === '')
    .map((m) => argumentOf(reading, m))
    .find((a) => a !== null);
  const holder = partHolder(reading, noun);
  const part = holder === null ? null : argumentOf(reading, holder);
  if (!whole || !part || part.entity.id === whole.entity.id) return [];
  const predicate = relationOf(part, whole);
  if (!predicate) return [];
  return [proposal({ predicate, subject: part, object: whole, trigger: noun, structural: true })];
};

function partHolder(reading: SentenceReading, noun: number): number | null {
  const { graph } = reading;
  if (graph.children(noun, 'cop').length > 0) return graph.children(noun, 'nsubj')[0] ?? null;
  if (graph.is(noun, 'appos')) return graph.head(noun);
  const verb = graph.head(noun);
  if (verb !== 0 && reading.isVerb(verb) && graph.is(noun, 'obj', 'obl', 'xcomp'))
    return subjectOf(reading, verb);
  return null;
}

/** A place is part of a place; a group is a member of an alliance, and part of any other body. */
function relationOf(part: Argument, whole: Argument): 'PART_OF' | 'MEMBER_OF' | null {
  const { kind } = part.entity;
  if (kind === 'LOCATION') return PLACE_KINDS.has(whole.entity.kind) ? 'PART_OF' : null;
  if (kind !== 'ORGANIZATION' && kind !== 'ARMED_FORCE') return null;
  if (whole.entity.kind !== 'ORGANIZATION' && whole.entity.kind !== 'ARMED_FORCE') return null;
  const alliance = foldForMatch(whole.entity.name)
    .split(/[^\p{L}]+/u)
    .some((word) => Object.values(ALLIANCE_WORDS).some((stems) => hasStem(word, stems)));
  return alliance ? 'MEMBER_OF' : 'PART_OF';
}
