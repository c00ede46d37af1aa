import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { openMemorySqlite } from '../support/sqlite';
import {
  SEED_DIR,
  TEST_EDITOR_KEY,
  postGraphql,
  startTestServer,
  type TestServer,
} from '../support/test-server';
import { launchChromium } from './chromium';
import { rawRequest } from './raw-http';
import {
  SCREENSHOT_DIR,
  buildPagesUnderTest,
  clickEdge,
  drawnNames,
  graphReady,
  watchedPage,
} from './web-steps';

const BROWSER_TIMEOUT_MS = 120_000;
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const SEED_TEXT = oneLine(readFileSync(join(SEED_DIR, 'kursk-north-korean-losses.fr.txt'), 'utf8'));

let server: TestServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  await buildPagesUnderTest();
  server = await startTestServer(await openMemorySqlite());
  origin = new URL(server.url).origin;
  browser = await launchChromium();
}, BROWSER_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
});

afterEach(async () => {
  await context.close();
});

describe('the pages over HTTP', () => {
  test.each(['/', '/explore', '/dashboard', '/web/explore.js', '/web/kg.css'])(
    '%s is served under a CSP that allows nothing from outside',
    async (path) => {
      const response = await rawRequest(`${origin}${path}`, { accept: BROWSER_ACCEPT });
      const csp = String(response.headers['content-security-policy']);

      expect(response.status).toBe(200);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/https?:|\*|'unsafe-/);
    },
  );

  test('GET / and the IDE link to the explorer and the dashboard', async () => {
    const home = (await rawRequest(`${origin}/`, { accept: BROWSER_ACCEPT })).body.toString();
    const ide = (await rawRequest(server.url, { accept: BROWSER_ACCEPT })).body.toString();

    for (const html of [home, ide]) {
      expect(html).toContain('href="/explore"');
      expect(html).toContain('href="/dashboard"');
    }
    expect(home).toContain('href="/graphql"');
  });
});

describe('the graph explorer in Chromium', () => {
  test(
    'searching "Corée du Nord" draws North Korea and its neighbours, offline; an edge opens a sentence of the seed; paths reach Ukraine',
    async () => {
      const { page, foreignRequests, errors } = await watchedPage(context);
      await page.goto(`${origin}/explore`);
      await page.getByLabel('Entity (any language)').fill('Corée du Nord');
      await page.getByLabel('Entity (any language)').press('Enter');
      await graphReady(page);

      const names = await drawnNames(page);
      expect(names).toContain('North Korea');
      expect(names).toEqual(expect.arrayContaining(['Russia', 'Ukraine', 'United States']));

      await clickEdge(page, 'AT_WAR_WITH', 'North Korea');
      const sentence = page.locator('#evidence blockquote').first();
      await sentence.waitFor();
      expect(SEED_TEXT).toContain(oneLine(await sentence.innerText()));
      expect(await page.locator('#evidence mark').allInnerTexts()).not.toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'explore-edge.png') });

      await page.getByLabel('To', { exact: true }).fill('Ukraine');
      await page.getByRole('button', { name: 'Find paths' }).click();
      const firstPath = page.locator('#evidence .path-summary').first();
      await firstPath.waitFor();
      expect(oneLine(await firstPath.innerText())).toMatch(/^North Korea → Ukraine \(1 hop\)/);
      expect(await page.locator('#evidence .hop blockquote').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'explore-path.png') });

      expect(foreignRequests()).toEqual([]);
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  test(
    'the address restores the view: entity, filter and path',
    async () => {
      const { page, errors } = await watchedPage(context);
      await page.goto(
        `${origin}/explore?entity=country%3Anorth-korea&modalities=REPORTED&path=country%3Anorth-korea,country%3Aukraine`,
      );
      await graphReady(page);
      await page.locator('#evidence .path-summary').first().waitFor();

      const shown = await page.evaluate(() => {
        const { graph } = (window as any).kgExplorer;
        return graph.cy
          .edges()
          .not('.filtered')
          .map((edge: any) => String(edge.data('modality')));
      });
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set(['REPORTED']));
      expect(await page.getByRole('checkbox', { name: 'reported' }).isChecked()).toBe(true);
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  test(
    'the relations drawn are also buttons: the keyboard opens their claims',
    async () => {
      const { page } = await watchedPage(context);
      await page.goto(`${origin}/explore?entity=country%3Anorth-korea`);
      await graphReady(page);
      await page.locator('#in-view summary').first().press('Enter');
      const relation = page.locator('#relation-list button').first();
      await relation.focus();
      await page.keyboard.press('Enter');

      await page.locator('#evidence blockquote').first().waitFor();
      expect(SEED_TEXT).toContain(
        oneLine(await page.locator('#evidence blockquote').first().innerText()),
      );
    },
    BROWSER_TIMEOUT_MS,
  );
});

describe('the dashboard in Chromium', () => {
  test(
    'the timeline counts the seed’s claims, and an article ingested through the API shows up without a reload',
    async () => {
      const { page, foreignRequests, errors } = await watchedPage(context);
      await page.goto(`${origin}/dashboard`);
      await page.waitForSelector('body[data-dashboard="ready"]');

      const api = await postGraphql<{ claims: { totalCount: number } }>(
        server.url,
        '{ claims { totalCount } }',
      );
      const timelineTotal = await page
        .locator('#timeline [data-table] tbody tr td:last-child')
        .allTextContents();
      expect(timelineTotal.map(Number).reduce((a, b) => a + b, 0)).toBe(
        api.data!.claims.totalCount,
      );
      // Claims are dated by their own time ("depuis quatre mois") or the article's, 2024-12-17.
      const periods = await page
        .locator('#timeline [data-table] tbody tr td:first-child')
        .allTextContents();
      expect(periods).toContain('2024-12');
      const ideLink = await page.locator('#timeline a[data-ide-link]').getAttribute('href');
      expect(ideLink).toMatch(/^\/graphql\?query=query\+DashboardClaims/);
      await page.evaluate(() => ((window as any).notReloaded = true));

      const title = 'Washington sanctionne Pyongyang';
      const ingested = await postGraphql<{ ingestArticle: { claims: number } }>(
        server.url,
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { claims } }',
        {
          input: {
            title,
            publisher: 'Le Test',
            language: 'fr',
            publishedAt: new Date().toISOString().slice(0, 10),
            text: 'Les États-Unis imposent de nouvelles sanctions à la Corée du Nord.',
          },
        },
        { authorization: `Bearer ${TEST_EDITOR_KEY}` },
      );
      expect(ingested.errors).toBeUndefined();

      const latest = page.locator('#latest-list article').first();
      await latest.getByText(title).waitFor({ timeout: 30_000 });
      expect(ingested.data!.ingestArticle.claims).toBeGreaterThan(0);
      expect(await latest.locator('li').count()).toBe(ingested.data!.ingestArticle.claims);
      expect(await latest.locator('li strong').allTextContents()).toContain(
        'United States sanctions North Korea',
      );
      expect(await page.evaluate(() => (window as any).notReloaded)).toBe(true);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard.png'), fullPage: true });

      expect(foreignRequests()).toEqual([]);
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );
});
