import neo4j from 'neo4j-driver';
import type { Config, Driver, ManagedTransaction, Session, SessionMode } from 'neo4j-driver';
import type { Article } from '../../domain/article';
import type { ArticleBatch } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import type { Mention } from '../../domain/mention';
import type { Predicate } from '../../domain/predicates';
import type { Relation } from '../../domain/relation';
import type {
  ClaimFilter,
  ClaimRole,
  Direction,
  EntitySearch,
  GraphDump,
  GraphStats,
  GraphStore,
  NeighborhoodRequest,
  Page,
  PageRequest,
  Path,
  PathsRequest,
  RelationFilter,
  Subgraph,
  UpsertResult,
} from '../graph-store';
import * as claimReads from './neo4j-claims';
import { translateDriverError } from './neo4j-errors';
import { applySchema } from './neo4j-migrations';
import * as reads from './neo4j-read';
import * as relationReads from './neo4j-relations';
import { findEntities } from './neo4j-search';
import { dump } from './neo4j-dump';
import { stats } from './neo4j-stats';
import { neighborhoodIds, paths, relationsAmong } from './neo4j-traversal';
import { batchHash, upsertArticle } from './neo4j-write';

export interface Neo4jStoreOptions {
  /** bolt://host:7687 for one server; neo4j://host or neo4j+s://… for a cluster or Aura (the driver routes). */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** The database to use; the server's home database when undefined. */
  readonly database: string | undefined;
}

/**
 * Fail fast while Neo4j is down, recover alone when it is back. A refused
 * connection fails at once; a connection attempt that hangs gives up
 * after `connectionTimeout`, which stays below `connectionAcquisitionTimeout`
 * so that it surfaces as ServiceUnavailable. Managed transactions retry
 * connection and transient errors, with growing delays starting at 1 s,
 * for at most `maxTransactionRetryTime`: measured against a stopped Neo4j,
 * a read or write answers STORE_UNAVAILABLE after 3.2 to 3.4 s (two
 * retries), `ping()` after 10 ms (auto-commit, not retried). The
 * driver drops broken connections from its pool and opens new ones on
 * the next request, so nothing is cached across an outage. (neo4j-driver
 * manual, "Driver configuration".)
 */
export const NEO4J_DRIVER_CONFIG: Config = {
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 2_000,
  // Integers come back as JavaScript numbers: counts and offsets are far below 2^53.
  disableLosslessIntegers: true,
  userAgent: 'kg',
};

/**
 * The Neo4j store: the GraphStore port over neo4j-driver 6, with the SQLite
 * store's semantics. Each method runs in one managed transaction
 * (`executeRead` / `executeWrite`), which the driver retries on transient
 * errors, so every unit of work is safe to run twice.
 */
export class Neo4jGraphStore implements GraphStore {
  private readonly driver: Driver;
  private readonly database: string | undefined;

  constructor(options: Neo4jStoreOptions) {
    this.driver = neo4j.driver(
      options.uri,
      neo4j.auth.basic(options.user, options.password),
      NEO4J_DRIVER_CONFIG,
    );
    this.database = options.database;
  }

  private async withSession<T>(
    mode: SessionMode,
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      // A session on a lost connection may fail to close; the answer is already known.
      await session.close().catch(() => undefined);
    }
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession(neo4j.session.READ, (session) => session.executeRead(work));
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession(neo4j.session.WRITE, (session) => session.executeWrite(work));
  }

  migrate(): Promise<void> {
    return this.withSession(neo4j.session.WRITE, applySchema);
  }

  upsertArticle(batch: ArticleBatch): Promise<UpsertResult> {
    const hash = batchHash(batch);
    return this.write((tx) => upsertArticle(tx, batch, hash));
  }

  getArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    return this.read((tx) => reads.getArticles(tx, ids));
  }

  listArticles(page: PageRequest): Promise<Page<Article>> {
    return this.read((tx) => reads.listArticles(tx, page));
  }

  getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    return this.read((tx) => reads.getEntities(tx, ids));
  }

  findEntities(search: EntitySearch, page: PageRequest): Promise<Page<Entity>> {
    return this.read((tx) => findEntities(tx, search, page));
  }

  claims(filter: ClaimFilter, page: PageRequest): Promise<Page<Claim>> {
    return this.read((tx) => claimReads.claims(tx, filter, page));
  }

  claimsOfEntities(
    requests: readonly { readonly entityId: string; readonly role: ClaimRole }[],
    page: PageRequest,
  ): Promise<Page<Claim>[]> {
    return this.read((tx) => claimReads.claimsOfEntities(tx, requests, page));
  }

  claimsOfRelations(relationIds: readonly string[], page: PageRequest): Promise<Page<Claim>[]> {
    return this.read((tx) => claimReads.claimsOfRelations(tx, relationIds, page));
  }

  getRelations(ids: readonly string[]): Promise<(Relation | null)[]> {
    return this.read((tx) => relationReads.getRelations(tx, ids));
  }

  relations(filter: RelationFilter, page: PageRequest): Promise<Page<Relation>> {
    return this.read((tx) => relationReads.relations(tx, filter, page));
  }

  relationsOfEntities(
    entityIds: readonly string[],
    options: { readonly direction: Direction; readonly predicates?: readonly Predicate[] },
    page: PageRequest,
  ): Promise<Page<Relation>[]> {
    return this.read((tx) => relationReads.relationsOfEntities(tx, entityIds, options, page));
  }

  degrees(entityIds: readonly string[]): Promise<number[]> {
    return this.read((tx) => relationReads.degrees(tx, entityIds));
  }

  mentionsOfArticles(articleIds: readonly string[]): Promise<Mention[][]> {
    return this.read((tx) => reads.mentionsOfArticles(tx, articleIds));
  }

  mentionsOfEntities(entityIds: readonly string[], page: PageRequest): Promise<Page<Mention>[]> {
    return this.read((tx) => reads.mentionsOfEntities(tx, entityIds, page));
  }

  neighborhood(entityId: string, request: NeighborhoodRequest): Promise<Subgraph | null> {
    return this.read(async (tx) => {
      const [centre] = await reads.getEntities(tx, [entityId]);
      if (!centre) return null;
      const { ids, truncated } = await neighborhoodIds(tx, entityId, request);
      const entities = (await reads.getEntities(tx, ids)).filter((e) => e !== null);
      const relations = await relationsAmong(tx, ids, request.predicates);
      return { entities, relations, truncated };
    });
  }

  paths(fromId: string, toId: string, request: PathsRequest): Promise<Path[]> {
    return this.read((tx) => paths(tx, fromId, toId, request));
  }

  stats(mostConnected: number): Promise<GraphStats> {
    return this.read((tx) => stats(tx, mostConnected));
  }

  dump(): Promise<GraphDump> {
    return this.read(dump);
  }

  /** One trivial query in auto-commit mode: no retries, so a readiness probe answers at once. */
  ping(): Promise<void> {
    return this.withSession(neo4j.session.READ, async (session) => {
      await session.run('RETURN 1');
    });
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
