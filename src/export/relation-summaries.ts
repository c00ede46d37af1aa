import { MODALITIES } from '../domain/modality';
import type { Modality } from '../domain/modality';
import type { Relation } from '../domain/relation';
import type { GraphStore } from '../store/graph-store';
import { EXPORT_PAGE_SIZE, storeItems } from './store-pages';

/** A relation with what exports say of it beyond the relation itself. */
export interface RelationSummary {
  readonly relation: Relation;
  /** How many of its claims have each modality (every modality present, zero included). */
  readonly claimsByModality: Readonly<Record<Modality, number>>;
}

/** Relations per batch of claim reads. */
const BATCH = 100;

/**
 * Every relation by id, with its claims counted by modality. Claims are
 * read for a batch of relations at a time, a bounded page of each, so
 * memory stays flat however many claims a relation has.
 */
export async function* relationSummaries(store: GraphStore): AsyncGenerator<RelationSummary> {
  let batch: Relation[] = [];
  for await (const relation of storeItems(store, 'relations')) {
    batch.push(relation);
    if (batch.length === BATCH) {
      yield* await summarise(store, batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield* await summarise(store, batch);
}

async function summarise(
  store: GraphStore,
  relations: readonly Relation[],
): Promise<RelationSummary[]> {
  const counts = relations.map(() => zeroByModality());
  let pending = relations.map((_, index) => index);
  for (let offset = 0; pending.length > 0; offset += EXPORT_PAGE_SIZE) {
    const pages = await store.claimsOfRelations(
      pending.map((index) => relations[index]!.id),
      { first: EXPORT_PAGE_SIZE, offset },
    );
    const next: number[] = [];
    pages.forEach((page, i) => {
      const index = pending[i]!;
      for (const claim of page.items) counts[index]![claim.modality] += 1;
      if (page.totalCount > offset + EXPORT_PAGE_SIZE) next.push(index);
    });
    pending = next;
  }
  return relations.map((relation, index) => ({ relation, claimsByModality: counts[index]! }));
}

function zeroByModality(): Record<Modality, number> {
  return Object.fromEntries(MODALITIES.map((modality) => [modality, 0])) as Record<
    Modality,
    number
  >;
}
