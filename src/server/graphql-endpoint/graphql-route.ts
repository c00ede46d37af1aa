import type { Request, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import { senderFoundByGate } from '../access-gate';
import { currentRequestId } from '../request-context';
import { currentDeadline } from '../../store/request-deadline';
import type { GraphqlEndpoint, GraphqlHttpRequest } from './graphql-endpoint';

function httpRequestOf(req: Request): GraphqlHttpRequest {
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  const query = req.originalUrl.indexOf('?');
  return {
    method: req.method.toUpperCase(),
    headers,
    search: query === -1 ? '' : req.originalUrl.slice(query),
    body: req.body as unknown,
    requestId: currentRequestId() ?? randomUUID(),
    deadline: currentDeadline(),
    sender: senderFoundByGate(req),
  };
}

/**
 * The GraphQL route: hands the request to the endpoint and writes its
 * answer (what Apollo's express integration does, with the execution
 * wherever the endpoint runs it). An answer that comes after the request
 * was answered otherwise (cancelled at shutdown) is dropped.
 */
export function graphqlRoute(endpoint: GraphqlEndpoint): RequestHandler {
  return (req, res, next) => {
    endpoint.answer(httpRequestOf(req)).then((answer) => {
      if (res.headersSent) return;
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res
        .status(answer.status)
        .send(Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength));
    }, next);
  };
}
