import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { graphml } from '../export/graphml';
import { neo4jAdminImportArgs, writeNeo4jCsv } from '../export/neo4j-csv';
import { drainInto, fileSink, streamSink } from '../export/text-sink';
import type { GraphStore } from '../store/graph-store';
import { defineCommand, UsageError } from './command-args';
import { judgementsNdjson } from '../export/judgements-ndjson';
import { graphNdjson } from './ndjson/graph-ndjson';

export const EXPORT_FORMATS = ['ndjson', 'graphml', 'neo4j-csv', 'judgements'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_COMMAND = defineCommand({
  name: 'export',
  usage: `Usage: kg export [--format ndjson|graphml|neo4j-csv|judgements] [file | folder]

Writes the configured store's graph, reading it a page at a time.

Formats:
  ndjson     (default) every article, entity, mention and claim, one JSON object a line,
             a judged claim with its verdict (claims judged WRONG too, flagged); what
             kg import reads. To standard output without a file.
  graphml    entities as nodes (kind, name, labels, aliases, candidate), relations as
             directed edges (predicate, claim count, strongest modality, first and last
             seen, claims per modality). To standard output without a file.
  neo4j-csv  a folder of CSV files for neo4j-admin database import full, rebuilding the
             Neo4j store's graph (articles, entities, mentions, claims, relations); the
             folder is needed, created if missing, and the import command is printed.
  judgements every claim an analyst judged (reviewClaim), WRONG ones too, with its verdict,
             note, editor and time, then the articles they come from: evaluation data
             that kg eval --judgements-from reads. To standard output without a file.

Options:
  --format <format>  one of the formats above
  --help             show this message
`,
  options: { format: { type: 'string', short: 'f' } },
  positionals: { min: 0, max: 1 },
});

export function exportFormat(value: string | undefined, target: string | undefined): ExportFormat {
  const format = value ?? 'ndjson';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `kg export: --format is "${format}"; use ${EXPORT_FORMATS.join(', ')}`,
      EXPORT_COMMAND.usage,
    );
  if (format === 'neo4j-csv' && target === undefined)
    throw new UsageError(
      'kg export --format neo4j-csv needs a folder to write to',
      EXPORT_COMMAND.usage,
    );
  return format as ExportFormat;
}

/**
 * `kg export`: the whole graph in one format, to `target` (a file, or a
 * folder for neo4j-csv) or to `stdout`; one summary line to `report`.
 */
export async function exportGraph(
  store: GraphStore,
  { format, target }: { readonly format: ExportFormat; readonly target: string | undefined },
  report: Writable,
  stdout: Writable = process.stdout,
): Promise<void> {
  const sink = () => (target ? fileSink(target) : streamSink(stdout, { close: false }));
  const where = target ? ` to ${target}` : '';
  switch (format) {
    case 'ndjson': {
      const counts = { article: 0, entity: 0, mention: 0, claim: 0 };
      await drainInto(
        graphNdjson(store, (type) => (counts[type] += 1)),
        sink(),
      );
      report.write(
        `exported ${counts.article} articles, ${counts.entity} entities, ${counts.mention} mentions, ${counts.claim} claims${where}\n`,
      );
      return;
    }
    case 'graphml': {
      const counts = { nodes: 0, edges: 0 };
      await drainInto(
        graphml(store, (kind) => (counts[kind] += 1)),
        sink(),
      );
      report.write(`exported ${counts.nodes} nodes and ${counts.edges} edges as GraphML${where}\n`);
      return;
    }
    case 'judgements': {
      const counts = { judgement: 0, article: 0 };
      await drainInto(
        judgementsNdjson(store, (type) => (counts[type] += 1)),
        sink(),
      );
      report.write(
        `exported ${counts.judgement} judged claims of ${counts.article} articles${where}\n`,
      );
      return;
    }
    case 'neo4j-csv': {
      const folder = target!;
      mkdirSync(folder, { recursive: true });
      const counts = await writeNeo4jCsv(store, (name) => fileSink(join(folder, name)));
      report.write(
        `exported ${counts.articles} articles, ${counts.entities} entities, ${counts.mentions} mentions, ${counts.claims} claims, ${counts.relations + counts.valueRelations} relations as CSV to ${folder}\n` +
          `import them into an empty database, Neo4j stopped, with:\n  neo4j-admin ${neo4jAdminImportArgs(folder).join(' ')}\n`,
      );
      return;
    }
  }
}
