import type { Entity } from '../domain/entity';
import { articleId } from '../domain/ids';
import { prepareArticle } from './article-metadata';
import { batchMentions, namedEntityIds } from './batch-mentions';
import { extractClaims } from './extract-claims';
import type { ArticleInput, Extraction, KnownEntities } from './extractor';
import { findMentions } from './find-mentions';
import { buildGazetteer } from './gazetteer/gazetteer';
import { linkEntities } from './link-entities';
import { splitSentences } from './split-sentences';

/**
 * The whole pipeline, pure: text → sentences → mentions → linked entities →
 * claims, returned as a batch (never written here). Throws
 * InvalidInputError naming the bad field when the metadata cannot be used.
 */
export function extractArticle(
  input: ArticleInput,
  known: KnownEntities,
  extractor: string,
): Extraction {
  const metadata = prepareArticle(input);
  const { text, language } = metadata;
  const id = articleId(text);
  const sentences = splitSentences(text, language);
  const gazetteer = buildGazetteer(known);
  const linking = linkEntities(text, findMentions(text, sentences, gazetteer), gazetteer, language);
  const claims = extractClaims(sentences, linking.mentions, {
    articleId: id,
    language,
    publishedAt: metadata.publishedAt,
    extractor,
  });
  const mentions = batchMentions(id, linking.mentions, (i) => sentences[i]!.span);
  const used = namedEntityIds(mentions, claims);
  const entities: Entity[] = [...linking.entities.values()].filter((e) => used.has(e.id));
  return {
    article: {
      id,
      title: metadata.title,
      url: input.url ?? null,
      publisher: input.publisher ?? null,
      language,
      publishedAt: metadata.publishedAt,
      text,
    },
    // Names nobody knew are stored, marked for review, never folded into another entity.
    entities: withClaimEntities(entities, claims, linking.entities).map((entity) =>
      linking.candidateIds.has(entity.id) ? { ...entity, candidate: true } : entity,
    ),
    mentions,
    claims,
    candidateEntityIds: [...linking.candidateIds].filter((id) => used.has(id)),
  };
}

/** Claims may name an entity no mention names (the article's main event, for losses with no place). */
function withClaimEntities(
  entities: readonly Entity[],
  claims: Extraction['claims'],
  all: ReadonlyMap<string, Entity>,
): Entity[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const claim of claims) {
    for (const id of [claim.subjectId, claim.objectId]) {
      const entity = id === null ? undefined : all.get(id);
      if (entity) byId.set(entity.id, entity);
    }
  }
  return [...byId.values()];
}
