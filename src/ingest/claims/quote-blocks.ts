import type { Sentence } from '../split-sentences';

/** Sentences `first` to `last` (inclusive) inside one quotation that spans sentences. */
export interface QuoteBlock {
  readonly first: number;
  readonly last: number;
}

const OPEN = new Set(['«', '“']);
const CLOSE = new Set(['»', '”']);

/**
 * Quotations that run over several sentences ("« Les pertes se sont
 * produites... Au moins trois militaires ont disparu... »"). Their words
 * belong to the speaker the frame around them names, before (": « ...") or
 * after ("... », a déclaré X."). Straight quotes toggle.
 */
export function quoteBlocks(sentences: readonly Sentence[]): QuoteBlock[] {
  const blocks: QuoteBlock[] = [];
  let depth = 0;
  let openedAt = -1;
  sentences.forEach((sentence, index) => {
    const startDepth = depth;
    for (const char of sentence.text) {
      if (OPEN.has(char) || (char === '"' && depth === 0)) depth += 1;
      else if ((CLOSE.has(char) || char === '"') && depth > 0) depth -= 1;
    }
    if (startDepth === 0 && depth > 0) openedAt = index;
    if (startDepth > 0 && depth === 0 && openedAt >= 0) {
      blocks.push({ first: openedAt, last: index });
      openedAt = -1;
    }
  });
  return blocks;
}
