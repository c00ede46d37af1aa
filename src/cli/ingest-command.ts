import { InvalidInputError, KgError } from '../domain/errors';
import { defaultExtractors } from '../ingest/extractor-registry';
import { createLanguageAnalyser } from '../ingest/nlp/create-language-analyser';
import { readConfig } from '../server/config';
import { readArticleFile, textFiles } from '../ingest/read-article-files';
import type { GraphStore } from '../store/graph-store';
import { ingestArgs } from './ingest-args';

export interface IngestSummary {
  readonly files: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly claims: number;
  readonly candidates: number;
}

/**
 * `kg ingest <file|folder>...`: extracts each article and writes it to the
 * store in its own transaction (store.upsertArticle), one progress line per
 * file, then a summary. The same text ingested again is reported unchanged.
 * A file that fails is reported and skipped; the summary counts it.
 */
export async function ingestCommand(
  argv: readonly string[],
  store: GraphStore,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<IngestSummary> {
  const { paths, extractorName } = ingestArgs(argv);
  const files = textFiles(paths);
  if (files.length === 0) throw new InvalidInputError(`No .txt file found in ${paths.join(', ')}.`);
  const extractor = defaultExtractors(createLanguageAnalyser(readConfig().nlp)).create(
    extractorName,
  );
  const started = Date.now();
  let changed = 0;
  let unchanged = 0;
  let failed = 0;
  let claims = 0;
  let candidates = 0;
  for (const [index, file] of files.entries()) {
    const prefix = `[${index + 1}/${files.length}] ${file}`;
    try {
      const { input, note } = readArticleFile(file);
      // Linked to what the store knows, as it grows: the store is asked for the names of each article.
      const batch = await extractor.extract(input, store);
      // The store hashes what it is given: pass the batch alone, not the extractor's review list.
      const { candidateEntityIds, ...articleBatch } = batch;
      const result = await store.upsertArticle(articleBatch);
      claims += batch.claims.length;
      candidates += candidateEntityIds.length;
      if (result.changed) changed += 1;
      else unchanged += 1;
      const what = result.changed
        ? `${batch.entities.length} entities, ${batch.claims.length} claims, ${candidateEntityIds.length} new candidates`
        : 'unchanged';
      write(`${prefix}: ${what}${note ? ` (${note})` : ''}\n`);
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      failed += 1;
      write(`${prefix}: skipped: ${error.message}\n`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  write(
    `ingested ${files.length} file(s) in ${seconds}s with ${extractor.name}: ${changed} changed, ${unchanged} unchanged, ${failed} failed; ${claims} claims, ${candidates} candidate entities to review\n`,
  );
  return { files: files.length, changed, unchanged, failed, claims, candidates };
}
