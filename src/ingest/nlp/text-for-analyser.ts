import type { AnalysisLanguage } from './analysis';

/** What may end a sentence at the end of a line: stops, colons, closing quotes and brackets. */
const SENTENCE_END = /[.!?:;…»"”'’)\]]\s*$/u;

/**
 * The text as the analyser should see it: every line break ends a sentence
 * (a headline, a byline or a dateline has no full stop), except a break
 * inside a sentence that was wrapped by hand, which becomes a space — a
 * line that does not end like a sentence, followed by one that starts in
 * lower case. One character for one, so every offset into the analysis is
 * an offset into the original text.
 */
export function joinWrappedLines(text: string): string {
  return text.replace(/\n(?=\p{Ll})/gu, (newline, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const line = text.slice(lineStart, offset);
    return line.trim() === '' || SENTENCE_END.test(line) ? newline : ' ';
  });
}

/**
 * Typographic apostrophes made straight: CoreNLP's French tokenizer splits
 * "l'" and "d'" off a name only at a straight one, and with "l’Azerbaïdjan"
 * it parses "l’" as a noun and the name as its apposition.
 */
export function straightApostrophes(text: string): string {
  return text.replace(/[’ʼ]/gu, "'");
}

/**
 * A dateline opening a line, maybe after the byline ("Por Lamine Chikhi ARGEL (Reuters) -"): a
 * place in capitals ("YANGON", "ADDIS ABEBA"), maybe its country ("PRISTINA, Kosovo") and the
 * agency ("(AP)", "(Reuters)"), then a dash or a colon before the first sentence. A hyphen must
 * stand between spaces: "NAGORNO-KARABACH" is a name.
 */
const DATELINE =
  /(?<=^|\n)([ \t]*(?:(?:By|Par|Por|Von)(?:[ \t]+\p{Lu}[\p{Ll}.'-]+){1,4}[ \t]+)?\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*(?:,(?:[ \t]+\p{Lu}[\p{L}.'-]*)+)?(?:[ \t]*\([\p{L} .]{2,20}\))?)([ \t]*(?:[—–]|(?<=[ \t])-(?=[ \t])|:(?=[ \t])))(?=[ \t]*[\p{Lu}«"“])/gu;

/**
 * A dateline ends where its dash or colon stands, as a sentence: the parser otherwise makes the
 * place the root of the first sentence and its real subject a dependent of it ("YANGON—The
 * Myanmar military conducted air strikes…", "PESHAWAR: Ein Selbstmordanschlag … hat … getötet").
 */
export function breakDatelines(text: string): string {
  return text.replace(
    DATELINE,
    (_match, dateline: string, mark: string) => dateline + mark.replace(/[—–:-]/u, '\n'),
  );
}

/**
 * Words that open a German sentence and never follow an ordinal, folded to lower case: after
 * "stieg auf 47." the full stop before "Die", "Am", "Laut" ends a sentence.
 */
const GERMAN_SENTENCE_OPENERS = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen er sie es ich wir ihr man dies diese ' +
    'dieser dieses diesen diesem in im am an auf aus bei beim mit nach seit von vom vor zu zum zur ' +
    'für gegen über unter um durch ohne trotz während wegen laut und oder aber doch denn sondern so ' +
    'auch als wie wenn da dann dort damit dabei daher deshalb jedoch zudem außerdem nun noch schon ' +
    'bereits inzwischen bisher zuvor später heute gestern erst nur insgesamt mindestens rund etwa ' +
    'nicht kein keine bis'
  ).split(' '),
);

/** A capitalised word that opens sentences; a word in lower case never does ("am 3. und 4. Mai"). */
function opensGermanSentence(word: string): boolean {
  return /^\p{Lu}/u.test(word) && GERMAN_SENTENCE_OPENERS.has(word.toLowerCase());
}

/**
 * Names after which CoreNLP's German tokenizer keeps "21." whole by itself (its
 * GermanTokenizerPostProcessor: the months and "Jahrhundert"); "Jänner" is not among them.
 */
const ORDINAL_KEPT_BEFORE =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert)$/u;

/**
 * A German ordinal inside a line (after a word or an opening bracket): one to three digits, a full
 * stop, then a word.
 */
const GERMAN_ORDINAL = /(?<=[^\s\d.,][ \t]+|[(„“"«])(\d{1,3})\.(?=[ \t]+(\p{L}+))/gu;

/**
 * German ordinals are sent as "47e": CoreNLP splits "47." into a number and a full stop that ends
 * the sentence, so "Die 47. Mechanisierte Brigade hat … eingenommen" was parsed as "Die 47." and
 * a sentence without its subject's article; "47e" stays one token, which the German model reads as
 * an adjective on the noun after it. Left alone: a number opening its line (a list), a number
 * before a word that opens sentences ("… auf 47. Die Armee"), and a date CoreNLP already keeps.
 */
export function germanOrdinals(text: string): string {
  return text.replace(GERMAN_ORDINAL, (ordinal, digits: string, next: string) =>
    opensGermanSentence(next) || ORDINAL_KEPT_BEFORE.test(next) ? ordinal : `${digits}e`,
  );
}

/** French ordinal endings in superscript or in full, and the written ending of the same length. */
const FRENCH_ORDINAL_ENDINGS: Readonly<Record<string, string>> = {
  ᵉ: 'e',
  ʳᵉ: 're',
  ᵉʳ: 'er',
  ème: 'e  ',
  ère: 're ',
};

/**
 * French ordinals written "6ᵉ", "1ʳᵉ" or "3ème" are sent as "6e", "1re", "3e  ": CoreNLP's French
 * tokenizer keeps "6e" whole (an adjective on its noun) but splits the others into a number and a
 * noun, which took the place of "brigade" in the parse.
 */
export function frenchOrdinals(text: string): string {
  return text.replace(
    /(?<=\b\d{1,3})(ᵉʳ|ʳᵉ|ᵉ|ème|ère)(?![\p{L}\d])/gu,
    (ending: string) => FRENCH_ORDINAL_ENDINGS[ending] ?? ending,
  );
}

/**
 * What the analyser is sent for a text in its language: the same length, so
 * its offsets are the text's. Cached analyses do not see a change here: bump
 * ANALYSIS_FORMAT (corenlp-json.ts) with one.
 */
export function textForAnalyser(text: string, language: AnalysisLanguage): string {
  const sent = straightApostrophes(breakDatelines(joinWrappedLines(text)));
  if (language === 'de') return germanOrdinals(sent);
  return language === 'fr' ? frenchOrdinals(sent) : sent;
}
