import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { RequestHandler, Response } from 'express';
import { graphiqlContentSecurityPolicy } from './graphiql-csp';
import { renderGraphiqlHtml, type GraphiqlPageOptions } from './graphiql-html';
import { acceptsGzip, wantsGraphiqlPage } from './graphiql-negotiation';

export type { GraphiqlExample, GraphiqlPageOptions } from './graphiql-html';

/** One encoded form of the page, with its own strong validator. */
interface Representation {
  readonly body: Buffer;
  readonly etag: string;
  readonly encoding: 'gzip' | 'identity';
}

/**
 * Renders, compresses and hashes the GraphiQL page once, and returns a handler that serves it
 * to browsers and hands every other request (GraphQL GETs, JSON clients, POSTs) to `next()`.
 * Mount it in front of the GraphQL handler on the same path.
 */
export function graphiqlPage(options: GraphiqlPageOptions): RequestHandler {
  const page = renderGraphiqlHtml(options);
  const plain = Buffer.from(page.html, 'utf8');
  const identity = representation(plain, 'identity');
  const gzip = representation(gzipSync(plain), 'gzip');
  const csp = graphiqlContentSecurityPolicy(page.scriptHash);

  return (req, res, next) => {
    // The same URL answers HTML or JSON depending on Accept: shared caches must know.
    res.vary('Accept');
    if (!wantsGraphiqlPage(req)) {
      next();
      return;
    }
    const chosen = acceptsGzip(req) ? gzip : identity;
    setCacheHeaders(res, chosen, csp);
    // req.fresh compares If-None-Match with the ETag just set (and honours Cache-Control: no-cache).
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    sendRepresentation(res, chosen);
  };
}

function representation(body: Buffer, encoding: Representation['encoding']): Representation {
  // A strong ETag names exact bytes, so the gzip form needs a tag of its own (RFC 9110 §8.8.3).
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 32);
  return { body, encoding, etag: `"${digest}"` };
}

function setCacheHeaders(res: Response, chosen: Representation, csp: string): void {
  res.vary('Accept-Encoding');
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.setHeader('ETag', chosen.etag);
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

function sendRepresentation(res: Response, chosen: Representation): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', chosen.body.length);
  if (chosen.encoding === 'gzip') res.setHeader('Content-Encoding', 'gzip');
  // Node drops the body itself when answering HEAD.
  res.end(chosen.body);
}
