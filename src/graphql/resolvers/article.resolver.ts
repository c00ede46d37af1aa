import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Article } from '../../domain/article';
import { invariant } from '../../domain/errors';
import type { GraphContext } from '../context';
import { ArticleType } from '../types/article.type';

@Resolver(() => ArticleType)
export class ArticleResolver {
  @FieldResolver(() => String, {
    description:
      'ISO 8601 UTC date-time at which the store wrote this version of the article and its claims (an import keeps the original time). Articles stored before ingestion times were recorded carry the time of the upgrade.',
  })
  async ingestedAt(@Root() article: Article, @Ctx() { loaders }: GraphContext): Promise<string> {
    // An article fresh from a mutation is the one written, without the time the store stamped.
    const stored = article.ingestedAt ?? (await loaders.article.load(article.id))?.ingestedAt;
    invariant(stored, `article ${article.id} is not stored`);
    return stored;
  }
}
