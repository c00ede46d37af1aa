import { predicateDefinition } from '../../../domain/predicates';
import type { Argument } from '../argument';
import { PLACE_KINDS, argumentOf, argumentsOf, markedArgument } from '../argument';
import { governingVerb, isPassive, obliquesOf, subjectOf, themeOf } from '../clause-roles';
import { LOCATIVE } from '../lexicon/case-markers';
import { HARM_VERBS, LOSS_NOUNS, SUFFER_VERBS } from '../lexicon/predicate-triggers';
import type { FrameRule } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { countedNoun } from './transfer-frames';

/** Who can lose people: states, their forces, armed groups (the vocabulary's domain). */
const LOSER_KINDS = new Set(predicateDefinition('SUFFERED_LOSSES_IN').domain);
const EVENT_OR_PLACE = new Set([...PLACE_KINDS, 'EVENT'] as const);

/**
 * SUFFERED_LOSSES_IN: a force lost people somewhere. The loser is whoever
 * was killed, wounded or went missing (the subject of a passive or of
 * "disparu", the object of an active "killed"), or who suffered the losses
 * ("a subi des pertes", "Verluste der nordkoreanischen Truppen"); the place
 * is the locative phrase of the clause. No place, no claim.
 */
export const lossFrames: FrameRule = (reading, token) => {
  if (reading.isVerb(token) && reading.has(token, HARM_VERBS)) {
    const victim = countedNoun(
      reading,
      isPassive(reading, token)
        ? themeOf(reading, token)
        : (reading.graph.children(token, 'obj')[0] ?? subjectOf(reading, token)),
    );
    return losses(reading, token, victim, placeOf(reading, token));
  }
  if (reading.isNoun(token) && reading.has(token, LOSS_NOUNS)) {
    const { graph } = reading;
    // "la mort et les blessures de soldats nord-coréens": the owner may hang on a conjunct.
    const nouns = [
      ...graph.conjuncts(token),
      ...(graph.is(token, 'conj') ? [graph.head(token)] : []),
    ];
    const owner = nouns
      .flatMap((n) => graph.children(n, 'nmod', 'amod', 'nmod:poss'))
      .find((m) => loserOf(reading, m).length > 0);
    const verb = governingVerb(reading, token);
    const suffered =
      verb !== null && reading.has(verb, SUFFER_VERBS) ? subjectOf(reading, verb) : null;
    const place = placeOf(reading, token) ?? (verb === null ? null : placeOf(reading, verb));
    return losses(reading, token, owner ?? suffered, place);
  }
  return [];
};

function losses(
  reading: SentenceReading,
  trigger: number,
  victim: number | null,
  place: Argument | null,
) {
  if (victim === null || place === null) return [];
  return loserOf(reading, victim).map((loser) =>
    proposal({
      predicate: 'SUFFERED_LOSSES_IN',
      subject: loser,
      object: place,
      trigger,
      counted: victim,
    }),
  );
}

/** Losers are forces or states; "soldats nord-coréens" name the force. */
function loserOf(reading: SentenceReading, token: number): Argument[] {
  const direct = argumentsOf(reading, token).filter((a) => LOSER_KINDS.has(a.entity.kind));
  if (direct.length > 0) return direct;
  // "le premier contingent de militaires nord-coréens": the force is the noun's modifier.
  for (const modifier of reading.graph.children(token, 'nmod')) {
    const inner = argumentOf(reading, modifier);
    if (inner && inner.entity.kind === 'ARMED_FORCE') return [inner];
  }
  return [];
}

function placeOf(reading: SentenceReading, head: number): Argument | null {
  const { graph } = reading;
  // "tués ou blessés … dans la région de Koursk": the place may hang on a conjoined verb.
  const candidates = graph
    .conjuncts(head)
    .flatMap((h) => [...obliquesOf(reading, h), ...graph.children(h, 'nmod')]);
  // "killed in an attack in central Mali": the place may hang on the event that stands first.
  const nested = candidates
    .filter((c) => reading.caseIs(c, LOCATIVE))
    .flatMap((c) => graph.children(c, 'nmod'));
  return markedArgument(reading, [...candidates, ...nested], LOCATIVE, EVENT_OR_PLACE);
}
