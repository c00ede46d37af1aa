/**
 * English, French, German or Spanish, from stop words. franc-min would do
 * more languages, but it is ESM-only: under ts-jest (CommonJS) a dynamic
 * import of it needs --experimental-vm-modules. Counting the most frequent
 * function words of each language is reliable on a news paragraph and costs
 * nothing.
 *
 * The lists favour words of one language only. Shared words ("la", "de",
 * "que" in French and Spanish; "in" in English and German) stay in each list
 * they belong to: they count for both and cannot tip the balance, so the
 * distinctive words decide. English loan words in German text ("Deal",
 * "Update", "Drohnen-Know-how") are content words, not function words, and
 * do not count. French elisions ("l’", "d’", "qu’") are words of their own
 * here, and the most French of all.
 */
const STOP_WORDS = {
  fr: words(
    'le la les des du de un une et est a en sont dans pour par sur que qui au aux ont été ce cette ces sa ses selon avec pas ne il elle ils elles leur leurs plus entre aussi lors dont l d qu n s c j',
  ),
  en: words(
    'the of and to in is are was were for on that with by from as at has have had been this these its it their which who said not be an or after would will they',
  ),
  de: words(
    'der die das den dem des und ist sind nicht mit von zu im auf für sich dass ein eine einen einem einer auch wurde wurden werden hat haben nach bei aus wie oder sei seien sagte laut zufolge noch über vom zum zur als es sie',
  ),
  es: words(
    'el la los las del de y es son en por para con que se su sus un una al ha han fue fueron según dijo como más pero este esta sobre entre tras ya lo',
  ),
} as const;

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

export type DetectedLanguage = keyof typeof STOP_WORDS;

/** Tie order: French first (the seed corpus's first language), then English, German, Spanish. */
const ORDER: readonly DetectedLanguage[] = ['fr', 'en', 'de', 'es'];

/** The language with the most stop words in the text; on a tie, the earlier one in ORDER. */
export function detectLanguage(text: string): DetectedLanguage {
  const counts = new Map<DetectedLanguage, number>(ORDER.map((language) => [language, 0]));
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of ORDER) {
      if (STOP_WORDS[language].has(word)) counts.set(language, counts.get(language)! + 1);
    }
  }
  return ORDER.reduce((best, language) =>
    counts.get(language)! > counts.get(best)! ? language : best,
  );
}
