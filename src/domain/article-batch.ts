import type { Article } from './article';
import type { Claim } from './claim';
import type { Entity } from './entity';
import type { Mention } from './mention';

/** Everything one article adds to the graph; stores write it in one transaction. */
export interface ArticleBatch {
  readonly article: Article;
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
}
