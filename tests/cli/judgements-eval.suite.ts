import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { evalCommand } from '../../src/cli/eval-command';
import { exportGraph } from '../../src/cli/export-command';
import { newChangeStamp } from '../../src/domain/change';
import type { Claim } from '../../src/domain/claim';
import type { Extractor } from '../../src/ingest/extractor';
import { readArticleFile } from '../../src/ingest/read-article-files';
import type { GraphStore } from '../../src/store/graph-store';
import { NLP_START_TIMEOUT_MS, testExtractor } from '../support/nlp';

const ARTICLES = ['kursk-losses-confirmed.en', 'koursk-pertes-pentagone.fr'];

/** The same extractor, blind to the claims `drop` names: as if a rule had been fixed. */
function without(extractor: Extractor, drop: (claim: Claim) => boolean): Extractor {
  return {
    name: extractor.name,
    extract: async (article, known) => {
      const batch = await extractor.extract(article, known);
      return { ...batch, claims: batch.claims.filter((claim) => !drop(claim)) };
    },
  };
}

/**
 * Item 3 of issue 10, end to end: claims judged through the store come out
 * of `kg export --format judgements`, and `kg eval --judgements-from`
 * counts each WRONG claim the extractor still makes as a false positive.
 */
export function defineJudgementsEvalSuite(
  name: string,
  openEmptyStore: () => Promise<GraphStore>,
): void {
  describe(`judgements from ${name} to kg eval`, () => {
    let extractor: Extractor;
    let store: GraphStore;
    let folder: string;
    beforeAll(async () => {
      extractor = await testExtractor();
    }, NLP_START_TIMEOUT_MS);
    beforeEach(async () => {
      folder = mkdtempSync(join(tmpdir(), 'kg-judgements-'));
      store = await openEmptyStore();
    });
    afterEach(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    test('a claim judged WRONG is a false positive while the extractor still makes it, and no longer once it does not', async () => {
      const claims: (readonly Claim[])[] = [];
      for (const slug of ARTICLES) {
        const batch = await extractor.extract(
          readArticleFile(join('eval/corpus', `${slug}.txt`)).input,
          store,
        );
        await store.upsertArticle(batch);
        claims.push(batch.claims);
      }
      const [english, french] = claims as [readonly Claim[], readonly Claim[]];
      expect(english.length).toBeGreaterThan(1);
      expect(french.length).toBeGreaterThan(0);
      const wrong = [english[0]!, french[0]!];
      for (const claim of wrong)
        await store.reviewClaim(claim.id, 'WRONG', newChangeStamp('Ada', 'not in the sentence'));
      await store.reviewClaim(english[1]!.id, 'CORRECT', newChangeStamp('Ada', null));

      const file = join(folder, 'judgements.ndjson');
      const report = new PassThrough();
      let said = '';
      report.on('data', (chunk: Buffer) => (said += chunk.toString()));
      await exportGraph(store, { format: 'judgements', target: file }, report);
      expect(said).toBe(`exported 3 judged claims of 2 articles to ${file}\n`);
      const lines = readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string; data: Record<string, unknown> });
      expect(lines.map((l) => l.type)).toEqual([
        'judgement',
        'judgement',
        'judgement',
        'article',
        'article',
      ]);
      const judgementOf = (claim: Claim) => lines.find((l) => l.data['claimId'] === claim.id)?.data;
      expect(judgementOf(english[0]!)).toMatchObject({
        articleId: english[0]!.articleId,
        language: 'en',
        sentence: english[0]!.sentence,
        predicate: english[0]!.predicate,
        subject: { id: english[0]!.subjectId },
        verdict: 'WRONG',
        note: 'not in the sentence',
        editor: 'Ada',
      });
      expect(judgementOf(english[1]!)).toMatchObject({ verdict: 'CORRECT', note: null });

      let printed = '';
      const scored = async (used: Extractor) =>
        (
          await evalCommand(['--judgements-from', file], {
            createExtractor: () => used,
            write: (text) => (printed += text),
          })
        ).judged;
      const byLanguage = (scores: Awaited<ReturnType<typeof scored>>) =>
        Object.fromEntries(
          scores.map((s) => [
            s.language,
            { tp: s.correct, fp: s.wrong, gone: s.unusedJudgements.length },
          ]),
        );
      expect(byLanguage(await scored(extractor))).toEqual({
        en: { tp: 1, fp: 1, gone: 0 },
        fr: { tp: 0, fp: 1, gone: 0 },
      });
      expect(printed).toMatch(/^en\s+1\s+1\s+1\s+\d+\s+1\s+1\s/mu);
      expect(printed).toMatch(/^TOTAL\s+2\s+1\s+2\s+\d+\s+1\s+2\s/mu);

      const fixed = without(extractor, (claim) => claim.id === english[0]!.id);
      expect(byLanguage(await scored(fixed))).toEqual({
        en: { tp: 1, fp: 0, gone: 1 },
        fr: { tp: 0, fp: 1, gone: 0 },
      });
    }, 300_000);
  });
}
