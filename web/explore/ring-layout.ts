/** A point of the drawing, in cytoscape's model coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rings {
  readonly positions: ReadonlyMap<string, Point>;
  /** The outer ring's radius: the drawing spans a square of twice this around the origin. */
  readonly radius: number;
}

/** Distance between consecutive rings, and the arc each node gets on its ring. */
const RING_GAP = 140;
const NODE_ARC = 36;

/**
 * Rings by distance from the centre, computed from the ids and links alone, before anything is
 * handed to cytoscape: its concentric layout measures every node and label first, and even a
 * preset layout moves each drawn node one by one, each move notifying the renderer. Breadth-first
 * order keeps each node's neighbours together on the next ring; nodes the centre does not reach
 * go on an outer ring of their own.
 */
export function ringLayout(
  ids: readonly string[],
  links: readonly (readonly [string, string])[],
  centre: string | null,
): Rings {
  const known = new Set(ids);
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of links) {
    if (!known.has(a) || !known.has(b)) continue;
    (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
    (neighbours.get(b) ?? neighbours.set(b, []).get(b)!).push(a);
  }
  const rings: string[][] = [];
  const placed = new Set<string>();
  const root = centre !== null && known.has(centre) ? centre : ids[0];
  if (root !== undefined) {
    let ring = [root];
    placed.add(root);
    while (ring.length > 0) {
      rings.push(ring);
      const next: string[] = [];
      for (const id of ring) {
        for (const other of neighbours.get(id) ?? []) {
          if (placed.has(other)) continue;
          placed.add(other);
          next.push(other);
        }
      }
      ring = next;
    }
  }
  const unreached = ids.filter((id) => !placed.has(id));
  if (unreached.length > 0) rings.push(unreached);

  const positions = new Map<string, Point>();
  let radius = 0;
  rings.forEach((ring, depth) => {
    // Far enough from the ring inside, and long enough to give each node its arc.
    radius =
      depth === 0 ? 0 : Math.max(radius + RING_GAP, (ring.length * NODE_ARC) / (2 * Math.PI));
    ring.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ring.length;
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  });
  return { positions, radius };
}
