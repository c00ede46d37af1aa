import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { GraphiqlPageOptions } from '../../src/server/graphiql/graphiql-page';
import { launchChromium } from './chromium';
import { openGraphiqlAndRunFirstExample } from './graphiql-steps';
import { rawRequest, type RawResponse } from './raw-http';
import { startTinyGraphqlApp, type RunningApp } from './tiny-graphql-app';

const PAGE: GraphiqlPageOptions = {
  endpoint: '/graphql',
  title: 'kg <test> & co',
  examples: [
    {
      name: 'Greet someone',
      query: 'query Greeting($name: String) { hello(name: $name) }',
      variables: { name: 'kg' },
    },
    // Markup in an example must not end the page's inline script.
    { name: 'Type name </script><script>alert(1)</script>', query: '{ __typename }' },
  ],
};

// What Chromium sends when it opens a page; fetch() and curl send neither Sec-Fetch-Dest nor this Accept.
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const SCREENSHOT = join(tmpdir(), 'graphiql.png');
const BROWSER_TIMEOUT_MS = 90_000;

let app: RunningApp;

beforeAll(async () => {
  app = await startTinyGraphqlApp(PAGE);
});

afterAll(async () => {
  await app.close();
});

describe('GraphiQL page in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, BROWSER_TIMEOUT_MS);

  afterAll(async () => {
    await browser.close();
  });

  test(
    'loads from this server alone, shows the examples as tabs and runs the first one',
    async () => {
      const seen = await openGraphiqlAndRunFirstExample(app.url, {
        browser,
        screenshotPath: SCREENSHOT,
      });

      expect(seen.requests).toContain(app.url);
      expect(seen.foreignRequests).toEqual([]);
      expect(seen.tabTitles).toEqual(['Greeting', '<untitled>']);
      expect(seen.queryText).toContain('query Greeting($name: String) { hello(name: $name) }');
      expect(seen.variablesText).toContain('"name": "kg"');
      expect(JSON.parse(seen.responseText)).toEqual({ data: { hello: 'Hello, kg!' } });
      expect(seen.errors).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );

  test(
    'an address GraphiQL wrote into the location bar (?query=…) opens GraphiQL again',
    async () => {
      const shared = `${app.url}?query=${encodeURIComponent('query Shared { __typename }')}`;
      const seen = await openGraphiqlAndRunFirstExample(shared, { browser });

      expect(seen.foreignRequests).toEqual([]);
      expect(seen.queryText).toContain('query Shared { __typename }');
      expect(JSON.parse(seen.responseText)).toEqual({ data: { __typename: 'Query' } });
      expect(seen.errors).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );
});

describe('GraphiQL page over HTTP', () => {
  const page = (headers: Record<string, string>, url = app.url): Promise<RawResponse> =>
    rawRequest(url, { accept: BROWSER_ACCEPT, ...headers });

  test('a browser asking for gzip gets the gzipped page with cache and security headers', async () => {
    const response = await page({ 'accept-encoding': 'gzip, deflate, br' });

    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['vary']).toBe('Accept, Accept-Encoding');
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    expect(response.headers['etag']).toMatch(/^"[\w-]+"$/);
    expect(gunzipSync(response.body).toString('utf8')).toContain(
      '<title>kg &#60;test&#62; &#38; co</title>',
    );
  });

  test('without Accept-Encoding the page goes out plain and names no outside URL', async () => {
    const response = await page({});
    const html = response.body.toString('utf8');

    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(html.startsWith('\n  <!doctype html>')).toBe(true);
    expect(html).not.toMatch(
      /<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i,
    );
    expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
  });

  test('the Content-Security-Policy allows no outside source and connects only to this origin', async () => {
    const csp = String((await page({})).headers['content-security-policy']);

    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });

  test('a matching If-None-Match gets 304 without a body, for each encoding', async () => {
    for (const encoding of ['gzip', 'identity']) {
      const first = await page({ 'accept-encoding': encoding });
      const etag = String(first.headers['etag']);
      const again = await page({ 'accept-encoding': encoding, 'if-none-match': etag });

      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['etag']).toBe(etag);
    }
  });

  test('gzip and plain bytes carry different strong ETags', async () => {
    const gzip = await page({ 'accept-encoding': 'gzip' });
    const plain = await page({});
    const stale = await page({ 'if-none-match': String(gzip.headers['etag']) });

    expect(gzip.headers['etag']).not.toBe(plain.headers['etag']);
    expect(stale.status).toBe(200);
  });

  test('HEAD answers with the headers of the page and no body', async () => {
    const response = await rawRequest(app.url, { accept: BROWSER_ACCEPT }, 'HEAD');

    expect(response.status).toBe(200);
    expect(Number(response.headers['content-length'])).toBeGreaterThan(1_000_000);
    expect(response.body.length).toBe(0);
  });

  test.each([
    ['Accept: application/json', { accept: 'application/json' }],
    ['Accept: */*', { accept: '*/*' }],
    ['no Accept', {}],
  ])('a GET with %s falls through to GraphQL', async (_label, headers) => {
    const response = await rawRequest(app.url, headers);

    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['vary']).toMatch(/\bAccept\b/);
  });

  test('a GET carrying ?query= reaches GraphQL even when it accepts HTML', async () => {
    const url = `${app.url}?query=${encodeURIComponent('{ hello }')}`;
    const response = await rawRequest(url, {
      accept: `application/json, ${BROWSER_ACCEPT}`,
      'apollo-require-preflight': 'true',
    });

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString('utf8'))).toEqual({
      data: { hello: 'Hello, world!' },
    });
  });

  test('a GET carrying ?query= that prefers HTML but is not a page load still reaches GraphQL', async () => {
    const url = `${app.url}?query=${encodeURIComponent('{ hello }')}`;
    const response = await rawRequest(url, { accept: BROWSER_ACCEPT });

    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  test('a POST goes to GraphQL', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ hello(name: "POST") }' }),
    });

    expect(await response.json()).toEqual({ data: { hello: 'Hello, POST!' } });
  });
});
