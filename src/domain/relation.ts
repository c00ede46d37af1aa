import { foldText, relationId } from './ids';
import { MODALITIES } from './modality';
import type { Modality } from './modality';

/** How many claims of a relation have one modality. */
export interface ModalityCount {
  readonly key: Modality;
  readonly count: number;
}
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
  /** Claims per modality, strongest first; modalities without claims are left out. */
  readonly claimsByModality: readonly ModalityCount[];
  /** Claims stating it, whatever their modality but DENIED. */
  readonly supporting: number;
  /** Claims denying it (DENIED). */
  readonly denying: number;
  /** Independent sources behind its claims (see `countIndependentSources`). */
  readonly independentSources: number;
}

/** A relation some claims state and others deny. */
export function isContested(relation: Pick<Relation, 'supporting' | 'denying'>): boolean {
  return relation.supporting > 0 && relation.denying > 0;
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

/** Counts given in the domain's modality order, as stored; the empty ones left out. */
export function modalityCounts(counts: readonly number[]): ModalityCount[] {
  return MODALITIES.map((key, i) => ({ key, count: counts[i] ?? 0 })).filter((c) => c.count > 0);
}
