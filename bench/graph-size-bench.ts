import { performance } from 'node:perf_hooks';
import type { ArticleInput, Extractor } from '../src/ingest/extractor';
import type { Analysis, AnalysisLanguage } from '../src/ingest/nlp/analysis';
import type { LanguageAnalyser } from '../src/ingest/nlp/language-analyser';
import { ParseExtractor } from '../src/ingest/parse/parse-extractor';
import { prepareArticle } from '../src/ingest/article-metadata';
import type { StoreUnderTest } from './query-bench';
import { syntheticBatch } from './synthetic-batches';

/** Synthetic articles in the small and the big store (issue 8: 100 and 10,000). */
export const GRAPH_SIZES = { small: 100, big: 10_000 } as const;

export interface SizeFigures {
  readonly graphArticles: number;
  readonly populateSeconds: number;
  /** Per measured article: the store's name lookup and the extraction, in ms. */
  readonly extractMs: readonly number[];
  /** Per measured article: `upsertArticle`, in ms. */
  readonly writeMs: readonly number[];
  /** One `dump()` of the whole graph: what every ingest read before it asked by name. */
  readonly wholeGraphReadMs: number;
}

export interface GraphSizeFigures {
  readonly store: string;
  readonly articles: number;
  /** The small graph measured before the big one and again after it. */
  readonly small: readonly [SizeFigures, SizeFigures];
  readonly big: SizeFigures;
}

/** Serves analyses made beforehand, so that no CoreNLP time is measured. */
class AnalysesAtHand implements LanguageAnalyser {
  readonly name: string;

  constructor(private readonly analyses: ReadonlyMap<string, Analysis>) {
    this.name = [...analyses.values()][0]?.analyser ?? 'none';
  }

  analyse(text: string): Promise<Analysis> {
    const analysis = this.analyses.get(text);
    return analysis
      ? Promise.resolve(analysis)
      : Promise.reject(
          new Error(`invariant: no analysis made beforehand for "${text.slice(0, 40)}"`),
        );
  }
}

/** parse-v1 over analyses made once by `analyser` (cached on disk by the project's analyser). */
export async function extractorOverAnalyses(
  articles: readonly ArticleInput[],
  analyser: LanguageAnalyser,
): Promise<Extractor> {
  const analyses = new Map<string, Analysis>();
  for (const article of articles) {
    const { text, language } = prepareArticle(article);
    analyses.set(text, await analyser.analyse(text, language as AnalysisLanguage));
  }
  return new ParseExtractor(new AnalysesAtHand(analyses));
}

async function measureAt(
  subject: StoreUnderTest,
  graphArticles: number,
  articles: readonly ArticleInput[],
  extractor: Extractor,
): Promise<SizeFigures> {
  const store = await subject.open();
  try {
    let start = performance.now();
    for (let n = 0; n < graphArticles; n += 1) await store.upsertArticle(syntheticBatch(n));
    const populateSeconds = (performance.now() - start) / 1000;
    const extractMs: number[] = [];
    const writeMs: number[] = [];
    for (const article of articles) {
      start = performance.now();
      const { candidateEntityIds, ...batch } = await extractor.extract(article, store);
      void candidateEntityIds;
      const extracted = performance.now();
      await store.upsertArticle(batch);
      extractMs.push(extracted - start);
      writeMs.push(performance.now() - extracted);
    }
    start = performance.now();
    await store.dump();
    const wholeGraphReadMs = performance.now() - start;
    return { graphArticles, populateSeconds, extractMs, writeMs, wholeGraphReadMs };
  } finally {
    await store.close();
  }
}

/**
 * The same articles ingested, one at a time as `kg ingest` does, into a store
 * already holding GRAPH_SIZES.small synthetic articles and into one holding
 * `big`: the store's lookup of the names each article holds, the pure
 * extraction, and the write. Ingest cost should follow the article, not the
 * graph (issue 8: ratio ≤ 1.5).
 */
export async function runGraphSizeBench(
  subject: StoreUnderTest,
  articles: readonly ArticleInput[],
  extractor: Extractor,
  big: number = GRAPH_SIZES.big,
): Promise<GraphSizeFigures> {
  // A first pass into an empty store, not counted: the gazetteer's static part is built, the
  // code is compiled and the store's query plans are cached before either size is timed.
  await measureAt(subject, 0, articles, extractor);
  // The small graph before and after the big one: on a shared machine the load drifts over
  // the minutes the big graph takes to write, and the ratio is taken to the faster of the two.
  const before = await measureAt(subject, GRAPH_SIZES.small, articles, extractor);
  const large = await measureAt(subject, big, articles, extractor);
  const after = await measureAt(subject, GRAPH_SIZES.small, articles, extractor);
  return { store: subject.name, articles: articles.length, small: [before, after], big: large };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

const median = (values: readonly number[]) => percentile(values, 0.5);
const totals = (f: SizeFigures) => f.extractMs.map((ms, i) => ms + f.writeMs[i]!);

/**
 * One line per measurement, then the ratios of the big graph's per-article
 * medians to the faster small graph's (the stricter comparison).
 */
export function formatGraphSizeBench(f: GraphSizeFigures): string {
  const lines = [f.small[0], f.big, f.small[1]].map(
    (size) =>
      `  ${f.store.padEnd(7)} graph of ${String(size.graphArticles).padStart(6)} articles` +
      ` (written in ${size.populateSeconds.toFixed(1)} s):` +
      ` per article ${median(totals(size)).toFixed(1)} ms median, ${percentile(totals(size), 0.9).toFixed(1)} ms p90` +
      ` (lookup + extraction ${median(size.extractMs).toFixed(1)}, write ${median(size.writeMs).toFixed(1)});` +
      ` whole-graph read ${size.wholeGraphReadMs.toFixed(0)} ms`,
  );
  const ratio = (pick: (s: SizeFigures) => readonly number[]) =>
    (median(pick(f.big)) / Math.min(median(pick(f.small[0])), median(pick(f.small[1])))).toFixed(2);
  lines.push(
    `  ${f.store.padEnd(7)} ratio ${f.big.graphArticles}/${GRAPH_SIZES.small}:` +
      ` per article ${ratio(totals)} (target ≤ 1.5); lookup + extraction ${ratio((s) => s.extractMs)}, write ${ratio((s) => s.writeMs)}`,
  );
  return `${lines.join('\n')}\n`;
}
