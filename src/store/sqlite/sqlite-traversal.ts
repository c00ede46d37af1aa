import type Database from 'better-sqlite3';
import type { NeighborhoodRequest, PathsRequest } from '../graph-store';

/**
 * Walks over relations between entities, in either direction, hop by hop
 * from the frontier through the adjacency indexes of migration 009
 * (`relations_out_by_strength`, `relations_in_by_strength`): each hop reads
 * the index ranges of the entities it leaves, and nothing else. A relation
 * without an object entity is never walked, nor one from an entity to itself.
 */

/** One relation seen from the entity a walk leaves. */
export interface Link {
  readonly relationId: string;
  /** The entity at the other end. */
  readonly other: string;
  /** True when the walk goes from the relation's subject to its object. */
  readonly forward: boolean;
  readonly sources: number;
  readonly claims: number;
}

interface LinkRow {
  readonly id: string;
  readonly other: string;
  readonly sources: number | null;
  readonly claims: number;
}

/** The port's "strongest first": most independent sources, then most claims, then relation id. */
function compareLinks(a: Link, b: Link): number {
  if (a.sources !== b.sources) return b.sources - a.sources;
  if (a.claims !== b.claims) return b.claims - a.claims;
  return a.relationId < b.relationId ? -1 : a.relationId > b.relationId ? 1 : 0;
}

const PREDICATE_FILTER =
  '(@predicates IS NULL OR predicate IN (SELECT value FROM json_each(@predicates)))';
const STRENGTH_ORDER = 'ORDER BY independent_sources DESC, claim_count DESC, id';

/** One side's statement: relations leaving `@node` as subject (out) or as object (in). */
function sideSql(side: 'out' | 'in', ranked: boolean): string {
  const [near, far, index] =
    side === 'out'
      ? ['subject_id', 'object_id', 'relations_out_by_strength']
      : ['object_id', 'subject_id', 'relations_in_by_strength'];
  return `SELECT id, ${far} AS other, independent_sources AS sources, claim_count AS claims
    FROM relations INDEXED BY ${index}
    WHERE ${near} = @node AND object_id IS NOT NULL AND ${far} <> @node AND ${PREDICATE_FILTER}
    ${ranked ? `${STRENGTH_ORDER} LIMIT @limit` : ''}`;
}

interface Statements {
  readonly ranked: Record<'out' | 'in', Database.Statement<Record<string, unknown>, LinkRow>>;
  readonly all: Record<'out' | 'in', Database.Statement<Record<string, unknown>, LinkRow>>;
  readonly capped: Database.Statement<Record<string, unknown>, { n: number }>;
}

/** Prepared once per connection: a walk runs many small statements. */
const prepared = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let found = prepared.get(db);
  if (!found) {
    const prepare = (sql: string) => db.prepare<Record<string, unknown>, LinkRow>(sql);
    found = {
      ranked: { out: prepare(sideSql('out', true)), in: prepare(sideSql('in', true)) },
      all: { out: prepare(sideSql('out', false)), in: prepare(sideSql('in', false)) },
      // How many relations a frontier has, counting no further than @cap.
      capped: db.prepare(
        `SELECT count(*) AS n FROM (
           SELECT 1 FROM relations INDEXED BY relations_out_by_strength
           WHERE subject_id IN (SELECT value FROM json_each(@nodes)) AND object_id IS NOT NULL
           UNION ALL
           SELECT 1 FROM relations INDEXED BY relations_in_by_strength
           WHERE object_id IN (SELECT value FROM json_each(@nodes)) AND object_id IS NOT NULL
           LIMIT @cap)`,
      ),
    };
    prepared.set(db, found);
  }
  return found;
}

function toLink(row: LinkRow, forward: boolean): Link {
  return {
    relationId: row.id,
    other: row.other,
    forward,
    sources: row.sources ?? 0,
    claims: row.claims,
  };
}

function predicatesParam(predicates: readonly string[] | undefined): string | null {
  return predicates && predicates.length > 0 ? JSON.stringify(predicates) : null;
}

/**
 * The strongest relations of `node`, strongest first, enough of them to
 * name `want` distinct neighbours (all of them when it has fewer). Read
 * from the front of each side's index range; read again further only when
 * several relations lead to the same neighbour.
 */
function strongestLinks(
  db: Database.Database,
  node: string,
  want: number,
  predicates: string | null,
): Link[] {
  const { ranked } = statements(db);
  for (let limit = want; ; limit *= 2) {
    const sides = [
      ranked.out.all({ node, limit, predicates }).map((row) => toLink(row, true)),
      ranked.in.all({ node, limit, predicates }).map((row) => toLink(row, false)),
    ];
    // A side that filled its page may hold, past its page, relations
    // stronger than the other side's last: the merge is known only up to
    // the weakest end of a full page.
    const fullPageEnds = sides.filter((side) => side.length === limit).map((side) => side.at(-1)!);
    const known = sides
      .flat()
      .filter((link) => fullPageEnds.every((pageEnd) => compareLinks(link, pageEnd) <= 0))
      .sort(compareLinks);
    if (fullPageEnds.length === 0 || new Set(known.map((link) => link.other)).size >= want) {
      return known;
    }
  }
}

/**
 * Breadth first from the centre, one hop at a time, each hop keeping the
 * strongest: the entities one hop further are ranked by the strongest
 * relation reaching them from the hop before, and once the limit is
 * reached the walk stops and says it cut some off. A hub therefore costs
 * the front of its index range, never the whole of it. The port states
 * the order (graph-store.ts `neighborhood`); the Neo4j store answers the same.
 */
export function neighborhoodIds(
  db: Database.Database,
  centre: string,
  request: NeighborhoodRequest,
): { ids: string[]; truncated: boolean } {
  if (request.limit < 1) return { ids: [], truncated: true };
  const predicates = predicatesParam(request.predicates);
  const ids = [centre];
  const reached = new Set(ids);
  let frontier = ids;
  for (let depth = 1; depth <= request.depth && frontier.length > 0; depth += 1) {
    const best = new Map<string, Link>();
    for (const node of frontier) {
      // Enough distinct neighbours to fill the limit whichever were reached already.
      for (const link of strongestLinks(db, node, request.limit + 1, predicates)) {
        if (reached.has(link.other)) continue;
        const known = best.get(link.other);
        if (!known || compareLinks(link, known) < 0) best.set(link.other, link);
      }
    }
    const next = [...best.values()].sort(compareLinks).map((link) => link.other);
    const room = request.limit - ids.length;
    for (const id of next.slice(0, room)) {
      ids.push(id);
      reached.add(id);
    }
    if (next.length > room) return { ids, truncated: true };
    frontier = next;
  }
  return { ids, truncated: false };
}

export interface StepRef {
  readonly relationId: string;
  readonly forward: boolean;
}

/** What one side of the bidirectional search has reached: each entity at its distance. */
class Ball {
  readonly distance = new Map<string, number>();
  frontier: string[];
  radius = 0;

  constructor(readonly origin: string) {
    this.distance.set(origin, 0);
    this.frontier = [origin];
  }
}

/** Above this many relations, a frontier's size is only known to be large. */
const COST_CAP = 4096;

/**
 * Simple paths (no entity twice) by a bidirectional breadth-first search.
 * For each length from 1 to `maxHops`, the cheaper side (fewer relations to
 * read on its frontier) grows by one hop, so that the two balls' radii add
 * up to the length; the paths of that length are then exactly the simple
 * walks from one end whose first hops stay in the first ball and whose last
 * hops close in on the other end through the second. The search stops at
 * the first length by which `first` paths are found; each length's paths
 * are ordered by their relation ids, so the answer is the same on every store.
 */
export function pathSteps(
  db: Database.Database,
  from: string,
  to: string,
  request: PathsRequest,
): StepRef[][] {
  if (from === to || request.first < 1) return [];
  const predicates = predicatesParam(request.predicates);
  const { all, capped } = statements(db);
  const adjacency = new Map<string, Link[]>();
  /** Links read from the far side, by the entity they lead to: how to step into a ball's inside. */
  const into = new Map<string, Link[]>();
  const linksOf = (node: string): Link[] => {
    let links = adjacency.get(node);
    if (!links) {
      links = [
        ...all.out.all({ node, predicates }).map((row) => toLink(row, true)),
        ...all.in.all({ node, predicates }).map((row) => toLink(row, false)),
      ];
      adjacency.set(node, links);
      for (const link of links) {
        const back = { ...link, other: node, forward: !link.forward };
        into.set(link.other, [...(into.get(link.other) ?? []), back]);
      }
    }
    return links;
  };
  const grow = (ball: Ball): void => {
    const next: string[] = [];
    for (const node of ball.frontier) {
      for (const link of linksOf(node)) {
        if (ball.distance.has(link.other)) continue;
        ball.distance.set(link.other, ball.radius + 1);
        next.push(link.other);
      }
    }
    ball.frontier = next;
    ball.radius += 1;
  };
  const cost = (ball: Ball): number =>
    capped.get({ nodes: JSON.stringify(ball.frontier), cap: COST_CAP })!.n;

  const start = new Ball(from);
  const end = new Ball(to);
  const found: StepRef[][] = [];
  for (let length = 1; length <= request.maxHops; length += 1) {
    if (start.frontier.length === 0 && !start.distance.has(to)) return [];
    if (end.frontier.length === 0 && !end.distance.has(from)) return [];
    grow(cost(start) <= cost(end) ? start : end);
    const ofLength = walksOfLength(
      length,
      from,
      to,
      start,
      end,
      (node) => adjacency.get(node) ?? into.get(node) ?? [],
    );
    ofLength.sort(compareSteps);
    found.push(...ofLength);
    if (found.length >= request.first) break;
  }
  return found.slice(0, request.first);
}

/**
 * Every simple walk of exactly `length` hops from `from` to `to`, where
 * start.radius + end.radius = length. A walk's entity at position i
 * lies within i hops of `from`, so before start.radius it is inside the
 * start ball (whose links were read); it lies within length - i hops of
 * `to`, which past start.radius puts it inside the end ball, at a known
 * distance that must not exceed the hops left.
 */
function walksOfLength(
  length: number,
  from: string,
  to: string,
  start: Ball,
  end: Ball,
  linksOf: (node: string) => readonly Link[],
): StepRef[][] {
  const walks: StepRef[][] = [];
  const visited = new Set([from]);
  const steps: StepRef[] = [];
  const extend = (node: string, position: number): void => {
    if (position === length) {
      if (node === to) walks.push([...steps]);
      return;
    }
    for (const link of linksOf(node)) {
      if (visited.has(link.other) || (link.other === to && position + 1 < length)) continue;
      const left = length - position - 1;
      const toEnd = end.distance.get(link.other);
      if (toEnd === undefined ? position + 1 >= start.radius : toEnd > left) continue;
      visited.add(link.other);
      steps.push({ relationId: link.relationId, forward: link.forward });
      extend(link.other, position + 1);
      steps.pop();
      visited.delete(link.other);
    }
  };
  extend(from, 0);
  return walks;
}

/** By relation ids, hop by hop, in code-unit order. */
function compareSteps(a: readonly StepRef[], b: readonly StepRef[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i]!.relationId;
    const y = b[i]!.relationId;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
