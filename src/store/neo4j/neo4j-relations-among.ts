import { RELATION_PROJECTION } from './neo4j-records';
import { leavingUpTo, strongestLeaving } from './neo4j-strength-keys';

/**
 * Relationships read by expanding a node that cost about as much as one
 * seek in a range index (the scale bench's graph at 1M claims: about 4 µs a
 * seek, about 0.5 µs a relationship expanded). An entity read by its keys
 * costs two seeks per type, so one of more relations than `2 *
 * ROWS_PER_SEEK` per type walked is read by them (`$manyRelations`).
 */
export const ROWS_PER_SEEK = 10;

/**
 * Strongest relations of each type read first from each entity of many
 * relations (`$firstStrongest`): enough, with the others', to hold the
 * answer's `$mostRelations` on the scale bench's neighbourhoods (4 read
 * 12,231 database hits for the hub's at 1M claims, 16 read 24,091).
 */
export const FIRST_STRONGEST = 4;

/**
 * The relations of `types` (back-quoted names) among a neighbourhood's
 * entities `reached`, the strongest `$mostRelations` of them, strongest
 * first, as `relations`. Each is found once, from the entity it starts at.
 *
 * Neo4j has no index of the relations between two given nodes, and a hub's
 * neighbourhood is made of hubs: reading every relation each entity starts
 * read 181,089 relationships of the scale bench hub's neighbourhood at 1M
 * claims, to keep 401. Those 401 were also the 401 strongest relations its
 * entities start, as hubs are most strongly related to one another. So an
 * entity of more than `$manyRelations` relations is read strongest first
 * from its start keys (neo4j-strength-keys.ts): its first `$firstStrongest`
 * of each type, with every relation the others start, are candidates, and
 * the `$mostRelations`-th strongest candidate (`weakest`) bounds what can be
 * kept, as that many at least as strong are held already; then each such
 * entity's relations up to that bound, one range of its keys per type. With
 * fewer candidates nothing bounds them, and its relations are all read.
 */
export function relationsAmong(types: readonly string[]): string {
  const anyType = types.join('|');
  return `CALL (reached) {
  WITH reached, [s IN reached WHERE s.degree > $manyRelations] AS many
  CALL (reached, many) {
    CALL (reached, many) {
      UNWIND reached AS s
      WITH s WHERE NOT s IN many
      MATCH (s)-[r:${anyType}]->(o) WHERE o IN reached
      RETURN r
      UNION ALL
      UNWIND many AS s
      CALL (s) {
      ${strongestLeaving(types)}
      }
      WITH r WHERE endNode(r) IN reached
      RETURN r
    }
    WITH r ORDER BY r.strengthRank LIMIT $mostRelations
    RETURN collect(r) AS candidates
  }
  WITH reached, many, candidates, candidates[$mostRelations - 1].strengthRank AS weakest
  CALL (reached, many, candidates, weakest) {
    UNWIND candidates AS r
    WITH r WHERE NOT startNode(r) IN many
    RETURN r
    UNION ALL
    UNWIND many AS s
    WITH s WHERE weakest IS NULL
    MATCH (s)-[r:${anyType}]->(o) WHERE o IN reached
    RETURN r
    UNION ALL
    UNWIND many AS s
    WITH s WHERE weakest IS NOT NULL
    CALL (s, weakest) {
    ${leavingUpTo(types)}
    }
    WITH r WHERE endNode(r) IN reached
    RETURN r
  }
  WITH r ORDER BY r.strengthRank LIMIT $mostRelations
  RETURN collect(${RELATION_PROJECTION}) AS relations
}`;
}
