import { ArgsType, Field, Int } from 'type-graphql';
import type { PageRequest, TimeOrder } from '../../store/graph-store';
import { offsetAfter } from '../cursor';
import { LIMITS, pageSize } from '../limits';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, at most ${LIMITS.pageSize}; ${LIMITS.defaultPageSize} by default.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A cursor from a previous page; the page starts after it.',
  })
  after?: string | null;
}

/**
 * Checks the page arguments and turns them into a store page request; a
 * list read in a chosen order passes it, which its cursors must carry.
 */
export function pageRequest(args: PageArgs, order?: TimeOrder): PageRequest {
  return { first: pageSize(args.first), offset: offsetAfter(args.after, order) };
}
