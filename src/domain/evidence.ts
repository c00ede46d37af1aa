import { foldText } from './ids';
import type { Modality } from './modality';

/**
 * Who a claim comes from, for weighing evidence: the speaker when the text
 * names one, else the agency relaying it, else the article's publisher. An
 * article that names none of them is a source of its own.
 */
export type SourceKind = 'SPEAKER' | 'AGENCY' | 'PUBLISHER' | 'ARTICLE';

export interface ClaimSource {
  readonly kind: SourceKind;
  /** The speaker or the agency; null for a publisher or an article. */
  readonly entityId: string | null;
  /** The publisher's name as the article gives it; null otherwise. */
  readonly publisher: string | null;
  /** The article, for an article without speaker, agency or publisher; null otherwise. */
  readonly articleId: string | null;
}

/** The source of a claim stated in an article (see SourceKind). */
export function claimSource(
  claim: { readonly attributedToId: string | null; readonly reportedById: string | null },
  article: { readonly id: string; readonly publisher: string | null },
): ClaimSource {
  const none = { entityId: null, publisher: null, articleId: null };
  if (claim.attributedToId !== null) {
    return { ...none, kind: 'SPEAKER', entityId: claim.attributedToId };
  }
  if (claim.reportedById !== null) return { ...none, kind: 'AGENCY', entityId: claim.reportedById };
  if (article.publisher !== null)
    return { ...none, kind: 'PUBLISHER', publisher: article.publisher };
  return { ...none, kind: 'ARTICLE', articleId: article.id };
}

/** The source a kind and its key (entity id, publisher or article id) stand for. */
export function sourceOfKey(kind: SourceKind, key: string): ClaimSource {
  return {
    kind,
    entityId: kind === 'SPEAKER' || kind === 'AGENCY' ? key : null,
    publisher: kind === 'PUBLISHER' ? key : null,
    articleId: kind === 'ARTICLE' ? key : null,
  };
}

/** The claims of one relation that come from one source. */
export interface RelationSource {
  readonly source: ClaimSource;
  readonly claimCount: number;
}

/** A stance is DENIED or not: every other modality supports the relation, however weakly. */
export function isDenial(modality: Modality): boolean {
  return modality === 'DENIED';
}

/**
 * The words of a sentence, folded (case, accents, apostrophes, spacing,
 * punctuation): two outlets printing the same wire sentence, one with
 * typographic quotes and one without, give the same key.
 */
export function sentenceKey(sentence: string): string {
  return (foldText(sentence).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** What the independence rule reads of one claim. */
export interface EvidenceTrace {
  /** `sourceKeyOf` of the claim's source. */
  readonly source: string;
  /** `sentenceKey` of its sentence, which stores keep beside the sentence. */
  readonly sentenceKey: string;
  /** The claim's speaker, when the text names one. */
  readonly speakerId: string | null;
  readonly agencyId: string | null;
}

/** One string per source, equal for equal sources. */
export function sourceKeyOf(source: ClaimSource): string {
  return `${source.kind}\u0000${source.entityId ?? source.publisher ?? source.articleId ?? ''}`;
}

/**
 * How many independent sources stand behind some claims: claims are one
 * story when they share their source, their normalised sentence (a wire
 * story copied by several outlets) or their relaying agency (one agency's
 * dispatch reprinted); the answer is the number of stories, each counted
 * once however many articles print it. A copy never joins two named
 * speakers: within one sentence, or one agency's claims, each speaker is a
 * story of its own ("the GUR and the Pentagon confirmed" is two, in every
 * outlet and dispatch), and a claim without speaker (a copy that lost the
 * attribution) joins the first speaker named there. Union-find over the
 * three keys.
 */
export function countIndependentSources(traces: readonly EvidenceTrace[]): number {
  const parent = traces.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstSpeaker = new Map<string, string>();
  for (const trace of traces) {
    if (trace.speakerId === null) continue;
    for (const copy of copyKeys(trace))
      if (!firstSpeaker.has(copy)) firstSpeaker.set(copy, trace.speakerId);
  }
  const firstWith = new Map<string, number>();
  traces.forEach((trace, i) => {
    const keys = [
      `s:${trace.source}`,
      ...copyKeys(trace).map(
        (copy) => `${copy}\u0000${trace.speakerId ?? firstSpeaker.get(copy) ?? ''}`,
      ),
    ];
    for (const key of keys) {
      const seen = firstWith.get(key);
      if (seen === undefined) firstWith.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  return new Set(traces.map((_, i) => find(i))).size;
}

/** What marks a claim as a copy of others: its sentence, and its relaying agency when it has one. */
function copyKeys(trace: EvidenceTrace): string[] {
  return trace.agencyId === null
    ? [`t:${trace.sentenceKey}`]
    : [`t:${trace.sentenceKey}`, `a:${trace.agencyId}`];
}
