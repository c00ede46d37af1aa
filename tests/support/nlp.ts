import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NlpServerOptions } from '../../scripts/nlp/nlp-server';
import type { Extractor } from '../../src/ingest/extractor';
import { defaultExtractors } from '../../src/ingest/extractor-registry';
import { createLanguageAnalyser } from '../../src/ingest/nlp/create-language-analyser';
import { startNlpServer } from '../../scripts/nlp/nlp-server';
import { ANALYSIS_LANGUAGES } from '../../src/ingest/nlp/analysis';

/**
 * How tests reach Stanford CoreNLP.
 *
 * - KG_NLP_URL set: that server (it must serve the four languages).
 * - Otherwise the project's own server (scripts/nlp, http://127.0.0.1:9000),
 *   started or reused with the four languages; one started here keeps
 *   running after the tests (`npm run nlp:stop`).
 *
 * Never skipped: without Java or Maven the start fails and the tests that need
 * CoreNLP fail with the message naming what to install. Call it from a
 * `beforeAll` with NLP_START_TIMEOUT_MS: the first start on a machine
 * downloads ~1.2 GB of models, and loading them takes a minute or more.
 */
export const NLP_START_TIMEOUT_MS = 1_200_000;

/** The project's server as the tests start it: all four languages, progress on stderr. */
export const TEST_NLP_SERVER: NlpServerOptions = {
  languages: ANALYSIS_LANGUAGES,
  log: (line) => process.stderr.write(`${line}\n`),
};

let reachable: Promise<string> | undefined;

/** The base URL of a ready CoreNLP server; started once per test worker. */
export function nlpUrlForTests(): Promise<string> {
  const external = process.env['KG_NLP_URL'];
  if (external) return Promise.resolve(external);
  reachable ??= startNlpServer(TEST_NLP_SERVER).then(({ url }) => url);
  return reachable;
}

/**
 * The service's default extractor (parse-v1) on the test CoreNLP server.
 * Analyses are cached by text hash across runs (a cache keyed by content
 * cannot go stale), so the seed is parsed once per machine.
 */
export async function testExtractor(): Promise<Extractor> {
  const url = await nlpUrlForTests();
  const cacheDir = join(tmpdir(), 'kg-test-nlp-cache');
  return defaultExtractors(createLanguageAnalyser({ url, timeoutMs: 300_000, cacheDir })).create();
}
