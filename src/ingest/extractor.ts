import type { ArticleBatch } from '../domain/article-batch';
import type { Entity } from '../domain/entity';

/** An article to extract from; `language` is detected when missing. */
export interface ArticleInput {
  readonly text: string;
  readonly title: string;
  readonly url?: string | null;
  readonly publisher?: string | null;
  readonly language?: string | null;
  /** ISO 8601 date or date-time; relative dates in the text resolve against it. */
  readonly publishedAt: string;
}

/** What the graph already knows: its entities, with their labels and aliases. */
export type KnownEntities = readonly Entity[];

/**
 * The graph asked only for what one article may name: the entities with a
 * name whose first words are one of `heads` (GraphStore.entitiesByNameHeads,
 * which a store satisfies as it is). Ingest cost then follows the article,
 * not the size of the graph.
 */
export interface EntityNameIndex {
  entitiesByNameHeads(heads: readonly string[]): Promise<KnownEntities>;
}

/** The graph's entities as a list (tests, evaluations, a seed), or an index to ask. */
export type KnownSource = KnownEntities | EntityNameIndex;

/**
 * The entities of `known` an article may name: asked of an index with the
 * article's name heads (gazetteer/article-name-heads.ts), which are only
 * computed then; a list is taken as it is. Extraction itself stays a pure
 * function of the article, these entities and its metadata.
 */
export async function knownEntitiesFor(
  known: KnownSource,
  heads: () => readonly string[],
): Promise<KnownEntities> {
  return 'entitiesByNameHeads' in known ? known.entitiesByNameHeads(heads()) : known;
}

/** A batch, plus which of its entities the extractor made up from unknown names. */
export interface Extraction extends ArticleBatch {
  /** New entities guessed from names neither the graph nor the gazetteer knew, to review. */
  readonly candidateEntityIds: readonly string[];
}

/**
 * Turns an article into the batch a store writes, without writing it. The
 * rule-based extractor is the default; a model-based one can be registered
 * by name (extractor-registry.ts) and chosen by configuration.
 */
export interface Extractor {
  /** Recorded on every claim it makes ("rules-v1"). */
  readonly name: string;
  extract(article: ArticleInput, known: KnownSource): Promise<Extraction>;
}
