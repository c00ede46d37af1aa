import type { Argument } from '../argument';
import { servedBy } from '../argument';
import { CAPITAL_NOUNS, LEADER_TITLES, MEMBER_TITLES, SPOKESPERSON_TITLES } from '../lexicon/nouns';
import type { FrameRule } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';

/**
 * SPOKESPERSON_OF, LEADER_OF, MEMBER_OF and CAPITAL_OF, from a title and
 * the name beside it, in whichever order the language puts them: "Pat
 * Ryder, porte-parole du Pentagone", "Pentagon spokesman Pat Ryder", "der
 * Sprecher des Kremls, Dmitri Peskow", "el presidente ruso, Vladimir Putin",
 * "Kyiv, the Ukrainian capital". Background facts: structural.
 */
export const titleFrames: FrameRule = (reading, token) => {
  if (!reading.isNoun(token)) return [];
  const predicate = reading.has(token, SPOKESPERSON_TITLES)
    ? 'SPOKESPERSON_OF'
    : reading.has(token, LEADER_TITLES)
      ? 'LEADER_OF'
      : reading.has(token, MEMBER_TITLES)
        ? 'MEMBER_OF'
        : reading.has(token, CAPITAL_NOUNS)
          ? 'CAPITAL_OF'
          : null;
  if (!predicate) return [];
  const holder = holderOf(reading, token, predicate === 'CAPITAL_OF' ? 'LOCATION' : 'PERSON');
  const served = servedBy(reading, token);
  if (!holder || !served || holder.entity.id === served.id) return [];
  return [
    proposal({
      predicate,
      subject: holder,
      object: { entity: served, token, forceOf: null },
      trigger: token,
      structural: true,
    }),
  ];
};

/** The named holder of a title: in apposition either way, the compound's head, or the copula's subject. */
function holderOf(
  reading: SentenceReading,
  title: number,
  kind: 'PERSON' | 'LOCATION',
): Argument | null {
  const { graph } = reading;
  const near = [
    ...graph.children(title, 'appos', 'flat', 'nmod'),
    ...(graph.is(title, 'appos', 'compound', 'flat', 'nmod') ? [graph.head(title)] : []),
    ...graph.children(title, 'nsubj'),
  ];
  for (const token of near) {
    const mention = reading.mentionAt(token);
    if (mention?.entity.kind === kind) return { entity: mention.entity, token, forceOf: null };
  }
  return null;
}
