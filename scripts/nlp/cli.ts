// node dist/scripts/nlp/cli.js start | stop | status | restart | run (in the foreground)
// `start` does nothing when KG_NLP_URL names another server (npm start calls it).
// Settings come from the environment (see NlpServerOptions): KG_NLP_PORT,
// KG_NLP_HEAP, KG_NLP_HOME, KG_NLP_CACHE, KG_NLP_LANGUAGES, KG_NLP_THREADS, KG_NLP_BIND.
import { runServerCli } from '../java-server/server-cli';
import {
  nlpStatus,
  restartNlpServer,
  runNlpServer,
  startNlpServer,
  stopNlpServer,
} from './nlp-server';

/** Prints the status; exit code 0 when /ready answered, 3 otherwise. */
async function printStatus(): Promise<number> {
  const status = await nlpStatus();
  if (!status.running) {
    process.stdout.write(`CoreNLP is not running (home ${status.home})\n`);
    return 3;
  }
  const state = status.ready ? 'ready' : 'loading models or not answering';
  process.stdout.write(`CoreNLP pid ${status.pid ?? '?'} at ${status.url}: ${state}\n`);
  process.stdout.write(`log: ${status.logFile}\n`);
  return status.ready ? 0 : 3;
}

/** With KG_NLP_URL set the service uses that server: starting the project's own is not needed. */
async function startUnlessExternal(): Promise<void> {
  const external = process.env['KG_NLP_URL'];
  if (external) {
    process.stdout.write(`KG_NLP_URL is set: using the CoreNLP server at ${external}\n`);
    return;
  }
  await startNlpServer();
}

runServerCli(process.argv[2], {
  start: startUnlessExternal,
  stop: () => stopNlpServer(),
  restart: () => restartNlpServer(),
  status: printStatus,
  run: () => runNlpServer(),
});
