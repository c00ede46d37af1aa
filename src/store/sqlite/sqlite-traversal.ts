import type Database from 'better-sqlite3';
import { ATTRIBUTION_EVIDENCE, attributionEnds, attributionId } from '../graph-store';
import type { Attribution, NeighborhoodRequest, PathsRequest } from '../graph-store';
import { jsonList } from './sqlite-filters';
import { shortestWalks } from '../walks/shortest-walks';
import type { StepRef, WalkAdjacency, WalkLink } from '../walks/shortest-walks';

/**
 * Walks over relations between entities, in either direction, hop by hop
 * from the frontier through the adjacency indexes of migration 009
 * (`relations_out_by_strength`, `relations_in_by_strength`): each hop reads
 * the index ranges of the entities it leaves, and nothing else. A relation
 * without an object entity is never walked, nor one from an entity to
 * itself. Attributions, when asked, are read from the claims of the
 * entities left, through the speaker indexes of the same migration.
 */

/** An edge seen from the entity a walk leaves, with its strength. */
interface Link extends WalkLink {
  readonly sources: number;
  readonly claims: number;
}

interface LinkRow {
  readonly id: string;
  readonly other: string;
  readonly sources: number | null;
  readonly claims: number;
}

interface SpokenRow {
  readonly id: string;
  readonly speaker: string;
  readonly subject: string;
  readonly object: string | null;
}

/** The port's "strongest first": most independent sources, then most claims, then edge id. */
function compareLinks(a: Link, b: Link): number {
  if (a.sources !== b.sources) return b.sources - a.sources;
  if (a.claims !== b.claims) return b.claims - a.claims;
  return a.edgeId < b.edgeId ? -1 : a.edgeId > b.edgeId ? 1 : 0;
}

/** Relations of the walk's predicates (`@predicates`, a JSON list; null for all). */
export const PREDICATE_FILTER =
  '(@predicates IS NULL OR predicate IN (SELECT value FROM json_each(@predicates)))';
/** Claims that speak: not those judged WRONG, which relations leave out too. */
const SPOKEN_FILTER = `rejected = 0 AND ${PREDICATE_FILTER}`;
/** The port's "strongest first" in SQL. */
export const STRENGTH_ORDER = 'ORDER BY independent_sources DESC, claim_count DESC, id';

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

type Side = 'out' | 'in';
type Statement<R> = Database.Statement<Record<string, unknown>, R>;

interface Statements {
  readonly ranked: Record<Side, Statement<LinkRow>>;
  readonly all: Record<Side, Statement<LinkRow>>;
  readonly capped: Statement<{ n: number }>;
  /** Relations between `@a` and `@b`, either way round. */
  readonly between: Statement<LinkRow & { forward: number }>;
  /** Claims touching `@node` that have a speaker: as speaker, subject or object. */
  readonly spoken: Statement<SpokenRow>;
  /** Claims whose speaker is one of `@nodes`. */
  readonly spokenBy: Statement<SpokenRow>;
}

/** Prepared once per connection: a walk runs many small statements. */
const prepared = new WeakMap<Database.Database, Statements>();

const SPOKEN_COLUMNS =
  'id, attributed_to_id AS speaker, subject_id AS subject, object_id AS object';

function statements(db: Database.Database): Statements {
  let found = prepared.get(db);
  if (!found) {
    const prepare = <R>(sql: string): Statement<R> => db.prepare<Record<string, unknown>, R>(sql);
    found = {
      ranked: { out: prepare(sideSql('out', true)), in: prepare(sideSql('in', true)) },
      all: { out: prepare(sideSql('out', false)), in: prepare(sideSql('in', false)) },
      capped: prepare(
        `SELECT count(*) AS n FROM (
           SELECT 1 FROM relations INDEXED BY relations_out_by_strength
           WHERE subject_id IN (SELECT value FROM json_each(@nodes)) AND object_id IS NOT NULL
           UNION ALL
           SELECT 1 FROM relations INDEXED BY relations_in_by_strength
           WHERE object_id IN (SELECT value FROM json_each(@nodes)) AND object_id IS NOT NULL
           LIMIT @cap)`,
      ),
      between: prepare(
        `SELECT id, object_id AS other, independent_sources AS sources, claim_count AS claims, 1 AS forward
           FROM relations INDEXED BY relations_between
           WHERE subject_id = @a AND object_id = @b AND ${PREDICATE_FILTER}
         UNION ALL
         SELECT id, subject_id AS other, independent_sources AS sources, claim_count AS claims, 0 AS forward
           FROM relations INDEXED BY relations_between
           WHERE subject_id = @b AND object_id = @a AND ${PREDICATE_FILTER}`,
      ),
      spoken: prepare(
        `SELECT ${SPOKEN_COLUMNS} FROM claims WHERE attributed_to_id = @node AND ${SPOKEN_FILTER}
         UNION
         SELECT ${SPOKEN_COLUMNS} FROM claims INDEXED BY claims_spoken_about_subject
         WHERE subject_id = @node AND attributed_to_id IS NOT NULL AND ${SPOKEN_FILTER}
         UNION
         SELECT ${SPOKEN_COLUMNS} FROM claims INDEXED BY claims_spoken_about_object
         WHERE object_id = @node AND attributed_to_id IS NOT NULL AND ${SPOKEN_FILTER}`,
      ),
      spokenBy: prepare(
        `SELECT ${SPOKEN_COLUMNS} FROM claims
         WHERE attributed_to_id IN (SELECT value FROM json_each(@nodes)) AND ${SPOKEN_FILTER}
         ORDER BY id`,
      ),
    };
    prepared.set(db, found);
  }
  return found;
}

function toLink(row: LinkRow, forward: boolean): Link {
  return {
    edgeId: row.id,
    other: row.other,
    forward,
    sources: row.sources ?? 0,
    claims: row.claims,
  };
}

/** The speaker-entity pairs of claims, each with its claims in id order. */
function attributionsOf(rows: readonly SpokenRow[]): Map<string, Attribution> {
  const claimIds = new Map<string, { speakerId: string; entityId: string; ids: string[] }>();
  for (const row of rows) {
    for (const entityId of new Set([row.subject, row.object])) {
      if (entityId === null || entityId === row.speaker) continue;
      const id = attributionId(row.speaker, entityId);
      const pair = claimIds.get(id) ?? { speakerId: row.speaker, entityId, ids: [] };
      pair.ids.push(row.id);
      claimIds.set(id, pair);
    }
  }
  const pairs = new Map<string, Attribution>();
  for (const [id, { speakerId, entityId, ids }] of claimIds) {
    const sorted = [...new Set(ids)].sort();
    pairs.set(id, {
      id,
      speakerId,
      entityId,
      claimCount: sorted.length,
      claimIds: sorted.slice(0, ATTRIBUTION_EVIDENCE),
    });
  }
  return pairs;
}

/** Attributions of `node`, as edges leaving it: one independent source (the speaker) each. */
function attributionLinks(db: Database.Database, node: string, predicates: string | null): Link[] {
  const pairs = attributionsOf(statements(db).spoken.all({ node, predicates }));
  return [...pairs.values()]
    .filter((pair) => pair.speakerId === node || pair.entityId === node)
    .map((pair) => {
      const forward = pair.speakerId === node;
      return {
        edgeId: pair.id,
        other: forward ? pair.entityId : pair.speakerId,
        forward,
        sources: 1,
        claims: pair.claimCount,
      };
    });
}

/**
 * The strongest edges of `node`, strongest first, enough of them to name
 * `want` distinct neighbours (all of them when it has fewer). Relations are
 * read from the front of each side's index range, and read again further
 * only when several lead to the same neighbour; attributions, when asked,
 * are all read (they are counted from the node's claims).
 */
function strongestLinks(
  db: Database.Database,
  node: string,
  want: number,
  predicates: string | null,
  attribution: boolean,
): Link[] {
  const { ranked } = statements(db);
  const spoken = attribution ? attributionLinks(db, node, predicates) : [];
  for (let limit = want; ; limit *= 2) {
    const sides = [
      ranked.out.all({ node, limit, predicates }).map((row) => toLink(row, true)),
      ranked.in.all({ node, limit, predicates }).map((row) => toLink(row, false)),
    ];
    // A side that filled its page may hold, past its page, relations
    // stronger than the other edges' last: the merge is known only up to
    // the weakest end of a full page.
    const fullPageEnds = sides.filter((side) => side.length === limit).map((side) => side.at(-1)!);
    const known = [...sides.flat(), ...spoken]
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
 * edge reaching them from the hop before, and once the limit is reached the
 * walk stops and says it cut some off. A hub therefore costs the front of
 * its index range, never the whole of it. The port states the order
 * (graph-store.ts `neighborhood`); the Neo4j store answers the same.
 */
export function neighborhoodIds(
  db: Database.Database,
  centre: string,
  request: NeighborhoodRequest,
): { ids: string[]; truncated: boolean } {
  if (request.limit < 1) return { ids: [], truncated: true };
  const predicates = jsonList(request.predicates);
  const ids = [centre];
  const reached = new Set(ids);
  let frontier = ids;
  for (let depth = 1; depth <= request.depth && frontier.length > 0; depth += 1) {
    const best = new Map<string, Link>();
    for (const node of frontier) {
      // Enough distinct neighbours to fill the limit whichever were reached already.
      const links = strongestLinks(
        db,
        node,
        request.limit + 1,
        predicates,
        request.attribution === true,
      );
      for (const link of links) {
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

/** Attributions between the given entities, most claims first, then by id. */
export function attributionsAmong(
  db: Database.Database,
  ids: readonly string[],
  predicates: readonly string[] | undefined,
): Attribution[] {
  const among = new Set(ids);
  const rows = statements(db).spokenBy.all({
    nodes: JSON.stringify(ids),
    predicates: jsonList(predicates),
  });
  return [...attributionsOf(rows).values()]
    .filter((pair) => among.has(pair.entityId))
    .sort((a, b) => b.claimCount - a.claimCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The attributions of the given ids, in their order; null where none holds now. */
export function attributionsById(
  db: Database.Database,
  ids: readonly string[],
  predicates: readonly string[] | undefined,
): (Attribution | null)[] {
  const speakers = [...new Set(ids.map((id) => attributionEnds(id)?.speakerId ?? ''))];
  const rows = statements(db).spokenBy.all({
    nodes: JSON.stringify(speakers),
    predicates: jsonList(predicates),
  });
  const pairs = attributionsOf(rows);
  return ids.map((id) => pairs.get(id) ?? null);
}

/** The adjacency the path search reads: every edge of each entity, through the indexes. */
function adjacency(db: Database.Database, request: PathsRequest): WalkAdjacency {
  const predicates = jsonList(request.predicates);
  const { all, capped, between } = statements(db);
  return {
    links: (nodes) =>
      Promise.resolve(
        new Map(
          nodes.map((node) => [
            node,
            [
              ...all.out.all({ node, predicates }).map((row) => toLink(row, true)),
              ...all.in.all({ node, predicates }).map((row) => toLink(row, false)),
              ...(request.attribution ? attributionLinks(db, node, predicates) : []),
            ],
          ]),
        ),
      ),
    // Attributions are left out of the estimate: it only chooses which side grows.
    cost: (nodes, cap) => Promise.resolve(capped.get({ nodes: JSON.stringify(nodes), cap })!.n),
    // Attributions join entities too, and no pair index holds them.
    ...(request.attribution
      ? {}
      : {
          between: (a: string, b: string) =>
            Promise.resolve(
              between.all({ a, b, predicates }).map((row) => toLink(row, row.forward === 1)),
            ),
        }),
  };
}

/** The `first` shortest simple paths (graph-store.ts `paths`), as edge ids. */
export function pathSteps(
  db: Database.Database,
  from: string,
  to: string,
  request: PathsRequest,
): Promise<StepRef[][]> {
  return shortestWalks(adjacency(db, request), from, to, request.maxHops, request.first);
}
