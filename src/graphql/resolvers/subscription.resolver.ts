import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Article } from '../../domain/article';
import type { Claim } from '../../domain/claim';
import { InvalidInputError } from '../../domain/errors';
import type { GraphContext } from '../context';
import { ClaimFilter } from '../inputs/claim-filter.input';
import type { LiveFeed } from '../live-feed';
import { clearLoaders } from '../loaders';
import { ArticleType } from '../types/article.type';
import { ClaimType } from '../types/claim.type';
import { checkDateTime, claimFilter } from './filters';
import { requireFilterIds } from './known-ids';

type SubscribeData = SubscribeResolverData<
  unknown,
  { filter?: ClaimFilter | null; ingestedAfter?: string | null },
  GraphContext
>;

function feedOf(context: GraphContext): LiveFeed {
  if (context.live) return context.live;
  throw new InvalidInputError(
    'Subscriptions are served over WebSocket (the graphql-ws protocol, "graphql-transport-ws") at /graphql, not over HTTP.',
  );
}

/**
 * Live updates: what the store gains, from whichever replica wrote it
 * (src/server/live). Each event is resolved with fresh loaders.
 */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => ClaimType, {
    description:
      'Each claim written from now on that matches the filter, once, as its article is stored (through this server, another replica or the command line): in ingestion order, then article order. filter.ingestedAfter starts earlier, to resume without a gap (at most KG_LIVE_SETTLE_MS back). A changed re-ingest of an article sends its claims again; an unchanged one sends nothing. NOT_FOUND when the filter names an entity or article that is not stored.',
    subscribe: async ({ args, context }: SubscribeData) => {
      const given = claimFilter(args.filter ?? null);
      const feed = feedOf(context);
      const filter = await requireFilterIds(context.loaders, given);
      return feed.claims(filter, filter.ingestedAfter);
    },
  })
  claimAdded(
    @Root() claim: Claim,
    @Arg('filter', () => ClaimFilter, { nullable: true }) _filter: ClaimFilter | null,
    @Ctx() context: GraphContext,
  ): Claim {
    // Over HTTP, Apollo runs a subscription as a query, without an event: say where to send it.
    feedOf(context);
    clearLoaders(context.loaders);
    return claim;
  }

  @Subscription(() => ArticleType, {
    description:
      'Each article stored from now on, once, delivered as claimAdded; a changed re-ingest sends the article again.',
    subscribe: ({ args, context }: SubscribeData) =>
      feedOf(context).articles(checkDateTime('ingestedAfter', args.ingestedAfter ?? undefined)),
  })
  articleIngested(
    @Root() article: Article,
    @Arg('ingestedAfter', () => String, {
      nullable: true,
      description:
        'ISO 8601 date-time: start with the articles stored after it, to resume without a gap (at most KG_LIVE_SETTLE_MS back).',
    })
    _ingestedAfter: string | null,
    @Ctx() context: GraphContext,
  ): Article {
    feedOf(context);
    clearLoaders(context.loaders);
    return article;
  }
}
