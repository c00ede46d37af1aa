// Peak memory of `kg export` in each format, for graphs of growing size:
// streaming means the peak stays flat while the graph grows.
//   npm run build && node dist/bench/export-memory.js [articles...]   (default 1000 4000)
// Each size is a SQLite store of synthetic articles (three countries, three
// mentions and three claims each, over a pool of countries half as large);
// each export runs `kg export` in a child process and reads its peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnnotatedArticle } from '../src/domain/annotation';
import { annotatedArticleToBatch } from '../src/ingest/annotations/annotated-article-to-batch';
import { SqliteGraphStore } from '../src/store/sqlite/sqlite-graph-store';

const KG = resolve(__dirname, '../src/cli/kg.js');
const FORMATS = ['ndjson', 'graphml', 'neo4j-csv'] as const;

function article(index: number, countries: number): AnnotatedArticle {
  const names = [0, 1, 2].map((k) => `Country ${(index * 7 + k * 13) % countries}`);
  const sentences = [
    `${names[0]} is at war with ${names[1]}, officials said on day ${index}.`,
    `${names[1]} sanctions ${names[2]}, according to a statement.`,
    `${names[2]} is at war with ${names[0]}. ${'Filler words of the article body. '.repeat(10)}`,
  ];
  return {
    article: {
      title: `Synthetic article ${index}`,
      language: 'en',
      publishedAt: `2025-${String((index % 12) + 1).padStart(2, '0')}-01`,
      publisher: 'Bench Wire',
      url: `https://example.org/${index}`,
      text: sentences.join('\n'),
    },
    entities: names.map((name, k) => ({
      ref: `c${k}`,
      kind: 'COUNTRY',
      name,
      mentions: [name],
    })),
    claims: [
      {
        subject: 'c0',
        predicate: 'AT_WAR_WITH',
        object: 'c1',
        modality: 'ASSERTED',
        sentence: sentences[0]!,
      },
      {
        subject: 'c1',
        predicate: 'SANCTIONS',
        object: 'c2',
        modality: 'REPORTED',
        sentence: sentences[1]!,
      },
      {
        subject: 'c2',
        predicate: 'AT_WAR_WITH',
        object: 'c0',
        modality: 'ALLEGED',
        sentence: `${names[2]} is at war with ${names[0]}.`,
      },
    ],
  };
}

async function buildStore(folder: string, articles: number): Promise<void> {
  const store = new SqliteGraphStore(join(folder, 'kg.sqlite'));
  await store.migrate();
  for (let i = 0; i < articles; i += 1) {
    await store.upsertArticle(annotatedArticleToBatch(article(i, Math.max(3, articles / 2))));
  }
  await store.close();
}

/** Peak resident memory of one `kg export`, in MB, and the size of what it wrote. */
function exportOnce(folder: string, format: string): { peakMb: number; outputMb: number } {
  const preload = join(folder, 'peak.js');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write(`PEAK_KB ${process.resourceUsage().maxRSS}\\n`));",
  );
  const target = join(folder, `export.${format}`);
  const run = spawnSync(
    process.execPath,
    ['-r', preload, KG, 'export', '--format', format, target],
    {
      env: { ...process.env, KG_DATA_DIR: folder, NEO4J_URI: '' },
      encoding: 'utf8',
    },
  );
  const peak = /PEAK_KB (\d+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || peak === undefined) throw new Error(`kg export failed:\n${run.stderr}`);
  const size =
    format === 'neo4j-csv'
      ? ['articles', 'entities', 'mentions', 'claims', 'claim-roles', 'relations'].reduce(
          (sum, name) => sum + statSync(join(target, `${name}.csv`)).size,
          0,
        )
      : statSync(target).size;
  return { peakMb: Number(peak) / 1024, outputMb: size / 1024 / 1024 };
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  const counts = sizes.length > 0 ? sizes : [1000, 4000];
  process.stdout.write('articles  format     output MB  peak RSS MB\n');
  for (const articles of counts) {
    const folder = mkdtempSync(join(tmpdir(), 'kg-export-bench-'));
    try {
      await buildStore(folder, articles);
      for (const format of FORMATS) {
        const { peakMb, outputMb } = exportOnce(folder, format);
        process.stdout.write(
          `${String(articles).padStart(8)}  ${format.padEnd(9)}  ${outputMb.toFixed(1).padStart(9)}  ${peakMb.toFixed(0).padStart(11)}\n`,
        );
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
