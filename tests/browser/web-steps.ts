import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildWebPages } from '../../scripts/web/build';
import { packageRoot } from '../../src/server/web/web-files';
import { isLoopback } from './graphiql-steps';

/** Screenshots land here for a reviewer to look at; the folder is git-ignored. */
export const SCREENSHOT_DIR = join(packageRoot(__dirname), 'test-output', 'browser');

/** Bundles the pages from the sources under test into dist/web, where the server reads them. */
export async function buildPagesUnderTest(): Promise<void> {
  await buildWebPages(packageRoot(__dirname));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
}

/** A page that records every request of its context and every console error or page error. */
export interface WatchedPage {
  readonly page: Page;
  readonly requests: readonly string[];
  readonly foreignRequests: () => string[];
  readonly errors: readonly string[];
}

export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    page,
    requests,
    errors,
    foreignRequests: () => requests.filter((request) => !isLoopback(request)),
  };
}

/** Waits until the explorer says its drawing is laid out and answers clicks. */
export async function graphReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph="ready"]', { timeout: 60_000 });
}

/** Names of the entities drawn, read from the drawing itself. */
export function drawnNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph } = (window as any).kgExplorer;
    return graph.cy.nodes().map((node: any) => String(node.data('name')));
  });
}

/** Clicks the drawn edge of this relation where it is on screen, as a user would. */
export async function clickEdge(page: Page, predicate: string, subjectName: string): Promise<void> {
  const point = await page.evaluate(
    ({ predicate, subjectName }) => {
      const { graph } = (window as any).kgExplorer;
      const edge = graph.cy
        .edges()
        .filter(
          (e: any) => e.data('predicate') === predicate && e.source().data('name') === subjectName,
        )[0];
      if (edge === undefined) return null;
      const box = graph.cy.container().getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    },
    { predicate, subjectName },
  );
  if (point === null) throw new Error(`No drawn ${predicate} edge from ${subjectName}`);
  await page.mouse.click(point.x, point.y);
}
