/**
 * A Neo4j graph as sorted lines of text, for tests comparing two graphs
 * node for node and relationship for relationship: how the store writes
 * over Bolt, how neo4j-admin loads an export, how `kg import` bulk-loads.
 */

export type Query = (text: string) => Promise<Record<string, unknown>[]>;

/** Properties only one route writes: each store stamps its own ingestion time and batch hash. */
const OWN_NODE_PROPERTIES = ['ingestedAt', 'batchHash'];
/** The export's relation properties of GraphML (the predicate, claims per modality one each). */
const EXPORT_ONLY = /^(predicate|claims[A-Z]\w*)$/;
/** Lists the store reads as sets (the heads an entity has, its names for lookups and search). */
const SETS = ['nameHeads', 'foldedNames', 'searchNames'];

/**
 * Properties by name. An empty list is left out: neo4j-admin writes no property for it, and
 * the store reads a missing list as an empty one.
 */
function sortedJson(value: Record<string, unknown>, leaveOut: (key: string) => boolean): string {
  return JSON.stringify(
    Object.keys(value)
      .filter((key) => !leaveOut(key))
      .filter((key) => !(Array.isArray(value[key]) && value[key].length === 0))
      .sort()
      .map((key) => [key, SETS.includes(key) ? [...(value[key] as string[])].sort() : value[key]]),
  );
}

/** Every node and relationship, labels, types and properties, as sorted lines. */
export async function pictureOf(query: Query) {
  const key = (n: string) =>
    `labels(${n})[0] + ':' + coalesce(${n}.id, ${n}.key, ${n}.head, ${n}.relationId + '#' + toString(${n}.rank))`;
  const nodes = await query(
    'MATCH (n) WHERE NOT n:KgTestDatabase RETURN labels(n) AS labels, properties(n) AS properties',
  );
  const relationships = await query(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS properties, ${key('a')} AS start, ${key('b')} AS end`,
  );
  return {
    nodes: nodes
      .map(
        (n) =>
          `${String(n['labels'])} ${sortedJson(n['properties'] as Record<string, unknown>, (k) => OWN_NODE_PROPERTIES.includes(k))}`,
      )
      .sort(),
    relationships: relationships
      .map(
        (r) =>
          `${String(r['start'])} ${String(r['type'])} ${String(r['end'])} ${sortedJson(r['properties'] as Record<string, unknown>, (k) => EXPORT_ONLY.test(k))}`,
      )
      .sort(),
  };
}
