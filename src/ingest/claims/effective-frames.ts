import type { Span } from '../../domain/mention';
import type { Frame } from './frame';
import type { QuoteBlock } from './quote-blocks';
import type { SentenceView } from './sentence-view';

const hasSpeaker = (frame: Frame | undefined): frame is Frame =>
  frame !== undefined && (frame.speakers.length > 0 || frame.reporters.length > 0 || frame.pronoun);
const isEmpty = (span: Span) => span.end - span.start <= 2;

/**
 * Gives the sentences of a multi-sentence quotation the frame that
 * introduces it: the sentence before when it ends on a colon ("ont déclaré
 * :"), else the frame inside its first sentence, else the one after its
 * closing quote ("», a déclaré X."). Their whole text is content.
 */
export function effectiveFrames(
  views: readonly SentenceView[],
  frames: readonly Frame[],
  blocks: readonly QuoteBlock[],
): Frame[] {
  const result = [...frames];
  for (const block of blocks) {
    const before = frames[block.first - 1];
    const source = [
      hasSpeaker(before) && isEmpty(before.content) ? before : undefined,
      frames[block.first],
      frames[block.last],
    ].find(hasSpeaker);
    if (!source) continue;
    for (let index = block.first; index <= block.last; index += 1) {
      const own = frames[index]!;
      const view = views[index]!;
      result[index] = {
        ...source,
        content: own.framed && own !== source ? own.content : view.sentence.span,
        backReference: false,
      };
    }
  }
  return result;
}
