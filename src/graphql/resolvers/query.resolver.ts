import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Article } from '../../domain/article';
import type { Entity } from '../../domain/entity';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { Relation } from '../../domain/relation';
import { MODALITIES } from '../../domain/modality';
import type { Modality } from '../../domain/modality';
import type {
  GraphStats,
  Path,
  Subgraph,
  TimeBucket,
  Timeline,
  TimelineAxis,
  TimelineSplit,
  TimeOrder,
} from '../../store/graph-store';
import { ListPageArgs, listPageRequest } from '../args/list-page.args';
import {
  ModalityEnum,
  TimeBucketEnum,
  TimelineAxisEnum,
  TimelineSplitEnum,
  TimeOrderEnum,
} from '../enums';
import { StatsFilter } from '../inputs/stats-filter.input';
import { TimelineType } from '../types/timeline.type';
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
import { checkDate, checkDateTime, claimFilter, withoutNulls } from './filters';
import { requireEntities, requireFilterIds } from './known-ids';

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

  @Query(() => EntityType, {
    nullable: true,
    description:
      'null when no entity has this id; an id merged into another entity answers that entity (see `mergedFrom`).',
  })
  entity(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Entity | null> {
    return loaders.entity.load(id);
  }

  @Query(() => ClaimConnection, {
    description:
      'Claims, by article date then position in the article unless orderBy says otherwise. For "new since": filter ingestedAfter, or orderBy INGESTED_DESC; last/before page back from the end. NOT_FOUND when the filter names an entity or article that is not stored.',
  })
  async claims(
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter: ClaimFilter | null,
    @Arg('orderBy', () => TimeOrderEnum, { defaultValue: 'PUBLISHED_ASC' }) orderBy: TimeOrder,
    @Args() args: ListPageArgs,
    @Ctx() { store, loaders }: GraphContext,
  ) {
    const clean = await requireFilterIds(loaders, claimFilter(filter));
    const page = await listPageRequest(
      args,
      async () => (await store.claims(clean, { first: 0, offset: 0 }, orderBy)).totalCount,
      orderBy,
    );
    return toConnection(await store.claims(clean, page, orderBy), page.offset, orderBy);
  }

  @Query(() => TimelineType, {
    description:
      'Claims matching the filter counted per day, ISO week or month, optionally split by modality, predicate, publisher or speaker: the aggregation runs in the store. Buckets by start, earliest first; narrow with the filter (from, to, ingestedAfter) to see the latest. NOT_FOUND when the filter names an entity or article that is not stored.',
  })
  async timeline(
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter: ClaimFilter | null,
    @Arg('bucket', () => TimeBucketEnum, { defaultValue: 'DAY' }) bucket: TimeBucket,
    @Arg('by', () => TimelineSplitEnum, { defaultValue: 'NONE' }) by: TimelineSplit,
    @Arg('time', () => TimelineAxisEnum, { defaultValue: 'EVENT' }) time: TimelineAxis,
    @Arg('first', () => Int, {
      defaultValue: LIMITS.defaultTimelineBuckets,
      description: `Most buckets (one per start and key), at most ${LIMITS.timelineBuckets}.`,
    })
    first: number,
    @Ctx() { store, loaders }: GraphContext,
  ): Promise<Timeline> {
    const clean = await requireFilterIds(loaders, claimFilter(filter));
    return store.timeline(clean, {
      bucket,
      by,
      time,
      first: checkRange('first', first, 0, LIMITS.timelineBuckets),
    });
  }

  @Query(() => [ModalityEnum], {
    description:
      'Every modality, strongest first: the order a relation takes its modality by (the schema prints enum values by name).',
  })
  modalities(): Modality[] {
    return [...MODALITIES];
  }

  @Query(() => RelationConnection, {
    description:
      'Relations, most claims first. NOT_FOUND when the filter names an entity that is not stored.',
  })
  async relations(
    @Arg('filter', () => RelationFilter, { nullable: true }) filter: RelationFilter | null,
    @Args() args: PageArgs,
    @Ctx() { store, loaders }: GraphContext,
  ) {
    const page = pageRequest(args);
    const clean = await requireFilterIds(loaders, withoutNulls(filter ?? {}));
    return toConnection(await store.relations(clean, page), page.offset);
  }

  @Query(() => RelationType, { nullable: true, description: 'null when no relation has this id.' })
  relation(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Relation | null> {
    return loaders.relation.load(id);
  }

  @Query(() => SubgraphType, {
    description:
      'Entities around one entity, with the relations between them. NOT_FOUND when no entity has the id.',
  })
  async neighborhood(@Args() args: NeighborhoodArgs, @Ctx() { store }: GraphContext) {
    const depth = checkRange('depth', args.depth, 1, LIMITS.neighborhoodDepth);
    const limit = checkRange(
      'limit',
      args.limit ?? LIMITS.defaultNeighborhoodNodes,
      1,
      LIMITS.neighborhoodNodes,
    );
    const [centre] = await store.survivorIds([args.entityId]);
    const subgraph: Subgraph | null = await store.neighborhood(centre!, {
      depth,
      limit,
      predicates: args.predicates ?? undefined,
      attribution: args.attribution,
    });
    if (subgraph === null) throw new NotFoundError('entity', args.entityId);
    return {
      nodes: subgraph.entities,
      edges: subgraph.relations,
      attributions: subgraph.attributions,
      truncated: subgraph.truncated,
    };
  }

  @Query(() => [PathType], {
    description:
      'The k shortest simple paths between two entities (k = first), shortest first, paths of one length by their edge ids; each once. NOT_FOUND when either id is unknown.',
  })
  async paths(@Args() args: PathsArgs, @Ctx() { store, loaders }: GraphContext) {
    await requireEntities(loaders, [args.fromId, args.toId]);
    const maxHops = checkRange('maxHops', args.maxHops, 1, LIMITS.pathHops);
    const first = checkRange('first', args.first, 0, LIMITS.paths);
    // An id merged into another entity walks from its survivor.
    const [fromId, toId] = await store.survivorIds([args.fromId, args.toId]);
    const paths: Path[] = await store.paths(fromId!, toId!, {
      maxHops,
      first,
      predicates: args.predicates ?? undefined,
      attribution: args.attribution,
    });
    return paths.map((path) => ({
      length: path.steps.length,
      steps: path.steps.map((step) =>
        step.kind === 'RELATION'
          ? { kind: step.kind, relation: step.relation, attribution: null, forward: step.forward }
          : {
              kind: step.kind,
              relation: null,
              attribution: step.attribution,
              forward: step.forward,
            },
      ),
    }));
  }

  @Query(() => ArticleConnection, {
    description: 'Articles, newest publication first unless orderBy says otherwise.',
  })
  async articles(
    @Arg('orderBy', () => TimeOrderEnum, { defaultValue: 'PUBLISHED_DESC' }) orderBy: TimeOrder,
    @Arg('ingestedAfter', () => String, {
      nullable: true,
      description: 'ISO 8601 date-time: articles stored strictly after it ("new since").',
    })
    ingestedAfter: string | null,
    @Args() args: ListPageArgs,
    @Ctx() { store }: GraphContext,
  ) {
    const query = {
      order: orderBy,
      ingestedAfter: checkDateTime('ingestedAfter', ingestedAfter ?? undefined),
    };
    const page = await listPageRequest(
      args,
      async () => (await store.listArticles({ first: 0, offset: 0 }, query)).totalCount,
      orderBy,
    );
    return toConnection(await store.listArticles(page, query), page.offset, orderBy);
  }

  @Query(() => ArticleType, { nullable: true, description: 'null when no article has this id.' })
  article(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Article | null> {
    return loaders.article.load(id);
  }

  @Query(() => GraphStatsType, {
    description:
      'Aggregates for dashboards: everything stored, or with a filter the matching claims and what they touch (most-connected entities ranked by matching relations, of the given kinds). NOT_FOUND when the filter names an entity that is not stored.',
  })
  async stats(
    @Arg('mostConnected', () => Int, {
      defaultValue: 10,
      description: 'How many most-connected entities, at most 100.',
    })
    mostConnected: number,
    @Arg('filter', () => StatsFilter, { nullable: true }) filter: StatsFilter | null,
    @Ctx() { store, loaders }: GraphContext,
  ): Promise<GraphStats> {
    const given = withoutNulls(filter ?? {});
    checkDate('from', given.from);
    checkDate('to', given.to);
    const clean = await requireFilterIds(loaders, given);
    return store.stats(checkRange('mostConnected', mostConnected, 0, LIMITS.pageSize), clean);
  }
}
