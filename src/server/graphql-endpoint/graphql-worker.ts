import 'reflect-metadata';
import type { MessagePort } from 'node:worker_threads';
import { parentPort, workerData } from 'node:worker_threads';
import { defaultExtractors } from '../../ingest/extractor-registry';
import { createLanguageAnalyser } from '../../ingest/nlp/create-language-analyser';
import { lowerThreadPriority } from '../../runtime/lower-thread-priority';
import { openStore } from '../../store/open-store';
import { withDeadlineOf } from '../../store/request-deadline';
import type { Logger } from '../logger';
import { requestScope } from '../request-context';
import { startApolloEndpoint } from './apollo-endpoint';
import type { FromWorker, GraphqlWorkerSetup, ToWorker } from './worker-messages';

/**
 * A GraphQL worker thread (graphql-worker-pool.ts): its own Neo4j driver
 * and Apollo endpoint; requests in, encoded answers out, the body's bytes
 * transferred rather than copied.
 */
async function serveRequests(port: MessagePort, setup: GraphqlWorkerSetup): Promise<void> {
  lowerThreadPriority();
  const send = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  const at =
    (level: keyof Logger) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      send({ type: 'log', level, message, fields });
  const log: Logger = {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
  const store = await openStore(setup.store);
  const extractor = defaultExtractors(createLanguageAnalyser(setup.nlp)).create(setup.extractor);
  const endpoint = await startApolloEndpoint({
    store,
    extractor,
    editorKey: setup.editorKey,
    readKey: setup.readKey,
    log,
    limits: setup.limits,
  });
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'request': {
        const { id, request } = message;
        requestScope
          .run({ requestId: request.requestId }, () =>
            withDeadlineOf(request.deadline, () => endpoint.answer(request)),
          )
          .then(
            (answer) => send({ type: 'answer', id, answer }, [answer.body.buffer as ArrayBuffer]),
            (error: unknown) =>
              send({
                type: 'failed',
                id,
                message: error instanceof Error ? (error.stack ?? error.message) : String(error),
              }),
          );
        return;
      }
      case 'cancel':
        endpoint.cancel();
        return;
      case 'stop':
        void endpoint
          .stop()
          .then(() => store.close())
          .finally(() => {
            send({ type: 'stopped' });
            port.close();
          });
        return;
    }
  });
  send({ type: 'ready' });
}

if (parentPort) void serveRequests(parentPort, workerData as GraphqlWorkerSetup);
