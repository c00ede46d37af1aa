import { existsSync } from 'node:fs';
import { InvalidInputError, KgError } from '../domain/errors';
import { readConfig } from '../server/config';
import type { GraphStore } from '../store/graph-store';
import { openStore } from '../store/open-store';
import type { Writable } from 'node:stream';
import type { CommandArgs, CommandSpec } from './command-args';
import { parseCommandArgs, UsageError } from './command-args';
import type * as EvalModule from './eval-command';
import type * as ExportModule from './export-command';
import type * as ImportModule from './import-command';
import type * as IngestArgsModule from './ingest-args';
import type * as IngestModule from './ingest-command';
import type * as KeysModule from './keys-command';
import type * as SchemaModule from './schema-command';
import type * as ServeModule from './serve-command';

const USAGE = `Usage: kg <command> [options]    (kg <command> --help tells more)

Commands:
  serve            serve the graph over GraphQL (settings from the environment, see README)
  ingest <file|folder>... [--extractor <name>]
                   extract <name>.txt (+ optional <name>.json metadata) into the store
  eval [folder...] [--real <folder>] [--judgements-from <file>] [--extractor <name>] ...
                   score the extractor against the hand annotations of seed/ and eval/corpus/,
                   the expected facts of eval/real/, or the analysts' exported judgements
  export [--format ndjson|graphml|neo4j-csv|judgements] [file|folder]
                   write the whole graph (NDJSON by default, to standard output without a file),
                   or the analysts' judgements of claims
  import <file>    load a kg export into the configured store (idempotent)
  schema [--check] write schema/schema.graphql from the code, or check that it is up to date
  keys create --name <name> --role editor|reader | keys list | keys revoke <id|name>
                   named API keys, stored hashed; an editor key's changes carry its name
`;

type Options = CommandSpec<Record<never, never>>['options'];

/** Parses the command line by the spec, prints the usage on --help, and otherwise runs the command. */
async function run<O extends Options>(
  spec: CommandSpec<O>,
  argv: readonly string[],
  io: KgIo,
  body: (args: Extract<CommandArgs<O>, { help: false }>) => Promise<void>,
): Promise<void> {
  const args = parseCommandArgs(spec, argv);
  if (args.help) {
    io.stdout.write(spec.usage);
    return;
  }
  await body(args);
}

/**
 * Runs a command against the configured store, closing it whatever happens; what its opening
 * does that takes long (finishing a stopped bulk load) is said on `io`'s standard error.
 */
async function withStore(
  io: KgIo,
  work: (store: GraphStore) => Promise<void>,
  options: { readonly inProcess?: boolean } = {},
): Promise<void> {
  const progress = (line: string) => io.stderr.write(`${line}\n`);
  const store = await openStore(readConfig().store, { ...options, progress });
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

/** As withStore, for commands that only read: a SQLite store that is not there is not made. */
function withExistingStore(io: KgIo, work: (store: GraphStore) => Promise<void>): Promise<void> {
  const { store } = readConfig();
  if (store.kind === 'sqlite' && !existsSync(store.file))
    throw new InvalidInputError(
      `No kg store at ${store.file}: set KG_DATA_DIR to the folder holding kg.sqlite, or NEO4J_URI to export from Neo4j.`,
    );
  return withStore(io, work);
}

/**
 * A command's module, loaded when the command runs, not before: loading
 * every command's (the server, GraphQL, the extractors) took about 1 CPU-s
 * of every command line, `kg import` of 100,000 claims included. A
 * require, not import(): the build's CommonJS keeps import() as an ES
 * module import, which Jest's CommonJS runtime cannot load.
 */
function load<Module>(path: string): Module {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as Module;
}

/** Each command, its modules loaded when it runs (load). */
const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: KgIo) => Promise<void>>> = {
  serve: (argv, io) => {
    const { SERVE_COMMAND, serveCommand } = load<typeof ServeModule>('./serve-command');
    return run(SERVE_COMMAND, argv, io, () => serveCommand());
  },
  ingest: (argv, io) => {
    const { INGEST_COMMAND } = load<typeof IngestArgsModule>('./ingest-args');
    return run(INGEST_COMMAND, argv, io, () => {
      const { ingestCommand } = load<typeof IngestModule>('./ingest-command');
      return withStore(io, async (store) => {
        const summary = await ingestCommand(argv, store);
        if (summary.failed > 0) process.exitCode = 1;
      });
    });
  },
  eval: (argv, io) => {
    const { evalCommand } = load<typeof EvalModule>('./eval-command');
    return evalCommand(argv, { write: (text) => io.stdout.write(text) }).then(() => undefined);
  },
  export: (argv, io) => {
    const { EXPORT_COMMAND, exportFormat, exportGraph } =
      load<typeof ExportModule>('./export-command');
    return run(EXPORT_COMMAND, argv, io, ({ values, positionals: [target] }) => {
      const format = exportFormat(values.format, target);
      return withExistingStore(io, (store) =>
        exportGraph(store, { format, target }, io.stderr, io.stdout),
      );
    });
  },
  import: (argv, io) => {
    const { importGraph, IMPORT_COMMAND } = load<typeof ImportModule>('./import-command');
    return run(IMPORT_COMMAND, argv, io, ({ positionals: [file] }) =>
      withStore(io, (store) => importGraph(store, file!, io.stderr), { inProcess: true }),
    );
  },
  keys: (argv, io) => {
    const { KEYS_COMMAND, keysAction, keysCommand } = load<typeof KeysModule>('./keys-command');
    return run(KEYS_COMMAND, argv, io, ({ values, positionals }) => {
      const request = keysAction(values, positionals);
      const open = request.action === 'create' ? withStore : withExistingStore;
      return open(io, (store) => keysCommand(store, request, io.stdout));
    });
  },
  schema: (argv, io) => {
    const { SCHEMA_COMMAND, schemaCommand } = load<typeof SchemaModule>('./schema-command');
    return run(SCHEMA_COMMAND, argv, io, ({ values }) => schemaCommand(values.check === true));
  },
};

/** Where a kg command writes: standard output and standard error, or test buffers. */
export interface KgIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/**
 * Runs one kg command line and resolves with the process's exit code: 0,
 * 1 for an error the user can fix (its message says how; a command may
 * also set 1 itself, as ingest does when a file failed), 2 for a command
 * line the command cannot read (after the problem and the usage). Anything
 * that is not a KgError is a bug, and rejects.
 */
export async function runKg(argv: readonly string[], io: KgIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    const runCommand = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (runCommand === undefined) throw new UsageError(`kg: no command "${command}"`, USAGE);
    await runCommand(rest, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(error.message);
      return 2;
    }
    if (error instanceof KgError) {
      io.stderr.write(`kg: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
