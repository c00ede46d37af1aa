import { readConfig } from '../server/config';
import { runServer } from '../server/main';
import { defineCommand } from './command-args';

export const SERVE_COMMAND = defineCommand({
  name: 'serve',
  usage: `Usage: kg serve

Serves the graph over GraphQL until SIGINT or SIGTERM. Everything else comes from the
environment (PORT, KG_DATA_DIR, NEO4J_URI, KG_EDITOR_KEY, KG_NLP_URL, ...; see README).

Options:
  --help  show this message
`,
  options: {},
  positionals: { min: 0, max: 0 },
});

/** `kg serve`: runs until a signal, then closes the server and exits. */
export async function serveCommand(): Promise<void> {
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
