import { foldForMatch } from '../text/fold-for-match';
import type { AnalysisEntity, AnalysisSentence, AnalysisToken } from '../nlp/analysis';
import { ANALYSIS_LANGUAGES } from '../nlp/analysis';
import { REGION_NOUNS, TIME_NOUNS } from './lexicon/nouns';
import { hasStem } from './lexicon/stems';
import { withShortForms } from './short-forms';

/** A name the analyser tagged somewhere in the article, with the one class the article gives it. */
interface TaggedName {
  readonly words: readonly string[];
  readonly type: AnalysisEntity['type'];
  readonly text: string;
}

/**
 * A name the analyser tagged in one sentence is the same name where it recurs untagged in
 * another ("UN-Mitarbeiter in Abyei" tagged, "übernahm … die Kontrolle über Abyei" not): the
 * tagger reads each sentence alone and often misses in one what it found in the next. Only a
 * name the article gives one class (articleType), recurring as proper nouns, and not inside a
 * longer name. Where the tagger gave that name another class, it takes the article's too.
 */
export function withRecurringNames(
  sentences: readonly AnalysisSentence[],
): readonly AnalysisSentence[] {
  const trimmed = sentences.map(withoutTimeWords);
  const byFirstWord = taggedNames(trimmed);
  if (byFirstWord.size === 0) return withShortForms(trimmed);
  const recurring = trimmed.map((sentence) => {
    const retyped = sentence.entities.map((e) => retypedEntity(sentence.tokens, e, byFirstWord));
    const added = recurrences(sentence, byFirstWord);
    const changed = added.length > 0 || retyped.some((e, i) => e !== sentence.entities[i]);
    return changed
      ? { ...sentence, entities: [...retyped, ...added].sort((a, b) => a.first - b.first) }
      : sentence;
  });
  return withShortForms(recurring);
}

/** Days, months and parts of the day in any of the four languages. */
const TIME_WORDS = ANALYSIS_LANGUAGES.flatMap((language) => TIME_NOUNS[language]);

/**
 * "Le M23 est entré dans Goma lundi": the French tagger may run a place's name on into the
 * weekday written after it, in lower case ("Goma lundi", a miscellaneous name). The day is no
 * word of the name; a capitalised one may be ("Santo Domingo").
 */
function withoutTimeWords(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens } = sentence;
  const timeWord = (index: number) => {
    const word = tokens[index - 1]!.word;
    return !/^\p{Lu}/u.test(word) && hasStem(foldForMatch(word), TIME_WORDS);
  };
  let changed = false;
  const entities = sentence.entities.map((entity) => {
    let last = entity.last;
    while (last > entity.first && timeWord(last)) last -= 1;
    if (last === entity.last) return entity;
    changed = true;
    const end = tokens[last - 1]!.end;
    return { ...entity, last, end, text: entity.text.slice(0, end - entity.start) };
  });
  return changed ? { ...sentence, entities } : sentence;
}

function taggedNames(sentences: readonly AnalysisSentence[]): Map<string, TaggedName[]> {
  const names = new Map<
    string,
    { words: string[]; types: Set<AnalysisEntity['type']>; text: string }
  >();
  for (const sentence of sentences)
    for (const entity of [...sentence.entities, ...regionNamed(sentence)]) {
      const { tokens } = sentence;
      const words = tokens.slice(entity.first - 1, entity.last).map((t) => t.word);
      const key = words.join(' ');
      const seen = names.get(key) ?? { words, types: new Set(), text: entity.text };
      seen.types.add(entity.type);
      names.set(key, seen);
    }
  const byFirstWord = new Map<string, TaggedName[]>();
  for (const { words, types, text } of names.values()) {
    const type = articleType(types);
    if (type === null) continue;
    const first = words[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { words, type, text }]);
  }
  // The longest name first: "Abyei Town" before "Abyei".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
}

/** Nouns of towns and regions in any of the four languages. */
const REGION_WORDS = ANALYSIS_LANGUAGES.flatMap((language) => REGION_NOUNS[language]);

/**
 * "Syria's Sweida province", "la provincia de Saada": a proper noun of one word the tagger left
 * untagged that a region noun names (English sets it before the noun, the others after) is a
 * place's name, there and where it recurs untagged ("forces entered Sweida").
 */
function regionNamed(sentence: AnalysisSentence): AnalysisEntity[] {
  const { tokens, dependencies, entities } = sentence;
  const named: AnalysisEntity[] = [];
  for (const arc of dependencies) {
    const name = tokens[arc.dependent - 1];
    const noun = tokens[arc.head - 1];
    if (!name || !noun || name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.word)) continue;
    // "townships on Thursday": a day or a month names no place.
    if (name.ner !== 'O' || hasStem(foldForMatch(name.word), TIME_WORDS)) continue;
    if (!hasStem(foldForMatch(noun.word), REGION_WORDS)) continue;
    if (entities.some((e) => e.first <= name.index && name.index <= e.last)) continue;
    const [rel] = arc.rel.split(':');
    const before = rel === 'compound' && arc.dependent === arc.head - 1;
    const after = (rel === 'nmod' || rel === 'appos') && arc.dependent > arc.head;
    if (!before && !after) continue;
    if (tokens[name.index]?.pos === 'PROPN' || tokens[name.index - 2]?.pos === 'PROPN') continue;
    const { start, end } = name;
    named.push({
      first: name.index,
      last: name.index,
      type: 'LOCATION',
      text: name.word,
      start,
      end,
    });
  }
  return named;
}

/**
 * The one class an article gives a name the tagger tagged: a miscellaneous tag gives way to any
 * other, and so does a person's to a place's or an organisation's ("Tillabéri", "Banjska" tagged
 * a place in one sentence, a person in the next): the tagger takes a name it does not know for
 * a person's, and a person's name is no place's in one story. A place and an organisation stay
 * apart (the Spanish tagger makes a country acting an organisation): no class then.
 */
function articleType(types: ReadonlySet<AnalysisEntity['type']>): AnalysisEntity['type'] | null {
  const definite = [...types].filter((t) => t !== 'MISC');
  const strong = definite.filter((t) => t !== 'PERSON');
  const kept = strong.length > 0 ? strong : definite;
  if (kept.length === 1) return kept[0]!;
  return kept.length === 0 ? 'MISC' : null;
}

/** The entity with the class the article gives its name, where the tagger gave another. */
function retypedEntity(
  tokens: readonly AnalysisToken[],
  entity: AnalysisEntity,
  byFirstWord: ReadonlyMap<string, readonly TaggedName[]>,
): AnalysisEntity {
  const words = tokens.slice(entity.first - 1, entity.last).map((t) => t.word);
  const name = (byFirstWord.get(words[0]!) ?? []).find(
    (n) => n.words.length === words.length && fits(tokens, entity.first, n.words),
  );
  return name === undefined || name.type === entity.type ? entity : { ...entity, type: name.type };
}

function recurrences(
  sentence: AnalysisSentence,
  byFirstWord: ReadonlyMap<string, readonly TaggedName[]>,
): AnalysisEntity[] {
  const { tokens } = sentence;
  const taken = new Uint8Array(tokens.length + 2);
  for (const e of sentence.entities) taken.fill(1, e.first, e.last + 1);
  const properNoun = (index: number) => tokens[index - 1]?.pos === 'PROPN';
  const added: AnalysisEntity[] = [];
  for (let first = 1; first <= tokens.length; first += 1) {
    const name = (byFirstWord.get(tokens[first - 1]!.word) ?? []).find((n) =>
      fits(tokens, first, n.words),
    );
    if (name === undefined) continue;
    const last = first + name.words.length - 1;
    const span = Array.from({ length: name.words.length }, (_, i) => first + i);
    if (span.some((i) => taken[i] === 1 || !properNoun(i))) continue;
    if (properNoun(first - 1) || properNoun(last + 1)) continue;
    added.push({
      first,
      last,
      type: name.type,
      text: name.text,
      start: tokens[first - 1]!.start,
      end: tokens[last - 1]!.end,
    });
    taken.fill(1, first, last + 1);
    first = last;
  }
  return added;
}

function fits(tokens: readonly AnalysisToken[], first: number, words: readonly string[]): boolean {
  return words.every((word, i) => tokens[first - 1 + i]?.word === word);
}
