import { createHash } from 'node:crypto';
import type { EntityKind } from './entity';

/**
 * Ids derive from natural keys so that the same thing gets the same id in
 * every store and after every re-import.
 */

/** Folds case and accents: "Corée du Nord" → "coree du nord". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function digest(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/** Normalised article text: Unicode NFC, unified line ends, trimmed lines. */
export function normalizeArticleText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

export function articleId(text: string): string {
  return `article:${digest(normalizeArticleText(text))}`;
}

/** Readable on purpose: "country:north-korea". */
export function entityId(kind: EntityKind, name: string): string {
  const slug = slugify(name);
  if (slug === '') throw new Error(`invariant: entity name "${name}" has no letters or digits`);
  return `${kind.toLowerCase()}:${slug}`;
}

export function mentionId(article: string, entity: string, start: number): string {
  return `mention:${digest(article, entity, String(start))}`;
}

export interface ClaimKey {
  readonly articleId: string;
  readonly subjectId: string;
  readonly predicate: string;
  readonly objectId: string | null;
  readonly objectValue: string | null;
  readonly attributedToId: string | null;
  /** Part of the key so one sentence may state several deliveries ("fuel and shells"). */
  readonly itemId: string | null;
  readonly sentenceStart: number;
  /**
   * Set only for a second count of one fact in one sentence ("seven soldiers were killed and
   * fifteen others wounded"), which is a claim of its own: where the counted word stands.
   */
  readonly count?: string;
}

export function claimId(key: ClaimKey): string {
  return `claim:${digest(
    key.articleId,
    key.subjectId,
    key.predicate,
    key.objectId ?? '',
    key.objectValue ?? '',
    key.attributedToId ?? '',
    String(key.sentenceStart),
    // Appended last, and only when set, so ids of claims without an item stay as they were.
    ...(key.itemId === null ? [] : [key.itemId]),
    ...(key.count === undefined ? [] : [key.count]),
  )}`;
}

/** A relation is every claim with the same subject, predicate and object. */
export function relationId(subjectId: string, predicate: string, objectKey: string): string {
  return `relation:${digest(subjectId, predicate, objectKey)}`;
}
