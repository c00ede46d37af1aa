import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { PassThrough } from 'node:stream';
import { exportGraph } from '../../src/cli/export-command';
import { MODALITIES } from '../../src/domain/modality';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { ArticleBatch } from '../../src/domain/article-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';

const ALL = { first: 1000, offset: 0 };

/**
 * FIRST and SECOND, one entity of FIRST given an alias made of XML's special characters.
 * `ingestedAt`, when given, is both articles' ingestion time; without it the store stamps the
 * time of the write, so two stores loaded on either side of midnight (UTC) count their claims
 * under different ingestion days.
 */
export async function loadFixtures(store: GraphStore, ingestedAt?: string): Promise<void> {
  const stamped = (batch: ArticleBatch): ArticleBatch =>
    ingestedAt === undefined ? batch : { ...batch, article: { ...batch.article, ingestedAt } };
  const first = stamped(annotatedArticleToBatch(FIRST));
  const awkward: ArticleBatch = {
    ...first,
    entities: first.entities.map((entity, index) =>
      index === 0
        ? { ...entity, aliases: [...entity.aliases, { lang: 'en', text: `Tom & "Jerry's" <Inc>` }] }
        : entity,
    ),
  };
  await store.upsertArticle(awkward);
  await store.upsertArticle(stamped(annotatedArticleToBatch(SECOND)));
}

/** What `kg export --format graphml` writes to standard output. */
async function graphmlOf(store: GraphStore): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportGraph(store, { format: 'graphml', target: undefined }, new PassThrough(), out);
  return Buffer.concat(chunks).toString('utf8');
}

/** `kg export --format graphml`, read back by a GraphML reader (graphology-graphml over xmldom). */
export function defineGraphmlSuite(name: string, openEmptyStore: () => Promise<GraphStore>): void {
  describe(`kg export --format graphml from ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await openEmptyStore();
    });
    afterEach(() => store.close());

    test('every entity is a node with its kind and names, every relation an edge with its counts', async () => {
      await loadFixtures(store);
      const graph = parse(Graph, await graphmlOf(store));
      const { entities } = await store.dump();
      const relations = (await store.relations({}, ALL)).items;
      const valueRelations = relations.filter((r) => r.objectId === null);
      expect(valueRelations.length).toBeGreaterThan(0);

      expect(graph.type).toBe('directed');
      expect(graph.order).toBe(
        entities.length + new Set(valueRelations.map((r) => r.objectValue)).size,
      );
      for (const entity of entities) {
        expect(graph.getNodeAttributes(entity.id)).toEqual({
          kind: entity.kind,
          name: entity.name,
          labels: JSON.stringify(entity.labels),
          aliases: JSON.stringify(entity.aliases),
          candidate: false,
        });
      }
      expect(
        graph.someNode((_, a) => String(a['aliases']).includes('Tom & \\"Jerry\'s\\" <Inc>')),
      ).toBe(true);

      expect(graph.size).toBe(relations.length);
      const claimPages = await store.claimsOfRelations(
        relations.map((r) => r.id),
        ALL,
      );
      relations.forEach((relation, index) => {
        const edge = graph.getEdgeAttributes(relation.id);
        const byModality = Object.fromEntries(
          MODALITIES.map((m) => [
            `claims${m[0]}${m.slice(1).toLowerCase()}`,
            claimPages[index]!.items.filter((c) => c.modality === m).length,
          ]),
        );
        expect(edge).toEqual({
          id: relation.id,
          predicate: relation.predicate,
          claimCount: relation.claimCount,
          modality: relation.modality,
          firstSeen: relation.firstSeen,
          lastSeen: relation.lastSeen,
          ...(relation.objectValue === null ? {} : { objectValue: relation.objectValue }),
          ...byModality,
        });
        expect(graph.source(relation.id)).toBe(relation.subjectId);
        if (relation.objectId !== null) expect(graph.target(relation.id)).toBe(relation.objectId);
        else
          expect(graph.getNodeAttributes(graph.target(relation.id))).toEqual({
            kind: 'VALUE',
            name: relation.objectValue,
          });
      });
    });

    test('an empty store gives an empty graph that still reads', async () => {
      const graph = parse(Graph, await graphmlOf(store));
      expect([graph.order, graph.size]).toEqual([0, 0]);
    });
  });
}
