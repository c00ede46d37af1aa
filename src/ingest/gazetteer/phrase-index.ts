import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import type { GazetteerEntry } from './gazetteer-entry';

interface Indexed {
  readonly entry: GazetteerEntry;
  /** The entry's tokens as written, for case checks. */
  readonly raw: readonly string[];
}

/** Most characters allowed between two tokens of one name ("Maison-Blanche", "U.S.", "l’Ukraine"). */
export const JOINABLE_GAP = /^[\s\-'’.]{0,3}$/u;

/**
 * Entries by their folded token sequence, with every prefix remembered so
 * that a scan stops extending as soon as no longer name can match.
 */
export class PhraseIndex {
  private readonly byKey = new Map<string, Indexed[]>();
  private readonly prefixes = new Set<string>();

  constructor(entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      const tokens = tokenize(entry.text);
      if (tokens.length === 0) continue;
      const key = tokens.map((t) => t.folded).join(' ');
      const list = this.byKey.get(key) ?? [];
      list.push({ entry, raw: tokens.map((t) => t.raw) });
      this.byKey.set(key, list);
      for (let n = 1; n < tokens.length; n += 1) {
        this.prefixes.add(
          tokens
            .slice(0, n)
            .map((t) => t.folded)
            .join(' '),
        );
      }
    }
  }

  /**
   * Every match starting at token `index`, longest first, with the number of
   * tokens it covers; only matches whose case fits the entry's rule.
   */
  matchesAt(
    tokens: readonly Token[],
    index: number,
  ): { length: number; entries: GazetteerEntry[] }[] {
    const found: { length: number; entries: GazetteerEntry[] }[] = [];
    let key = '';
    for (let end = index; end < tokens.length; end += 1) {
      const token = tokens[end]!;
      if (end > index && !JOINABLE_GAP.test(token.gap)) break;
      key = end === index ? token.folded : `${key} ${token.folded}`;
      const indexed = this.byKey.get(key);
      if (indexed) {
        const raw = tokens.slice(index, end + 1).map((t) => t.raw);
        const fitting = indexed.filter((i) => caseFits(i, raw));
        // An acronym in title case only for an entity no entry names in that case ("Nato" is
        // German NATO's own label).
        const titled = indexed.filter(
          (i) =>
            i.entry.caseRule === 'exact' &&
            titleCased(i.raw, raw) &&
            !fitting.some((f) => f.entry.entity.id === i.entry.entity.id),
        );
        const entries = [...fitting, ...titled].map((i) => i.entry);
        if (entries.length > 0) found.push({ length: end - index + 1, entries });
      }
      if (!this.prefixes.has(key)) break;
    }
    return found.reverse();
  }

  /** Entries whose whole name is exactly `text` (folded), case rules applied. */
  lookup(text: string): GazetteerEntry[] {
    const tokens = tokenize(text);
    const match = this.matchesAt(tokens, 0)[0];
    return match && match.length === tokens.length ? match.entries : [];
  }
}

function caseFits(indexed: Indexed, raw: readonly string[]): boolean {
  switch (indexed.entry.caseRule) {
    case 'exact':
      return indexed.raw.join(' ') === raw.join(' ');
    case 'initial':
      return /^\p{Lu}/u.test(raw[0] ?? '') || arabicArticleBefore(indexed, raw);
    case 'none':
      return true;
  }
}

/** The Arabic article as the English press writes it in lower case: "el-Fasher", "al-Arish". */
const ARABIC_ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|an)$/u;

/**
 * "attacked el-Fasher": a name the entry writes "El Fasher" or "Al-Arish" may open with its article
 * in lower case, the rest capitalised.
 */
function arabicArticleBefore(indexed: Indexed, raw: readonly string[]): boolean {
  return (
    raw.length > 1 &&
    ARABIC_ARTICLE.test(raw[0]!) &&
    indexed.raw[0]!.toLowerCase() === raw[0] &&
    /^\p{Lu}/u.test(raw[1]!)
  );
}

/**
 * "le Jnim", "la Monusco", "les Fardc": the French press writes an acronym of four letters or more
 * in title case. One that short ("Isis" aside, "Mali", "Iran" are names) keeps its exact case.
 */
function titleCased(indexed: readonly string[], raw: readonly string[]): boolean {
  const acronym = indexed.length === 1 ? indexed[0]! : '';
  return (
    raw.length === 1 &&
    /^\p{Lu}{4,}$/u.test(acronym) &&
    raw[0] === acronym[0] + acronym.slice(1).toLowerCase()
  );
}
