import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AnnotatedArticle } from '../../domain/annotation';
import type { ArticleBatch } from '../../domain/article-batch';
import { InvalidInputError } from '../../domain/errors';
import { annotatedArticleToBatch } from '../../ingest/annotations/annotated-article-to-batch';
import { checkArticleMetadata } from '../../ingest/annotations/check-values';
import type { GraphContext } from '../context';
import { checkArticleSize } from '../limits';
import { AnnotatedArticleInput } from '../inputs/annotated-article.input';
import { IngestArticleInput } from '../inputs/ingest-article.input';
import { ImportResultType } from '../types/import-result.type';
import { articleWritten } from './change-by';
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

function importResult(
  batch: ArticleBatch,
  changed: boolean,
  candidateEntityIds: readonly string[],
): ImportResultType {
  return {
    article: batch.article,
    changed,
    entities: batch.entities.length,
    mentions: batch.mentions.length,
    claims: batch.claims.length,
    candidateEntityIds: [...candidateEntityIds],
  };
}

@Resolver()
export class ImportResolver {
  @Authorized('EDITOR')
  @Mutation(() => ImportResultType, {
    description:
      'Adds an article with its hand-made annotations (the shape of the seed files). Needs an editor key; recorded in the history. Importing the same input twice changes nothing.',
  })
  async importAnnotatedArticle(
    @Arg('input', () => AnnotatedArticleInput) input: AnnotatedArticleInput,
    @Ctx() context: GraphContext,
  ): Promise<ImportResultType> {
    const { store, maxArticleBytes } = context;
    checkArticleSize(input.article.text, maxArticleBytes);
    const batch = annotatedArticleToBatch(toAnnotatedArticle(input));
    const { changed } = await store.upsertArticle(
      batch,
      articleWritten(context, 'IMPORT_ARTICLE', batch),
    );
    return importResult(batch, changed, []);
  }

  @Authorized('EDITOR')
  @Mutation(() => ImportResultType, {
    description:
      'Adds an article nobody has annotated: the extractor finds its entities and claims, each with its sentence. Needs an editor key; recorded in the history. Ingesting the same text twice changes nothing.',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput) input: IngestArticleInput,
    @Ctx() context: GraphContext,
  ): Promise<ImportResultType> {
    const { store, extractor, maxArticleBytes } = context;
    checkArticleSize(input.text, maxArticleBytes);
    checkArticleMetadata({ ...input, language: input.language ?? 'und' });
    if (input.text.trim() === '') throw new InvalidInputError('The article text is empty.');
    // The extractor links names to what the graph already knows, asking the store for those the article names.
    const { candidateEntityIds, ...batch } = await extractor.extract(input, store);
    const { changed } = await store.upsertArticle(
      batch,
      articleWritten(context, 'INGEST_ARTICLE', batch),
    );
    return importResult(batch, changed, candidateEntityIds);
  }
}
