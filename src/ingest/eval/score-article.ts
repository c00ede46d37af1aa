import type { ArticleBatch } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import { foldText } from '../../domain/ids';
import type { ArticleScore } from './article-score';

/**
 * Scores an extraction against the hand annotation of the same article.
 * Entities match by id. A claim matches a gold claim with the same subject,
 * predicate and object (entity id, or a value that says the same thing)
 * stated in the same sentence — provenance is part of a claim, so a right
 * triple read off the wrong sentence does not count. Each gold claim
 * matches at most one extracted claim, preferring the same speaker; modality
 * and attribution (attributedTo and reportedBy) are judged on the matches.
 */
export function scoreArticle(
  name: string,
  gold: ArticleBatch,
  extracted: ArticleBatch,
): ArticleScore {
  const goldIds = new Set(gold.entities.map((e) => e.id));
  const extractedIds = new Set(extracted.entities.map((e) => e.id));
  const unmatched = [...extracted.claims];
  let modality = 0;
  let attribution = 0;
  let matched = 0;
  const missedClaims: string[] = [];
  for (const claim of gold.claims) {
    const candidates = unmatched.filter((c) => sameTriple(c, claim) && sameSentence(c, claim));
    const best =
      candidates.find(
        (c) => c.attributedToId === claim.attributedToId && c.reportedById === claim.reportedById,
      ) ??
      candidates.find((c) => c.attributedToId === claim.attributedToId) ??
      candidates[0];
    if (!best) {
      missedClaims.push(describe(claim));
      continue;
    }
    unmatched.splice(unmatched.indexOf(best), 1);
    matched += 1;
    if (best.modality === claim.modality) modality += 1;
    if (best.attributedToId === claim.attributedToId && best.reportedById === claim.reportedById)
      attribution += 1;
  }
  return {
    name,
    language: gold.article.language,
    entities: {
      tp: [...extractedIds].filter((id) => goldIds.has(id)).length,
      fp: [...extractedIds].filter((id) => !goldIds.has(id)).length,
      fn: [...goldIds].filter((id) => !extractedIds.has(id)).length,
    },
    claims: { tp: matched, fp: unmatched.length, fn: gold.claims.length - matched },
    modality: { correct: modality, total: matched },
    attribution: { correct: attribution, total: matched },
    missedEntities: [...goldIds].filter((id) => !extractedIds.has(id)).sort(),
    extraEntities: [...extractedIds].filter((id) => !goldIds.has(id)).sort(),
    missedClaims,
    extraClaims: unmatched.map(describe),
  };
}

function sameTriple(a: Claim, b: Claim): boolean {
  if (a.subjectId !== b.subjectId || a.predicate !== b.predicate) return false;
  if (a.objectId !== null || b.objectId !== null) return a.objectId === b.objectId;
  return sameValue(a.objectValue, b.objectValue);
}

/** Two topics say the same thing when one contains the other or they share most words. */
function sameValue(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = foldText(a);
  const y = foldText(b);
  if (x.includes(y) || y.includes(x)) return true;
  const words = (s: string) => new Set(s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  const wx = words(x);
  const wy = words(y);
  const shared = [...wx].filter((w) => wy.has(w)).length;
  return shared / Math.max(1, new Set([...wx, ...wy]).size) >= 0.5;
}

function sameSentence(a: Claim, b: Claim): boolean {
  return a.sentenceSpan.start < b.sentenceSpan.end && b.sentenceSpan.start < a.sentenceSpan.end;
}

function describe(claim: Claim): string {
  const short = (id: string | null) => (id === null ? '-' : id.replace(/^[a-z_]+:/u, ''));
  const object =
    claim.objectId !== null ? short(claim.objectId) : JSON.stringify(claim.objectValue);
  return `${short(claim.subjectId)} ${claim.predicate} ${object} [${claim.modality}${claim.attributedToId ? ` by ${short(claim.attributedToId)}` : ''}${claim.reportedById ? ` via ${short(claim.reportedById)}` : ''}] « ${claim.sentence.slice(0, 70)}… »`;
}
