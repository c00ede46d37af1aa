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
 * What the analyser is sent for a text: the same length, so its offsets are
 * the text's. Cached analyses do not see a change here: bump
 * ANALYSIS_FORMAT (corenlp-json.ts) with one.
 */
export function textForAnalyser(text: string): string {
  return straightApostrophes(breakDatelines(joinWrappedLines(text)));
}
