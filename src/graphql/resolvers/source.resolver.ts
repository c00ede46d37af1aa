import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Article } from '../../domain/article';
import type { Entity } from '../../domain/entity';
import type { ClaimSource } from '../../domain/evidence';
import type { GraphContext } from '../context';
import { ArticleType } from '../types/article.type';
import { EntityType } from '../types/entity.type';
import { RelationSourceType } from '../types/source.type';

/** What a RelationSource resolves from: the store's source, flattened. */
export type SourceRoot = ClaimSource & Omit<RelationSourceType, 'kind' | 'publisher'>;

@Resolver(() => RelationSourceType)
export class SourceResolver {
  @FieldResolver(() => EntityType, {
    nullable: true,
    description: 'The speaker or the relaying agency, for kinds SPEAKER and AGENCY.',
  })
  entity(@Root() source: SourceRoot, @Ctx() { loaders }: GraphContext): Promise<Entity | null> {
    return source.entityId === null ? Promise.resolve(null) : loaders.entity.load(source.entityId);
  }

  @FieldResolver(() => ArticleType, {
    nullable: true,
    description: 'The article, for kind ARTICLE: one with neither speaker, agency nor publisher.',
  })
  article(@Root() source: SourceRoot, @Ctx() { loaders }: GraphContext): Promise<Article | null> {
    return source.articleId === null
      ? Promise.resolve(null)
      : loaders.article.load(source.articleId);
  }
}
