import type { GazetteerEntry } from '../gazetteer/gazetteer-entry';
import type { AnalysisLanguage } from '../nlp/analysis';
import { foldForMatch } from '../text/fold-for-match';
import type { Token } from '../text/tokenize';

/**
 * Phrases in which a commodity's or a weapon's common noun means something else: a "think tank"
 * is no tank, "tear gas" no natural gas, a "fuel tank" a container. Written as news writes them.
 */
const OTHER_SENSES: Readonly<Record<AnalysisLanguage, readonly string[]>> = {
  en: [
    'think tank',
    'think tanks',
    'fuel tank',
    'fuel tanks',
    'water tank',
    'water tanks',
    'storage tank',
    'storage tanks',
    'septic tank',
    'tear gas',
    'nerve gas',
    'mustard gas',
    'greenhouse gas',
    'greenhouse gases',
  ],
  fr: [
    'gaz lacrymogene',
    'gaz lacrymogenes',
    'gaz moutarde',
    'gaz a effet de serre',
    'gaz innervant',
    'gaz innervants',
  ],
  de: [],
  es: [
    'gas lacrimogeno',
    'gases lacrimogenos',
    'gas mostaza',
    'gas nervioso',
    'gas de efecto invernadero',
    'gases de efecto invernadero',
  ],
};

const PHRASES: Readonly<Record<AnalysisLanguage, readonly (readonly string[])[]>> = {
  en: OTHER_SENSES.en.map(words),
  fr: OTHER_SENSES.fr.map(words),
  de: OTHER_SENSES.de.map(words),
  es: OTHER_SENSES.es.map(words),
};

function words(phrase: string): string[] {
  return foldForMatch(phrase).split(' ');
}

/**
 * True when the commodity the gazetteer matched at `tokens[index]` (over `length` tokens) is
 * part of a phrase of another sense ("the Bruegel think tank").
 */
export function commodityInOtherSense(
  tokens: readonly Token[],
  index: number,
  length: number,
  entries: readonly GazetteerEntry[],
  language: AnalysisLanguage,
): boolean {
  if (!entries.every((e) => e.entity.kind === 'COMMODITY')) return false;
  if (accentedOtherWord(tokens.slice(index, index + length), entries)) return true;
  return PHRASES[language].some((phrase) => {
    for (let offset = 0; offset + length <= phrase.length; offset += 1) {
      const first = index - offset;
      if (first < 0 || first + phrase.length > tokens.length) continue;
      if (phrase.every((word, i) => tokens[first + i]!.folded === word)) return true;
    }
    return false;
  });
}

/**
 * Matching folds accents away, but an accent the commodity's name lacks makes another word: French
 * "hommes armés", "groupes armés" are armed men and groups, not "armes" (weapons).
 */
function accentedOtherWord(tokens: readonly Token[], entries: readonly GazetteerEntry[]): boolean {
  const written = new Set(
    entries.flatMap((e) => e.text.toLowerCase().normalize('NFC').split(/\s+/u)),
  );
  return tokens.some((t) => {
    const word = t.raw.toLowerCase().normalize('NFC');
    return /\p{M}/u.test(word.normalize('NFD')) && !written.has(word);
  });
}
