import type { ArticleBatch } from '../../domain/article-batch';
import type { Change, ChangeAction } from '../../domain/change';
import { MAX_REASON_LENGTH, newChange } from '../../domain/change';
import { InvalidInputError, invariant } from '../../domain/errors';
import type { GraphContext } from '../context';

/** A change by the request's editor (an @Authorized mutation always has one). */
export function changeBy(
  context: GraphContext,
  fields: Omit<Change, 'id' | 'at' | 'editor'>,
): Change {
  invariant(context.editor !== null, 'an editor mutation runs without an editor');
  return newChange({ ...fields, editor: context.editor.name });
}

/** A reason as the history keeps it: trimmed, null when blank, refused when very long. */
export function checkReason(reason: string | null | undefined, argument = 'reason'): string | null {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length > MAX_REASON_LENGTH) {
    throw new InvalidInputError(
      `The ${argument} has ${trimmed.length} characters; at most ${MAX_REASON_LENGTH} are kept.`,
      { argument },
    );
  }
  return trimmed === '' ? null : trimmed;
}

/** The history entry of an article write through the API: what it added, listed under it and its claims. */
export function articleWritten(
  context: GraphContext,
  action: Extract<ChangeAction, 'INGEST_ARTICLE' | 'IMPORT_ARTICLE'>,
  batch: ArticleBatch,
): Change {
  return changeBy(context, {
    action,
    reason: null,
    targetIds: [batch.article.id, ...batch.claims.map((claim) => claim.id)],
    before: null,
    after: {
      title: batch.article.title,
      entities: batch.entities.length,
      mentions: batch.mentions.length,
      claims: batch.claims.length,
    },
  });
}
