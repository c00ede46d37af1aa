import type { AnalysisLanguage } from '../../nlp/analysis';

/**
 * Word lists keyed by language, matched on folded words. CoreNLP gives no
 * lemmas for French, German or Spanish, so an entry is a stem that every
 * inflected form starts with ("envoy" for envoyé, envoyés, envoyer); an
 * entry ending in "$" must match the whole word ("soll$").
 */
export type Stems = Readonly<Record<AnalysisLanguage, readonly string[]>>;

export function hasStem(word: string, stems: readonly string[]): boolean {
  const { whole, starts } = matcherOf(stems);
  if (whole.has(word)) return true;
  // Walk the openings letter by letter: the word has a stem when the walk passes a stem's end.
  let node: StemNode | undefined = starts;
  for (let index = 0; node !== undefined; index += 1) {
    if (node.end) return true;
    if (index === word.length) return false;
    node = node.next.get(word.charCodeAt(index));
  }
  return false;
}

/**
 * True when a German compound's last part, at least four letters after an opening of at least
 * three, has one of the stems: "Bundesregierung" is a "Regierung", "Revolutionsgarde" a "Garde".
 */
export function compoundHeadHas(word: string, stems: readonly string[]): boolean {
  for (let cut = 3; cut <= word.length - 4; cut += 1)
    if (hasStem(word.slice(cut), stems)) return true;
  return false;
}

/** A letter tree of the openings of a stem list. */
interface StemNode {
  end: boolean;
  readonly next: Map<number, StemNode>;
}

/** A stem list made ready for look-ups: its whole words, and a letter tree of its openings. */
interface StemMatcher {
  readonly whole: ReadonlySet<string>;
  readonly starts: StemNode;
}

// The lists are module constants, each compiled on its first use: extraction asks of every token
// whether it has one of some list's stems, and scanning the list each time was a tenth of its time.
const matchers = new WeakMap<readonly string[], StemMatcher>();

function matcherOf(stems: readonly string[]): StemMatcher {
  let matcher = matchers.get(stems);
  if (matcher === undefined) {
    const starts: StemNode = { end: false, next: new Map() };
    const whole = new Set<string>();
    for (const stem of stems) {
      if (stem.endsWith('$')) {
        whole.add(stem.slice(0, -1));
        continue;
      }
      let node = starts;
      for (let index = 0; index < stem.length; index += 1) {
        const code = stem.charCodeAt(index);
        let child = node.next.get(code);
        if (child === undefined) {
          child = { end: false, next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      node.end = true;
    }
    matcher = { whole, starts };
    matchers.set(stems, matcher);
  }
  return matcher;
}

/** The first key whose stems the word has, in the table's order. */
export function keyOfStem<K extends string>(
  word: string,
  language: AnalysisLanguage,
  table: readonly (readonly [K, Stems])[],
): K | null {
  for (const [key, stems] of table) if (hasStem(word, stems[language])) return key;
  return null;
}
