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
 * What the analyser is sent for a text: the same length, so its offsets are
 * the text's. Cached analyses do not see a change here: bump
 * ANALYSIS_FORMAT (corenlp-json.ts) with one.
 */
export function textForAnalyser(text: string): string {
  return straightApostrophes(joinWrappedLines(text));
}
