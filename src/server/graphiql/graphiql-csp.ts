/**
 * Content-Security-Policy for the GraphiQL page: everything it needs is inline, so every
 * outside source is refused, and the only network peer is the GraphQL endpoint on this origin.
 */
export function graphiqlContentSecurityPolicy(scriptHash: string): string {
  return [
    "default-src 'none'",
    // The page's single inline script, pinned by hash rather than 'unsafe-inline'.
    `script-src '${scriptHash}'`,
    // The inline script turns Monaco's editor, JSON and GraphQL workers into blob: URLs.
    'worker-src blob:',
    // React style attributes and Monaco's injected <style> elements cannot be hashed ahead of time.
    "style-src 'unsafe-inline'",
    // The favicon and the CSS fonts are data: URLs.
    'img-src data:',
    'font-src data:',
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}
