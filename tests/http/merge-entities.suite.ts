import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';
import { FOURTH, FREEDONIA, REPUBLIC, SYLVANIA, THIRD } from '../support/merge-fixtures';
import type { TestServer } from '../support/test-server';
import {
  bearer,
  editorAndReaderKeys,
  errorCode,
  postGraphql,
  startTestServer,
} from '../support/test-server';

const MERGE = `mutation($into: ID!, $from: ID!, $reason: String) {
  mergeEntities(into: $into, from: $from, reason: $reason) {
    merged mergeId intoId change { editor action reason }
  }
}`;
const UNMERGE = `mutation($mergeId: ID!) {
  unmergeEntities(mergeId: $mergeId, reason: "two countries after all") {
    unmerged change { editor action reason }
  }
}`;
const ENTITY = `query($id: ID!) { entity(id: $id) { id mergedFrom } }`;

/** mergeEntities and unmergeEntities over HTTP (issue 10, item 2): roles, old ids, errors. */
export function defineMergeEntitiesSuite(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`merging entities over HTTP (${name})`, () => {
    let server: TestServer;
    let editorKey: string;
    let readerKey: string;

    // Opening workers and a server on a shared, loaded machine: a bound on a hang, not a speed target.
    beforeAll(async () => {
      const store = await openStore();
      ({ editorKey, readerKey } = await editorAndReaderKeys(store));
      await store.upsertArticles([FIRST, SECOND, THIRD, FOURTH].map(annotatedArticleToBatch));
      server = await startTestServer(store, { seed: false });
    }, 120_000);
    afterAll(() => server.close());

    const merge = (into: string, from: string, key: string) =>
      postGraphql<{ mergeEntities: any }>(
        server.url,
        MERGE,
        { into, from, reason: ' one country ' },
        bearer(key),
      );
    const unmerge = (mergeId: string, key: string) =>
      postGraphql<{ unmergeEntities: any }>(server.url, UNMERGE, { mergeId }, bearer(key));
    const entity = async (id: string) =>
      (await postGraphql<{ entity: unknown }>(server.url, ENTITY, { id })).data?.entity;

    test('editors only; the old id answers the survivor, and search, neighbourhood and paths take it; unmerge restores it', async () => {
      expect(errorCode(await merge(FREEDONIA, REPUBLIC, readerKey))).toBe('FORBIDDEN');
      expect(await entity(REPUBLIC)).toEqual({ id: REPUBLIC, mergedFrom: [] });

      const done = await merge(FREEDONIA, REPUBLIC, editorKey);
      expect(done.errors).toBeUndefined();
      const result = done.data!.mergeEntities;
      expect(result).toMatchObject({
        merged: true,
        intoId: FREEDONIA,
        change: { editor: 'Ada Analyst', action: 'MERGE_ENTITIES', reason: 'one country' },
      });
      expect((await merge(FREEDONIA, REPUBLIC, editorKey)).data?.mergeEntities).toMatchObject({
        merged: false,
        mergeId: result.mergeId,
      });
      expect(await entity(REPUBLIC)).toEqual({ id: FREEDONIA, mergedFrom: [REPUBLIC] });

      const walked = await postGraphql<any>(
        server.url,
        `query($id: ID!, $to: ID!) {
          search(text: "Republic of Freedonia") { edges { node { id } } }
          neighborhood(entityId: $id) { nodes { id } }
          paths(fromId: $id, toId: $to) { length }
        }`,
        { id: REPUBLIC, to: SYLVANIA },
      );
      expect(walked.errors).toBeUndefined();
      expect(walked.data.search.edges[0].node.id).toBe(FREEDONIA);
      expect(walked.data.neighborhood.nodes.map((n: { id: string }) => n.id)).toContain(FREEDONIA);
      expect(walked.data.paths[0].length).toBe(1);

      expect(errorCode(await unmerge(result.mergeId, readerKey))).toBe('FORBIDDEN');
      const undone = await unmerge(result.mergeId, editorKey);
      expect(undone.data?.unmergeEntities).toEqual({
        unmerged: true,
        change: {
          editor: 'Ada Analyst',
          action: 'UNMERGE_ENTITIES',
          reason: 'two countries after all',
        },
      });
      expect(await entity(REPUBLIC)).toEqual({ id: REPUBLIC, mergedFrom: [] });
      expect(await entity(FREEDONIA)).toEqual({ id: FREEDONIA, mergedFrom: [] });
    });

    test("claim, relation, timeline and stats filters given a merged-away id answer the survivor's data", async () => {
      const FILTERED = `query($id: ID!) {
        subject: claims(filter: { subjectId: $id }) { totalCount edges { node { id } } }
        anyRole: claims(filter: { entityId: $id }) { totalCount edges { node { id } } }
        relations(filter: { entityId: $id }) { totalCount edges { node { id } } }
        timeline(filter: { entityId: $id }, bucket: MONTH) { buckets { start count } }
        stats(filter: { entityId: $id }) { claims relations entities }
      }`;
      const answers = async (id: string) => {
        const response = await postGraphql<any>(server.url, FILTERED, { id });
        expect(response.errors).toBeUndefined();
        return response.data;
      };
      const inner = (await merge(FREEDONIA, REPUBLIC, editorKey)).data!.mergeEntities;
      try {
        const survivor = await answers(FREEDONIA);
        expect(survivor.subject.totalCount).toBeGreaterThan(0);
        expect(survivor.relations.totalCount).toBeGreaterThan(0);
        expect(survivor.stats.claims).toBeGreaterThan(0);
        expect(await answers(REPUBLIC)).toEqual(survivor);
        // Through two merges: the first old id follows both.
        const outer = (await merge(SYLVANIA, FREEDONIA, editorKey)).data!.mergeEntities;
        try {
          const last = await answers(SYLVANIA);
          expect(last.anyRole.totalCount).toBeGreaterThan(survivor.anyRole.totalCount);
          expect(await answers(REPUBLIC)).toEqual(last);
        } finally {
          await unmerge(outer.mergeId, editorKey);
        }
      } finally {
        await unmerge(inner.mergeId, editorKey);
      }
    });

    test('an entity into itself is BAD_USER_INPUT; unknown ids are NOT_FOUND, naming the id', async () => {
      expect(errorCode(await merge(FREEDONIA, FREEDONIA, editorKey))).toBe('BAD_USER_INPUT');
      const unknown = await merge(FREEDONIA, 'country:nowhere', editorKey);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(unknown.errors?.[0]?.message).toBe('No entity has id "country:nowhere".');
      const noMerge = await unmerge('merge:nowhere', editorKey);
      expect(errorCode(noMerge)).toBe('NOT_FOUND');
      expect(noMerge.errors?.[0]?.message).toBe('No merge has id "merge:nowhere".');
    });

    test('undoing a merge whose survivor was merged since is CONFLICT, naming the merge to undo first', async () => {
      const inner = (await merge(FREEDONIA, REPUBLIC, editorKey)).data!.mergeEntities;
      const outer = (await merge(SYLVANIA, FREEDONIA, editorKey)).data!.mergeEntities;
      const refused = await unmerge(inner.mergeId, editorKey);
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toContain(outer.mergeId);
      expect((await unmerge(outer.mergeId, editorKey)).errors).toBeUndefined();
      expect((await unmerge(inner.mergeId, editorKey)).errors).toBeUndefined();
    });
  });
}
