// node dist/scripts/nlp/cli.js start | stop | status | restart | run (in the foreground)
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

runServerCli(process.argv[2], {
  start: () => startNlpServer(),
  stop: () => stopNlpServer(),
  restart: () => restartNlpServer(),
  status: printStatus,
  run: () => runNlpServer(),
});
