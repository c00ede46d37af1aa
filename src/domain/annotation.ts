import type { EntityKind, Label } from './entity';
import type { Modality } from './modality';
import type { Predicate } from './predicates';
import type { Quantity, TimeRange } from './claim';

/**
 * The hand-made annotation of one article: the shape of
 * `seed/<name>.annotations.json` and of the `importAnnotatedArticle` input.
 * Entities are referred to by `ref`, a key local to the file.
 */
export interface ArticleMetadata {
  readonly title: string;
  readonly url?: string | null;
  readonly publisher?: string | null;
  readonly language: string;
  readonly publishedAt: string;
}

export interface AnnotatedEntity {
  readonly ref: string;
  readonly kind: EntityKind;
  /** Canonical name (English where one exists); with `kind` it makes the entity id. */
  readonly name: string;
  readonly labels?: readonly Label[];
  readonly aliases?: readonly Label[];
  /** Surface forms as written in the text; every occurrence becomes a mention. */
  readonly mentions?: readonly string[];
}

export interface AnnotatedClaim {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object?: string | null;
  readonly value?: string | null;
  readonly quantity?: Quantity | null;
  readonly time?: TimeRange | null;
  readonly location?: string | null;
  readonly item?: string | null;
  readonly modality: Modality;
  readonly attributedTo?: string | null;
  readonly reportedBy?: string | null;
  readonly channel?: string | null;
  /** The exact sentence of the article that states the claim. */
  readonly sentence: string;
  readonly confidence?: number;
}

export interface ArticleAnnotations {
  readonly entities: readonly AnnotatedEntity[];
  readonly claims: readonly AnnotatedClaim[];
}

export interface AnnotatedArticle extends ArticleAnnotations {
  readonly article: ArticleMetadata & { readonly text: string };
}
