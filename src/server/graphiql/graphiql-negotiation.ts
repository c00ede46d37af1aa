import type { Request } from 'express';

// Ties go to JSON (earlier in the list), so `Accept: */*` (curl, fetch) reaches GraphQL:
// the rule Apollo Server uses to decide when to show its own landing page.
const SERVED_TYPES = ['application/json', 'application/graphql-response+json', 'text/html'];

/**
 * True when a request asks for the GraphiQL page rather than for a GraphQL result:
 * a GET or HEAD that prefers text/html and carries no GraphQL-over-HTTP `query` or
 * `extensions` (persisted query) parameter, unless it is a browser opening a page.
 */
export function wantsGraphiqlPage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (carriesGraphqlParameters(req) && !isDocumentNavigation(req)) return false;
  return req.accepts(SERVED_TYPES) === 'text/html';
}

/** gzip only when asked for: without Accept-Encoding the body goes out plain. */
export function acceptsGzip(req: Request): boolean {
  if (req.get('accept-encoding') === undefined) return false;
  return req.acceptsEncodings('gzip', 'identity') === 'gzip';
}

function carriesGraphqlParameters(req: Request): boolean {
  const query: unknown = req.query;
  if (typeof query !== 'object' || query === null) return false;
  return Object.hasOwn(query, 'query') || Object.hasOwn(query, 'extensions');
}

/**
 * GraphiQL writes the edited operation into the address bar (`?query=…`), so reloading or
 * sharing that address must show GraphiQL again; Apollo would refuse that GET as CSRF.
 * Only a browser loading a top-level page sends `Sec-Fetch-Dest: document` (Fetch Metadata;
 * sent to localhost and https origins): fetch(), curl and GraphQL clients never do.
 */
function isDocumentNavigation(req: Request): boolean {
  return req.get('sec-fetch-dest') === 'document';
}
