import { defineCommand, parseCommandArgs, UsageError } from './command-args';

export const INGEST_COMMAND = defineCommand({
  name: 'ingest',
  usage: `Usage: kg ingest [--extractor <name>] <file|folder>...

Extracts each <name>.txt (with its optional <name>.json metadata; folders are read
recursively) into the configured store, one transaction per article. The same text
ingested again is reported unchanged.

Options:
  --extractor <name>  the extractor to use (the registry's default otherwise)
  --help              show this message
`,
  options: { extractor: { type: 'string' } },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
});

/** The paths and extractor of a `kg ingest` command line (`--help` is answered before it). */
export function ingestArgs(argv: readonly string[]): {
  readonly paths: readonly string[];
  readonly extractorName: string | undefined;
} {
  const args = parseCommandArgs(INGEST_COMMAND, argv);
  if (args.help) throw new UsageError('kg ingest: --help is not a path', INGEST_COMMAND.usage);
  return { paths: args.positionals, extractorName: args.values.extractor };
}
