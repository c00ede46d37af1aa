import type { Argument } from '../argument';
import { PLACE_KINDS, argumentOf } from '../argument';
import { obliquesOf, subjectOf } from '../clause-roles';
import { BELONGING_TO, OF } from '../lexicon/case-markers';
import { UNIT_NOUNS } from '../lexicon/nouns';
import { ALLIANCE_WORDS, BELONG_VERBS, PART_NOUNS } from '../lexicon/predicate-triggers';
import { hasStem } from '../lexicon/stems';
import type { FrameRule, Proposal } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { foldForMatch } from '../../text/fold-for-match';

/**
 * PART_OF, or MEMBER_OF for an alliance, from the word "part": "Nagorno-
 * Karabakh is part of Azerbaijan", "is recognised as part of", "le
 * Haut-Karabakh fait partie de l'Azerbaïdjan", "die Arakan Army, Teil der
 * Three Brotherhood Alliance", "es parte de". The whole is the noun's "of";
 * the part is the copula's subject, the verb's subject, or the name the
 * phrase stands in apposition to. Verbs of belonging say the same.
 */
export const partFrames: FrameRule = (reading, token) => {
  if (reading.isVerb(token) && reading.has(token, BELONG_VERBS)) return belonging(reading, token);
  if (reading.isNoun(token) && reading.has(token, UNIT_NOUNS)) {
    const unit = unitOfForce(reading, token);
    if (unit) return [unit];
  }
  if (!reading.isNoun(token) || !reading.has(token, PART_NOUNS)) return [];
  const noun = token;
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

/**
 * "le 119e Bataillon de l'armée nigériane", "the 4th Infantry Division of the Philippine Army",
 * "die 155. Brigade der ukrainischen Armee": a unit named with the force or the state it serves is
 * part of that force (of the state's army).
 */
function unitOfForce(reading: SentenceReading, noun: number): Proposal | null {
  const unit = argumentOf(reading, noun);
  if (unit?.entity.kind !== 'ARMED_FORCE' || reading.gazetteer.isStateForce(unit.entity.id))
    return null;
  for (const modifier of reading.graph.children(noun, 'nmod', 'nmod:poss', 'compound', 'amod')) {
    const owner = argumentOf(reading, modifier);
    if (!owner || owner.entity.id === unit.entity.id) continue;
    const army =
      owner.entity.kind === 'COUNTRY'
        ? reading.gazetteer.country(owner.entity.id)?.armedForce
        : owner.entity.kind === 'ARMED_FORCE'
          ? owner.entity
          : null;
    if (!army) continue;
    const whole = { ...owner, entity: reading.recordForce(reading.use(army)) };
    return proposal({
      predicate: 'PART_OF',
      subject: unit,
      object: whole,
      trigger: noun,
      structural: true,
    });
  }
  return null;
}

/**
 * "The M23 belongs to the Congo River Alliance", "la Congo River Alliance, zu der auch die M23
 * gehört": the subject is a part or member of what it belongs to, which a relative pronoun
 * names through the noun its clause modifies.
 */
function belonging(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const subjectToken = subjectOf(reading, verb);
  const part = subjectToken === null ? null : argumentOf(reading, subjectToken);
  const marked = obliquesOf(reading, verb).find((o) => reading.caseIs(o, BELONGING_TO));
  if (!part || marked === undefined) return [];
  const relative = graph.pos(marked) === 'PRON' && graph.is(verb, 'acl');
  const whole = relative ? antecedentOf(reading, marked) : argumentOf(reading, marked);
  if (!whole || whole.entity.id === part.entity.id) return [];
  const predicate = relationOf(part, whole);
  if (!predicate) return [];
  return [proposal({ predicate, subject: part, object: whole, trigger: verb, structural: true })];
}

/**
 * What a relative pronoun stands for: the name just before it and its preposition ("…, Anführer
 * der Congo River Alliance, zu der auch die M23 gehört", where the parser hung the clause on the
 * speaker), else the noun the parser says its clause modifies.
 */
function antecedentOf(reading: SentenceReading, pronoun: number): Argument | null {
  const { graph } = reading;
  let before = Math.min(pronoun, ...graph.children(pronoun, 'case')) - 1;
  while (before > 1 && graph.pos(before) === 'PUNCT') before -= 1;
  return argumentOf(reading, before) ?? argumentOf(reading, graph.head(graph.head(pronoun)));
}

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
