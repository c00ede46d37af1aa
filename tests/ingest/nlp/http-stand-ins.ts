import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on a free loopback port, and how many requests it received. */
export interface LocalServer {
  readonly url: string;
  requests(): number;
  close(): Promise<void>;
}

/** Serves with `handle` on 127.0.0.1 and counts the requests. */
export async function serveLocally(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<LocalServer> {
  let count = 0;
  const server: Server = createServer((request, response) => {
    count += 1;
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Forwards every request to `target` (a real CoreNLP server), so a test can count what reached it. */
export function countingProxy(target: string): Promise<LocalServer> {
  return serveLocally((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      fetch(new URL(request.url ?? '/', target), {
        method: request.method ?? 'GET',
        headers: { 'content-type': request.headers['content-type'] ?? 'text/plain' },
        body: request.method === 'POST' ? Buffer.concat(chunks) : undefined,
      })
        .then(async (answer) => {
          response.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? '',
          });
          response.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => {
          response.writeHead(502);
          response.end();
        });
    });
  });
}

/** A port on which nothing listens (taken from the system, then released). */
export async function unusedPort(): Promise<number> {
  const server = await serveLocally(() => undefined);
  const port = Number(new URL(server.url).port);
  await server.close();
  return port;
}
