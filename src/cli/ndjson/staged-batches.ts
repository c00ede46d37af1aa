import type { Article } from '../../domain/article';
import type { ArticleBatch } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { InvalidInputError } from '../../domain/errors';
import type { Mention } from '../../domain/mention';
import type { SqliteStaging } from '../../store/sqlite/sqlite-staging';
import type { ClaimReview } from '../../domain/review';
import { VERDICTS } from '../../domain/review';
import type { ExportedClaim, ExportedVerdict, GraphRecord } from './graph-ndjson';
import { articleBatch } from './graph-ndjson';
import type { SeenIds } from './seen-ids';

/** Entities kept parsed, all dropped at once when full: memory stays bounded (tens of MB). */
const ENTITIES_KEPT = 50_000;

/**
 * Puts a record where `stagedBatches` finds it: articles, mentions and
 * claims under their article's id, entities by id; a claim's verdict set
 * aside too, for `stagedVerdicts` once every article is written. `text` is
 * the record's line, kept as read; `seen` hears of each article, mention
 * and claim id. Returns what is wrong with a record that names no id, without
 * staging it, or null.
 */
export function stageRecord(
  staging: SqliteStaging,
  seen: SeenIds,
  record: GraphRecord,
  text: string,
  lineNumber: number,
): string | null {
  const key = record.type === 'mention' || record.type === 'claim' ? 'articleId' : 'id';
  const value = (record.data as unknown as Record<string, unknown>)[key];
  if (typeof value !== 'string' || value === '')
    return `Line ${lineNumber} is a ${record.type} without its "${key}".`;
  if (record.type === 'claim' && record.data.review !== undefined) {
    const problem = verdictProblem(record.data.review);
    if (problem !== null) return `Line ${lineNumber} is a claim whose review ${problem}.`;
    const review: ClaimReview = { claimId: record.data.id, ...record.data.review };
    staging.setAside(JSON.stringify(review));
  }
  if (record.type === 'entity') staging.addById(value, text);
  else {
    if (record.type === 'article') seen.add(record.type, value);
    const id: unknown = record.type === 'article' ? undefined : record.data.id;
    const named = typeof id === 'string' ? { id, lineNumber } : undefined;
    if (named) seen.add(record.type, named.id);
    staging.addToGroup(value, { kind: record.type, json: text }, named);
  }
  return null;
}

/**
 * What is wrong when two mention or claim lines bear the same id, or null:
 * checked before anything is written (a store holds each id once), by
 * sorting the staged ids only when `seen` may have seen one twice.
 */
export function repeatedIdProblem(staging: SqliteStaging, seen: SeenIds): string | null {
  const repeated = seen.maybeRepeated ? staging.repeatedId() : null;
  return repeated === null
    ? null
    : `Lines ${repeated.first} and ${repeated.second} are both the ${repeated.kind} ${repeated.id}; keep one of them.`;
}

/**
 * One batch per staged article, in article id order, holding one article's
 * lines at a time: memory stays flat whatever the size of the file.
 */
export function* stagedBatches(staging: SqliteStaging): Generator<ArticleBatch> {
  // Most articles name the same few entities: each is read and parsed once until the cache is
  // full. Not least-recently-used: moving each hit to the end of the Map and evicting its first
  // entry took 135 s of a 1M-claim import (16 s at 300k; this way 2.6 s at 300k).
  const recent = new Map<string, Entity>();
  const entityById = (id: string): Entity | undefined => {
    const cached = recent.get(id);
    if (cached) return cached;
    const json = staging.byId(id);
    if (json === null) return undefined;
    const entity = (JSON.parse(json) as { data: Entity }).data;
    if (recent.size === ENTITIES_KEPT) recent.clear();
    recent.set(id, entity);
    return entity;
  };
  for (const { group, lines } of staging.groups()) {
    let article: Article | null = null;
    const mentions: Mention[] = [];
    const claims: Claim[] = [];
    for (const line of lines) {
      const { data } = JSON.parse(line.json) as { data: unknown };
      if (line.kind === 'article') article = data as Article;
      else if (line.kind === 'mention') mentions.push(data as Mention);
      else {
        // The verdict is no part of the claim: it is written apart (stagedVerdicts), as reviewClaim writes it.
        const { review, ...claim } = data as ExportedClaim;
        void review;
        claims.push(claim);
      }
    }
    if (!article)
      throw new InvalidInputError(
        `The file has mentions or claims of article ${group} but not the article.`,
      );
    yield articleBatch(article, mentions, claims, entityById);
  }
}

/** The verdicts the staged claim lines carry, in the order read. */
export function* stagedVerdicts(staging: SqliteStaging): Generator<ClaimReview> {
  for (const json of staging.setAsideLines()) yield JSON.parse(json) as ClaimReview;
}

/** What is wrong with a claim line's verdict, or null: checked before anything is written. */
function verdictProblem(review: unknown): string | null {
  const fields = (review ?? {}) as Partial<Record<keyof ExportedVerdict, unknown>>;
  if (!(VERDICTS as readonly unknown[]).includes(fields.verdict))
    return `has the verdict ${JSON.stringify(fields.verdict)}; use ${VERDICTS.join(' or ')}`;
  if (typeof fields.editor !== 'string' || fields.editor === '')
    return 'names no editor; give the name of the editor key';
  if (typeof fields.at !== 'string' || Number.isNaN(new Date(fields.at).getTime()))
    return `has the time ${JSON.stringify(fields.at)}; give an ISO 8601 date-time`;
  if (fields.note !== null && typeof fields.note !== 'string')
    return 'has a note that is no text; give a string or null';
  return null;
}
