import { randomUUID } from 'node:crypto';

/** What an editor did. */
export const CHANGE_ACTIONS = [
  'INGEST_ARTICLE',
  'IMPORT_ARTICLE',
  'RETRACT_ARTICLE',
  'REVIEW_CLAIM',
  'REVIEW_ENTITY',
  'MERGE_ENTITIES',
  'UNMERGE_ENTITIES',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/**
 * One entry of the change history: who did what to which articles,
 * entities and claims, when and why, and what they looked like before and
 * after (JSON values; null where there was nothing).
 */
export interface Change {
  readonly id: string;
  /** ISO 8601 UTC date-time. */
  readonly at: string;
  /** The name of the editor's key. */
  readonly editor: string;
  readonly action: ChangeAction;
  readonly reason: string | null;
  /** The ids the change is listed under in `history`: articles, entities, claims, merges. */
  readonly targetIds: readonly string[];
  readonly before: unknown;
  readonly after: unknown;
}

/** Longest reason kept; a reason is a sentence or two, not a document. */
export const MAX_REASON_LENGTH = 2_000;

/** A change's id and time: its id sorts after every earlier change's (ids tie-break equal times). */
function changeIdAt(now: Date): { readonly id: string; readonly at: string } {
  const at = now.toISOString();
  return { id: `change:${at}:${randomUUID()}`, at };
}

/** A change made now. */
export function newChange(fields: Omit<Change, 'id' | 'at'>, now: Date = new Date()): Change {
  return { ...fields, ...changeIdAt(now) };
}

/** Who, when and why, for a change whose before/after and targets the store fills in. */
export type ChangeStamp = Pick<Change, 'id' | 'at' | 'editor' | 'reason'>;

export function newChangeStamp(
  editor: string,
  reason: string | null,
  now: Date = new Date(),
): ChangeStamp {
  return { ...changeIdAt(now), editor, reason };
}
