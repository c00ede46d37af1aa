import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { FIRST, SECOND } from '../support/fixtures';
import type { TestServer } from '../support/test-server';
import {
  bearer,
  editorAndReaderKeys,
  errorCode,
  postGraphql,
  startTestServer,
} from '../support/test-server';

const IMPORT = `mutation($input: AnnotatedArticleInput!) {
  importAnnotatedArticle(input: $input) { changed }
}`;
const REVIEW = `mutation($id: ID!, $verdict: Verdict!, $note: String) {
  reviewClaim(id: $id, verdict: $verdict, note: $note) { changed review { verdict note editor } }
}`;
const ANSWERS = `query($rejected: Boolean) {
  stats { claims relations }
  relations(filter: { predicates: [SANCTIONS] }) { totalCount }
  claims(filter: { predicates: [SANCTIONS], includeRejected: $rejected }) {
    totalCount edges { node { id review { verdict note editor } } }
  }
}`;
const SANCTION_ID = annotatedArticleToBatch(SECOND).claims.find(
  (claim) => claim.predicate === 'SANCTIONS',
)!.id;

/** reviewClaim over HTTP (issue 10, item 3): who may judge, and what a judgement does to answers. */
export function defineReviewSuite(name: string, openStore: () => Promise<GraphStore>): void {
  describe(`reviewing claims over HTTP (${name})`, () => {
    let server: TestServer;
    let editorKey: string;
    let readerKey: string;

    beforeAll(async () => {
      const store = await openStore();
      ({ editorKey, readerKey } = await editorAndReaderKeys(store));
      server = await startTestServer(store, { seed: false });
      const imported = await postGraphql(server.url, IMPORT, { input: SECOND }, bearer(editorKey));
      expect(imported.errors).toBeUndefined();
      // Worker processes and a first import: slow on a shared, busy machine.
    }, 120_000);
    afterAll(() => server.close());

    const review = (verdict: string, key: string | null, id = SANCTION_ID) =>
      postGraphql<{ reviewClaim: any }>(
        server.url,
        REVIEW,
        { id, verdict, note: ' Firefly said nothing of the kind ' },
        key === null ? {} : bearer(key),
      );
    const answers = (rejected: boolean | null = null) =>
      postGraphql<any>(server.url, ANSWERS, { rejected });

    test('a reader key is FORBIDDEN, no key or an unknown key UNAUTHENTICATED, an unknown claim NOT_FOUND', async () => {
      expect(errorCode(await review('WRONG', readerKey))).toBe('FORBIDDEN');
      expect(errorCode(await review('WRONG', null))).toBe('UNAUTHENTICATED');
      expect(errorCode(await review('WRONG', `${editorKey}x`))).toBe('UNAUTHENTICATED');
      const unknown = await review('WRONG', editorKey, 'claim:none');
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(unknown.errors?.[0]?.message).toBe('No claim has id "claim:none".');
      expect((await answers()).data?.claims.edges[0].node.review).toBeNull();
    });

    test('a claim judged WRONG leaves relations and stats; includeRejected brings it back with its review; it survives re-ingest', async () => {
      const before = (await answers()).data;
      expect(before.claims.totalCount).toBe(1);
      const done = await review('WRONG', editorKey);
      expect(done.data?.reviewClaim).toEqual({
        changed: true,
        review: {
          verdict: 'WRONG',
          note: 'Firefly said nothing of the kind',
          editor: 'Ada Analyst',
        },
      });
      expect((await review('WRONG', editorKey)).data?.reviewClaim.changed).toBe(false);
      const judged = {
        verdict: 'WRONG',
        note: 'Firefly said nothing of the kind',
        editor: 'Ada Analyst',
      };
      const expectJudged = async () => {
        expect((await answers()).data).toEqual({
          stats: { claims: before.stats.claims - 1, relations: before.stats.relations - 1 },
          relations: { totalCount: 0 },
          claims: { totalCount: 0, edges: [] },
        });
        expect((await answers(true)).data?.claims).toEqual({
          totalCount: 1,
          edges: [{ node: { id: SANCTION_ID, review: judged } }],
        });
      };
      await expectJudged();
      // The same article with another title is written again (changed: true): the verdict stays.
      const retitled = {
        ...SECOND,
        article: { ...SECOND.article, title: 'Osterlich, fuel and Sylvania' },
      };
      const again = await postGraphql<any>(
        server.url,
        IMPORT,
        { input: retitled },
        bearer(editorKey),
      );
      expect(again.data?.importAnnotatedArticle.changed).toBe(true);
      await expectJudged();
      const history = await postGraphql<any>(
        server.url,
        'query($id: ID!) { history(id: $id) { edges { node { action editor before after } } } }',
        { id: SANCTION_ID },
      );
      expect(history.data?.history.edges.map((e: any) => e.node)).toContainEqual({
        action: 'REVIEW_CLAIM',
        editor: 'Ada Analyst',
        before: null,
        after: { verdict: 'WRONG', note: 'Firefly said nothing of the kind' },
      });
      expect((await review('CORRECT', editorKey)).data?.reviewClaim.changed).toBe(true);
      expect((await answers()).data?.stats).toEqual(before.stats);
    });

    test('Entity.claims and Relation.claims take includeRejected, as the claims filter does', async () => {
      const NESTED = `query($id: ID!, $rejected: Boolean!) {
        entity(id: $id) {
          claims(role: SUBJECT, includeRejected: $rejected) { totalCount edges { node { id } } }
          relations(predicates: [DEPLOYED_TO]) {
            totalCount
            edges { node { claims(includeRejected: $rejected) { totalCount edges { node { id } } } } }
          }
        }
      }`;
      // FIRST states the army's deployment too: judged WRONG in SECOND, its relation stays.
      const imported = await postGraphql(server.url, IMPORT, { input: FIRST }, bearer(editorKey));
      expect(imported.errors).toBeUndefined();
      const deployment = annotatedArticleToBatch(SECOND).claims.find(
        (c) => c.predicate === 'DEPLOYED_TO',
      )!;
      const nested = async (rejected: boolean) =>
        (await postGraphql<any>(server.url, NESTED, { id: deployment.subjectId, rejected })).data
          ?.entity;
      const ids = (connection: any): string[] => connection.edges.map((e: any) => e.node.id);
      const before = await nested(false);
      expect(before.relations.totalCount).toBe(1);
      const relationClaims = (entity: any) => entity.relations.edges[0].node.claims;
      expect(ids(relationClaims(before))).toContain(deployment.id);
      expect(relationClaims(before).totalCount).toBe(2);
      await review('WRONG', editorKey, deployment.id);
      try {
        const judged = await nested(false);
        expect(ids(judged.claims)).not.toContain(deployment.id);
        expect(judged.claims.totalCount).toBe(before.claims.totalCount - 1);
        expect(ids(relationClaims(judged))).not.toContain(deployment.id);
        expect(relationClaims(judged).totalCount).toBe(1);
        expect(await nested(true)).toEqual(before);
      } finally {
        await review('CORRECT', editorKey, deployment.id);
      }
    });

    test('reviewEntity: editors only, NOT_FOUND for an unknown id; renames, adds an alias, and is recorded', async () => {
      const REVIEW_ENTITY = `mutation($id: ID!, $input: EntityReviewInput!) {
        reviewEntity(id: $id, input: $input, reason: "its German name") {
          changed entity { id name kind candidate aliases { lang text } }
        }
      }`;
      const osterlich = 'country:osterlich';
      const input = {
        name: 'Republic of Osterlich',
        aliases: [{ lang: 'de', text: 'Österlich' }],
        accept: true,
      };
      const ask = (id: string, key: string) =>
        postGraphql<{ reviewEntity: any }>(server.url, REVIEW_ENTITY, { id, input }, bearer(key));
      expect(errorCode(await ask(osterlich, readerKey))).toBe('FORBIDDEN');
      const unknown = await ask('country:nowhere', editorKey);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(unknown.errors?.[0]?.message).toBe('No entity has id "country:nowhere".');
      const done = await ask(osterlich, editorKey);
      expect(done.data?.reviewEntity).toEqual({
        changed: true,
        entity: {
          id: osterlich,
          name: 'Republic of Osterlich',
          kind: 'COUNTRY',
          candidate: false,
          aliases: [{ lang: 'de', text: 'Österlich' }],
        },
      });
      expect((await ask(osterlich, editorKey)).data?.reviewEntity.changed).toBe(false);
      const blank = await postGraphql(
        server.url,
        REVIEW_ENTITY,
        { id: osterlich, input: { name: ' ? ' } },
        bearer(editorKey),
      );
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      const history = await postGraphql<any>(
        server.url,
        'query($id: ID!) { history(id: $id) { totalCount edges { node { action editor reason after } } } }',
        { id: osterlich },
      );
      expect(history.data?.history.totalCount).toBe(1);
      expect(history.data?.history.edges[0].node).toMatchObject({
        action: 'REVIEW_ENTITY',
        editor: 'Ada Analyst',
        reason: 'its German name',
        after: { addedAliases: [{ lang: 'de', text: 'Österlich' }] },
      });
    });
  });
}
