import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Response } from 'express';
import { WEB_CONTENT_SECURITY_POLICY } from './web-csp';
import { builtWebFolder } from './web-files';

/** Page paths and the built HTML each serves. */
const PAGES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/explore': 'explore.html',
  '/dashboard': 'dashboard.html',
};

/** Shown on the IDE page, so that its users find the pictures. */
export const WEB_PAGE_LINKS = [
  { href: '/explore', label: 'Graph explorer' },
  { href: '/dashboard', label: 'Dashboard' },
] as const;

/** Where the pages' scripts and styles live; the HTML files name them under this path. */
export const WEB_ASSETS_PATH = '/web';

/**
 * Serves the landing page, the graph explorer and the dashboard from the files `npm run build`
 * wrote into dist/web, with a CSP that refuses every outside source.
 */
export function webPages(folder: string = builtWebFolder()): Router {
  const router = Router();
  for (const [path, file] of Object.entries(PAGES)) {
    router.get(path, (_req, res, next) => {
      const page = join(folder, file);
      if (!existsSync(page)) {
        notBuilt(res, file);
        return;
      }
      setSecurityHeaders(res);
      res.sendFile(page, { headers: { 'Cache-Control': 'no-cache' } }, (error) => {
        if (error !== undefined) next(error);
      });
    });
  }
  router.use(
    WEB_ASSETS_PATH,
    express.static(folder, {
      index: false,
      fallthrough: true,
      // Names do not change with the content: browsers revalidate (ETag) on every load.
      cacheControl: true,
      maxAge: 0,
      setHeaders: setSecurityHeaders,
    }),
  );
  return router;
}

function setSecurityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function notBuilt(res: Response, file: string): void {
  res
    .status(503)
    .type('text/plain; charset=utf-8')
    .send(
      `The page ${file} is not built on this server: run \`npm run build\`, then restart it.\n`,
    );
}
