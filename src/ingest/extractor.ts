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
  extract(article: ArticleInput, known: KnownEntities): Promise<Extraction>;
}
