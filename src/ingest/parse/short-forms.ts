import type { AnalysisEntity, AnalysisSentence, AnalysisToken } from '../nlp/analysis';

/** Definite articles of the four languages, as a short form's determiner. */
const DEFINITE = /^(?:the|le|la|l'|l’|der|die|das|den|dem|el)$/iu;

const NOUNS: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);

/** Relations that make a proper noun part of a longer name. */
const NAME_PARTS = /^(?:flat|compound|fixed)(?::|$)/u;

/** Whether recurring-names gave a noun alone the text of a long name it is the short form of. */
export function isShortForm(entity: AnalysisEntity): boolean {
  return entity.first === entity.last && /\s/u.test(entity.text);
}

/** An organisation's name of several words, by its head word: "Observatory" for the Syrian one. */
type NamesByHead = Map<string, Set<string>>;

/**
 * "La Fuerza sigue comprometida…" after "la Fuerza de Defensa de Guyana", "the Observatory said"
 * after "the Syrian Observatory for Human Rights": a capitalised proper noun alone under a definite
 * article that repeats the head word of the one organisation the article named before by a name of
 * several words is that organisation. It takes the long name's text (parse-mentions names the
 * organisation by it); where the article named several such bodies it names none of them.
 */
export function withShortForms(sentences: readonly AnalysisSentence[]): AnalysisSentence[] {
  const named: NamesByHead = new Map();
  return sentences.map((sentence) => {
    const entities = sentence.entities.map((e) =>
      e.first === e.last ? (shortForm(sentence, e.first, named) ?? e) : e,
    );
    const tagged = (t: number) => sentence.entities.some((e) => e.first <= t && t <= e.last);
    const untagged = sentence.tokens.flatMap((t) =>
      tagged(t.index) ? [] : [shortForm(sentence, t.index, named)].filter((e) => e !== null),
    );
    for (const e of sentence.entities) addHead(sentence, e, named);
    const changed = untagged.length > 0 || entities.some((e, i) => e !== sentence.entities[i]);
    return changed
      ? { ...sentence, entities: [...entities, ...untagged].sort((a, b) => a.first - b.first) }
      : sentence;
  });
}

function addHead(sentence: AnalysisSentence, entity: AnalysisEntity, named: NamesByHead): void {
  if (entity.type !== 'ORGANIZATION' || entity.last === entity.first) return;
  const head = headToken(sentence, entity);
  if (head === undefined) return;
  named.set(head.word, (named.get(head.word) ?? new Set()).add(entity.text));
}

/** The token of an entity whose head lies outside it. */
function headToken(sentence: AnalysisSentence, entity: AnalysisEntity): AnalysisToken | undefined {
  const arc = sentence.dependencies.find(
    (d) =>
      d.dependent >= entity.first &&
      d.dependent <= entity.last &&
      (d.head < entity.first || d.head > entity.last),
  );
  return arc === undefined ? undefined : sentence.tokens[arc.dependent - 1];
}

/**
 * The organisation the noun at `index` names as a short form, with the long name's text, or null.
 * The tagger may tag it anything or nothing, and the parser make it a common noun ("Le Front").
 */
function shortForm(
  sentence: AnalysisSentence,
  index: number,
  named: NamesByHead,
): AnalysisEntity | null {
  const { tokens, dependencies } = sentence;
  const token = tokens[index - 1]!;
  const longNames = named.get(token.word);
  if (longNames?.size !== 1 || !NOUNS.has(token.pos) || !/^\p{Lu}/u.test(token.word)) return null;
  const arcs = dependencies.filter((d) => d.head === index || d.dependent === index);
  if (arcs.some((d) => NAME_PARTS.test(d.rel))) return null;
  const definite = arcs.some(
    (d) => d.head === index && d.rel === 'det' && DEFINITE.test(tokens[d.dependent - 1]!.word),
  );
  if (!definite) return null;
  const { start, end } = token;
  return { first: index, last: index, type: 'ORGANIZATION', text: [...longNames][0]!, start, end };
}
