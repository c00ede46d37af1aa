/**
 * French or English, from stop words. franc-min would do more languages,
 * but it is ESM-only: under ts-jest (CommonJS) a dynamic import of it needs
 * --experimental-vm-modules, and the pipeline only ever needs fr or en.
 * Counting the most frequent function words of each language is reliable on
 * a news paragraph and costs nothing.
 */
const STOP_WORDS: Readonly<Record<'fr' | 'en', ReadonlySet<string>>> = {
  fr: new Set(
    'le la les des du de un une et est sont dans pour par sur que qui au aux ont a été ce cette ces son sa ses selon avec pas ne il elle ils leur plus entre'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to in is are was were for on that with by from as at has have had been this these its it their which who said not be an or after'.split(
      ' ',
    ),
  ),
};

export type DetectedLanguage = 'fr' | 'en';

/** The language with more stop words in the text; French on a tie (the seed corpus's first language). */
export function detectLanguage(text: string): DetectedLanguage {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let fr = 0;
  let en = 0;
  for (const word of words) {
    if (STOP_WORDS.fr.has(word)) fr += 1;
    if (STOP_WORDS.en.has(word)) en += 1;
  }
  return en > fr ? 'en' : 'fr';
}
