import { writeFileSync } from 'node:fs';
import type { ClaimView, RealArticleScore } from './real-score';

/**
 * Every claim nobody has judged yet, once per key, in article order, with an
 * empty verdict and note to fill in: the file `kg eval --judgements` merges.
 */
export function writeUnjudgedClaims(file: string, scores: readonly RealArticleScore[]): number {
  const byKey = new Map<string, ClaimView & { verdict: ''; note: '' }>();
  for (const claim of scores.flatMap((s) => s.unjudgedClaims)) {
    if (!byKey.has(claim.key)) byKey.set(claim.key, { ...claim, verdict: '', note: '' });
  }
  writeFileSync(file, `${JSON.stringify([...byKey.values()], null, 2)}\n`);
  return byKey.size;
}
