import { createHash } from 'node:crypto';
import type { Claim } from '../../domain/claim';
import { foldText } from '../../domain/ids';

/**
 * The key a claim's judgement is stored under:
 * `<article>|<predicate>|<subjectId>|<object>|<sentence hash>`, where the
 * object is the object entity id (`+<itemId>` when the claim names an item)
 * or the folded value in quotes, and the hash is the first 10 hex digits of
 * the SHA-256 of the folded sentence. It holds no position, no modality and
 * no speaker: it survives re-runs, other claims coming or going, and changes
 * in how sure or whose the claim is (judged apart), but a claim read off
 * another sentence, or about another thing, gets a key of its own.
 */
export function judgementKey(articleName: string, claim: Claim): string {
  const object =
    claim.objectId !== null
      ? `${claim.objectId}${claim.itemId !== null ? `+${claim.itemId}` : ''}`
      : `"${foldText(claim.objectValue ?? '').replace(/[|"]/gu, ' ')}"`;
  const sentence = createHash('sha256').update(foldText(claim.sentence)).digest('hex').slice(0, 10);
  return [articleName, claim.predicate, claim.subjectId, object, sentence].join('|');
}
