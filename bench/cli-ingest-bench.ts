import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { BenchArticle } from './shipped-articles';

export interface CliIngestFigures {
  readonly files: number;
  /** `[i/n] file: …` lines the command printed. */
  readonly progressLines: number;
  /** The command's last line ("ingested … claims …"), or null when it never printed one. */
  readonly summary: string | null;
  readonly exitCode: number | null;
  /** Wall time of the whole command: start-up, store, extraction and writes. */
  readonly seconds: number;
}

const PROGRESS = /^\[(\d+)\/(\d+)\] /u;

/**
 * `kg ingest <folder>` as a user runs it: the built CLI in its own process,
 * on a folder of `<name>.txt` files with their `<name>.json` metadata, into
 * an empty SQLite data folder, so that its analysis cache is empty too (every
 * article goes through CoreNLP). Echoes about ten of its progress lines.
 */
export async function runCliIngestBench(
  articles: readonly BenchArticle[],
  cliScript: string,
  write: (text: string) => void,
): Promise<CliIngestFigures> {
  const root = mkdtempSync(join(tmpdir(), 'kg-bench-ingest-'));
  try {
    const folder = join(root, 'articles');
    mkdirSync(folder);
    for (const { name, input } of articles) {
      writeFileSync(join(folder, `${name}.txt`), input.text);
      const { text: _text, ...metadata } = input;
      writeFileSync(join(folder, `${name}.json`), JSON.stringify(metadata));
    }
    const echoEvery = Math.max(1, Math.round(articles.length / 10));
    let progressLines = 0;
    let summary: string | null = null;
    const start = performance.now();
    const child = spawn(process.execPath, [cliScript, 'ingest', folder], {
      // Its own data folder, on SQLite whatever the caller's NEO4J_URI says.
      env: { ...process.env, KG_DATA_DIR: join(root, 'data'), NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    for await (const line of createInterface({ input: child.stdout })) {
      const progress = PROGRESS.exec(line);
      if (progress) {
        progressLines += 1;
        const index = Number(progress[1]);
        if (index === 1 || index % echoEvery === 0) write(`  ${line}\n`);
      } else if (line.trim() !== '') {
        summary = line;
        write(`  ${line}\n`);
      }
    }
    const exitCode = await exited;
    const seconds = (performance.now() - start) / 1000;
    return { files: articles.length, progressLines, summary, exitCode, seconds };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
