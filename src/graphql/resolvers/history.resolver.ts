import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs, pageRequest } from '../args/page.args';
import type { GraphContext } from '../context';
import { ChangeConnection } from '../types/change.type';
import { toConnection } from '../types/connection.type';

@Resolver()
export class HistoryResolver {
  @Query(() => ChangeConnection, {
    description:
      'Every change to an article, entity, claim or merge, oldest first: editor, time, reason, before and after. Empty for an id nothing changed (an article stored from the command line has no editor).',
  })
  async history(
    @Arg('id', () => ID) id: string,
    @Args() args: PageArgs,
    @Ctx() { store }: GraphContext,
  ) {
    const page = pageRequest(args);
    return toConnection(await store.history(id, page), page.offset);
  }
}
