import type { Entity } from '../domain/entity';
import { InvalidInputError } from '../domain/errors';
import { articleId, mentionId, normalizeArticleText } from '../domain/ids';
import type { Mention } from '../domain/mention';
import { checkArticleMetadata } from './annotations/check-values';
import { detectLanguage } from './detect-language';
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
  const text = normalizeArticleText(input.text);
  if (text === '')
    throw new InvalidInputError('The article text is empty; give the text to extract from.');
  const language = input.language?.trim() || detectLanguage(text);
  const metadata = { title: input.title.trim(), language, publishedAt: input.publishedAt.trim() };
  checkArticleMetadata(metadata);
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
  const mentions: Mention[] = linking.mentions.map((m) => ({
    id: mentionId(id, m.entity.id, m.span.start),
    articleId: id,
    entityId: m.entity.id,
    surface: m.surface,
    span: m.span,
    sentenceSpan: sentences[m.sentence]!.span,
  }));
  const used = new Set([
    ...mentions.map((m) => m.entityId),
    ...claims.flatMap((c) => [
      c.subjectId,
      c.objectId,
      c.locationId,
      c.itemId,
      c.attributedToId,
      c.reportedById,
    ]),
  ]);
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
    mentions: [...new Map(mentions.map((m) => [m.id, m])).values()],
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
