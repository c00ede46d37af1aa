import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { GraphStore } from '../store/graph-store';
import { dumpToNdjson } from './ndjson/graph-ndjson';

/** `kg export [file]`: the whole graph as NDJSON, to the file or to standard output. */
export async function exportGraph(
  store: GraphStore,
  file: string | undefined,
  report: Writable,
): Promise<void> {
  const dump = await store.dump();
  const out = file ? createWriteStream(file) : process.stdout;
  for (const line of dumpToNdjson(dump)) {
    if (!out.write(line)) await once(out, 'drain');
  }
  if (file) {
    out.end();
    await once(out, 'finish');
  }
  report.write(
    `exported ${dump.articles.length} articles, ${dump.entities.length} entities, ${dump.mentions.length} mentions, ${dump.claims.length} claims${file ? ` to ${file}` : ''}\n`,
  );
}
