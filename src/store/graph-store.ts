import type { Article } from '../domain/article';
import type { ArticleBatch } from '../domain/article-batch';
import type { Claim } from '../domain/claim';
import type { Entity, EntityKind } from '../domain/entity';
import type { Mention } from '../domain/mention';
import type { Modality } from '../domain/modality';
import type { Predicate } from '../domain/predicates';
import type { ClaimSource } from '../domain/evidence';
import type { Relation } from '../domain/relation';
import type { Change } from '../domain/change';
import type { ReviewedClaim } from '../domain/review';
import type { CurationPort } from './curation-port';
import type { MergePort } from './merge-port';

/**
 * The one port every store implements. It speaks domain terms only; each
 * adapter owns its query language. `tests/store/graph-store.contract.ts` is
 * the definition of correct, run against every adapter.
 *
 * Every list is ordered deterministically and paged by offset: the GraphQL
 * layer turns offsets into opaque cursors; a page that is not two whole
 * non-negative numbers ending by MAX_PAGE_END (`page-bounds.ts`) is
 * refused with InvalidInputError. A `predicates` list that is
 * absent or empty means "any predicate". Search matches when one name holds
 * every word of the text, each as a word or a word prefix.
 *
 * Any method may reject with StoreUnavailableError (the store does not
 * answer) or StoreBusyError (conflicting writes or a full connection pool
 * outlasted the adapter's patience); both mean "nothing happened, send the
 * same request again".
 */
export interface PageRequest {
  /** How many items at most; the caller has already capped it. */
  readonly first: number;
  /** How many items to skip. */
  readonly offset: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
}

export interface EntitySearch {
  /** Any label or alias, in any language, ignoring case and accents. */
  readonly text: string;
  readonly kinds?: readonly EntityKind[];
}

/** Which part an entity plays in a claim. */
export type ClaimRole = 'SUBJECT' | 'OBJECT' | 'SPEAKER' | 'REPORTER';

export interface ClaimFilter {
  readonly subjectId?: string;
  readonly objectId?: string;
  readonly predicates?: readonly Predicate[];
  readonly modalities?: readonly Modality[];
  readonly attributedToId?: string;
  readonly reportedById?: string;
  readonly articleId?: string;
  /**
   * Inclusive ISO dates. A claim's period is its `time`, or else its
   * article's publication date; it passes when the period overlaps [from, to].
   */
  readonly from?: string;
  readonly to?: string;
  /** The entity plays any role: subject, object, location, item, speaker or relay. */
  readonly entityId?: string;
  readonly itemId?: string;
  readonly locationId?: string;
  /** The article's publisher, exactly as stored. */
  readonly publisher?: string;
  /**
   * Words of the sentence, each as a word or a word prefix, ignoring case
   * and accents (the store's full-text index over sentences). A text
   * without letters or digits matches nothing.
   */
  readonly text?: string;
  /** Claims of a contested relation (true) or of one that is not (false). */
  readonly contested?: boolean;
  /** ISO 8601 UTC date-time: claims whose article was stored strictly after it. */
  readonly ingestedAfter?: string;
  /** Also claims an analyst judged WRONG (`reviewClaim`); left out when absent. */
  readonly includeRejected?: boolean;
}

/** Which claims a nested claim list (an entity's, a relation's) holds. */
export interface ClaimListOptions {
  /** Also claims an analyst judged WRONG (`reviewClaim`); left out when absent. */
  readonly includeRejected?: boolean;
}

/**
 * The order of a list of claims or articles: by publication or by
 * ingestion time, oldest or newest first. Ties, whichever the direction:
 * article id, then (claims) position in the article and claim id, so that
 * an article's claims always read in the order of its text.
 */
export type TimeOrder = 'PUBLISHED_ASC' | 'PUBLISHED_DESC' | 'INGESTED_ASC' | 'INGESTED_DESC';

export interface ArticleQuery {
  /** ISO 8601 UTC date-time: articles stored strictly after it. */
  readonly ingestedAfter?: string;
  /** PUBLISHED_DESC when absent. */
  readonly order?: TimeOrder;
}

export type TimeBucket = 'DAY' | 'WEEK' | 'MONTH';
/** What a timeline's counts are split by; NONE gives one count per bucket. */
export type TimelineSplit = 'NONE' | 'MODALITY' | 'PREDICATE' | 'PUBLISHER' | 'SPEAKER';
/**
 * Which date places a claim: EVENT its own time (its start), else its
 * article's publication day; PUBLISHED the publication day; INGESTED the
 * UTC day its article was stored.
 */
export type TimelineAxis = 'EVENT' | 'PUBLISHED' | 'INGESTED';

export interface TimelineRequest {
  readonly bucket: TimeBucket;
  readonly by: TimelineSplit;
  readonly time: TimelineAxis;
  /** Most buckets to return, earliest first. */
  readonly first: number;
}

export interface TimelineBucket {
  /** ISO date of the bucket's first day: the day, the Monday of the ISO week, the 1st of the month. */
  readonly start: string;
  /** The modality, predicate, publisher or speaker id; null for NONE, or for claims without one. */
  readonly key: string | null;
  readonly count: number;
}

export interface Timeline {
  /** By start, then key (nulls first). */
  readonly buckets: readonly TimelineBucket[];
  /** True when `first` cut buckets off. */
  readonly truncated: boolean;
}

/**
 * What stats are narrowed to: the claims in which the entity plays any
 * role, within the period (as ClaimFilter's from/to), with these
 * predicates, whose subject or object is of these kinds.
 */
export interface StatsFilter {
  readonly entityId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly kinds?: readonly EntityKind[];
  readonly predicates?: readonly Predicate[];
}

/** A relation's sources, with the first claims of each. */
export interface SourcesRequest {
  /** Most sources per relation: most claims first, then by kind and key. */
  readonly first: number;
  /**
   * Most claims per source, in claim order; at most SOURCE_CLAIMS_KEPT
   * (domain/source-summary.ts), the claims kept with the relation's summary.
   */
  readonly claimsEach: number;
}

export interface SourceWithClaims {
  readonly source: ClaimSource;
  readonly claimCount: number;
  readonly claims: readonly Claim[];
}

export interface RelationFilter {
  readonly subjectId?: string;
  readonly objectId?: string;
  /** Either end is this entity. */
  readonly entityId?: string;
  readonly predicates?: readonly Predicate[];
  /** The relation's own modality, the strongest of its claims'. */
  readonly modalities?: readonly Modality[];
  /** Relations holding at least one claim not judged WRONG of one of these modalities. */
  readonly claimModalities?: readonly Modality[];
  /** Relations some claims state and others deny (true), or not (false). */
  readonly contested?: boolean;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface NeighborhoodRequest {
  readonly depth: number;
  readonly predicates?: readonly Predicate[];
  /** Most entities to return, the centre included. */
  readonly limit: number;
  /** Also walk from speakers to what they said (see `Attribution`); off when absent. */
  readonly attribution?: boolean;
}

/**
 * A speaker linked to an entity it said something about: the entity is the
 * subject or the object of claims the speaker is the SPEAKER of (with a
 * predicate of the walk's filter, when it has one). A walk that asks for it
 * crosses it in either direction, as it crosses a relation. As an edge it
 * has one independent source (the speaker) and its claims; its id,
 * `attribution:<speakerId>><entityId>`, orders it among relation ids.
 */
export interface Attribution {
  readonly id: string;
  readonly speakerId: string;
  readonly entityId: string;
  readonly claimCount: number;
  /** The first ATTRIBUTION_EVIDENCE of its claims, by claim id. */
  readonly claimIds: readonly string[];
}

/** How many claim ids an attribution carries as evidence; its claimCount tells whether there are more. */
export const ATTRIBUTION_EVIDENCE = 10;

const ATTRIBUTION_PREFIX = 'attribution:';

export function attributionId(speakerId: string, entityId: string): string {
  return `${ATTRIBUTION_PREFIX}${speakerId}>${entityId}`;
}

/** The speaker and entity of an attribution id; null for any other id (a relation's). Entity ids hold no '>'. */
export function attributionEnds(
  id: string,
): { readonly speakerId: string; readonly entityId: string } | null {
  if (!id.startsWith(ATTRIBUTION_PREFIX)) return null;
  const [speakerId, entityId] = id.slice(ATTRIBUTION_PREFIX.length).split('>');
  return speakerId && entityId ? { speakerId, entityId } : null;
}

/**
 * Most relations a neighbourhood lists per entity of its `limit`. The
 * strongest neighbours of a hub are hubs, related to one another many
 * times over (9,000 relations among a hub's 100 nearest at 100k claims):
 * past this bound a drawing is unreadable and the answer costs more than
 * the walk.
 */
export const NEIGHBORHOOD_EDGES_PER_NODE = 4;

export interface Subgraph {
  /** The centre, then each hop's entities, strongest link first. */
  readonly entities: readonly Entity[];
  /**
   * Relations whose both ends are among `entities`, strongest first (most
   * independent sources, then most claims, then id): the strongest
   * NEIGHBORHOOD_EDGES_PER_NODE × `limit` of them.
   */
  readonly relations: readonly Relation[];
  /**
   * Attributions between `entities` when the request asked for them (empty
   * otherwise), most claims first, then by id.
   */
  readonly attributions: readonly Attribution[];
  /** True when `limit` cut entities off, or relations among them. */
  readonly truncated: boolean;
}

export interface PathsRequest {
  readonly maxHops: number;
  readonly predicates?: readonly Predicate[];
  readonly first: number;
  /** Also walk from speakers to what they said (see `Attribution`); off when absent. */
  readonly attribution?: boolean;
}

/**
 * One hop: the relation (or attribution) walked, and whether it was walked
 * from its subject to its object (from the speaker to the entity).
 */
export type PathStep =
  | { readonly kind: 'RELATION'; readonly relation: Relation; readonly forward: boolean }
  | { readonly kind: 'ATTRIBUTION'; readonly attribution: Attribution; readonly forward: boolean };

export interface Path {
  readonly steps: readonly PathStep[];
}

export interface PublisherCount {
  readonly key: string | null;
  readonly count: number;
}

export interface Count<K extends string> {
  readonly key: K;
  readonly count: number;
}

export interface GraphStats {
  readonly articles: number;
  readonly entities: number;
  readonly claims: number;
  readonly relations: number;
  readonly entitiesByKind: readonly Count<EntityKind>[];
  readonly claimsByPredicate: readonly Count<Predicate>[];
  readonly claimsByModality: readonly Count<Modality>[];
  /**
   * Articles per publisher (key null: articles without one), most first,
   * ties by publisher, those without last; with a filter, the articles
   * holding a matching claim.
   */
  readonly articlesByPublisher: readonly PublisherCount[];
  /** Entities with the most relations, most first, ties by id. */
  readonly mostConnected: readonly { readonly entity: Entity; readonly degree: number }[];
}

/**
 * The whole stored content, each list sorted by id: for export and for
 * comparing stores. Claims judged WRONG are left out, as from every answer.
 */
export interface GraphDump {
  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
}

/** What a whole-graph export pages through (`GraphStore.exportPage`), by kind. */
export interface ExportItems {
  readonly articles: Article;
  readonly entities: Entity;
  readonly mentions: Mention;
  readonly claims: Claim;
  readonly relations: Relation;
  /** Claims an analyst judged, WRONG ones too, with their judgement; by claim id. */
  readonly reviewedClaims: ReviewedClaim;
}

export type ExportKind = keyof ExportItems;

export interface UpsertResult {
  /** False when the article was already stored with exactly this content. */
  readonly changed: boolean;
}

/** A view of a store for the work of one request; see `GraphStore.requestScope`. */
export interface RequestScope {
  /** The same data, read and written as through the store itself. Do not close it: call `end()`. */
  readonly store: GraphStore;
  /** Releases what the scope holds; the store stays open. Safe to call twice. */
  end(): Promise<void>;
}

export interface GraphStore extends CurationPort, MergePort {
  /** Creates tables, constraints and indexes if missing; safe to call on every start. */
  migrate(): Promise<void>;

  /**
   * Writes an article with its entities, mentions and claims in one
   * transaction. Entities are upserted (labels and aliases are added, never
   * removed); the article's previous mentions and claims are replaced, so
   * writing the same batch twice leaves the store unchanged. Rejects, having
   * written nothing, with VocabularyError for a predicate outside the
   * vocabulary and InvalidInputError for an entity neither in the batch nor
   * stored. Concurrent writes of the same batch are serialised: exactly one
   * answers `changed: true`. With a `change`, records it in the history in
   * the same transaction when the write changed something.
   */
  upsertArticle(batch: ArticleBatch, change?: Change): Promise<UpsertResult>;

  /**
   * Writes many article batches in one transaction, each as `upsertArticle`
   * writes it, in order: a later batch of the same article sees the earlier
   * one. One result per batch. Rejects, having written nothing, as
   * `upsertArticle` does for the first batch that fails. The bulk path of
   * `kg import`: a transaction's fixed cost and a hub relation's rebuild
   * are paid once for all the batches.
   */
  upsertArticles(batches: readonly ArticleBatch[]): Promise<UpsertResult[]>;

  /**
   * Optional: runs `load` (upsertArticles calls, `kg import`) as one bulk
   * load, which the store may write faster by deferring what it derives,
   * or holding the rows themselves apart, until `load` ends: reads during
   * the load may see none of its writes. When this settles the store is
   * whole, whatever `load` did; a store interrupted in the middle finishes
   * the load when opened again. A store without it: call `load` itself.
   * `progress` hears each step of the load's end as it starts, where the
   * store says them (at a million claims the end takes minutes).
   */
  loadInBulk?<T>(load: () => Promise<T>, progress?: (line: string) => void): Promise<T>;

  /** In the order of `ids`; `null` where no article has that id. */
  getArticles(ids: readonly string[]): Promise<(Article | null)[]>;
  /** Newest publication first, ties by id, unless `query.order` says otherwise. */
  listArticles(page: PageRequest, query?: ArticleQuery): Promise<Page<Article>>;

  /** In the order of `ids`; `null` where no entity has that id. */
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
  /**
   * Best match first: a label or alias equal to the text (folded), then one
   * starting with it, then any containing all its words; ties by name then id.
   * An empty or punctuation-only text matches nothing.
   */
  findEntities(search: EntitySearch, page: PageRequest): Promise<Page<Entity>>;
  /**
   * What ingestion links an article's names to, without reading the whole
   * graph: every entity having a name, label or alias whose first
   * NAME_HEAD_WORDS words (`nameHead`, domain/name-key.ts) are one of
   * `heads`, sorted by id. Asked with every phrase of an article of up to
   * that many words (`nameKey`), it returns each entity a phrase names, and
   * for longer names those that begin there. Empty when none matches; an
   * empty head matches nothing. Served by an index, so its cost follows
   * the number of heads and matches, not the size of the graph.
   */
  entitiesByNameHeads(heads: readonly string[]): Promise<Entity[]>;

  /**
   * Ordered by article publication, article id, sentence position, then
   * claim id; `order` may ask for ingestion time or newest first.
   */
  claims(filter: ClaimFilter, page: PageRequest, order?: TimeOrder): Promise<Page<Claim>>;
  /**
   * Claims matching the filter counted per time bucket (and per split key),
   * grouped by the store's own query language. No buckets when nothing matches.
   */
  timeline(filter: ClaimFilter, request: TimelineRequest): Promise<Timeline>;
  /** One page per request, in the same order as `claims`. */
  claimsOfEntities(
    requests: readonly { readonly entityId: string; readonly role: ClaimRole }[],
    page: PageRequest,
    options?: ClaimListOptions,
  ): Promise<Page<Claim>[]>;
  /**
   * One page per relation id, in the same order as `claims`; empty for
   * unknown ids. With `includeRejected`, a relation's claims judged WRONG
   * too (a relation all of whose claims were judged WRONG is gone, and so
   * unknown).
   */
  claimsOfRelations(
    relationIds: readonly string[],
    page: PageRequest,
    options?: ClaimListOptions,
  ): Promise<Page<Claim>[]>;

  /** In the order of `ids`; `null` where no relation has that id. */
  getRelations(ids: readonly string[]): Promise<(Relation | null)[]>;
  /** Most claims first, then by id. */
  relations(filter: RelationFilter, page: PageRequest): Promise<Page<Relation>>;
  /** One page per entity id, ordered as `relations`. */
  relationsOfEntities(
    entityIds: readonly string[],
    options: { readonly direction: Direction; readonly predicates?: readonly Predicate[] },
    page: PageRequest,
  ): Promise<Page<Relation>[]>;
  /**
   * The distinct sources of each relation's claims (see domain/evidence.ts),
   * one page per relation id; empty for unknown ids. Read from the summary
   * each store keeps with a relation and rebuilds with it
   * (domain/source-summary.ts), so a page of relations costs a few rows each.
   */
  sourcesOfRelations(
    relationIds: readonly string[],
    request: SourcesRequest,
  ): Promise<Page<SourceWithClaims>[]>;
  /** Number of relations touching each entity, in the order of `ids`. */
  degrees(entityIds: readonly string[]): Promise<number[]>;

  /** Every mention of each article, by position; empty for unknown ids. */
  mentionsOfArticles(articleIds: readonly string[]): Promise<Mention[][]>;
  /** One page per entity id, by article publication then position. */
  mentionsOfEntities(entityIds: readonly string[], page: PageRequest): Promise<Page<Mention>[]>;

  /**
   * Entities within `depth` hops of the centre (either direction), nearest
   * first, at most `limit`; `null` when the centre does not exist. Each hop
   * keeps the strongest: the entities one hop further are ranked by the
   * strongest edge reaching them from the hop before (most independent
   * sources, then most claims, then edge id), so a hub past the limit gives
   * its strongest neighbours and the walk stops there, `truncated`. A
   * store reads a hub's edges at most once, never the hub's neighbours'.
   */
  neighborhood(entityId: string, request: NeighborhoodRequest): Promise<Subgraph | null>;

  /**
   * The `first` shortest simple paths (no entity twice) from one entity to
   * another, walking relations (and attributions, when asked) in either
   * direction: shortest first, paths of one length ordered by their edge
   * ids hop by hop (code-unit order), so that every store answers the same.
   * Empty when none exists within `maxHops` or either end is unknown. The
   * search stops at the first length by which `first` paths are found.
   */
  paths(fromId: string, toId: string, request: PathsRequest): Promise<Path[]>;

  /**
   * Everything stored, counted; with a non-empty filter, the claims that
   * match it and what they touch: their articles, relations, and subject
   * and object entities (of the filter's kinds, when given), the most
   * connected ranked by the matching relations touching them.
   */
  stats(mostConnected: number, filter?: StatsFilter): Promise<GraphStats>;
  dump(): Promise<GraphDump>;

  /**
   * Up to `limit` stored items of one kind whose id sorts after `afterId`
   * (from the first when null), by id in code-unit order: the way to read
   * the whole graph a page at a time, holding one page. Each page is read
   * on its own, so a write between two pages shows only in later pages.
   * Empty after the last item. Rejects with InvalidInputError when `limit`
   * is not a whole number from 1 to MAX_PAGE_END.
   */
  exportPage<K extends ExportKind>(
    kind: K,
    afterId: string | null,
    limit: number,
  ): Promise<ExportItems[K][]>;

  /**
   * A view for one request (a GraphQL operation): its reads share what the
   * adapter can share, so that a request's many batched loads hold one
   * connection rather than one each (Neo4j: one session and one read
   * transaction, its reads one at a time). Nothing is opened until the first read; end it once the
   * request is answered. Reads after `end()` still work, each on its own.
   */
  requestScope(): RequestScope;

  /** Resolves when the store answers; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
