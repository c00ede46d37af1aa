import { foldText, relationId } from './ids';
import type { Modality } from './modality';
import type { Predicate } from './predicates';

/**
 * The edge an analyst traverses: every claim sharing subject, predicate and
 * object, summarised. `firstSeen`/`lastSeen` are the publication dates of the
 * earliest and latest article stating it.
 */
export interface Relation {
  readonly id: string;
  readonly subjectId: string;
  readonly predicate: Predicate;
  readonly objectId: string | null;
  readonly objectValue: string | null;
  readonly claimCount: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly modality: Modality;
}

/** The relation a claim belongs to: same subject, predicate and object (entity, or folded value). */
export function relationIdOf(claim: {
  readonly subjectId: string;
  readonly predicate: string;
  readonly objectId: string | null;
  readonly objectValue: string | null;
}): string {
  const objectKey =
    claim.objectId ?? (claim.objectValue === null ? '' : `value:${foldText(claim.objectValue)}`);
  return relationId(claim.subjectId, claim.predicate, objectKey);
}
