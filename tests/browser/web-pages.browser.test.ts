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

/**
 * A hand-annotated denial of a relation read in the seed (Russia supplies North Korea, alleged):
 * with it, that relation is contested. Published the day after the seed, so the
 * article ingested by the live test below stays the newest.
 */
const DENIAL_SENTENCE = 'Moscou dément fournir quoi que ce soit à Pyongyang.';
const DENIAL_PUBLISHER = 'Le Démenti';
const DENIAL = {
  article: {
    title: 'Moscou dément',
    publisher: DENIAL_PUBLISHER,
    language: 'fr',
    publishedAt: '2024-12-18',
    text: `${DENIAL_SENTENCE} Le régime n'a pas donné de détails.`,
  },
  entities: [
    { ref: 'russia', kind: 'COUNTRY', name: 'Russia', mentions: ['Moscou'] },
    { ref: 'north-korea', kind: 'COUNTRY', name: 'North Korea', mentions: ['Pyongyang'] },
  ],
  claims: [
    {
      subject: 'russia',
      predicate: 'SUPPLIES',
      object: 'north-korea',
      modality: 'DENIED',
      sentence: DENIAL_SENTENCE,
    },
  ],
};
const SEED_TEXT = oneLine(readFileSync(join(SEED_DIR, 'kursk-north-korean-losses.fr.txt'), 'utf8'));

let server: TestServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  await buildPagesUnderTest();
  server = await startTestServer(await openMemorySqlite());
  origin = new URL(server.url).origin;
  const imported = await postGraphql(
    server.url,
    'mutation($input: AnnotatedArticleInput!) { importAnnotatedArticle(input: $input) { claims } }',
    { input: DENIAL },
    { authorization: `Bearer ${TEST_EDITOR_KEY}` },
  );
  expect(imported.errors).toBeUndefined();
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
    'the keyboard moves the drawing and opens relations as buttons, and focus follows to their claims',
    async () => {
      const { page } = await watchedPage(context);
      await page.goto(`${origin}/explore?entity=country%3Anorth-korea`);
      await graphReady(page);
      const zoom = () => page.evaluate(() => (window as any).kgExplorer.graph.cy.zoom() as number);
      const before = await zoom();
      await page.locator('#graph').focus();
      await page.keyboard.press('+');
      expect(await zoom()).toBeGreaterThan(before);
      expect(await page.locator('#graph').getAttribute('aria-describedby')).toBe('graph-keys');

      await page.locator('#in-view summary').first().press('Enter');
      const relation = page.locator('#relation-list button').first();
      await relation.focus();
      await page.keyboard.press('Enter');

      await page.locator('#evidence blockquote').first().waitFor();
      expect(SEED_TEXT).toContain(
        oneLine(await page.locator('#evidence blockquote').first().innerText()),
      );
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    },
    BROWSER_TIMEOUT_MS,
  );

  test(
    'a contested relation is marked on the drawing, and its edge shows the claims for and against with their sources',
    async () => {
      const { page, errors } = await watchedPage(context);
      await page.goto(`${origin}/explore?entity=country%3Anorth-korea`);
      await graphReady(page);

      const marked = await page.evaluate(() => {
        const { graph } = (window as any).kgExplorer;
        return graph.cy.edges('.contested').map((edge: any) => ({
          relation: `${edge.source().data('name')} ${edge.data('predicate')} ${edge.target().data('name')}`,
          outline: edge.style('line-outline-width'),
          middle: edge.style('mid-target-arrow-shape'),
        }));
      });
      expect(marked).toEqual([
        { relation: 'Russia SUPPLIES North Korea', outline: '2px', middle: 'diamond' },
      ]);
      const plain = await page.evaluate(() => {
        const { graph } = (window as any).kgExplorer;
        return graph.cy.edges().not('.contested')[0].style('mid-target-arrow-shape');
      });
      expect(plain).toBe('none');

      await clickEdge(page, 'SUPPLIES', 'Russia');
      await page.locator('#evidence .contested-note').waitFor();
      expect(oneLine(await page.locator('#evidence .contested-note').innerText())).toMatch(
        /^Contested: (1 claim states|\d+ claims state) it, 1 claim denies it\.$/,
      );
      const denying = await page
        .locator('#evidence [data-stance="denying"] blockquote')
        .allInnerTexts();
      expect(denying.map(oneLine)).toEqual([DENIAL_SENTENCE]);
      const supporting = await page
        .locator('#evidence [data-stance="supporting"] blockquote')
        .allInnerTexts();
      expect(supporting.length).toBeGreaterThan(0);
      for (const sentence of supporting) expect(SEED_TEXT).toContain(oneLine(sentence));
      expect(await page.locator('#evidence [data-sources] li').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining(DENIAL_PUBLISHER)]),
      );
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'explore-contested.png') });
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  test(
    'the dark theme of the system reaches the page and the drawing',
    async () => {
      const dark = await browser.newContext({
        viewport: { width: 1500, height: 900 },
        colorScheme: 'dark',
      });
      try {
        const { page, errors } = await watchedPage(dark);
        await page.goto(`${origin}/explore?entity=country%3Anorth-korea`);
        await graphReady(page);
        const colours = await page.evaluate(() => {
          const css = getComputedStyle(document.documentElement);
          const { graph } = (window as any).kgExplorer;
          return {
            fg: css.getPropertyValue('--fg').trim(),
            page: getComputedStyle(document.body).backgroundColor,
            label: graph.cy.nodes()[0].style('color'),
            outline: graph.cy.nodes()[0].style('text-outline-color'),
          };
        });
        expect(colours.fg).toBe('#e6e8eb');
        expect(colours.page).toBe('rgb(20, 23, 28)');
        expect(colours.label).toBe('rgb(230,232,235)');
        expect(colours.outline).toBe('rgb(20,23,28)');
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'explore-dark.png') });
        expect(errors).toEqual([]);
      } finally {
        await dark.close();
      }
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
      expect(ideLink).toMatch(/^\/graphql\?query=query\+DashboardTimeline/);
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
      // Redrawn by the articleIngested subscription, not by polling.
      expect(await page.locator('#latest [data-status]').textContent()).toMatch(/live: redrawn/);
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

  test(
    'the charts come from the store’s timeline and stats; contested relations list their sources; the range drives them',
    async () => {
      const { page, errors } = await watchedPage(context);
      const operations: string[] = [];
      page.on('request', (request) => {
        const name = /"query":"(?:query|mutation|subscription) (\w+)/.exec(
          request.postData() ?? '',
        );
        if (name) operations.push(name[1]!);
      });
      await page.goto(`${origin}/dashboard`);
      await page.waitForSelector('body[data-dashboard="ready"]');

      expect(operations).toEqual(
        expect.arrayContaining([
          'DashboardTimeline',
          'DashboardMostConnected',
          'DashboardContested',
          'DashboardPublishers',
        ]),
      );
      // Counting is the store's: no widget pages through claims any more.
      expect(operations).not.toContain('DashboardClaims');

      // Articles per publisher are the store's grouped count.
      const publishers = await postGraphql<{
        stats: { articlesByPublisher: { key: string | null; count: number }[] };
      }>(server.url, '{ stats { articlesByPublisher { key count } } }');
      const publisherRows = await page
        .locator('#publishers [data-table] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.firstElementChild!.textContent,
            Number(tr.lastElementChild!.textContent),
          ]),
        );
      expect(publisherRows).toEqual(
        publishers.data!.stats.articlesByPublisher.map((p) => [p.key ?? '(no publisher)', p.count]),
      );
      expect(publisherRows.length).toBeGreaterThan(0);

      // The chart's periods and totals are the API's timeline, month by month.
      const api = await postGraphql<{
        timeline: { buckets: { start: string; count: number }[] };
      }>(
        server.url,
        '{ timeline(bucket: MONTH, by: MODALITY, first: 1000) { buckets { start count } } }',
      );
      const perMonth = new Map<string, number>();
      for (const b of api.data!.timeline.buckets) {
        const month = b.start.slice(0, 7);
        perMonth.set(month, (perMonth.get(month) ?? 0) + b.count);
      }
      const rows = await page
        .locator('#timeline [data-table] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.firstElementChild!.textContent,
            Number(tr.lastElementChild!.textContent),
          ]),
        );
      expect(new Map(rows as [string, number][])).toEqual(perMonth);
      expect(await page.locator('#timeline-chart').getAttribute('aria-label')).toMatch(
        /^\d+ claims over \d+ months, by modality$/,
      );

      const contested = page.locator('#contested [data-table] tbody tr');
      expect(await contested.count()).toBe(1);
      const cells = (await contested.first().locator('td').allInnerTexts()).map(oneLine);
      expect(cells[0]).toBe('Russia supplies North Korea');
      expect(Number(cells[1])).toBeGreaterThan(0);
      expect(cells[2]).toBe('1');
      expect(cells[4]).toContain(DENIAL_PUBLISHER);
      expect(await contested.first().locator('a[data-relation]').getAttribute('href')).toMatch(
        /^\/explore\?entity=country%3Arussia&relation=/,
      );
      await page.screenshot({
        path: join(SCREENSHOT_DIR, 'dashboard-contested.png'),
        fullPage: true,
      });

      // A range with nothing in it empties every widget the range drives.
      await page.getByLabel('From').fill('2030-01-01');
      await page.getByLabel('To').fill('2030-12-31');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForSelector('body[data-dashboard="ready"]');
      await page.locator('#contested [data-status]').getByText('No relation seen').waitFor();
      expect(await page.locator('#timeline [data-table] tbody tr').count()).toBe(0);
      expect(await contested.count()).toBe(0);
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  test(
    'the dashboard follows a dark system theme',
    async () => {
      const dark = await browser.newContext({
        viewport: { width: 1500, height: 900 },
        colorScheme: 'dark',
      });
      try {
        const { page, errors } = await watchedPage(dark);
        await page.goto(`${origin}/dashboard`);
        await page.waitForSelector('body[data-dashboard="ready"]');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
          'rgb(20, 23, 28)',
        );
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-dark.png'), fullPage: true });
        expect(errors).toEqual([]);
      } finally {
        await dark.close();
      }
    },
    BROWSER_TIMEOUT_MS,
  );
});
