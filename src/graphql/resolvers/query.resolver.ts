import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Article } from '../../domain/article';
import type { Entity } from '../../domain/entity';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { Relation } from '../../domain/relation';
import type { GraphStats, Path, Subgraph } from '../../store/graph-store';
import { PageArgs, pageRequest } from '../args/page.args';
import { NeighborhoodArgs } from '../args/neighborhood.args';
import { PathsArgs } from '../args/paths.args';
import { SearchArgs } from '../args/search.args';
import type { GraphContext } from '../context';
import { ClaimFilter } from '../inputs/claim-filter.input';
import { RelationFilter } from '../inputs/relation-filter.input';
import { checkRange, LIMITS } from '../limits';
import { ArticleConnection, ArticleType } from '../types/article.type';
import { ClaimConnection } from '../types/claim.type';
import { toConnection } from '../types/connection.type';
import { EntityConnection, EntityType } from '../types/entity.type';
import { PathType, SubgraphType } from '../types/graph.type';
import { RelationConnection, RelationType } from '../types/relation.type';
import { GraphStatsType } from '../types/stats.type';
import { checkDate, withoutNulls } from './filters';

/** The analyst's entry points. Thin: check arguments, ask the store. */
@Resolver()
export class QueryResolver {
  @Query(() => EntityConnection, {
    description: 'Entities whose label or alias matches, best match first.',
  })
  async search(@Args() args: SearchArgs, @Ctx() { store }: GraphContext) {
    if (args.text.length > LIMITS.searchTextLength) {
      throw new InvalidInputError(
        `The search text has ${args.text.length} characters; at most ${LIMITS.searchTextLength} are allowed.`,
        { argument: 'text' },
      );
    }
    const page = pageRequest(args);
    return toConnection(
      await store.findEntities({ text: args.text, kinds: args.kinds ?? undefined }, page),
      page.offset,
    );
  }

  @Query(() => EntityType, { nullable: true, description: 'null when no entity has this id.' })
  entity(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Entity | null> {
    return loaders.entity.load(id);
  }

  @Query(() => ClaimConnection, {
    description: 'Claims, ordered by article date then position in the article.',
  })
  async claims(
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter: ClaimFilter | null,
    @Args() args: PageArgs,
    @Ctx() { store }: GraphContext,
  ) {
    const page = pageRequest(args);
    const clean = withoutNulls(filter ?? {});
    checkDate('from', clean.from);
    checkDate('to', clean.to);
    return toConnection(await store.claims(clean, page), page.offset);
  }

  @Query(() => RelationConnection, { description: 'Relations, most claims first.' })
  async relations(
    @Arg('filter', () => RelationFilter, { nullable: true }) filter: RelationFilter | null,
    @Args() args: PageArgs,
    @Ctx() { store }: GraphContext,
  ) {
    const page = pageRequest(args);
    return toConnection(await store.relations(withoutNulls(filter ?? {}), page), page.offset);
  }

  @Query(() => RelationType, { nullable: true })
  relation(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Relation | null> {
    return loaders.relation.load(id);
  }

  @Query(() => SubgraphType, {
    nullable: true,
    description:
      'Entities around one entity, with the relations between them; null when the entity does not exist.',
  })
  async neighborhood(@Args() args: NeighborhoodArgs, @Ctx() { store }: GraphContext) {
    const depth = checkRange('depth', args.depth, 1, LIMITS.neighborhoodDepth);
    const limit = checkRange(
      'limit',
      args.limit ?? LIMITS.defaultNeighborhoodNodes,
      1,
      LIMITS.neighborhoodNodes,
    );
    const subgraph: Subgraph | null = await store.neighborhood(args.entityId, {
      depth,
      limit,
      predicates: args.predicates ?? undefined,
    });
    return (
      subgraph && {
        nodes: subgraph.entities,
        edges: subgraph.relations,
        truncated: subgraph.truncated,
      }
    );
  }

  @Query(() => [PathType], {
    description:
      'Paths between two entities, shortest first, each once. NOT_FOUND when either id is unknown.',
  })
  async paths(@Args() args: PathsArgs, @Ctx() { store, loaders }: GraphContext) {
    const [from, to] = await loaders.entity.loadMany([args.fromId, args.toId]);
    if (!from) throw new NotFoundError('entity', args.fromId);
    if (!to) throw new NotFoundError('entity', args.toId);
    const maxHops = checkRange('maxHops', args.maxHops, 1, LIMITS.pathHops);
    const first = checkRange('first', args.first, 0, LIMITS.paths);
    const paths: Path[] = await store.paths(args.fromId, args.toId, {
      maxHops,
      first,
      predicates: args.predicates ?? undefined,
    });
    return paths.map((path) => ({ length: path.steps.length, steps: path.steps }));
  }

  @Query(() => ArticleConnection, { description: 'Articles, newest first.' })
  async articles(@Args() args: PageArgs, @Ctx() { store }: GraphContext) {
    const page = pageRequest(args);
    return toConnection(await store.listArticles(page), page.offset);
  }

  @Query(() => ArticleType, { nullable: true })
  article(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Article | null> {
    return loaders.article.load(id);
  }

  @Query(() => GraphStatsType, { description: 'Aggregates for dashboards.' })
  stats(
    @Arg('mostConnected', () => Int, {
      defaultValue: 10,
      description: 'How many most-connected entities, at most 100.',
    })
    mostConnected: number,
    @Ctx() { store }: GraphContext,
  ): Promise<GraphStats> {
    return store.stats(checkRange('mostConnected', mostConnected, 0, LIMITS.pageSize));
  }
}
