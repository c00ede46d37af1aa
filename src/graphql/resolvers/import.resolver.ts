import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AnnotatedArticle } from '../../domain/annotation';
import { annotatedArticleToBatch } from '../../ingest/annotations/annotated-article-to-batch';
import type { GraphContext } from '../context';
import { AnnotatedArticleInput } from '../inputs/annotated-article.input';
import { ImportResultType } from '../types/import-result.type';
import { withoutNulls } from './filters';

/** GraphQL hands omitted optional fields over as null; the domain shape leaves them out. */
function toAnnotatedArticle(input: AnnotatedArticleInput): AnnotatedArticle {
  return {
    article: input.article,
    entities: input.entities.map(
      (entity) => withoutNulls(entity) as AnnotatedArticle['entities'][number],
    ),
    claims: input.claims.map((claim) => withoutNulls(claim) as AnnotatedArticle['claims'][number]),
  };
}

@Resolver()
export class ImportResolver {
  @Authorized()
  @Mutation(() => ImportResultType, {
    description:
      'Adds an article with its hand-made annotations (the shape of the seed files). Needs the editor key. Importing the same input twice changes nothing.',
  })
  async importAnnotatedArticle(
    @Arg('input', () => AnnotatedArticleInput) input: AnnotatedArticleInput,
    @Ctx() { store }: GraphContext,
  ): Promise<ImportResultType> {
    const batch = annotatedArticleToBatch(toAnnotatedArticle(input));
    const { changed } = await store.upsertArticle(batch);
    return {
      article: batch.article,
      changed,
      entities: batch.entities.length,
      mentions: batch.mentions.length,
      claims: batch.claims.length,
    };
  }
}
