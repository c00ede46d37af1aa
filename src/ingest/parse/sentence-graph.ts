import type { Span } from '../../domain/mention';
import type { AnalysisSentence, AnalysisToken } from '../nlp/analysis';
import { foldForMatch } from '../text/fold-for-match';

/**
 * A sentence's Universal Dependencies tree with the look-ups the claim
 * rules need: a token's head and relation, its children by relation, the
 * case marker of a nominal ("selon", "nach", "a"), the text of a subtree.
 * Relations match on their base ("obl" matches "obl:mod") unless a subtype
 * is asked for.
 */
export class SentenceGraph {
  private readonly heads: number[] = [];
  private readonly relations: string[] = [];
  /** Each relation without its subtype ("obl" for "obl:mod"). */
  private readonly bases: string[] = [];
  private readonly kids = new Map<number, number[]>();
  // Folded words and case markers, worked out once: the claim rules ask for them again and again.
  private readonly foldedWords: string[] = [];
  private readonly caseMarkers = new Map<number, string>();

  constructor(
    readonly sentence: AnalysisSentence,
    private readonly text: string,
  ) {
    for (const arc of sentence.dependencies) {
      this.heads[arc.dependent] = arc.head;
      this.relations[arc.dependent] = arc.rel;
      this.bases[arc.dependent] = arc.rel.split(':')[0]!;
      const list = this.kids.get(arc.head) ?? [];
      list.push(arc.dependent);
      this.kids.set(arc.head, list);
    }
    for (const list of this.kids.values()) list.sort((a, b) => a - b);
  }

  get size(): number {
    return this.sentence.tokens.length;
  }

  get span(): Span {
    const tokens = this.sentence.tokens;
    return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
  }

  get sentenceText(): string {
    const { start, end } = this.span;
    return this.text.slice(start, end);
  }

  /** The whole article the sentence is in, which spans are offsets into. */
  get articleText(): string {
    return this.text;
  }

  token(index: number): AnalysisToken {
    const token = this.sentence.tokens[index - 1];
    if (!token) throw new Error(`invariant: no token ${index} in sentence ${this.sentence.index}`);
    return token;
  }

  /** The word, case- and accent-folded; "" for the root (0). */
  folded(index: number): string {
    if (index === 0) return '';
    let word = this.foldedWords[index];
    if (word === undefined) {
      word = foldForMatch(this.token(index).word);
      this.foldedWords[index] = word;
    }
    return word;
  }

  /** The part of speech; "" for the root (0), which callers reach by climbing heads. */
  pos(index: number): string {
    return index === 0 ? '' : this.token(index).pos;
  }

  head(index: number): number {
    return this.heads[index] ?? 0;
  }

  /** The full relation to the head ("nsubj:pass"). */
  relation(index: number): string {
    return this.relations[index] ?? 'dep';
  }

  /** True when the token's relation is one of `relations` (base or exact subtype). */
  is(index: number, ...relations: string[]): boolean {
    const relation = this.relation(index);
    const base = this.bases[index] ?? relation;
    // A subtype asked for must match exactly; a base matches every subtype of it.
    return relations.some((r) => r === relation || r === base);
  }

  /** Children in word order, optionally only those with one of `relations`. */
  children(index: number, ...relations: string[]): number[] {
    const all = this.kids.get(index) ?? [];
    return relations.length === 0 ? all : all.filter((c) => this.is(c, ...relations));
  }

  /** The folded words of a nominal's case marker ("selon", "aux cotes de", "nach"), or "". */
  caseOf(index: number): string {
    let marker = this.caseMarkers.get(index);
    if (marker === undefined) {
      marker = this.children(index, 'case')
        .flatMap((c) => [c, ...this.children(c, 'fixed')])
        .sort((a, b) => a - b)
        .map((c) => this.folded(c))
        .join(' ');
      this.caseMarkers.set(index, marker);
    }
    return marker;
  }

  /** Every token under `index`, itself included, in word order. */
  subtree(index: number): number[] {
    const out: number[] = [index];
    for (const child of this.children(index)) out.push(...this.subtree(child));
    return out.sort((a, b) => a - b);
  }

  /** The article text a run of tokens covers. */
  textOf(first: number, last: number): string {
    return this.text.slice(this.token(first).start, this.token(last).end);
  }

  /** The conjuncts of a token, itself first ("Moscou et Pyongyang"). */
  conjuncts(index: number): number[] {
    return [index, ...this.children(index, 'conj').flatMap((c) => this.conjuncts(c))];
  }
}
