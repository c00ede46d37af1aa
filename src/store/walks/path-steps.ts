import { invariant } from '../../domain/errors';
import type { Relation } from '../../domain/relation';
import { attributionEnds } from '../graph-store';
import type { Attribution, Path, PathStep } from '../graph-store';
import type { StepRef } from './shortest-walks';

/**
 * Paths of edge ids made paths of relations and attributions, each edge
 * read once. The reads must see what the search saw (the same transaction
 * or connection), so every edge is found.
 */
export async function toPaths(
  found: readonly (readonly StepRef[])[],
  readRelations: (ids: readonly string[]) => Promise<readonly (Relation | null)[]>,
  readAttributions: (ids: readonly string[]) => Promise<readonly (Attribution | null)[]>,
): Promise<Path[]> {
  const ids = [...new Set(found.flat().map((step) => step.edgeId))];
  const attributionIds = ids.filter((id) => attributionEnds(id) !== null);
  const relationIds = ids.filter((id) => attributionEnds(id) === null);
  const [relations, attributions] = await Promise.all([
    relationIds.length > 0 ? readRelations(relationIds) : [],
    attributionIds.length > 0 ? readAttributions(attributionIds) : [],
  ]);
  const edges = new Map<string, Relation | Attribution>();
  for (const edge of [...relations, ...attributions]) if (edge) edges.set(edge.id, edge);
  const stepOf = (step: StepRef): PathStep => {
    const edge = edges.get(step.edgeId);
    invariant(edge !== undefined, `edge ${step.edgeId} of a path was not found`);
    return 'speakerId' in edge
      ? { kind: 'ATTRIBUTION', attribution: edge, forward: step.forward }
      : { kind: 'RELATION', relation: edge, forward: step.forward };
  };
  return found.map((steps) => ({ steps: steps.map(stepOf) }));
}
