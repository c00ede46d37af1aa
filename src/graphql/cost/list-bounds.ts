import type { GraphQLNamedType } from 'graphql';
import { getNamedType, isEnumType, isObjectType } from 'graphql';
import { NEIGHBORHOOD_EDGES_PER_NODE } from '../../store/graph-store';
import { LIMITS } from '../limits';

/** A field's arguments: as the estimate reads them from the document, or as a resolver got them. */
export type FieldArgs = Readonly<Record<string, unknown>>;

/**
 * Lists the store does not bound (labels, aliases, a sentence's mentions):
 * an estimate, not a bound; the answer-size cap catches the rest.
 */
const SHORT_LIST = 10;
/** Relations among a neighbourhood's nodes, per node: the stores' bound; for attributions an estimate. */
const EDGES_PER_NODE = NEIGHBORHOOD_EDGES_PER_NODE;
/** A path search's frontier grows by about this factor per hop. */
const BRANCHING = 4;
/**
 * A walk that also crosses attributions reads, at every entity it leaves,
 * the claims that entity said or is named in with a speaker, besides its
 * relations: priced as twice the walk.
 */
const ATTRIBUTION_WALK = 2;
/**
 * The store work of a timeline beyond its buckets: one aggregation over
 * every matching claim, a scan an index rarely narrows. Priced as a full
 * page of objects.
 */
const TIMELINE_SCAN = LIMITS.pageSize;

/** An integer argument as a bound: the resolvers refuse values out of range, so the cap is one. */
function bounded(value: unknown, fallback: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return fallback;
  return Math.min(Math.max(value, 0), max);
}

/**
 * How many items a list field may hold, from its own arguments and those of
 * the field above it (a connection's `first` bounds its `edges`, `paths`'
 * `maxHops` bounds each path's `steps`).
 */
export function listBound(
  parentType: string,
  field: string,
  args: FieldArgs,
  parentArgs: FieldArgs,
  itemType: GraphQLNamedType,
): number {
  if (parentType.endsWith('Connection') && field === 'edges') {
    // Forward or backward: the resolvers refuse both at once.
    const size = parentArgs['first'] ?? parentArgs['last'];
    return bounded(size, LIMITS.defaultPageSize, LIMITS.pageSize);
  }
  const nodes = bounded(
    parentArgs['limit'],
    LIMITS.defaultNeighborhoodNodes,
    LIMITS.neighborhoodNodes,
  );
  switch (`${parentType}.${field}`) {
    case 'Query.paths':
      return bounded(args['first'], LIMITS.paths, LIMITS.paths);
    case 'Path.steps':
      return bounded(parentArgs['maxHops'], LIMITS.pathHops, LIMITS.pathHops);
    case 'Subgraph.nodes':
      return nodes;
    case 'Subgraph.edges':
    case 'Subgraph.attributions':
      return nodes * EDGES_PER_NODE;
    case 'GraphStats.mostConnected':
      return bounded(parentArgs['mostConnected'], LIMITS.pageSize, LIMITS.pageSize);
    case 'Timeline.buckets':
      return bounded(parentArgs['first'], LIMITS.defaultTimelineBuckets, LIMITS.timelineBuckets);
    case 'Relation.sources':
      return bounded(args['first'], LIMITS.defaultSources, LIMITS.pageSize);
    case 'RelationSource.claims':
      return bounded(
        parentArgs['claimsEach'],
        LIMITS.defaultClaimsPerSource,
        LIMITS.claimsPerSource,
      );
  }
  // Counts keyed by an enum (claims by modality, by predicate) hold one item per value.
  const key = isObjectType(itemType) ? getNamedType(itemType.getFields()['key']?.type) : undefined;
  if (isEnumType(key)) return key.getValues().length;
  return SHORT_LIST;
}

/**
 * The store work of a graph walk, beyond the objects it returns: a path
 * search explores a frontier that grows with every hop, a neighbourhood
 * visits up to `limit` nodes at each depth; attributions make either dearer.
 */
export function walkCost(parentType: string, field: string, args: FieldArgs): number {
  if (parentType !== 'Query') return 0;
  if (field === 'timeline') return TIMELINE_SCAN;
  const walk = args['attribution'] === true ? ATTRIBUTION_WALK : 1;
  if (field === 'paths') {
    return walk * BRANCHING ** (bounded(args['maxHops'], LIMITS.pathHops, LIMITS.pathHops) + 1);
  }
  if (field === 'neighborhood') {
    const depth = bounded(args['depth'], LIMITS.neighborhoodDepth, LIMITS.neighborhoodDepth);
    const limit = bounded(args['limit'], LIMITS.defaultNeighborhoodNodes, LIMITS.neighborhoodNodes);
    return walk * depth * limit;
  }
  return 0;
}
