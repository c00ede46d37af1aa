#!/usr/bin/env node
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidInputError, KgError } from '../domain/errors';
import { printGraphSchema } from '../graphql/print-schema';
import { readConfig } from '../server/config';
import { runServer } from '../server/main';
import type { GraphStore } from '../store/graph-store';
import { openStore } from '../store/open-store';
import { evalCommand } from './eval-command';
import { exportGraph } from './export-command';
import { ingestCommand } from './ingest-command';
import { importGraph } from './import-command';

const USAGE = `Usage: kg <command>

Commands:
  serve            serve the graph over GraphQL (PORT, KG_DATA_DIR, NEO4J_URI, ... see README)
  ingest <file|folder>... [--extractor=name]
                   extract <name>.txt (+ optional <name>.json metadata) into the store
  eval [folder...] [--real folder] [--extractor=name] [--verbose] ...
                   score the extractor against the hand annotations of seed/ and eval/corpus/
                   and the expected facts of eval/real/ (kg eval --help for every option)
  export [file]    write the whole graph as NDJSON (to standard output without a file)
  import <file>    load a kg export into the configured store (idempotent)
  schema [--check] write schema/schema.graphql from the code, or check that it is up to date
`;

async function serve(): Promise<void> {
  const server = await runServer(readConfig());
  process.stdout.write(`kg is serving at ${server.url}\n`);
  const shutdown = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function schema(check: boolean): Promise<void> {
  const file = resolve('schema', 'schema.graphql');
  const printed = await printGraphSchema();
  if (!check) {
    writeFileSync(file, printed);
    process.stdout.write(`wrote ${file}\n`);
    return;
  }
  if (readFileSync(file, 'utf8') !== printed) {
    throw new KgError(
      'BAD_USER_INPUT',
      `${file} is out of date; run npm run schema:emit and commit it.`,
    );
  }
  process.stdout.write(`${file} is up to date\n`);
}

/** Runs a command against the configured store, closing it whatever happens. */
async function withStore(work: (store: GraphStore) => Promise<void>): Promise<void> {
  const store = await openStore(readConfig().store);
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'ingest':
      return withStore(async (store) => {
        const summary = await ingestCommand(rest, store);
        if (summary.failed > 0) process.exitCode = 1;
      });
    case 'eval':
      return evalCommand(rest).then(() => undefined);
    case 'export':
      return withStore((store) => exportGraph(store, rest[0], process.stderr));
    case 'import':
      if (rest[0] === undefined)
        throw new InvalidInputError('kg import needs the path of a kg export file.');
      return withStore((store) => importGraph(store, rest[0]!, process.stderr));
    case 'schema':
      return schema(rest.includes('--check'));
    default:
      process.stderr.write(USAGE);
      process.exitCode = command === undefined || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A KgError is the user's to fix: its message says how. Anything else is a bug: show the stack.
  process.stderr.write(
    error instanceof KgError ? `kg: ${error.message}\n` : `kg: ${(error as Error).stack}\n`,
  );
  process.exit(1);
});
