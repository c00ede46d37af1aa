import { ArgsType, Field, Int } from 'type-graphql';
import { InvalidInputError } from '../../domain/errors';
import type { PageRequest, TimeOrder } from '../../store/graph-store';
import { offsetAfter } from '../cursor';
import { checkRange, LIMITS } from '../limits';
import { PageArgs, pageRequest } from './page.args';

/** Forward and backward paging, for the lists a dashboard reads from the end. */
@ArgsType()
export class ListPageArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Backward paging: the last items (before \`before\`, or of the whole list), at most ${LIMITS.pageSize}. Not with first/after.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A cursor from a previous page; the page ends just before it. Not with first/after.',
  })
  before?: string | null;
}

/**
 * The store page for forward or backward paging. Backward, the page ends
 * before the cursor, or at the end of the list, whose length `total` asks
 * the store; cursors stay offsets from the start, so both directions mix
 * (in the list's `order`, when it has a chosen one).
 */
export async function listPageRequest(
  args: ListPageArgs,
  total: () => Promise<number>,
  order?: TimeOrder,
): Promise<PageRequest> {
  const backward = (args.last ?? null) !== null || (args.before ?? null) !== null;
  if (!backward) return pageRequest(args, order);
  if ((args.first ?? null) !== null || (args.after ?? null) !== null) {
    throw new InvalidInputError(
      'Page forward with first/after or backward with last/before, not both in one list.',
      { argument: 'last' },
    );
  }
  const last = checkRange('last', args.last ?? LIMITS.defaultPageSize, 0, LIMITS.pageSize);
  const end = args.before ? offsetAfter(args.before, order, 'before') - 1 : await total();
  const offset = Math.max(0, end - last);
  return { first: end - offset, offset };
}
