import type { Gazetteer } from '../gazetteer/gazetteer';
import type { GazetteerEntry, Gender } from '../gazetteer/gazetteer-entry';
import type { Token } from '../text/tokenize';
import type { FoundMention } from './found-mention';
import { isNumberToken } from './number-words';
import type { TokenizedSentence } from './sentence-tokens';

/**
 * A nationality next to a military noun names that country's armed force:
 * "soldats nord-coréens", "l'armée russe", "North Korean troops", "Ukraine's
 * armed forces". Personnel nouns (soldats, troops) name its members, which
 * matters for PART_OF: "forces ukrainiennes" is an institution of Ukraine,
 * "militaires nord-coréens" are people.
 */
interface MilitaryNoun {
  readonly words: readonly string[];
  readonly personnel: boolean;
  readonly gender: Gender | null;
}

const FRENCH_NOUNS: readonly MilitaryNoun[] = [
  { words: ['forces', 'armees'], personnel: false, gender: 'f' },
  { words: ['armee'], personnel: false, gender: 'f' },
  { words: ['forces'], personnel: false, gender: 'f' },
  { words: ['troupes'], personnel: true, gender: 'f' },
  { words: ['soldats'], personnel: true, gender: 'm' },
  { words: ['soldat'], personnel: true, gender: 'm' },
  { words: ['militaires'], personnel: true, gender: 'm' },
  { words: ['militaire'], personnel: true, gender: 'm' },
  { words: ['combattants'], personnel: true, gender: 'm' },
  { words: ['fantassins'], personnel: true, gender: 'm' },
  { words: ['conscrits'], personnel: true, gender: 'm' },
  { words: ['unites', 'militaires'], personnel: true, gender: 'f' },
  { words: ['unites'], personnel: true, gender: 'f' },
];

const ENGLISH_NOUNS: readonly MilitaryNoun[] = [
  { words: ['armed', 'forces'], personnel: false, gender: null },
  { words: ['army'], personnel: false, gender: null },
  { words: ['forces'], personnel: false, gender: null },
  { words: ['military'], personnel: false, gender: null },
  { words: ['troops'], personnel: true, gender: null },
  { words: ['soldiers'], personnel: true, gender: null },
  { words: ['servicemen'], personnel: true, gender: null },
  { words: ['fighters'], personnel: true, gender: null },
  { words: ['personnel'], personnel: true, gender: null },
  { words: ['conscripts'], personnel: true, gender: null },
  { words: ['units'], personnel: true, gender: null },
];

/** After "military", these make it an adjective ("Russian military intelligence"). */
const NOT_A_NOUN_AFTER = new Set([
  'intelligence',
  'aid',
  'support',
  'assistance',
  'cooperation',
  'equipment',
  'officials',
  'official',
  'analysts',
  'experts',
  'sources',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'leadership',
  'ties',
  'exercises',
  'drills',
  'technology',
  'hardware',
  'delegation',
  'attache',
]);

/** Words that may stand before a French personnel noun used as a noun ("des soldats", "trois militaires"). */
const DETERMINERS = new Set(
  'le la les l un une des du de d au aux ces ses leurs leur nos vos plusieurs quelques certains certaines nombreux premier premiers premiere premieres dernier derniers derniere dernieres nouveaux nouvelles autres moins'.split(
    ' ',
  ),
);

function matchWords(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, i) => tokens[at + i]?.folded === word);
}

export function armedForceMentions(
  text: string,
  sentence: TokenizedSentence,
  countryMentions: readonly FoundMention[],
  gazetteer: Gazetteer,
): FoundMention[] {
  const { tokens } = sentence;
  const found: FoundMention[] = [];
  for (const mention of countryMentions) {
    const country = countryEntry(mention);
    if (!country) continue;
    const first = tokens.findIndex((t) => t.start === mention.span.start);
    const last = tokens.findIndex((t) => t.end === mention.span.end);
    if (first < 0 || last < 0) continue;
    const span =
      country.role === 'demonym'
        ? (frenchBefore(tokens, first, country) ?? englishAfter(tokens, last, 0))
        : possessiveAfter(tokens, last);
    if (!span) continue;
    const record = gazetteer.country((country.country ?? country.entity).id);
    if (!record?.armedForce) continue;
    const start = Math.min(span.start, mention.span.start);
    const end = Math.max(span.end, mention.span.end);
    found.push({
      span: { start, end },
      surface: text.slice(start, end),
      sentence: sentence.index,
      source: 'armed-force',
      entries: [
        {
          text: text.slice(start, end),
          entity: record.armedForce,
          role: 'name',
          caseRule: 'none',
          country: record.entity,
          gender: null,
          source: 'countries',
          media: false,
        },
      ],
      guess: null,
      nested: false,
      personnel: span.personnel,
      acronymOf: null,
    });
  }
  return found;
}

/** The demonym reading first: the graph may list "nord-coréens" as a plain alias of the country too. */
function countryEntry(mention: FoundMention): GazetteerEntry | undefined {
  return (
    mention.entries.find((e) => e.role === 'demonym') ??
    mention.entries.find((e) => e.role === 'name' && e.entity.kind === 'COUNTRY')
  );
}

type NounSpan = { start: number; end: number; personnel: boolean };

function frenchBefore(
  tokens: readonly Token[],
  first: number,
  demonym: GazetteerEntry,
): NounSpan | null {
  for (const noun of FRENCH_NOUNS) {
    const at = first - noun.words.length;
    if (at < 0 || !matchWords(tokens, at, noun.words)) continue;
    if (
      noun.gender &&
      demonym.gender &&
      demonym.gender !== 'mf' &&
      demonym.gender !== noun.gender
    ) {
      continue;
    }
    const before = tokens[at - 1];
    if (
      noun.personnel &&
      before &&
      !DETERMINERS.has(before.folded) &&
      !isNumberToken(before.folded)
    ) {
      continue;
    }
    return { start: tokens[at]!.start, end: tokens[first - 1]!.end, personnel: noun.personnel };
  }
  return null;
}

function englishAfter(tokens: readonly Token[], last: number, skip: number): NounSpan | null {
  for (const noun of ENGLISH_NOUNS) {
    const at = last + 1 + skip;
    if (!matchWords(tokens, at, noun.words)) continue;
    const next = tokens[at + noun.words.length];
    if (next && NOT_A_NOUN_AFTER.has(next.folded)) continue;
    if (tokens[at]!.raw !== tokens[at]!.raw.toLowerCase()) continue;
    return {
      start: tokens[at]!.start,
      end: tokens[at + noun.words.length - 1]!.end,
      personnel: noun.personnel,
    };
  }
  return null;
}

/** "Ukraine's armed forces": the tokenizer leaves "s" as its own token after the apostrophe. */
function possessiveAfter(tokens: readonly Token[], last: number): NounSpan | null {
  const s = tokens[last + 1];
  if (!s || s.folded !== 's' || !/^['’]$/u.test(s.gap)) return null;
  return englishAfter(tokens, last, 1);
}
