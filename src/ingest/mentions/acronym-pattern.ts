import type { Span } from '../../domain/mention';
import type { FoundMention } from './found-mention';
import type { TokenizedSentence } from './sentence-tokens';

/** An acronym: capitals and digits, as "FAA", "RSF", "M23". */
export const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u;

/** Lower-case words a long form may end with before its acronym ("Direction Zeta du renseignement (DZR)"). */
const LOWER_TAIL = /^(?:\s+[\p{Ll}'’-]+){0,4}\s*$/u;

/**
 * "services de renseignement militaire ukrainiens (GUR)": an acronym in
 * parentheses right after a name abbreviates it. Returns the acronym's span
 * with the span of the name it follows (null when no mention precedes it);
 * a name no gazetteer knows is stretched over the lower-case words that end
 * it, so the long form is whole.
 */
export function parenthesizedAcronyms(
  text: string,
  sentence: TokenizedSentence,
  mentions: readonly FoundMention[],
): { span: Span; longForm: Span | null }[] {
  const found: { span: Span; longForm: Span | null }[] = [];
  const { start, end } = sentence.sentence.span;
  const pattern = /\(\s*(\p{Lu}[\p{Lu}\p{N}]{1,9})\s*\)/gu;
  for (const match of text.slice(start, end).matchAll(pattern)) {
    const acronymStart = start + match.index + match[0].indexOf(match[1]!);
    const span = { start: acronymStart, end: acronymStart + match[1]!.length };
    const before = start + match.index;
    const longForm = mentions
      .filter((m) => !m.nested && m.span.end <= before)
      .sort((a, b) => b.span.end - a.span.end)[0];
    const gap = longForm ? text.slice(longForm.span.end, before) : '';
    const adjacent = /^\s*$/u.test(gap) || (longForm?.source === 'name' && LOWER_TAIL.test(gap));
    found.push({
      span,
      longForm:
        longForm && adjacent
          ? { start: longForm.span.start, end: longForm.span.end + gap.trimEnd().length }
          : null,
    });
  }
  return found;
}
