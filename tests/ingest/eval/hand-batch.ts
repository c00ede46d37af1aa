import type { ArticleBatch } from '../../../src/domain/article-batch';
import type { Claim } from '../../../src/domain/claim';
import type { Entity, EntityKind } from '../../../src/domain/entity';
import { articleId, claimId, entityId } from '../../../src/domain/ids';
import type { ExpectedFact, FactsFile } from '../../../src/ingest/eval/real-article';

/** An entity as an extractor would give it, with aliases in English. */
export function entity(kind: EntityKind, name: string, aliases: readonly string[] = []): Entity {
  return {
    id: entityId(kind, name),
    kind,
    name,
    labels: [{ lang: 'en', text: name }],
    aliases: aliases.map((text) => ({ lang: 'en', text })),
  };
}

type ClaimFields = Pick<Claim, 'subjectId' | 'predicate'> &
  Partial<Omit<Claim, 'id' | 'articleId' | 'sentence' | 'sentenceSpan'>>;

/**
 * A batch built by hand: the article is its sentences joined by spaces, and
 * each claim stands in the sentence it names.
 */
export function handBatch(
  sentences: readonly string[],
  entities: readonly Entity[],
  claims: readonly (ClaimFields & { sentence: string })[],
): ArticleBatch {
  const text = sentences.join(' ');
  const article = articleId(text);
  return {
    article: {
      id: article,
      title: 'Hand-made',
      url: null,
      publisher: null,
      language: 'en',
      publishedAt: '2024-12-17',
      text,
    },
    entities,
    mentions: [],
    claims: claims.map(({ sentence, ...fields }) => {
      const start = text.indexOf(sentence);
      if (start < 0) throw new Error(`"${sentence}" is not a sentence of the article`);
      const claim = {
        objectId: null,
        objectValue: null,
        quantity: null,
        time: null,
        locationId: null,
        itemId: null,
        modality: 'ASSERTED' as const,
        attributedToId: null,
        reportedById: null,
        channel: null,
        extractor: 'hand',
        confidence: 1,
        ...fields,
        articleId: article,
        sentence,
        sentenceSpan: { start, end: start + sentence.length },
      };
      return { ...claim, id: claimId({ ...claim, sentenceStart: start }) };
    }),
  };
}

/** A fact with the optional parts empty. */
export function fact(
  fields: Pick<ExpectedFact, 'subject' | 'predicate'> & Partial<ExpectedFact>,
): ExpectedFact {
  return {
    object: [],
    objectValue: null,
    modality: 'ASSERTED',
    speaker: [],
    quantity: null,
    summary: `${fields.subject[0]} ${fields.predicate}`,
    ...fields,
  };
}

/** A facts file around the facts. */
export function factsFile(
  facts: readonly ExpectedFact[],
  more: Partial<FactsFile> = {},
): FactsFile {
  return {
    url: 'https://news.example/article',
    query: 'north korean troops',
    title: 'Hand-made',
    publisher: 'Example News',
    language: 'en',
    publishedAt: '2024-12-17',
    dateNote: null,
    topic: 'North Korean troops in Russia',
    split: 'dev',
    facts,
    ...more,
  };
}
