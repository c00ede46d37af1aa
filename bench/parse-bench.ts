import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatTextTable } from '../src/ingest/eval/text-table';
import type { Analysis, AnalysisLanguage } from '../src/ingest/nlp/analysis';
import type { LanguageAnalyserSettings } from '../src/ingest/nlp/create-language-analyser';
import { createLanguageAnalyser } from '../src/ingest/nlp/create-language-analyser';
import type { LanguageAnalyser } from '../src/ingest/nlp/language-analyser';
import { extractFromAnalysis } from '../src/ingest/parse/extract-from-analysis';
import { PARSE_EXTRACTOR_NAME, ParseExtractor } from '../src/ingest/parse/parse-extractor';
import type { BenchArticle } from './shipped-articles';

export interface CaseFigures {
  readonly label: string;
  readonly articles: number;
  readonly claims: number;
  readonly seconds: number;
  /** What issue 7 asks of this case, in articles per second; null when it sets none. */
  readonly targetPerSecond: number | null;
}

/** The texts the extractor sent to the analyser, with what came back, in order. */
class RecordingAnalyser implements LanguageAnalyser {
  readonly seen: { text: string; analysis: Analysis }[] = [];

  constructor(private readonly inner: LanguageAnalyser) {}

  get name(): string {
    return this.inner.name;
  }

  async analyse(text: string, language: AnalysisLanguage): Promise<Analysis> {
    const analysis = await this.inner.analyse(text, language);
    this.seen.push({ text, analysis });
    return analysis;
  }
}

async function timedExtraction(
  label: string,
  articles: readonly BenchArticle[],
  extractor: ParseExtractor,
  targetPerSecond: number | null,
): Promise<CaseFigures> {
  let claims = 0;
  const start = performance.now();
  // One at a time, as `kg ingest` reads them.
  for (const { input } of articles) claims += (await extractor.extract(input, [])).claims.length;
  const seconds = (performance.now() - start) / 1000;
  return { label, articles: articles.length, claims, seconds, targetPerSecond };
}

/**
 * parse-v1 throughput, issue 7 item 7: the same articles analysed by CoreNLP
 * into an empty cache, then again from that cache, then extracted from the
 * analyses already in memory (the pure stage, `extractFromAnalysis`).
 * Known entities are none, as for a first ingest.
 */
export async function runParseBench(
  articles: readonly BenchArticle[],
  settings: LanguageAnalyserSettings,
): Promise<CaseFigures[]> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-bench-nlp-cache-'));
  try {
    const cached = () => createLanguageAnalyser({ ...settings, cacheDir });
    const uncached = await timedExtraction(
      'uncached (CoreNLP, empty cache)',
      articles,
      new ParseExtractor(cached()),
      5,
    );
    const recorder = new RecordingAnalyser(cached());
    const fromCache = await timedExtraction(
      'cached (analyses read from disk)',
      articles,
      new ParseExtractor(recorder),
      null,
    );
    return [uncached, fromCache, pureExtraction(articles, recorder.seen)];
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** `extractFromAnalysis` alone, on the analyses the cached case read, with the same metadata. */
function pureExtraction(
  articles: readonly BenchArticle[],
  analysed: readonly { text: string; analysis: Analysis }[],
): CaseFigures {
  let claims = 0;
  const start = performance.now();
  analysed.forEach(({ text, analysis }, index) => {
    const { input } = articles[index]!;
    const facts = {
      text,
      title: input.title.trim(),
      url: input.url ?? null,
      publisher: input.publisher ?? null,
      publishedAt: input.publishedAt.trim(),
    };
    claims += extractFromAnalysis(analysis, [], facts, PARSE_EXTRACTOR_NAME).claims.length;
  });
  const seconds = (performance.now() - start) / 1000;
  return {
    label: 'pure extraction (analyses in memory)',
    articles: analysed.length,
    claims,
    seconds,
    targetPerSecond: 100,
  };
}

export function formatParseBench(figures: readonly CaseFigures[]): string {
  return formatTextTable(
    ['parse-v1', 'articles', 'claims', 'seconds', 'articles/s', 'claims/s', 'target articles/s'],
    [
      figures.map((f) => [
        f.label,
        String(f.articles),
        String(f.claims),
        f.seconds.toFixed(1),
        (f.articles / f.seconds).toFixed(1),
        (f.claims / f.seconds).toFixed(1),
        f.targetPerSecond === null ? '—' : `≥ ${f.targetPerSecond}`,
      ]),
    ],
    1,
  );
}
