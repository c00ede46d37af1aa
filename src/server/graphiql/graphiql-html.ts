import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { invariant } from '../../domain/errors';

/** A ready-to-run operation shown as its own GraphiQL tab. */
export interface GraphiqlExample {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export interface GraphiqlPageOptions {
  /** Same-origin path of the GraphQL endpoint, e.g. `/graphql` (the CSP allows `connect-src 'self'` only). */
  readonly endpoint: string;
  readonly title: string;
  readonly examples: readonly GraphiqlExample[];
  /** Same-origin pages named in a small corner menu over the IDE. */
  readonly links?: readonly GraphiqlLink[];
}

export interface GraphiqlLink {
  readonly href: string;
  readonly label: string;
}

export interface GraphiqlHtml {
  readonly html: string;
  /** CSP source (`sha256-…`) of the page's only inline script, so the policy needs no 'unsafe-inline'. */
  readonly scriptHash: string;
}

// render-graphiql's option type lives in graphql-yoga, which kg does not depend on directly.
type RenderOptions = NonNullable<Parameters<typeof renderGraphiQL>[0]>;
type TabDefinition = NonNullable<RenderOptions['defaultTabs']>[number];

const SCRIPT_OPEN = '<script>';

/**
 * Renders the self-contained GraphiQL page: render-graphiql inlines GraphiQL's JS, CSS,
 * fonts (data: URLs) and Monaco's workers (blob: URLs), so the page loads nothing from outside.
 */
export function renderGraphiqlHtml(options: GraphiqlPageOptions): GraphiqlHtml {
  invariant(
    options.endpoint.startsWith('/'),
    `GraphiQL endpoint must be a same-origin path, got "${options.endpoint}"`,
  );
  const tabs = options.examples.map(exampleTab);
  const renderOptions: RenderOptions = {
    // The title lands in <title> and in the logo's innerHTML unescaped.
    title: escapeHtml(options.title),
    endpoint: options.endpoint,
    // Subscriptions over graphql-ws on the same path (the bundle carries the client); the
    // relative endpoint becomes a same-origin WebSocket URL, which CSP's 'self' allows.
    subscriptionsProtocol: 'WS',
    // GraphiQL uses defaultTabs only while no tab state is saved in localStorage.
    ...(tabs.length > 0 ? { defaultTabs: tabs } : {}),
  };
  const rendered = renderGraphiQL(renderOptions);
  const escaped = escapeInlineOptions(rendered, JSON.stringify(renderOptions));
  const seeded = prependToInlineScript(escaped, firstTabVariablesSeed(tabs[0]));
  const html = insertLinks(seeded, options.links ?? []);
  return { html, scriptHash: inlineScriptHash(html) };
}

function exampleTab(example: GraphiqlExample): TabDefinition {
  // GraphiQL titles a tab with the operation name; the comment shows the example's own name too.
  const heading = `# ${example.name.replace(/\s+/g, ' ')}\n`;
  return {
    query: heading + example.query.trim() + '\n',
    variables: example.variables === undefined ? null : JSON.stringify(example.variables, null, 2),
  };
}

/**
 * GraphiQL 5 fills the variables editor of the first default tab from localStorage instead of
 * from the tab (graphql/graphiql#3392), so a first visit would run the first example without
 * its variables. Seed that key, only while no tab state is saved, so returning users keep theirs.
 * Key names: GraphiQL's StorageAPI, namespace `graphiql`.
 */
function firstTabVariablesSeed(first: TabDefinition | undefined): string {
  const variables = JSON.stringify(first?.variables ?? null);
  return (
    `try{if(localStorage.getItem('graphiql:tabState')===null){const v=${variables};` +
    `v===null?localStorage.removeItem('graphiql:variables'):localStorage.setItem('graphiql:variables',v)}}catch(e){}\n`
  ).replace(/</g, '\\u003c');
}

/**
 * render-graphiql pastes `JSON.stringify(options)` into a <script> as is, so a query holding
 * `</script>` or `<!--` would end or derail the script. `\u003c` is the same string to JavaScript.
 */
function escapeInlineOptions(html: string, optionsJson: string): string {
  const at = html.lastIndexOf(optionsJson);
  invariant(at >= 0, 'render-graphiql no longer inlines its options as JSON');
  const safeJson = optionsJson.replace(/</g, '\\u003c');
  return html.slice(0, at) + safeJson + html.slice(at + optionsJson.length);
}

const ROOT_ELEMENT = '<div id="root"></div>';

/** A fixed corner menu after GraphiQL's root, outside the inline script (so its hash holds). */
function insertLinks(html: string, links: readonly GraphiqlLink[]): string {
  if (links.length === 0) return html;
  const at = html.indexOf(ROOT_ELEMENT);
  invariant(at >= 0, 'render-graphiql page has no root element');
  for (const link of links) {
    invariant(link.href.startsWith('/'), `IDE links must be same-origin paths, got "${link.href}"`);
  }
  const anchors = links
    .map(
      (link) =>
        `<a href="${escapeHtml(link.href)}" style="color:inherit;margin-left:12px">${escapeHtml(link.label)}</a>`,
    )
    .join('');
  // The IDE's CSP already allows inline style attributes (React and Monaco need them).
  const nav =
    `<nav aria-label="Other pages of kg" style="position:fixed;right:12px;bottom:8px;z-index:20;` +
    `font:13px system-ui,sans-serif;padding:4px 8px;border-radius:6px;background:rgba(127,127,127,.18)">` +
    `${anchors}</nav>`;
  const end = at + ROOT_ELEMENT.length;
  return html.slice(0, end) + nav + html.slice(end);
}

function prependToInlineScript(html: string, code: string): string {
  const start = inlineScriptStart(html);
  return html.slice(0, start) + code + html.slice(start);
}

/** CSP hashes cover the exact text between <script> and </script> (CSP Level 3, §8.4). */
function inlineScriptHash(html: string): string {
  const start = inlineScriptStart(html);
  const end = html.indexOf('</script>', start);
  invariant(end > start, 'render-graphiql page has no </script>');
  // The HTML parser turns CR LF into LF before hashing; the page must not hold any.
  invariant(!html.includes('\r'), 'render-graphiql page holds CR characters');
  const script = html.slice(start, end);
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/** Index just past the opening tag of the one inline <script>, which sits in <body>. */
function inlineScriptStart(html: string): number {
  const open = html.indexOf(SCRIPT_OPEN, html.indexOf('<body'));
  invariant(open >= 0, 'render-graphiql page has no inline <script> in <body>');
  return open + SCRIPT_OPEN.length;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${String(char.charCodeAt(0))};`);
}
