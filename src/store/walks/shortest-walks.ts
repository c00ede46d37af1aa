/**
 * The k shortest simple paths between two entities by a bidirectional
 * breadth-first search, over any store's adjacency. The SQLite store walks
 * with it always; the Neo4j store when a walk crosses attributions, which
 * its shortest-path patterns cannot express as single hops.
 */

/** An edge seen from the entity a walk leaves. */
export interface WalkLink {
  /** A relation id, or an attribution id (graph-store.ts `attributionId`). */
  readonly edgeId: string;
  /** The entity at the other end. */
  readonly other: string;
  /** True when the walk goes from the relation's subject (the speaker) to its object (the entity). */
  readonly forward: boolean;
}

export interface WalkAdjacency {
  /** Every edge of each entity, both directions, by entity id; none from an entity to itself. */
  links(nodes: readonly string[]): Promise<ReadonlyMap<string, readonly WalkLink[]>>;
  /** How many edges the entities have together, counting no further than `cap`. */
  cost(nodes: readonly string[], cap: number): Promise<number>;
  /**
   * Every edge joining `a` and `b`, seen from `a`: what links(a) holds for
   * `b`, read without reading the rest of either entity's edges. Optional:
   * a store that can seek a pair lets two hubs' direct paths cost a seek.
   */
  between?(a: string, b: string): Promise<readonly WalkLink[]>;
}

export interface StepRef {
  readonly edgeId: string;
  readonly forward: boolean;
}

/** What one side of the search has reached: each entity at its distance. */
class Ball {
  readonly distance = new Map<string, number>();
  frontier: string[];
  radius = 0;

  constructor(origin: string) {
    this.distance.set(origin, 0);
    this.frontier = [origin];
  }
}

/** Above this many edges, a frontier is only known to be large. */
const COST_CAP = 4096;

/**
 * For each length from 1 to `maxHops`, the cheaper side (fewer edges to
 * read on its frontier) grows by one hop, so that the two balls' radii add
 * up to the length; the paths of that length are then exactly the simple
 * walks from `from` whose first hops stay inside the first ball and whose
 * last hops close in on `to` inside the second. The search stops at the
 * first length by which `first` paths are found; each length's paths are
 * ordered by their edge ids, hop by hop, so the answer does not depend on
 * the order a store reads edges in.
 */
export async function shortestWalks(
  adjacency: WalkAdjacency,
  from: string,
  to: string,
  maxHops: number,
  first: number,
): Promise<StepRef[][]> {
  if (from === to || first < 1) return [];
  if (adjacency.between && maxHops >= 1) {
    // Enough one-hop paths end the search before any entity's edges are read.
    const direct = (await adjacency.between(from, to))
      .map((link) => [{ edgeId: link.edgeId, forward: link.forward }])
      .sort(compareSteps);
    if (direct.length >= first) return direct.slice(0, first);
  }
  const read = new Map<string, readonly WalkLink[]>();
  /** Edges read from the far side, by the entity they lead to: how to step into a ball. */
  const into = new Map<string, WalkLink[]>();
  const grow = async (ball: Ball): Promise<void> => {
    const fresh = ball.frontier.filter((node) => !read.has(node));
    for (const [node, links] of await adjacency.links(fresh)) {
      read.set(node, links);
      for (const link of links) {
        const back = { edgeId: link.edgeId, other: node, forward: !link.forward };
        into.set(link.other, [...(into.get(link.other) ?? []), back]);
      }
    }
    const next: string[] = [];
    for (const node of ball.frontier) {
      for (const link of read.get(node) ?? []) {
        if (ball.distance.has(link.other)) continue;
        ball.distance.set(link.other, ball.radius + 1);
        next.push(link.other);
      }
    }
    ball.frontier = next;
    ball.radius += 1;
  };

  const start = new Ball(from);
  const end = new Ball(to);
  const found: StepRef[][] = [];
  for (let length = 1; length <= maxHops; length += 1) {
    // A side that has reached all it can without meeting the other end: no path at any length.
    if (start.frontier.length === 0 && !start.distance.has(to)) return [];
    if (end.frontier.length === 0 && !end.distance.has(from)) return [];
    const [startCost, endCost] = await Promise.all([
      adjacency.cost(start.frontier, COST_CAP),
      adjacency.cost(end.frontier, COST_CAP),
    ]);
    await grow(startCost <= endCost ? start : end);
    const ofLength = walksOfLength(
      length,
      from,
      to,
      start,
      end,
      (node) => read.get(node) ?? into.get(node) ?? [],
    );
    found.push(...ofLength.sort(compareSteps));
    if (found.length >= first) break;
  }
  return found.slice(0, first);
}

/**
 * Every simple walk of exactly `length` hops from `from` to `to`, where
 * start.radius + end.radius = length. The entity at position i lies within
 * i hops of `from`, so before start.radius it is inside the start ball
 * (whose edges were read); it lies within length - i hops of `to`, which
 * from start.radius on puts it inside the end ball, at a known distance
 * that must not exceed the hops left.
 */
function walksOfLength(
  length: number,
  from: string,
  to: string,
  start: Ball,
  end: Ball,
  linksOf: (node: string) => readonly WalkLink[],
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
      steps.push({ edgeId: link.edgeId, forward: link.forward });
      extend(link.other, position + 1);
      steps.pop();
      visited.delete(link.other);
    }
  };
  extend(from, 0);
  return walks;
}

/** By edge ids, hop by hop, in code-unit order. */
function compareSteps(a: readonly StepRef[], b: readonly StepRef[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i]!.edgeId;
    const y = b[i]!.edgeId;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
