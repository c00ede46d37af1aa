/**
 * Content-Security-Policy for the explorer, the dashboard and the landing page: scripts and
 * styles come from this origin's built files alone, data from its GraphQL endpoint alone.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // cytoscape's PNG export and the SVG export are data: and blob: URLs made in the page.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');
