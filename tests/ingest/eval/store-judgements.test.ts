import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStoreJudgements } from '../../../src/ingest/eval/store-judgements';

const ARTICLE = {
  id: 'article:a1',
  title: 'A title',
  url: null,
  publisher: null,
  language: 'fr',
  publishedAt: '2024-12-17',
  text: 'Le texte.',
};
const judgement = (verdict: string, key = 'article:a1|SANCTIONS|country:x|country:y|0123456789') =>
  JSON.stringify({
    type: 'judgement',
    data: { key, articleId: 'article:a1', verdict, note: null, editor: 'Ada' },
  });

describe('readStoreJudgements', () => {
  let folder: string;
  const file = (lines: readonly string[]) => {
    const path = join(folder, 'judgements.ndjson');
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-store-judgements-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('reads the verdicts by key, a missing note as empty, and the articles with their text', () => {
    const read = readStoreJudgements(
      file([judgement('WRONG'), JSON.stringify({ type: 'article', data: ARTICLE })]),
    );
    expect(read.articles).toEqual([ARTICLE]);
    expect([...read.judgements]).toEqual([
      ['article:a1|SANCTIONS|country:x|country:y|0123456789', { verdict: 'WRONG', note: '' }],
    ]);
  });

  test.each([
    [[judgement('WRONG')], /names article article:a1, which the file does not hold/u],
    [[judgement('MAYBE')], /line 1: "data.verdict" is "MAYBE"; use one of CORRECT, WRONG/u],
    [['{"type":"claim","data":{}}'], /line 1: "type" is "claim"; use one of judgement, article/u],
    [['not json'], /line 1 is not JSON/u],
  ])('refuses %j, naming the line and the fix', (lines, reason) => {
    expect(() => readStoreJudgements(file(lines))).toThrow(reason);
  });

  test('a file that is not there says which export to give', () => {
    expect(() => readStoreJudgements(join(folder, 'none.ndjson'))).toThrow(
      /cannot be read; give a file that kg export --format judgements wrote/u,
    );
  });
});
