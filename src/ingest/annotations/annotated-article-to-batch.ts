import type { AnnotatedArticle, AnnotatedClaim, AnnotatedEntity } from '../../domain/annotation';
import type { ArticleBatch } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { isEntityKind } from '../../domain/entity';
import { InvalidInputError } from '../../domain/errors';
import { articleId, claimId, entityId, mentionId, normalizeArticleText } from '../../domain/ids';
import type { Mention } from '../../domain/mention';
import { isModality } from '../../domain/modality';
import { uniqueById } from '../../domain/unique-by-id';
import { checkClaimAgainstVocabulary } from '../../domain/vocabulary-check';
import { sentenceAt, splitSentences } from '../split-sentences';
import { checkArticleMetadata, checkQuantity, checkTimeRange } from './check-values';
import { findSurface } from './find-surface';

export const ANNOTATION_EXTRACTOR = 'hand-annotation';

/**
 * Turns a hand-made annotation into the batch a store writes. Every problem
 * is a BAD_USER_INPUT naming the entity, claim or sentence at fault: nothing
 * is dropped or guessed.
 */
export function annotatedArticleToBatch(input: AnnotatedArticle): ArticleBatch {
  checkArticleMetadata(input.article);
  const text = normalizeArticleText(input.article.text);
  if (text === '') throw new InvalidInputError('The article text is empty.');
  const id = articleId(text);
  const entitiesByRef = resolveEntities(input.entities);
  const sentences = splitSentences(text, input.article.language);

  const mentions: Mention[] = [];
  for (const annotated of input.entities) {
    const entity = entitiesByRef.get(annotated.ref);
    for (const surface of annotated.mentions ?? []) {
      const spans = findSurface(text, surface);
      if (spans.length === 0) {
        throw new InvalidInputError(
          `The mention "${surface}" of entity "${annotated.ref}" does not occur in the article text; copy it exactly as written.`,
          { ref: annotated.ref, surface },
        );
      }
      for (const span of spans) {
        const sentence = sentenceAt(sentences, span.start);
        mentions.push({
          id: mentionId(id, entity!.id, span.start),
          articleId: id,
          entityId: entity!.id,
          surface,
          span,
          sentenceSpan: sentence?.span ?? span,
        });
      }
    }
  }

  const claims = input.claims.map((claim) => toClaim(claim, id, text, entitiesByRef));
  const duplicate = claims.find(
    (claim, index) => claims.findIndex((c) => c.id === claim.id) !== index,
  );
  if (duplicate) {
    throw new InvalidInputError(
      `Two claims state "${duplicate.subjectId} ${duplicate.predicate} ${duplicate.objectId ?? duplicate.objectValue ?? ''}" with the same speaker in the sentence "${duplicate.sentence}"; keep one.`,
    );
  }
  return {
    article: {
      id,
      title: input.article.title,
      url: input.article.url ?? null,
      publisher: input.article.publisher ?? null,
      language: input.article.language,
      publishedAt: input.article.publishedAt,
      text,
    },
    entities: [...new Map([...entitiesByRef.values()].map((e) => [e.id, e])).values()],
    mentions: uniqueById(mentions),
    claims,
  };
}

function resolveEntities(entities: readonly AnnotatedEntity[]): Map<string, Entity> {
  const byRef = new Map<string, Entity>();
  const refById = new Map<string, string>();
  for (const annotated of entities) {
    if (!isEntityKind(annotated.kind)) {
      throw new InvalidInputError(
        `Entity "${annotated.ref}" has unknown kind "${String(annotated.kind)}".`,
        {
          ref: annotated.ref,
        },
      );
    }
    if (byRef.has(annotated.ref)) {
      throw new InvalidInputError(
        `The entity ref "${annotated.ref}" is used twice; refs must be unique.`,
      );
    }
    if (annotated.name.trim() === '') {
      throw new InvalidInputError(`Entity "${annotated.ref}" has an empty name.`);
    }
    const id = entityId(annotated.kind, annotated.name);
    const other = refById.get(id);
    if (other !== undefined) {
      throw new InvalidInputError(
        `Entities "${other}" and "${annotated.ref}" are the same ${annotated.kind} "${annotated.name}"; merge them into one entry.`,
      );
    }
    refById.set(id, annotated.ref);
    byRef.set(annotated.ref, {
      id,
      kind: annotated.kind,
      name: annotated.name.trim(),
      labels: annotated.labels ?? [],
      aliases: annotated.aliases ?? [],
    });
  }
  return byRef;
}

function toClaim(
  claim: AnnotatedClaim,
  article: string,
  text: string,
  entities: ReadonlyMap<string, Entity>,
): Claim {
  const ref = (value: string | null | undefined, role: string): Entity | null => {
    if (value === null || value === undefined) return null;
    const entity = entities.get(value);
    if (!entity) {
      throw new InvalidInputError(
        `The ${role} "${value}" of a claim in sentence "${claim.sentence.slice(0, 80)}" names no entity of this annotation.`,
        { ref: value },
      );
    }
    return entity;
  };
  const subject = ref(claim.subject, 'subject');
  const object = ref(claim.object, 'object');
  if (!subject) throw new InvalidInputError('A claim has no subject.');
  checkClaimAgainstVocabulary({
    predicate: claim.predicate,
    subject,
    object,
    sentence: claim.sentence,
  });
  if (!isModality(claim.modality)) {
    throw new InvalidInputError(
      `Unknown modality "${String(claim.modality)}" in sentence "${claim.sentence.slice(0, 80)}".`,
    );
  }
  const start = text.indexOf(claim.sentence);
  if (claim.sentence.trim() === '' || start < 0) {
    throw new InvalidInputError(
      `The sentence "${claim.sentence.slice(0, 120)}" of a ${claim.predicate} claim is not in the article text; copy it exactly.`,
    );
  }
  const attributedTo = ref(claim.attributedTo, 'attributedTo');
  const item = ref(claim.item, 'item');
  const value = claim.value?.trim() || null;
  return {
    id: claimId({
      articleId: article,
      subjectId: subject.id,
      predicate: claim.predicate,
      objectId: object?.id ?? null,
      objectValue: value,
      attributedToId: attributedTo?.id ?? null,
      itemId: item?.id ?? null,
      sentenceStart: start,
    }),
    articleId: article,
    subjectId: subject.id,
    predicate: claim.predicate,
    objectId: object?.id ?? null,
    objectValue: value,
    quantity: checkQuantity(claim.quantity ?? null, claim.sentence),
    time: checkTimeRange(claim.time ?? null, claim.sentence),
    locationId: ref(claim.location, 'location')?.id ?? null,
    itemId: item?.id ?? null,
    modality: claim.modality,
    attributedToId: attributedTo?.id ?? null,
    reportedById: ref(claim.reportedBy, 'reportedBy')?.id ?? null,
    sentence: claim.sentence,
    sentenceSpan: { start, end: start + claim.sentence.length },
    channel: claim.channel?.trim() || null,
    extractor: ANNOTATION_EXTRACTOR,
    confidence: claim.confidence ?? 1,
  };
}
