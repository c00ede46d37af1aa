import type { AnalysisLanguage } from '../../nlp/analysis';

/**
 * Word lists keyed by language, matched on folded words. CoreNLP gives no
 * lemmas for French, German or Spanish, so an entry is a stem that every
 * inflected form starts with ("envoy" for envoyé, envoyés, envoyer); an
 * entry ending in "$" must match the whole word ("soll$").
 */
export type Stems = Readonly<Record<AnalysisLanguage, readonly string[]>>;

export function hasStem(word: string, stems: readonly string[]): boolean {
  return stems.some((stem) =>
    stem.endsWith('$') ? word === stem.slice(0, -1) : word.startsWith(stem),
  );
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
