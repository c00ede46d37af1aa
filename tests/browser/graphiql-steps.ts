import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';

/** What a user would have seen, plus every request the page made. Knows nothing of the app. */
export interface GraphiqlVisit {
  /** Every URL the page and its workers requested, in order. */
  readonly requests: readonly string[];
  /** Requests to anything but this machine's loopback: must stay empty for an offline IDE. */
  readonly foreignRequests: readonly string[];
  readonly tabTitles: readonly string[];
  readonly queryText: string;
  readonly variablesText: string;
  readonly responseText: string;
  /** Console errors (Chromium reports CSP refusals there) and uncaught page errors. */
  readonly errors: readonly string[];
  /** For reports only: tests never assert timings. */
  readonly timings: { readonly editorReadyMs: number; readonly resultShownMs: number };
}

export interface VisitOptions {
  /** Reuse a browser; by default one is launched and closed around the visit. */
  readonly browser?: Browser;
  readonly screenshotPath?: string;
}

// GraphiQL 5 class names; Monaco renders editor text inside `.view-lines`.
const QUERY_EDITOR = '.graphiql-query-editor .view-lines';
const VARIABLES_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines';
const RESPONSE = '.graphiql-response .view-lines';
const EXECUTE = '.graphiql-execute-button';
const TAB = '.graphiql-tab';

/**
 * Opens GraphiQL at `url` in a fresh profile (so the default tabs show), clicks the run button
 * and returns what appeared. The run button executes the active tab: the first example on a
 * first visit, or the operation given in the address (`?query=…`).
 */
export async function openGraphiqlAndRunFirstExample(
  url: string,
  options: VisitOptions = {},
): Promise<GraphiqlVisit> {
  const browser = options.browser ?? (await launchChromium());
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    try {
      return await visit(context, url, options.screenshotPath);
    } finally {
      await context.close();
    }
  } finally {
    if (options.browser === undefined) await browser.close();
  }
}

async function visit(
  context: BrowserContext,
  url: string,
  screenshotPath?: string,
): Promise<GraphiqlVisit> {
  const requests: string[] = [];
  // Context-wide, so requests from popups and workers are caught too.
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors = collectErrors(page);

  const started = Date.now();
  await page.goto(url);
  await nonEmpty(page, QUERY_EDITOR);
  const editorReadyMs = Date.now() - started;
  const tabTitles = await page.locator(TAB).allInnerTexts();
  const queryText = await editorText(page, QUERY_EDITOR);
  const variablesText = await editorText(page, VARIABLES_EDITOR);

  await page.locator(EXECUTE).click();
  await nonEmpty(page, RESPONSE);
  const resultShownMs = Date.now() - started;
  const responseText = await editorText(page, RESPONSE);
  if (screenshotPath !== undefined) await page.screenshot({ path: screenshotPath });

  return {
    requests,
    foreignRequests: requests.filter((request) => !isLoopback(request)),
    tabTitles: tabTitles.map(normalizeSpaces),
    queryText,
    variablesText,
    responseText,
    errors,
    timings: { editorReadyMs, resultShownMs },
  };
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function nonEmpty(page: Page, selector: string): Promise<void> {
  await page.locator(selector).filter({ hasText: /\S/ }).first().waitFor({ timeout: 30_000 });
}

/** Monaco shows only the lines in view, with spaces as U+00A0. */
async function editorText(page: Page, selector: string): Promise<string> {
  const editor = page.locator(selector).first();
  if ((await editor.count()) === 0) return '';
  return normalizeSpaces(await editor.innerText());
}

function normalizeSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(raw: string): boolean {
  // Anything unparseable (an opaque `blob:null/…`) counts as foreign, so it gets looked at.
  if (!URL.canParse(raw)) return false;
  const url = new URL(raw);
  switch (url.protocol) {
    case 'data:':
    case 'about:':
      return true;
    case 'blob:':
      // blob:http://127.0.0.1:1234/<uuid> belongs to the page's origin.
      return isLoopback(url.origin);
    default:
      return LOOPBACK_HOSTS.has(url.hostname);
  }
}
