import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CachedAnalyser } from '../../../src/ingest/nlp/cached-analyser';
import { CoreNlpClient } from '../../../src/ingest/nlp/corenlp-client';
import type { LanguageAnalyser } from '../../../src/ingest/nlp/language-analyser';
import { NLP_START_TIMEOUT_MS, nlpUrlForTests } from '../../support/nlp';
import type { LocalServer } from './http-stand-ins';
import { countingProxy } from './http-stand-ins';

const TEXT = 'Le Pentagone a annoncé de nouvelles sanctions contre trois entreprises.';

/** Every cached analysis file under the cache folder. */
function cacheFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, name));
}

describe('CachedAnalyser keeps analyses on disk by (analyser, language, text)', () => {
  let proxy: LocalServer;
  let client: CoreNlpClient;
  let dir: string;

  beforeAll(async () => {
    proxy = await countingProxy(await nlpUrlForTests());
    client = new CoreNlpClient({ url: proxy.url, timeoutMs: 120_000 });
  }, NLP_START_TIMEOUT_MS);
  afterAll(() => proxy.close());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-nlp-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('the second analysis of a text comes from the cache, equal, without asking the server', async () => {
    const cached = new CachedAnalyser(client, dir);
    const before = proxy.requests();
    const first = await cached.analyse(TEXT, 'fr');
    expect(proxy.requests()).toBe(before + 1);

    const again = await new CachedAnalyser(client, dir).analyse(TEXT, 'fr');
    expect(again).toEqual(first);
    expect(proxy.requests()).toBe(before + 1);
    expect(cacheFiles(dir)).toHaveLength(1);
  });

  test('another text or another language is analysed, and cached beside the first', async () => {
    const cached = new CachedAnalyser(client, dir);
    const before = proxy.requests();
    await cached.analyse(TEXT, 'fr');
    await cached.analyse(`${TEXT} `, 'fr');
    await cached.analyse(TEXT, 'en');
    expect(proxy.requests()).toBe(before + 3);
    expect(cacheFiles(dir)).toHaveLength(3);
  });

  test('a corrupt cache file is analysed again and replaced', async () => {
    const cached = new CachedAnalyser(client, dir);
    const first = await cached.analyse(TEXT, 'fr');
    const [file] = cacheFiles(dir);
    writeFileSync(file!, '{"language":"fr","sentences":[');
    const before = proxy.requests();

    expect(await cached.analyse(TEXT, 'fr')).toEqual(first);
    expect(proxy.requests()).toBe(before + 1);
    expect(await cached.analyse(TEXT, 'fr')).toEqual(first);
    expect(proxy.requests()).toBe(before + 1);
  });

  test('an analyser of another name never reads the first one’s analyses', async () => {
    await new CachedAnalyser(client, dir).analyse(TEXT, 'fr');
    // The same server under another name, as a new CoreNLP version or pipeline would be.
    const renamed: LanguageAnalyser = {
      name: `${client.name}-next`,
      analyse: (text, language) => client.analyse(text, language),
    };
    const before = proxy.requests();
    await new CachedAnalyser(renamed, dir).analyse(TEXT, 'fr');
    expect(proxy.requests()).toBe(before + 1);
    expect(cacheFiles(dir)).toHaveLength(2);
  });
});
