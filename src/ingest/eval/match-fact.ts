import type { Claim, Quantity } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { foldForMatch } from '../text/fold-for-match';
import type { ExpectedFact } from './real-article';

/**
 * Folds a name for comparison: case, accents, and every space or punctuation
 * dropped, so "Corée du Nord" = "COREE-DU-NORD" and "U.S." = "US".
 */
function foldName(name: string): string {
  return foldForMatch(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Folds a value to its words, case and accents aside, padded so that containment is by whole words. */
function foldValue(value: string): string {
  return ` ${foldForMatch(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Every folded name (canonical name, labels, aliases) of the entities of an extraction. */
export class EntityNames {
  private readonly byId = new Map<string, { name: string; folded: Set<string> }>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      const all = [
        entity.name,
        ...entity.labels.map((l) => l.text),
        ...entity.aliases.map((a) => a.text),
      ];
      this.byId.set(entity.id, { name: entity.name, folded: new Set(all.map(foldName)) });
    }
  }

  /** True when the entity goes by one of the names. */
  matches(entityId: string | null, names: readonly string[]): boolean {
    const folded = entityId === null ? undefined : this.byId.get(entityId)?.folded;
    return folded !== undefined && names.some((name) => folded.has(foldName(name)));
  }

  /** The canonical name, or the id of an entity the extraction does not list. */
  nameOf(entityId: string): string {
    return this.byId.get(entityId)?.name ?? entityId;
  }
}

/** The claim that best states a fact, and which of its qualifiers are right. */
export interface FactMatch {
  readonly claim: Claim;
  readonly modalityRight: boolean;
  readonly speakerRight: boolean;
  /** Null when the fact has no quantity. */
  readonly quantityRight: boolean | null;
}

/**
 * Finds the claims stating the fact — same predicate, a subject going by one
 * of the fact's subject names, an object going by one of its object names
 * (or, for a value, an objectValue containing the fact's) — and returns the
 * one with the most right qualifiers (the first such, in the article's
 * order); null when no claim states it.
 */
export function bestClaimFor(
  fact: ExpectedFact,
  claims: readonly Claim[],
  names: EntityNames,
): FactMatch | null {
  let best: FactMatch | null = null;
  let bestRight = -1;
  for (const claim of claims) {
    if (!statesFact(claim, fact, names)) continue;
    const match: FactMatch = {
      claim,
      modalityRight: claim.modality === fact.modality,
      speakerRight:
        fact.speaker.length === 0
          ? claim.attributedToId === null
          : names.matches(claim.attributedToId, fact.speaker),
      quantityRight: fact.quantity === null ? null : sameBounds(claim.quantity, fact.quantity),
    };
    const right = [match.modalityRight, match.speakerRight, match.quantityRight === true].filter(
      Boolean,
    ).length;
    if (right > bestRight) {
      best = match;
      bestRight = right;
    }
  }
  return best;
}

function statesFact(claim: Claim, fact: ExpectedFact, names: EntityNames): boolean {
  if (claim.predicate !== fact.predicate || !names.matches(claim.subjectId, fact.subject))
    return false;
  if (fact.object.length > 0) return names.matches(claim.objectId, fact.object);
  if (fact.objectValue === null) return true;
  return (
    claim.objectValue !== null && foldValue(claim.objectValue).includes(foldValue(fact.objectValue))
  );
}

function sameBounds(found: Quantity | null, expected: Quantity): boolean {
  return found !== null && found.min === expected.min && found.max === expected.max;
}
