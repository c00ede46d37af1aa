import { ASKING_VERBS, WANTING_WORDS, WISHING_VERBS } from './lexicon/modality-words';
import type { SentenceReading } from './sentence-reading';

/**
 * "Russia wants Belarus to send troops", "The EU called on Iran to stop supplying drones",
 * "Rusia quiere que Bielorrusia envíe tropas", "Russland will, dass Belarus Truppen schickt": what a
 * side asks or wishes of another is no claim that the other does it, nor that it means to
 * (read-claims.ts drops it). A side's own wish ("Russia wants to send troops") is its intention
 * (claim-modality.ts).
 *
 * The trigger's verb (a noun's verb stands for it) is followed up through the infinitives and
 * conjuncts that hold it, to a verb asking for it ("urged Russia to withdraw", "was urged to
 * withdraw"), a verb of wanting with someone else to do it ("wants Belarus to send", "wants French
 * troops deployed"), or a clause wished with "que", "that" or "dass" ("souhaite que la France
 * envoie"). Not "asked why troops entered": English "ask" wishes only through an infinitive.
 */
export function wishedOfOthers(reading: SentenceReading, trigger: number): boolean {
  const { graph } = reading;
  let at =
    !reading.isVerb(trigger) && reading.isVerb(graph.head(trigger)) ? graph.head(trigger) : trigger;
  for (let head = graph.head(at); head !== 0; at = head, head = graph.head(at)) {
    if (graph.is(at, 'xcomp')) {
      if (reading.has(head, ASKING_VERBS)) return true;
      if (reading.has(head, WANTING_WORDS) && someoneElseActs(reading, head, at)) return true;
    } else if (graph.is(at, 'acl') && askedWithZu(reading, at, head)) {
      return true;
    } else if (graph.is(at, 'ccomp')) {
      return reading.has(head, WISHING_VERBS);
    } else if (!graph.is(at, 'conj')) return false;
  }
  return false;
}

/** "wants Belarus to send": the wanting verb has an object, or the infinitive a subject of its own. */
function someoneElseActs(reading: SentenceReading, wanting: number, wanted: number): boolean {
  const { graph } = reading;
  return (
    graph.children(wanting, 'obj', 'iobj').some((o) => o < wanted) ||
    graph.children(wanted, 'nsubj').length > 0
  );
}

/**
 * "Russland bat Belarus, Truppen zu schicken": the German parser hangs the infinitive with "zu" on
 * the object of the asking verb.
 */
function askedWithZu(reading: SentenceReading, infinitive: number, noun: number): boolean {
  const { graph } = reading;
  return (
    graph.children(infinitive, 'mark').some((m) => graph.folded(m) === 'zu') &&
    graph.is(noun, 'obj', 'iobj') &&
    reading.has(graph.head(noun), ASKING_VERBS)
  );
}
