import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { AccessKey, StoredAccessKey } from '../../domain/access-key';
import type { Article } from '../../domain/article';
import type { Change } from '../../domain/change';
import type { ChangeStamp } from '../../domain/change';
import type { RetractResult } from '../../domain/retraction';
import type { ClaimReview, ReviewClaimResult, Verdict } from '../../domain/review';
import type { EntityEdit, ReviewEntityResult } from '../../domain/entity-review';
import { editedEntity, entityReviewChange, sameEntity } from '../../domain/entity-review';
import type { ArticleBatch } from '../../domain/article-batch';
import { batchContent, ingestionTime } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { isCandidate, mergeLabels } from '../../domain/entity';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import { checkBatchVocabulary } from '../../domain/vocabulary-check';
import { foldText } from '../../domain/ids';
import { nameHead } from '../../domain/name-key';
import type { Mention } from '../../domain/mention';
import type { Predicate } from '../../domain/predicates';
import { relationIdOf } from '../../domain/relation';
import type { Relation } from '../../domain/relation';
import { NEIGHBORHOOD_EDGES_PER_NODE } from '../graph-store';
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
import { exportLimitError, pageError } from '../page-bounds';
import { exportPage } from './sqlite-export';
import { ARTICLE_ORDERS, relationWhere } from './sqlite-filters';
import {
  backfillEvidence,
  EVIDENCE_VERSION,
  rebuildStaleRelations,
  recountJoinedSpeakers,
  JOINED_SPEAKERS_VERSION,
  SOURCE_SUMMARY_VERSION,
} from './sqlite-evidence-backfill';
import { sourcesOfRelations } from './sqlite-sources';
import { filteredStats } from './sqlite-filtered-stats';
import { wholeGraphStats } from './sqlite-stats';
import { isEmptyStatsFilter, kindsAlone } from '../stats-filter';
import { kindStats } from './sqlite-kind-stats';
import { timeline } from './sqlite-timeline';
import { migrate } from './sqlite-migrations';
import * as curation from './sqlite-curation';
import { retractArticle } from './sqlite-retract';
import * as merges from './sqlite-merge';
import type { MergeResult, UnmergeResult } from '../../domain/merge';
import { redirectBatch } from '../../domain/merge';
import { claimEntityIds } from '../../domain/retraction';
import { anyClaimJudgedWrong, applyClaimReviews, claimReviews, reviewClaim } from './sqlite-review';
import type {
  ArticleRow,
  ClaimRow,
  EntityNameRow,
  EntityRow,
  MentionRow,
  RelationRow,
} from './sqlite-rows';
import { claimParams, labelsOf, toArticle, toClaim, toMention, toRelation } from './sqlite-rows';
import { entityIdsByNameHeads, fillNameHeads, NAME_HEADS_VERSION } from './sqlite-name-heads';
import { findEntityIds } from './sqlite-search';
import { recomputeRelations } from './sqlite-relations';
import { BulkLoadCommits, finishBulkLoad, startBulkLoad } from './sqlite-bulk-load';
import { STAGED, StagedRows } from './sqlite-staged-rows';
import { leaveWalForLoad } from './sqlite-load-journal';
import {
  countClaimsPerDay,
  countEntityClaims,
  countKinds,
  DAY_COUNTS_VERSION,
  ENTITY_CLAIM_COUNTS_VERSION,
  KIND_COUNTS_VERSION,
} from './sqlite-kept-counts';
import {
  attributionsAmong,
  attributionsById,
  neighborhoodIds,
  pathSteps,
} from './sqlite-traversal';
import { relationsAmong } from './sqlite-relations-among';
import { toPaths } from '../walks/path-steps';
import { keptDegrees, relationPagesOfEntities } from './sqlite-relation-pages';
import { claimPage, claimPagesByGroup } from './sqlite-claim-pages';
import { mentionPagesOfEntities } from './sqlite-mention-pages';
import { statements } from './sqlite-statements';

/** Page cache of a connection that writes, in KiB. */
const WRITER_CACHE_KIB = 64 * 1024;
/**
 * Page cache of a bulk loader's connection (`kg import`), in KiB: see the
 * constructor. It also bounds the sorts that build the indexes when a bulk
 * load ends. A quarter of the 1 GB it was: 1M claims loaded in 377 CPU-s
 * against 357 (more system time re-reading pages the cache let go) and as
 * fast, in 0.9 GB instead of 1.8 GB; the cache no longer grows with the
 * file.
 */
const LOADER_CACHE_KIB = 256 * 1024;

/** The claim column naming the entity of each role; each has an index. */
const ROLE_COLUMNS: Readonly<Record<ClaimRole, string>> = {
  SUBJECT: 'subject_id',
  OBJECT: 'object_id',
  SPEAKER: 'attributed_to_id',
  REPORTER: 'reported_by_id',
};

/**
 * The embedded store, and the reference implementation of the port.
 * better-sqlite3 is synchronous: used directly, its work runs on the
 * calling thread. The server runs it in worker processes instead
 * (workers/pooled-sqlite-store.ts); the async port lets callers treat every
 * store alike.
 */
export class SqliteGraphStore implements GraphStore {
  private readonly db: Database.Database;
  private readonly readOnly: boolean;
  /**
   * During a bulk load, the entities its committed transactions wrote (as
   * JSON): each is written once per load instead of once per transaction
   * naming it, which grows with the number of entities.
   */
  private loadedEntities: Set<string> | null = null;
  /**
   * During a bulk load, each entity object's content as JSON, made once:
   * `kg import` passes the same object in every article naming it (it keeps
   * the entities it parsed), and making the JSON again for each article took
   * about 0.4 CPU-s of a 100k-claim import (CPU profile).
   */
  private loadedEntityContent: WeakMap<Entity, string> | null = null;
  /** During a bulk load, its transaction, spanning many upsertArticles calls. */
  private bulkCommits: BulkLoadCommits | null = null;
  /** During a staged bulk load, where its writes go until it ends. */
  private staged: StagedRows | null = null;

  /**
   * `file` is a path, or ':memory:' for a private in-memory database. A
   * read-only store refuses writes (a reader of the pool).
   */
  constructor(
    file: string,
    options: {
      readonly readOnly?: boolean;
      /** Hears every statement run, its parameters written in (for query-plan tests). */
      readonly trace?: (sql: string) => void;
      /** The connection of a process that only loads (`kg import`): a larger page cache. */
      readonly loader?: boolean;
    } = {},
  ) {
    const trace = options.trace;
    this.db = new Database(file, trace ? { verbose: (sql) => trace(String(sql)) } : {});
    // Set first: switching to WAL waits for other connections' transactions.
    this.db.pragma('busy_timeout = 5000');
    // WAL lets readers run beside the writer; foreign keys are off by default in SQLite.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    if (options.readOnly) this.db.pragma('query_only = ON');
    // The writer's page cache, up to 64 MB (SQLite's default is 2 MB): a large write updates
    // many index pages, which then stay in memory instead of being read again from the file.
    else this.db.pragma(`cache_size = -${options.loader ? LOADER_CACHE_KIB : WRITER_CACHE_KIB}`);
    // A loader's commits are not synced one by one: in WAL mode a power cut may lose the last
    // transactions, never the store's consistency, and `kg import` run again writes them.
    if (options.loader) this.db.pragma('synchronous = NORMAL');
    this.readOnly = options.readOnly === true;
  }

  migrate(): Promise<void> {
    migrate(this.db, {
      [NAME_HEADS_VERSION]: fillNameHeads,
      [EVIDENCE_VERSION]: backfillEvidence,
      [SOURCE_SUMMARY_VERSION]: rebuildStaleRelations,
      [DAY_COUNTS_VERSION]: countClaimsPerDay,
      [KIND_COUNTS_VERSION]: countKinds,
      [JOINED_SPEAKERS_VERSION]: recountJoinedSpeakers,
      [ENTITY_CLAIM_COUNTS_VERSION]: countEntityClaims,
    });
    // A bulk load whose process died (a crash, a kill) is finished before anything reads the store.
    if (!this.readOnly) finishBulkLoad(this.db, true);
    return Promise.resolve();
  }

  /**
   * Into a store without claims: `load`'s writes as one bulk load
   * (sqlite-bulk-load.ts), what they derive built once when it ends,
   * whether it succeeds or fails, its upsertArticles calls committed many
   * at a time (BulkLoadCommits). Into a store holding nothing, its rows are
   * staged apart and written set by set when it ends (StagedRows), through
   * a rollback journal rather than the WAL (leaveWalForLoad): reads during
   * the load see none of them. Into any other store: `load` as it is.
   */
  async loadInBulk<T>(load: () => Promise<T>): Promise<T> {
    const kind = startBulkLoad(this.db);
    if (!kind) return load();
    // Attached, journal mode and foreign keys set, before the load's transaction: SQLite changes
    // none of them inside one. A staged load checks the references of each batch as it stages it
    // (checkStagedReferences), so its rows are written without looking each one up again.
    const backToWal = kind === 'staged' ? leaveWalForLoad(this.db) : () => undefined;
    try {
      if (kind === 'staged') {
        this.staged = new StagedRows(this.db);
        this.db.pragma('foreign_keys = OFF');
      }
      this.bulkCommits = new BulkLoadCommits(this.db, kind);
      this.loadedEntities = new Set();
      this.loadedEntityContent = new WeakMap();
      return await load();
    } finally {
      const { staged, bulkCommits } = this;
      this.bulkCommits = null;
      this.loadedEntities = null;
      this.loadedEntityContent = null;
      this.staged = null;
      try {
        // What the load wrote before it failed stays written, as without a bulk load.
        try {
          staged?.flush();
        } finally {
          bulkCommits?.commit();
        }
      } finally {
        this.db.pragma('foreign_keys = ON');
        staged?.close();
        try {
          finishBulkLoad(this.db);
        } finally {
          backToWal();
        }
      }
    }
  }

  upsertArticle(batch: ArticleBatch, change?: Change): Promise<UpsertResult> {
    return this.writeArticles([batch], change).then(([result]) => result!);
  }

  upsertArticles(batches: readonly ArticleBatch[]): Promise<UpsertResult[]> {
    return this.writeArticles(batches);
  }

  /** Writes the batches in one transaction; `change` is recorded there if any of them changed. */
  private writeArticles(
    batches: readonly ArticleBatch[],
    change?: Change,
  ): Promise<UpsertResult[]> {
    let current: ArticleBatch | undefined;
    try {
      const prepared = batches.map((batch) => {
        current = batch;
        checkBatchVocabulary(batch);
        return {
          batch,
          hash: batchHash(batchContent(batch)),
          ingestedAt: ingestionTime(batch, new Date()),
        };
      });
      const write = this.db.transaction(() => {
        const written: WrittenInTransaction = {
          relations: new Set(),
          entities: new Set(),
          anyJudgedWrong: anyClaimJudgedWrong(this.db),
          anyMerged: merges.anyEntityMerged(this.db),
        };
        const results = prepared.map(({ batch, hash, ingestedAt }) => {
          current = batch;
          return this.writeBatch(batch, hash, ingestedAt, written);
        });
        // Once for the whole transaction: a hub's relation holds thousands of claims.
        recomputeRelations(this.db, [...written.relations]);
        if (change && results.some((r) => r.changed)) curation.recordChange(this.db, change);
        return { results, entities: written.entities };
      });
      const { results, entities } = write.immediate();
      // Only once written (committed, or kept by the bulk load's transaction, which only a failure
      // that ends the load can undo): a transaction rolled back wrote none of them.
      const loaded = this.loadedEntities;
      if (loaded) for (const content of entities) loaded.add(content);
      this.bulkCommits?.wrote(batches.reduce((claims, batch) => claims + batch.claims.length, 0));
      return Promise.resolve(results);
    } catch (error) {
      return Promise.reject(translateWriteError(error, current ?? batches[0]!));
    }
  }

  /** Adds the relations it changes to `written`, for the caller to rebuild. */
  private writeBatch(
    batch: ArticleBatch,
    hash: string,
    ingestedAt: string,
    written: WrittenInTransaction,
  ): UpsertResult {
    // A staged load writes its rows (and reads back its articles) in the staging file's tables.
    const into = this.staged ? `${STAGED}.` : '';
    const stored = statements(this.db)
      .prepare<[string], { batch_hash: string }>(
        `SELECT batch_hash FROM ${into}articles WHERE id = ?`,
      )
      .get(batch.article.id);
    if (stored?.batch_hash === hash) return { changed: false };
    const survivors = written.anyMerged ? this.onSurvivors(batch) : batch;
    if (this.staged) this.checkStagedReferences(survivors);
    for (const entity of survivors.entities) {
      // Writing an entity is idempotent: the same one again in this transaction (or load) changes nothing.
      const content = this.contentOf(entity);
      if (written.entities.has(content) || this.loadedEntities?.has(content)) continue;
      written.entities.add(content);
      this.upsertEntity(entity, into);
    }
    // A new article has no claims or mentions to replace (they reference their article).
    if (stored) this.deleteClaimsAndMentions(batch.article.id, written, into);
    this.writeArticle(batch.article, hash, ingestedAt, into);
    this.writeMentions(survivors.mentions, into);
    for (const id of this.writeClaims(survivors.claims, into)) written.relations.add(id);
    if (written.anyJudgedWrong) applyClaimReviews(this.db, survivors.article.id);
    return { changed: true };
  }

  /** The entity as JSON, what writeBatch compares to tell an entity already written. */
  private contentOf(entity: Entity): string {
    const made = this.loadedEntityContent?.get(entity);
    if (made !== undefined) return made;
    const content = JSON.stringify(entity);
    this.loadedEntityContent?.set(entity, content);
    return content;
  }

  /**
   * Deletes what the article's earlier write stored (`into` the store's
   * tables, or the staged ones); its relations go to `written`, to rebuild.
   */
  private deleteClaimsAndMentions(
    articleId: string,
    written: WrittenInTransaction,
    into: string,
  ): void {
    for (const row of statements(this.db)
      .prepare<[string], { relation_id: string }>(
        `SELECT DISTINCT relation_id FROM ${into}claims WHERE article_id = ?`,
      )
      .all(articleId))
      written.relations.add(row.relation_id);
    statements(this.db).prepare(`DELETE FROM ${into}claims WHERE article_id = ?`).run(articleId);
    statements(this.db).prepare(`DELETE FROM ${into}mentions WHERE article_id = ?`).run(articleId);
  }

  /**
   * What the store's foreign keys refuse, checked as a batch is staged (the
   * staged tables have none): an entity or article its mentions and claims
   * name that is neither in the batch nor staged before. Refused with the
   * error the store's write gives (translateWriteError), for the same batch.
   */
  private checkStagedReferences(batch: ArticleBatch): void {
    const entities = new Set(batch.entities.map((entity) => entity.id));
    const stagedEntity = statements(this.db).prepare<[string], { found: number }>(
      `SELECT EXISTS (SELECT 1 FROM ${STAGED}.entities WHERE id = ?) AS found`,
    );
    const stagedArticle = statements(this.db).prepare<[string], { found: number }>(
      `SELECT EXISTS (SELECT 1 FROM ${STAGED}.articles WHERE id = ?) AS found`,
    );
    const named = [
      ...batch.mentions.map((mention) => mention.entityId),
      ...batch.claims.flatMap(claimEntityIds),
    ];
    const unknownEntity = named.some(
      (id) => !entities.has(id) && stagedEntity.get(id)!.found === 0,
    );
    const unknownArticle = [...batch.mentions, ...batch.claims].some(
      (row) => row.articleId !== batch.article.id && stagedArticle.get(row.articleId)!.found === 0,
    );
    if (unknownEntity || unknownArticle) throw unknownReferenceError(batch);
  }

  /** The batch written on the survivors of the entities it names that were merged. */
  private onSurvivors(batch: ArticleBatch): ArticleBatch {
    const named = [
      ...batch.entities.map((e) => e.id),
      ...batch.mentions.map((m) => m.entityId),
      ...batch.claims.flatMap(claimEntityIds),
    ];
    return redirectBatch(batch, merges.survivorMap(this.db, named));
  }

  /** Into the store's tables, or the staged ones (`into`), whose names are indexed when flushed. */
  private upsertEntity(entity: Entity, into = ''): void {
    statements(this.db)
      .prepare(
        `INSERT INTO ${into}entities (id, kind, name, candidate) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET candidate = candidate AND excluded.candidate`,
      )
      .run(entity.id, entity.kind, entity.name, isCandidate(entity) ? 1 : 0);
    const insertName = statements(this.db).prepare(
      `INSERT INTO ${into}entity_names (entity_id, type, lang, text, folded, head) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const insertFts = statements(this.db).prepare(
      'INSERT INTO entity_names_fts (folded, entity_id) VALUES (?, ?)',
    );
    const names = [
      { type: 'name', lang: 'und', text: entity.name },
      ...mergeLabels(entity.labels).map((l) => ({ type: 'label', ...l })),
      ...mergeLabels(entity.aliases).map((l) => ({ type: 'alias', ...l })),
    ];
    for (const name of names) {
      const folded = foldText(name.text);
      // Only a name new to the entity goes to the full-text index, so re-imports add nothing.
      const head = nameHead(name.text);
      const added = insertName.run(entity.id, name.type, name.lang, name.text, folded, head);
      if (added.changes > 0 && into === '') {
        insertFts.run(folded, entity.id);
      }
    }
  }

  private writeArticle(article: Article, hash: string, ingestedAt: string, into: string): void {
    const { id, title, url, publisher, language, publishedAt, text } = article;
    statements(this.db)
      .prepare(
        `INSERT INTO ${into}articles (id, title, url, publisher, language, published_at, text, batch_hash, ingested_at)
         VALUES (@id, @title, @url, @publisher, @language, @publishedAt, @text, @hash, @ingestedAt)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url,
           publisher = excluded.publisher, language = excluded.language,
           published_at = excluded.published_at, text = excluded.text, batch_hash = excluded.batch_hash,
           ingested_at = excluded.ingested_at`,
      )
      .run({ id, title, url, publisher, language, publishedAt, text, hash, ingestedAt });
  }

  private writeMentions(mentions: readonly Mention[], into: string): void {
    const insert = statements(this.db).prepare(
      `INSERT INTO ${into}mentions (id, article_id, entity_id, surface, span_start, span_end, sentence_start, sentence_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of mentions) {
      insert.run(
        m.id,
        m.articleId,
        m.entityId,
        m.surface,
        m.span.start,
        m.span.end,
        m.sentenceSpan.start,
        m.sentenceSpan.end,
      );
    }
  }

  /**
   * Returns the relation ids the claims belong to. Each claim keeps its
   * article's day, written just before it (migration 025).
   */
  private writeClaims(claims: readonly Claim[], into: string): string[] {
    const insert = statements(this.db).prepare(
      `INSERT INTO ${into}claims (id, article_id, relation_id, subject_id, predicate, object_id, object_value,
         quantity_min, quantity_max, quantity_unit, time_from, time_to, location_id, item_id, modality,
         attributed_to_id, reported_by_id, sentence, sentence_key, sentence_start, sentence_end, channel, extractor, confidence,
         published_day)
       VALUES (@id, @article_id, @relation_id, @subject_id, @predicate, @object_id, @object_value,
         @quantity_min, @quantity_max, @quantity_unit, @time_from, @time_to, @location_id, @item_id, @modality,
         @attributed_to_id, @reported_by_id, @sentence, @sentence_key, @sentence_start, @sentence_end, @channel, @extractor, @confidence,
         (SELECT substr(published_at, 1, 10) FROM ${into}articles WHERE id = @article_id))`,
    );
    // Its own statement rather than a trigger (schema/sqlite/014_claim_text_written_by_store.sql).
    const insertText = statements(this.db).prepare(
      'INSERT INTO claims_fts (rowid, sentence) VALUES (?, ?)',
    );
    // This process's bulk load indexes the text of all its claims at once when it ends.
    const textIndexedLater = this.bulkCommits !== null;
    return claims.map((claim) => {
      const relation = relationIdOf(claim);
      const { lastInsertRowid } = insert.run(claimParams(claim, relation));
      if (!textIndexedLater) insertText.run(lastInsertRowid, claim.sentence);
      return relation;
    });
  }

  getArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    const rows = statements(this.db)
      .prepare<[string], ArticleRow>(
        'SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify(ids));
    const byId = new Map(rows.map((row) => [row.id, toArticle(row)]));
    return Promise.resolve(ids.map((id) => byId.get(id) ?? null));
  }

  listArticles(page: PageRequest, query: ArticleQuery = {}): Promise<Page<Article>> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    const where = '@after IS NULL OR ingested_at > @after';
    const params = { after: query.ingestedAfter ?? null };
    const rows = statements(this.db)
      .prepare<Record<string, unknown>, ArticleRow>(
        `SELECT * FROM articles WHERE ${where}
         ORDER BY ${ARTICLE_ORDERS[query.order ?? 'PUBLISHED_DESC']} LIMIT @first OFFSET @offset`,
      )
      .all({ ...params, first: page.first, offset: page.offset });
    const total = statements(this.db)
      .prepare<Record<string, unknown>, { n: number }>(
        `SELECT count(*) AS n FROM articles WHERE ${where}`,
      )
      .get(params)!.n;
    return Promise.resolve({ items: rows.map(toArticle), totalCount: total });
  }

  getEntities(ids: readonly string[]): Promise<(Entity | null)[]> {
    return Promise.resolve(this.entitiesById(ids));
  }

  private entitiesById(ids: readonly string[]): (Entity | null)[] {
    const json = JSON.stringify(ids);
    const rows = statements(this.db)
      .prepare<[string], EntityRow>(
        'SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all(json);
    const names = statements(this.db)
      .prepare<[string], EntityNameRow>(
        `SELECT entity_id, type, lang, text FROM entity_names
         WHERE entity_id IN (SELECT value FROM json_each(?)) AND type <> 'name'`,
      )
      .all(json);
    const namesByEntity = new Map<string, EntityNameRow[]>();
    for (const row of names)
      namesByEntity.set(row.entity_id, [...(namesByEntity.get(row.entity_id) ?? []), row]);
    const byId = new Map(
      rows.map((row) => {
        const own = namesByEntity.get(row.id) ?? [];
        const entity: Entity = {
          id: row.id,
          kind: row.kind,
          name: row.name,
          labels: mergeLabels(labelsOf(own, 'label')),
          aliases: mergeLabels(labelsOf(own, 'alias')),
          candidate: row.candidate === 1,
        };
        return [row.id, entity];
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  findEntities(search: EntitySearch, page: PageRequest): Promise<Page<Entity>> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    const { ids, totalCount } = findEntityIds(this.db, search, page);
    return Promise.resolve({ items: this.entitiesById(ids).filter((e) => e !== null), totalCount });
  }

  entitiesByNameHeads(heads: readonly string[]): Promise<Entity[]> {
    const ids = entityIdsByNameHeads(this.db, heads);
    return Promise.resolve(this.entitiesById(ids).filter((e) => e !== null));
  }

  claims(
    filter: ClaimFilter,
    page: PageRequest,
    order: TimeOrder = 'PUBLISHED_ASC',
  ): Promise<Page<Claim>> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    const { rows, totalCount } = claimPage(this.db, filter, page, order);
    return Promise.resolve({ items: rows.map(toClaim), totalCount });
  }

  timeline(filter: ClaimFilter, request: TimelineRequest): Promise<Timeline> {
    return Promise.resolve(timeline(this.db, filter, request));
  }

  claimsOfEntities(
    requests: readonly { readonly entityId: string; readonly role: ClaimRole }[],
    page: PageRequest,
    options: ClaimListOptions = {},
  ): Promise<Page<Claim>[]> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    // One statement per role present, each matching its own indexed column:
    // a column chosen by CASE per row would defeat every index.
    const pages: Page<Claim>[] = requests.map(() => ({ items: [], totalCount: 0 }));
    for (const role of new Set(requests.map((r) => r.role))) {
      const positions = requests.flatMap((r, at) => (r.role === role ? [at] : []));
      const found = claimPagesByGroup(
        this.db,
        positions.map((at) => requests[at]!.entityId),
        ROLE_COLUMNS[role],
        page,
        options.includeRejected === true,
      );
      found.forEach((p, i) => {
        pages[positions[i]!] = { items: p.rows.map(toClaim), totalCount: p.totalCount };
      });
    }
    return Promise.resolve(pages);
  }

  claimsOfRelations(
    relationIds: readonly string[],
    page: PageRequest,
    options: ClaimListOptions = {},
  ): Promise<Page<Claim>[]> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    const pages = claimPagesByGroup(
      this.db,
      relationIds,
      'relation_id',
      page,
      options.includeRejected === true,
    );
    return Promise.resolve(
      pages.map((p) => ({ items: p.rows.map(toClaim), totalCount: p.totalCount })),
    );
  }

  getRelations(ids: readonly string[]): Promise<(Relation | null)[]> {
    const rows = statements(this.db)
      .prepare<[string], RelationRow>(
        'SELECT * FROM relations WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify(ids));
    const byId = new Map(rows.map((row) => [row.id, toRelation(row)]));
    return Promise.resolve(ids.map((id) => byId.get(id) ?? null));
  }

  relations(filter: RelationFilter, page: PageRequest): Promise<Page<Relation>> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    const { sql, params } = relationWhere(filter);
    const rows = statements(this.db)
      .prepare<Record<string, unknown>, RelationRow>(
        `SELECT r.* FROM relations r WHERE ${sql} ORDER BY r.claim_count DESC, r.id LIMIT @first OFFSET @offset`,
      )
      .all({ ...params, first: page.first, offset: page.offset });
    const total = statements(this.db)
      .prepare<Record<string, unknown>, { n: number }>(
        `SELECT count(*) AS n FROM relations r WHERE ${sql}`,
      )
      .get(params)!.n;
    return Promise.resolve({ items: rows.map(toRelation), totalCount: total });
  }

  relationsOfEntities(
    entityIds: readonly string[],
    options: { readonly direction: Direction; readonly predicates?: readonly Predicate[] },
    page: PageRequest,
  ): Promise<Page<Relation>[]> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    const pages = relationPagesOfEntities(this.db, entityIds, options, page);
    return Promise.resolve(
      pages.map((p) => ({ items: p.items.map(toRelation), totalCount: p.totalCount })),
    );
  }

  sourcesOfRelations(
    relationIds: readonly string[],
    request: SourcesRequest,
  ): Promise<Page<SourceWithClaims>[]> {
    return Promise.resolve(sourcesOfRelations(this.db, relationIds, request));
  }

  degrees(entityIds: readonly string[]): Promise<number[]> {
    return Promise.resolve(keptDegrees(this.db, entityIds));
  }

  mentionsOfEntities(entityIds: readonly string[], page: PageRequest): Promise<Page<Mention>[]> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    const pages = mentionPagesOfEntities(this.db, entityIds, page);
    return Promise.resolve(
      pages.map((p) => ({ items: p.items.map(toMention), totalCount: p.totalCount })),
    );
  }

  mentionsOfArticles(articleIds: readonly string[]): Promise<Mention[][]> {
    const rows = statements(this.db)
      .prepare<[string], MentionRow>(
        'SELECT * FROM mentions WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY span_start, id',
      )
      .all(JSON.stringify(articleIds));
    return Promise.resolve(
      articleIds.map((id) => rows.filter((row) => row.article_id === id).map(toMention)),
    );
  }

  neighborhood(entityId: string, request: NeighborhoodRequest): Promise<Subgraph | null> {
    const [centre] = this.entitiesById([entityId]);
    if (!centre) return Promise.resolve(null);
    const { ids, truncated } = neighborhoodIds(this.db, entityId, request);
    const entities = this.entitiesById(ids).filter((e) => e !== null);
    const among = relationsAmong(
      this.db,
      ids,
      request.predicates,
      NEIGHBORHOOD_EDGES_PER_NODE * request.limit,
    );
    const attributions = request.attribution
      ? attributionsAmong(this.db, ids, request.predicates)
      : [];
    return Promise.resolve({
      entities,
      relations: among.rows.map(toRelation),
      attributions,
      truncated: truncated || among.cut,
    });
  }

  async paths(fromId: string, toId: string, request: PathsRequest): Promise<Path[]> {
    const found = await pathSteps(this.db, fromId, toId, request);
    return toPaths(
      found,
      (ids) => this.getRelations(ids),
      (ids) => Promise.resolve(attributionsById(this.db, ids, request.predicates)),
    );
  }

  stats(mostConnected: number, filter?: StatsFilter): Promise<GraphStats> {
    if (filter !== undefined && !isEmptyStatsFilter(filter)) {
      const kinds = kindsAlone(filter);
      return Promise.resolve(
        kinds
          ? kindStats(this.db, kinds, mostConnected, (ids) => this.entitiesById(ids))
          : filteredStats(this.db, filter, mostConnected, (ids) => this.entitiesById(ids)),
      );
    }
    return Promise.resolve(
      wholeGraphStats(this.db, mostConnected, (ids) => this.entitiesById(ids)),
    );
  }

  dump(): Promise<GraphDump> {
    const articles = statements(this.db)
      .prepare<[], ArticleRow>('SELECT * FROM articles ORDER BY id')
      .all()
      .map(toArticle);
    const entityIds = statements(this.db)
      .prepare<[], { id: string }>('SELECT id FROM entities ORDER BY id')
      .all();
    const mentions = statements(this.db)
      .prepare<[], MentionRow>('SELECT * FROM mentions ORDER BY id')
      .all()
      .map(toMention);
    const claims = statements(this.db)
      .prepare<[], ClaimRow>('SELECT * FROM claims WHERE rejected = 0 ORDER BY id')
      .all()
      .map(toClaim);
    const entities = this.entitiesById(entityIds.map((row) => row.id)).filter((e) => e !== null);
    return Promise.resolve({ articles, entities, mentions, claims });
  }

  exportPage<K extends ExportKind>(
    kind: K,
    afterId: string | null,
    limit: number,
  ): Promise<ExportItems[K][]> {
    const refused = exportLimitError(limit);
    if (refused) return Promise.reject(refused);
    return exportPage(
      this.db,
      (ids) => this.entitiesById(ids),
      (ids) => this.getRelations(ids),
      kind,
      afterId,
      limit,
    );
  }

  createAccessKey(key: StoredAccessKey): Promise<AccessKey> {
    return settle(() => curation.createAccessKey(this.db, key));
  }

  accessKeys(): Promise<AccessKey[]> {
    return settle(() => curation.accessKeys(this.db));
  }

  revokeAccessKey(idOrName: string, at: string): Promise<AccessKey> {
    return settle(() => curation.revokeAccessKey(this.db, idOrName, at));
  }

  accessKeyByHash(hash: string): Promise<AccessKey | null> {
    return settle(() => curation.accessKeyByHash(this.db, hash));
  }

  retractArticle(articleId: string, stamp: ChangeStamp): Promise<RetractResult> {
    return settle(() => retractArticle(this.db, articleId, stamp, (ids) => this.entitiesById(ids)));
  }

  mergeEntities(intoId: string, fromId: string, stamp: ChangeStamp): Promise<MergeResult> {
    return settle(() =>
      merges.mergeEntities(this.db, { intoId, fromId }, stamp, this.entityAccess()),
    );
  }

  unmergeEntities(mergeId: string, stamp: ChangeStamp): Promise<UnmergeResult> {
    return settle(() => merges.unmergeEntities(this.db, mergeId, stamp, this.entityAccess()));
  }

  survivorIds(ids: readonly string[]): Promise<string[]> {
    return settle(() => ids.map((id) => merges.survivorId(this.db, id)));
  }

  mergedFrom(ids: readonly string[]): Promise<string[][]> {
    return settle(() => ids.map((id) => merges.mergedFrom(this.db, id)));
  }

  private entityAccess(): merges.EntityAccess {
    return {
      entities: (ids) => this.entitiesById(ids),
      write: (entity) => this.upsertEntity(entity),
    };
  }

  reviewClaim(claimId: string, verdict: Verdict, stamp: ChangeStamp): Promise<ReviewClaimResult> {
    return settle(() => reviewClaim(this.db, claimId, verdict, stamp));
  }

  reviewEntity(
    entityId: string,
    edit: EntityEdit,
    stamp: ChangeStamp,
  ): Promise<ReviewEntityResult> {
    const review = this.db.transaction((): ReviewEntityResult => {
      const [before] = this.entitiesById([entityId]);
      if (!before) throw new NotFoundError('entity', entityId);
      const after = editedEntity(before, edit);
      if (sameEntity(before, after)) return { changed: false, entity: before };
      // Adds the new name and aliases to the searchable names; the old name stays among them.
      this.upsertEntity(after);
      statements(this.db)
        .prepare('UPDATE entities SET name = ?, kind = ? WHERE id = ?')
        .run(after.name, after.kind, entityId);
      curation.recordChange(this.db, entityReviewChange(stamp, before, after));
      return { changed: true, entity: this.entitiesById([entityId])[0]! };
    });
    return settle(() => review.immediate());
  }

  claimReviews(claimIds: readonly string[]): Promise<(ClaimReview | null)[]> {
    return settle(() => claimReviews(this.db, claimIds));
  }

  history(targetId: string, page: PageRequest): Promise<Page<Change>> {
    const refused = pageError(page);
    if (refused) return Promise.reject(refused);
    return settle(() => curation.history(this.db, targetId, page));
  }

  /** Nothing to share: a SQLite connection serves every request. */
  requestScope(): RequestScope {
    return { store: this, end: () => Promise.resolve() };
  }

  ping(): Promise<void> {
    statements(this.db).prepare('SELECT 1').get();
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}

/** What the batches of one transaction wrote so far. */
interface WrittenInTransaction {
  /** Relations whose claims changed, rebuilt once at the end of the transaction. */
  readonly relations: Set<string>;
  /** Entities written, as JSON: many articles name the same entities. */
  readonly entities: Set<string>;
  /** Whether any claim is judged WRONG: a store without one marks no claim of an article rejected. */
  readonly anyJudgedWrong: boolean;
  /** Whether any entity is merged: a store without one writes every batch on the ids it names. */
  readonly anyMerged: boolean;
}

/** A foreign key fails when the batch names an entity that is neither in it nor stored. */
function translateWriteError(error: unknown, batch: ArticleBatch): Error {
  // Recognised by its code: jest's module registry can hold two copies of the error class.
  if ((error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return unknownReferenceError(batch);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** A batch naming what is neither in it nor stored (a foreign key refused it). */
function unknownReferenceError(batch: ArticleBatch): InvalidInputError {
  return new InvalidInputError(
    `The article ${batch.article.id} names entities that are neither in its batch nor stored; add them to the batch.`,
  );
}

/** A synchronous store call as the port's promise: its throw becomes the rejection. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function batchHash(batch: ArticleBatch): string {
  return createHash('sha256').update(JSON.stringify(batch)).digest('hex');
}
