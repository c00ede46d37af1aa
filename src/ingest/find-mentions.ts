import type { Gazetteer } from './gazetteer/gazetteer';
import { parenthesizedAcronyms } from './mentions/acronym-pattern';
import { armedForceMentions } from './mentions/armed-force-pattern';
import { ministryMentions } from './mentions/ministry-pattern';
import { capitalizedNames } from './mentions/capitalized-names';
import type { FoundMention } from './mentions/found-mention';
import { overlaps } from './mentions/found-mention';
import { nestedCountries } from './mentions/nested-countries';
import { placeMentions } from './mentions/place-pattern';
import type { TokenizedSentence } from './mentions/sentence-tokens';
import { tokenizeSentences } from './mentions/sentence-tokens';
import type { Sentence } from './split-sentences';

/** Words that make a military mention name people rather than an institution. */
const PERSONNEL =
  /(?<!\p{L})(soldats?|militaires?|troupes|combattants|fantassins|conscrits|unités|troops|soldiers|servicemen|fighters|personnel|conscripts|units)(?!\p{L})/iu;

/**
 * Stage 2: every name in the text, with what the gazetteer says it may be,
 * or a guessed kind for names it does not know. In each sentence, in order:
 * the gazetteer's longest matches; nationalities next to military nouns
 * (armed forces); places named by a generic noun; unknown capitalised names;
 * acronyms in parentheses; countries nested inside other names.
 */
export function findMentions(
  text: string,
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
): FoundMention[] {
  return tokenizeSentences(sentences).flatMap((sentence) =>
    mentionsOfSentence(text, sentence, gazetteer),
  );
}

function mentionsOfSentence(
  text: string,
  sentence: TokenizedSentence,
  gazetteer: Gazetteer,
): FoundMention[] {
  const known = scanGazetteerMentions(text, sentence, gazetteer);
  const forces = armedForceMentions(text, sentence, known, gazetteer);
  const ministries = ministryMentions(text, sentence, gazetteer).filter(
    (m) =>
      !known.some(
        (k) =>
          k.source === 'gazetteer' &&
          k.entries[0]?.entity.kind === 'ORGANIZATION' &&
          overlaps(k.span, m.span),
      ),
  );
  const patterns = [...forces, ...ministries];
  let top = [...patterns, ...known.filter((m) => !patterns.some((f) => overlaps(f.span, m.span)))];
  top = [
    ...top,
    ...placeMentions(
      text,
      sentence,
      top.map((m) => m.span),
    ),
  ];
  const isPerson = (offset: number) =>
    top.some((m) => m.span.start === offset && m.entries.some((e) => e.entity.kind === 'PERSON'));
  top = [
    ...top,
    ...capitalizedNames(
      text,
      sentence,
      top.map((m) => m.span),
      isPerson,
    ),
  ];
  top = compoundNames(text, top);
  top = withAcronyms(text, sentence, top).map(withPersonnel);
  top.sort((a, b) => a.span.start - b.span.start);
  const nested = top.flatMap((mention) => nestedCountries(text, mention, gazetteer));
  return [...top, ...nested].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

function scanGazetteerMentions(
  text: string,
  sentence: TokenizedSentence,
  gazetteer: Gazetteer,
): FoundMention[] {
  const found: FoundMention[] = [];
  const { tokens } = sentence;
  let index = 0;
  while (index < tokens.length) {
    const match = gazetteer.matchAt(tokens, index);
    if (!match) {
      index += 1;
      continue;
    }
    const start = tokens[index]!.start;
    const end = tokens[index + match.length - 1]!.end;
    found.push({
      span: { start, end },
      surface: text.slice(start, end),
      sentence: sentence.index,
      source: 'gazetteer',
      entries: match.entries,
      guess: null,
      nested: false,
      personnel: false,
      acronymOf: null,
    });
    index += match.length;
  }
  return found;
}

function withAcronyms(
  text: string,
  sentence: TokenizedSentence,
  mentions: readonly FoundMention[],
): FoundMention[] {
  const acronyms = parenthesizedAcronyms(text, sentence, mentions);
  return mentions.map((mention) => {
    const stretched = acronyms.find(
      (a) => a.longForm?.start === mention.span.start && a.longForm.end > mention.span.end,
    );
    if (stretched?.longForm && mention.guess) {
      const surface = text.slice(stretched.longForm.start, stretched.longForm.end);
      return {
        ...mention,
        span: stretched.longForm,
        surface,
        guess: { ...mention.guess, name: surface, strength: 'strong' as const },
      };
    }
    const acronym = acronyms.find(
      (a) => a.span.start === mention.span.start && a.span.end === mention.span.end,
    );
    if (!acronym?.longForm) return mention;
    const guess = mention.guess && { ...mention.guess, strength: 'strong' as const };
    return { ...mention, source: 'acronym', acronymOf: acronym.longForm, guess };
  });
}

/**
 * "Iran Air", "Russia Today": a country's name followed by an unknown
 * capitalised word is one name (an organisation unless its head word says
 * otherwise); the country stays a nested mention.
 */
function compoundNames(text: string, mentions: readonly FoundMention[]): FoundMention[] {
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
  const result: FoundMention[] = [];
  for (let index = 0; index < sorted.length; index += 1) {
    const mention = sorted[index]!;
    const next = sorted[index + 1];
    const countryName = mention.entries.some(
      (e) => e.role === 'name' && e.entity.kind === 'COUNTRY',
    );
    if (
      countryName &&
      next?.source === 'name' &&
      next.guess &&
      text.slice(mention.span.end, next.span.start) === ' '
    ) {
      const span = { start: mention.span.start, end: next.span.end };
      const surface = text.slice(span.start, span.end);
      const kind = next.guess.kind === 'PERSON' ? 'ORGANIZATION' : next.guess.kind;
      result.push({
        ...next,
        span,
        surface,
        guess: { ...next.guess, kind, name: surface, strength: 'strong' },
      });
      index += 1;
      continue;
    }
    result.push(mention);
  }
  return result;
}

function withPersonnel(mention: FoundMention): FoundMention {
  const military = mention.entries.some((e) => e.entity.kind === 'ARMED_FORCE');
  return military && PERSONNEL.test(mention.surface) ? { ...mention, personnel: true } : mention;
}
