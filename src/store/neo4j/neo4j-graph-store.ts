import neo4j from 'neo4j-driver';
import type { Config } from 'neo4j-driver';
import type { AccessKey, StoredAccessKey } from '../../domain/access-key';
import type { Article } from '../../domain/article';
import type { Change } from '../../domain/change';
import type { ChangeStamp } from '../../domain/change';
import type { RetractResult } from '../../domain/retraction';
import type { ClaimReview, ReviewClaimResult, Verdict } from '../../domain/review';
import type { ArticleBatch } from '../../domain/article-batch';
import { ingestionTime } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import type { Mention } from '../../domain/mention';
import type { Predicate } from '../../domain/predicates';
import type { Relation } from '../../domain/relation';
import type {
  ArticleQuery,
  ClaimFilter,
  ClaimListOptions,
  ClaimRole,
  Direction,
  EntitySearch,
  ExportItems,
  ExportKind,
  GraphDump,
  GraphStats,
  GraphStore,
  NeighborhoodRequest,
  Page,
  PageRequest,
  Path,
  PathsRequest,
  RelationFilter,
  RequestScope,
  SourcesRequest,
  SourceWithClaims,
  StatsFilter,
  Subgraph,
  Timeline,
  TimelineRequest,
  TimeOrder,
  UpsertResult,
} from '../graph-store';
import { isEmptyStatsFilter, kindsAlone } from '../stats-filter';
import { kindStats } from './neo4j-kind-stats';
import { filteredStats } from './neo4j-filtered-stats';
import { sourcesOfRelations } from './neo4j-sources';
import { timeline } from './neo4j-timeline';
import * as claimReads from './neo4j-claims';
import { exportLimitError, pageError } from '../page-bounds';
import { applySchema } from './neo4j-migrations';
import * as curation from './neo4j-curation';
import { retractArticle } from './neo4j-retract';
import { mergeEntities, unmergeEntities } from './neo4j-merge';
import { mergedFrom, survivorMap } from './neo4j-merged-ids';
import type { MergeResult, UnmergeResult } from '../../domain/merge';
import { sameEntityError } from '../../domain/merge';
import { claimReviews, reviewClaim } from './neo4j-review';
import { reviewEntity } from './neo4j-entity-review';
import type { EntityEdit, ReviewEntityResult } from '../../domain/entity-review';
import { backfillEvidence } from './neo4j-evidence-backfill';
import { fillDayCounts } from './neo4j-claim-day-counts';
import { fillKindCounts } from './neo4j-kind-counts';
import { fillContestedClaims } from './neo4j-contested-claims';
import { fillClaimPeriodCounts } from './neo4j-claim-period-counts';
import { fillClaimIngestedDayCounts } from './neo4j-claim-ingested-day-counts';
import { fillEntityClaimCounts } from './neo4j-entity-claim-counts';
import * as reads from './neo4j-read';
import * as relationReads from './neo4j-relations';
import { entitiesByNameHeads } from './neo4j-name-heads';
import { findEntities } from './neo4j-search';
import { dump } from './neo4j-dump';
import { exportPage } from './neo4j-export';
import { stats } from './neo4j-stats';
import { neighborhood, paths } from './neo4j-traversal';
import { SchemaGate } from './neo4j-schema-gate';
import { TransactionSlots } from './neo4j-slots';
import { DriverTransactions, RequestReadTransaction } from './neo4j-transactions';
import type { Neo4jTransactions, Work } from './neo4j-transactions';
import { batchHash, upsertArticles } from './neo4j-write';
import { finishBulkLoad, LoadedEntities, startBulkLoad } from './neo4j-bulk-load';
import { finishStoppedBulkLoad } from './neo4j-stopped-bulk-load';

export interface Neo4jStoreOptions {
  /** bolt://host:7687 for one server; neo4j://host or neo4j+s://… for a cluster or Aura (the driver routes). */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** The database to use; the server's home database when undefined. */
  readonly database: string | undefined;
  /** Told what a start does that takes long (finishing a stopped bulk load), a line at a time. */
  readonly progress?: (line: string) => void;
}

/**
 * Fail fast while Neo4j is down, recover alone when it is back. A refused
 * connection fails at once; a connection attempt that hangs gives up
 * after `connectionTimeout`, which stays below `connectionAcquisitionTimeout`
 * so that it surfaces as ServiceUnavailable. Managed (read) transactions
 * retry connection and transient errors, with growing delays starting at
 * 1 s, for at most `maxTransactionRetryTime`: measured against a stopped
 * Neo4j, a read answers STORE_UNAVAILABLE after 3.2 to 3.4 s (two retries),
 * `ping()` after 10 ms (auto-commit, not retried). Writes follow their own
 * policy (neo4j-retry.ts). The driver drops broken connections from its
 * pool and opens new ones on the next request, so nothing is cached across
 * an outage. (neo4j-driver manual, "Driver configuration".)
 */
export const NEO4J_DRIVER_CONFIG: Config = {
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 5_000,
  // The driver's default, said here because TransactionSlots is sized by it.
  maxConnectionPoolSize: 100,
  maxTransactionRetryTime: 2_000,
  // Integers come back as JavaScript numbers: counts and offsets are far below 2^53.
  disableLosslessIntegers: true,
  userAgent: 'kg',
};

/** What a store and its request views share; only this file builds one. */
interface Neo4jStoreParts {
  readonly transactions: Neo4jTransactions;
  readonly base: DriverTransactions;
  readonly schema: SchemaGate;
  close(): Promise<void>;
}

function connect(options: Neo4jStoreOptions): Neo4jStoreParts {
  const driver = neo4j.driver(
    options.uri,
    neo4j.auth.basic(options.user, options.password),
    NEO4J_DRIVER_CONFIG,
  );
  const slots = new TransactionSlots(
    NEO4J_DRIVER_CONFIG.maxConnectionPoolSize!,
    NEO4J_DRIVER_CONFIG.connectionAcquisitionTimeout!,
  );
  const base = new DriverTransactions(driver, options.database, slots);
  const schema = new SchemaGate(async () => {
    await base.autoCommit(neo4j.session.WRITE, applySchema);
    // Before the upgrades and counts, which would otherwise read a graph without its relations.
    const whole = await finishStoppedBulkLoad(base, options.progress ?? (() => undefined));
    await base.write(backfillEvidence);
    // A load left to its loader counts every claim when it ends.
    if (!whole) return;
    await fillDayCounts(base);
    await base.autoCommit(neo4j.session.WRITE, fillKindCounts);
    await fillEntityClaimCounts(base);
    await fillContestedClaims(base);
    await fillClaimPeriodCounts(base);
    await fillClaimIngestedDayCounts(base);
  });
  return { transactions: base, base, schema, close: () => base.close() };
}

/**
 * The Neo4j store: the GraphStore port over neo4j-driver 6, with the SQLite
 * store's semantics. Each method runs in one transaction, which may run
 * twice, so every unit of work is safe to run twice. The schema is applied
 * before the first statement (SchemaGate), so a store opened while Neo4j is
 * down starts working once it is up.
 */
export class Neo4jGraphStore implements GraphStore {
  private readonly parts: Neo4jStoreParts;
  /** While a bulk load runs (loadInBulk): the entities it has written. */
  private loadedEntities: LoadedEntities | null = null;

  constructor(source: Neo4jStoreOptions | Neo4jStoreParts) {
    this.parts = 'uri' in source ? connect(source) : source;
  }

  private async read<T>(work: Work<T>): Promise<T> {
    await this.parts.schema.ready();
    return this.parts.transactions.read(work);
  }

  private async readPage<T>(page: PageRequest, work: Work<T>): Promise<T> {
    const refused = pageError(page);
    if (refused) throw refused;
    return this.read(work);
  }

  migrate(): Promise<void> {
    return this.parts.schema.apply();
  }

  requestScope(): RequestScope {
    const requestReads = new RequestReadTransaction(this.parts.base);
    const end = () => requestReads.end();
    const store = new Neo4jGraphStore({ ...this.parts, transactions: requestReads, close: end });
    return { store, end };
  }

  private async write<T>(work: Work<T>): Promise<T> {
    await this.parts.schema.ready();
    return this.parts.transactions.write(work);
  }

  /**
   * Into a store holding nothing (no article, entity, merge or verdict), or
   * one whose bulk load did not finish: `load`'s writes as one bulk load
   * (neo4j-bulk-load.ts), its transactions writing articles, entities,
   * mentions and claims only, and relations and counts built from every
   * claim when it ends, whether it succeeds or fails (what it wrote stays
   * written, as without a bulk load). Into any other store: `load` as it is.
   */
  async loadInBulk<T>(load: () => Promise<T>, progress?: (line: string) => void): Promise<T> {
    await this.parts.schema.ready();
    if (!(await this.parts.base.autoCommit(neo4j.session.WRITE, startBulkLoad))) return load();
    this.loadedEntities = new LoadedEntities();
    try {
      return await load();
    } finally {
      this.loadedEntities = null;
      await finishBulkLoad(this.parts.base, progress);
    }
  }

  async upsertArticle(batch: ArticleBatch, change?: Change): Promise<UpsertResult> {
    const [result] = await this.writeArticles([batch], change);
    return result!;
  }

  upsertArticles(batches: readonly ArticleBatch[]): Promise<UpsertResult[]> {
    return this.writeArticles(batches);
  }

  /**
   * Writes the batches in one transaction; `change` is recorded there if any
   * of them changed. Async so that a bad batch rejects rather than throws.
   */
  private async writeArticles(
    batches: readonly ArticleBatch[],
    change?: Change,
  ): Promise<UpsertResult[]> {
    // Taken once, outside the work, which may run twice.
    const now = new Date();
    const items = batches.map((batch) => ({
      batch,
      hash: batchHash(batch),
      ingestedAt: ingestionTime(batch, now),
    }));
    const bulk = this.loadedEntities;
    const results = await this.write(async (tx) => {
      const results = await upsertArticles(tx, items, bulk ?? undefined);
      if (change && results.some((r) => r.changed)) await curation.recordChange(tx, change);
      return results;
    });
    bulk?.committed(batches.flatMap((batch) => batch.entities));
    return results;
  }

  createAccessKey(key: StoredAccessKey): Promise<AccessKey> {
    return this.write((tx) => curation.createAccessKey(tx, key));
  }

  accessKeys(): Promise<AccessKey[]> {
    return this.read((tx) => curation.accessKeys(tx));
  }

  revokeAccessKey(idOrName: string, at: string): Promise<AccessKey> {
    return this.write((tx) => curation.revokeAccessKey(tx, idOrName, at));
  }

  accessKeyByHash(hash: string): Promise<AccessKey | null> {
    return this.read((tx) => curation.accessKeyByHash(tx, hash));
  }

  retractArticle(articleId: string, stamp: ChangeStamp): Promise<RetractResult> {
    return this.write((tx) => retractArticle(tx, articleId, stamp));
  }

  async mergeEntities(intoId: string, fromId: string, stamp: ChangeStamp): Promise<MergeResult> {
    if (intoId === fromId) throw sameEntityError(intoId);
    return this.write((tx) => mergeEntities(tx, { intoId, fromId }, stamp));
  }

  unmergeEntities(mergeId: string, stamp: ChangeStamp): Promise<UnmergeResult> {
    return this.write((tx) => unmergeEntities(tx, mergeId, stamp));
  }

  survivorIds(ids: readonly string[]): Promise<string[]> {
    // One statement finds which ids were merged (usually none), rather than one per id.
    return this.read(async (tx) => {
      const merged = await survivorMap(tx, ids);
      return ids.map((id) => merged.get(id) ?? id);
    });
  }

  mergedFrom(ids: readonly string[]): Promise<string[][]> {
    return this.read((tx) => mergedFrom(tx, ids));
  }

  reviewClaim(claimId: string, verdict: Verdict, stamp: ChangeStamp): Promise<ReviewClaimResult> {
    return this.write((tx) => reviewClaim(tx, claimId, verdict, stamp));
  }

  reviewEntity(
    entityId: string,
    edit: EntityEdit,
    stamp: ChangeStamp,
  ): Promise<ReviewEntityResult> {
    return this.write((tx) => reviewEntity(tx, entityId, edit, stamp));
  }

  claimReviews(claimIds: readonly string[]): Promise<(ClaimReview | null)[]> {
    return this.read((tx) => claimReviews(tx, claimIds));
  }

  history(targetId: string, page: PageRequest): Promise<Page<Change>> {
    return this.readPage(page, (tx) => curation.history(tx, targetId, page));
  }

  getArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    return this.read((tx) => reads.getArticles(tx, ids));
  }

  listArticles(page: PageRequest, query?: ArticleQuery): Promise<Page<Article>> {
    return this.readPage(page, (tx) => reads.listArticles(tx, page, query));
  }

  getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    return this.read((tx) => reads.getEntities(tx, ids));
  }

  findEntities(search: EntitySearch, page: PageRequest): Promise<Page<Entity>> {
    return this.readPage(page, (tx) => findEntities(tx, search, page));
  }

  entitiesByNameHeads(heads: readonly string[]): Promise<Entity[]> {
    return this.read((tx) => entitiesByNameHeads(tx, heads));
  }

  claims(filter: ClaimFilter, page: PageRequest, order?: TimeOrder): Promise<Page<Claim>> {
    return this.readPage(page, (tx) => claimReads.claims(tx, filter, page, order));
  }

  timeline(filter: ClaimFilter, request: TimelineRequest): Promise<Timeline> {
    return this.read((tx) => timeline(tx, filter, request));
  }

  claimsOfEntities(
    requests: readonly { readonly entityId: string; readonly role: ClaimRole }[],
    page: PageRequest,
    options?: ClaimListOptions,
  ): Promise<Page<Claim>[]> {
    return this.readPage(page, (tx) => claimReads.claimsOfEntities(tx, requests, page, options));
  }

  claimsOfRelations(
    relationIds: readonly string[],
    page: PageRequest,
    options?: ClaimListOptions,
  ): Promise<Page<Claim>[]> {
    return this.readPage(page, (tx) =>
      claimReads.claimsOfRelations(tx, relationIds, page, options),
    );
  }

  getRelations(ids: readonly string[]): Promise<(Relation | null)[]> {
    return this.read((tx) => relationReads.getRelations(tx, ids));
  }

  relations(filter: RelationFilter, page: PageRequest): Promise<Page<Relation>> {
    return this.readPage(page, (tx) => relationReads.relations(tx, filter, page));
  }

  relationsOfEntities(
    entityIds: readonly string[],
    options: { readonly direction: Direction; readonly predicates?: readonly Predicate[] },
    page: PageRequest,
  ): Promise<Page<Relation>[]> {
    return this.readPage(page, (tx) =>
      relationReads.relationsOfEntities(tx, entityIds, options, page),
    );
  }

  degrees(entityIds: readonly string[]): Promise<number[]> {
    return this.read((tx) => relationReads.degrees(tx, entityIds));
  }

  mentionsOfArticles(articleIds: readonly string[]): Promise<Mention[][]> {
    return this.read((tx) => reads.mentionsOfArticles(tx, articleIds));
  }

  mentionsOfEntities(entityIds: readonly string[], page: PageRequest): Promise<Page<Mention>[]> {
    return this.readPage(page, (tx) => reads.mentionsOfEntities(tx, entityIds, page));
  }

  neighborhood(entityId: string, request: NeighborhoodRequest): Promise<Subgraph | null> {
    return this.read((tx) => neighborhood(tx, entityId, request));
  }

  paths(fromId: string, toId: string, request: PathsRequest): Promise<Path[]> {
    return this.read((tx) => paths(tx, fromId, toId, request));
  }

  stats(mostConnected: number, filter?: StatsFilter): Promise<GraphStats> {
    if (filter !== undefined && !isEmptyStatsFilter(filter)) {
      const kinds = kindsAlone(filter);
      return this.read((tx) =>
        kinds ? kindStats(tx, kinds, mostConnected) : filteredStats(tx, filter, mostConnected),
      );
    }
    return this.read((tx) => stats(tx, mostConnected));
  }

  sourcesOfRelations(
    relationIds: readonly string[],
    request: SourcesRequest,
  ): Promise<Page<SourceWithClaims>[]> {
    return this.read((tx) => sourcesOfRelations(tx, relationIds, request));
  }

  dump(): Promise<GraphDump> {
    return this.read(dump);
  }

  exportPage<K extends ExportKind>(
    kind: K,
    afterId: string | null,
    limit: number,
  ): Promise<ExportItems[K][]> {
    const refused = exportLimitError(limit);
    if (refused) return Promise.reject(refused);
    return this.read((tx) => exportPage(tx, kind, afterId, limit));
  }

  /**
   * Applies the schema if it has not been yet, then one trivial query in
   * auto-commit mode: no retries, so a readiness probe answers at once.
   */
  async ping(): Promise<void> {
    await this.parts.schema.ready();
    await this.parts.transactions.autoCommit(neo4j.session.READ, (session) =>
      session.run('RETURN 1'),
    );
  }

  /** Closes the driver; on a request view, ends the view only. */
  close(): Promise<void> {
    return this.parts.close();
  }
}
