import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Article } from '../../domain/article';
import type { Entity } from '../../domain/entity';
import { invariant } from '../../domain/errors';
import type { Mention } from '../../domain/mention';
import type { GraphContext } from '../context';
import { ArticleType } from '../types/article.type';
import { EntityType } from '../types/entity.type';
import { MentionType } from '../types/mention.type';

@Resolver(() => MentionType)
export class MentionResolver {
  @FieldResolver(() => EntityType)
  async entity(@Root() mention: Mention, @Ctx() { loaders }: GraphContext): Promise<Entity> {
    const entity = await loaders.entity.load(mention.entityId);
    invariant(entity, `mention ${mention.id} has no entity`);
    return entity;
  }

  @FieldResolver(() => ArticleType)
  async article(@Root() mention: Mention, @Ctx() { loaders }: GraphContext): Promise<Article> {
    const article = await loaders.article.load(mention.articleId);
    invariant(article, `mention ${mention.id} has no article`);
    return article;
  }

  @FieldResolver(() => String, { description: 'The sentence holding the mention.' })
  async sentence(@Root() mention: Mention, @Ctx() { loaders }: GraphContext): Promise<string> {
    const article = await loaders.article.load(mention.articleId);
    invariant(article, `mention ${mention.id} has no article`);
    return article.text.slice(mention.sentenceSpan.start, mention.sentenceSpan.end);
  }
}
