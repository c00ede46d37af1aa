import type Database from 'better-sqlite3';
import type { NeighborhoodRequest, PathsRequest } from '../graph-store';

/** Relations between two entities, walkable both ways, as a CTE named `edges`. */
const EDGES = `edges (a, b, rel, forward) AS (
    SELECT subject_id, object_id, id, 1 FROM relations
    WHERE object_id IS NOT NULL AND (@predicates IS NULL OR predicate IN (SELECT value FROM json_each(@predicates)))
    UNION ALL
    SELECT object_id, subject_id, id, 0 FROM relations
    WHERE object_id IS NOT NULL AND (@predicates IS NULL OR predicate IN (SELECT value FROM json_each(@predicates))))`;

function predicatesParam(predicates: readonly string[] | undefined): string | null {
  return predicates && predicates.length > 0 ? JSON.stringify(predicates) : null;
}

/**
 * Breadth-first reach from the centre: each entity at its smallest depth,
 * nearest first then by id, cut at `limit`.
 */
export function neighborhoodIds(
  db: Database.Database,
  centre: string,
  request: NeighborhoodRequest,
): { ids: string[]; truncated: boolean } {
  const rows = db
    .prepare<Record<string, unknown>, { id: string }>(
      `WITH RECURSIVE ${EDGES},
       reach (id, depth) AS (
         SELECT @centre, 0
         UNION
         SELECT e.b, r.depth + 1 FROM reach r JOIN edges e ON e.a = r.id WHERE r.depth < @depth)
       SELECT id, min(depth) AS depth FROM reach GROUP BY id ORDER BY depth, id LIMIT @limit + 1`,
    )
    .all({
      centre,
      depth: request.depth,
      limit: request.limit,
      predicates: predicatesParam(request.predicates),
    });
  const truncated = rows.length > request.limit;
  return { ids: rows.slice(0, request.limit).map((row) => row.id), truncated };
}

export interface StepRef {
  readonly relationId: string;
  readonly forward: boolean;
}

/**
 * Simple paths by a recursive walk that never revisits an entity and stops at
 * the target; shortest first. The visited list is a '|'-delimited string,
 * which entity ids never contain.
 */
export function pathSteps(
  db: Database.Database,
  from: string,
  to: string,
  request: PathsRequest,
): StepRef[][] {
  if (from === to) return [];
  const rows = db
    .prepare<Record<string, unknown>, { steps: string }>(
      `WITH RECURSIVE ${EDGES},
       walk (node, hops, visited, steps) AS (
         SELECT @from, 0, '|' || @from || '|', ''
         UNION ALL
         SELECT e.b, w.hops + 1, w.visited || e.b || '|', w.steps || e.rel || '/' || e.forward || ' '
         FROM walk w JOIN edges e ON e.a = w.node
         WHERE w.hops < @maxHops AND w.node <> @to AND instr(w.visited, '|' || e.b || '|') = 0)
       SELECT DISTINCT steps, hops FROM walk WHERE node = @to ORDER BY hops, steps LIMIT @first`,
    )
    .all({
      from,
      to,
      maxHops: request.maxHops,
      first: request.first,
      predicates: predicatesParam(request.predicates),
    });
  return rows.map((row) =>
    row.steps
      .trim()
      .split(' ')
      .map((step) => {
        const slash = step.lastIndexOf('/');
        return { relationId: step.slice(0, slash), forward: step.slice(slash + 1) === '1' };
      }),
  );
}
