import type { Article } from '../../domain/article';
import type { Claim } from '../../domain/claim';
import { sentenceKey } from '../../domain/evidence';
import type { EntityKind, Label } from '../../domain/entity';
import type { Mention } from '../../domain/mention';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { modalityCounts } from '../../domain/relation';
import type { Relation } from '../../domain/relation';

/** Row shapes as SQLite returns them, and their mapping to domain values. */

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  language: string;
  published_at: string;
  text: string;
  ingested_at: string;
}

export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    language: row.language,
    publishedAt: row.published_at,
    text: row.text,
    ingestedAt: row.ingested_at,
  };
}

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  candidate: 0 | 1;
}

export interface EntityNameRow {
  entity_id: string;
  type: 'name' | 'label' | 'alias';
  lang: string;
  text: string;
}

export interface MentionRow {
  id: string;
  article_id: string;
  entity_id: string;
  surface: string;
  span_start: number;
  span_end: number;
  sentence_start: number;
  sentence_end: number;
}

export function toMention(row: MentionRow): Mention {
  return {
    id: row.id,
    articleId: row.article_id,
    entityId: row.entity_id,
    surface: row.surface,
    span: { start: row.span_start, end: row.span_end },
    sentenceSpan: { start: row.sentence_start, end: row.sentence_end },
  };
}

export interface ClaimRow {
  id: string;
  article_id: string;
  subject_id: string;
  predicate: Predicate;
  object_id: string | null;
  object_value: string | null;
  quantity_min: number | null;
  quantity_max: number | null;
  quantity_unit: string | null;
  time_from: string | null;
  time_to: string | null;
  location_id: string | null;
  item_id: string | null;
  modality: Modality;
  attributed_to_id: string | null;
  reported_by_id: string | null;
  sentence: string;
  sentence_start: number;
  sentence_end: number;
  channel: string | null;
  extractor: string;
  confidence: number;
}

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    articleId: row.article_id,
    subjectId: row.subject_id,
    predicate: row.predicate,
    objectId: row.object_id,
    objectValue: row.object_value,
    quantity:
      row.quantity_unit === null
        ? null
        : { min: row.quantity_min, max: row.quantity_max, unit: row.quantity_unit },
    time:
      row.time_from === null && row.time_to === null
        ? null
        : { from: row.time_from, to: row.time_to },
    locationId: row.location_id,
    itemId: row.item_id,
    modality: row.modality,
    attributedToId: row.attributed_to_id,
    reportedById: row.reported_by_id,
    sentence: row.sentence,
    sentenceSpan: { start: row.sentence_start, end: row.sentence_end },
    channel: row.channel,
    extractor: row.extractor,
    confidence: row.confidence,
  };
}

export function claimParams(claim: Claim, relationId: string): Record<string, unknown> {
  return {
    id: claim.id,
    article_id: claim.articleId,
    relation_id: relationId,
    subject_id: claim.subjectId,
    predicate: claim.predicate,
    object_id: claim.objectId,
    object_value: claim.objectValue,
    quantity_min: claim.quantity?.min ?? null,
    quantity_max: claim.quantity?.max ?? null,
    quantity_unit: claim.quantity?.unit ?? null,
    time_from: claim.time?.from ?? null,
    time_to: claim.time?.to ?? null,
    location_id: claim.locationId,
    item_id: claim.itemId,
    modality: claim.modality,
    attributed_to_id: claim.attributedToId,
    reported_by_id: claim.reportedById,
    sentence: claim.sentence,
    sentence_key: sentenceKey(claim.sentence),
    sentence_start: claim.sentenceSpan.start,
    sentence_end: claim.sentenceSpan.end,
    channel: claim.channel,
    extractor: claim.extractor,
    confidence: claim.confidence,
  };
}

export interface RelationRow {
  id: string;
  subject_id: string;
  predicate: Predicate;
  object_id: string | null;
  object_value: string | null;
  claim_count: number;
  first_seen: string;
  last_seen: string;
  modality: Modality;
  /** JSON array of counts in MODALITIES order. */
  modality_counts: string | null;
  supporting: number;
  denying: number;
  independent_sources: number | null;
}

export function toRelation(row: RelationRow): Relation {
  return {
    id: row.id,
    subjectId: row.subject_id,
    predicate: row.predicate,
    objectId: row.object_id,
    objectValue: row.object_value,
    claimCount: row.claim_count,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    modality: row.modality,
    claimsByModality: modalityCounts(JSON.parse(row.modality_counts ?? '[]') as number[]),
    supporting: row.supporting,
    denying: row.denying,
    independentSources: row.independent_sources ?? 0,
  };
}

export function labelsOf(rows: readonly EntityNameRow[], type: 'label' | 'alias'): Label[] {
  return rows.filter((row) => row.type === type).map((row) => ({ lang: row.lang, text: row.text }));
}
