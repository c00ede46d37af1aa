import { byId, el, fill, words } from '../shared/dom';
import { errorMessage, ideLink } from '../shared/graphql';
import { MODALITY_COLORS, barChart } from './charts';
import {
  articlesPerPublisher,
  claimsTimeline,
  contestedRelations,
  mostConnected,
  type ContestedRelation,
  type ContestedSource,
} from './aggregates';
import { latestClaims, type Operation, type TimeRange } from './data';
import { followLatest, type LatestFeed } from './live-latest';

/** How often the latest claims are asked for again when live updates fail. */
const POLL_MS = 5_000;
const LATEST_ARTICLES = 3;
const MOST_CONNECTED = 10;
const CONTESTED_SHOWN = 10;

let range: TimeRange = readRange();

function readRange(): TimeRange {
  const params = new URLSearchParams(location.search);
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  };
  return { from: date('from'), to: date('to') };
}

function part(widget: string, selector: string): HTMLElement {
  const found = byId(widget).querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`#${widget} has no ${selector}`);
  return found;
}

function setStatus(widget: string, text: string, isError = false): void {
  const status = part(widget, '[data-status]');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

/** Each widget shows what it runs, and opens it in the IDE with the same variables. */
function showOperations(widget: string, operations: readonly Operation[]): void {
  const details = part(widget, '[data-operation]');
  const summary = details.querySelector('summary');
  fill(
    details,
    summary,
    ...operations.flatMap((op) => [
      el('pre', {}, op.query),
      el(
        'p',
        {},
        el('a', { href: ideLink(op.query, op.variables), 'data-ide-link': '' }, 'Open in the IDE'),
      ),
    ]),
  );
}

function table(
  head: readonly string[],
  rows: readonly (readonly (string | number | Node)[])[],
): HTMLElement {
  return el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...rows.map((row) =>
        el(
          'tr',
          {},
          ...row.map((cell) => el('td', {}, typeof cell === 'number' ? String(cell) : cell)),
        ),
      ),
    ),
  );
}

async function drawTimeline(): Promise<void> {
  setStatus('timeline', 'Loading…');
  const fetched = await claimsTimeline(range);
  const timeline = fetched.data;
  const known = Object.keys(MODALITY_COLORS).filter((m) => timeline.byModality.has(m));
  const others = [...timeline.byModality.keys()].filter((m) => !(m in MODALITY_COLORS));
  const modalities = [...known, ...others];
  const total = [...timeline.byModality.values()].flat().reduce((a, b) => a + b, 0);
  barChart(
    byId<HTMLCanvasElement>('timeline-chart'),
    timeline.periods,
    modalities.map((modality) => ({
      label: words(modality),
      data: [...(timeline.byModality.get(modality) ?? [])],
      backgroundColor: MODALITY_COLORS[modality] ?? '#888888',
    })),
    {
      stacked: true,
      summary: `${total} claims over ${timeline.periods.length} ${timeline.bucket === 'DAY' ? 'days' : 'months'}, by modality`,
    },
  );
  fill(
    part('timeline', '[data-table]'),
    table(
      ['period', ...modalities.map(words), 'all'],
      timeline.periods.map((period, i) => {
        const counts = modalities.map((m) => timeline.byModality.get(m)?.[i] ?? 0);
        return [period, ...counts, counts.reduce((a, b) => a + b, 0)];
      }),
    ),
  );
  setStatus(
    'timeline',
    `${total} claims per ${timeline.bucket === 'DAY' ? 'day' : 'month'}, dated by their own time, else their article's date` +
      (timeline.truncated ? ' (the API cut the oldest periods off: narrow the range).' : '.'),
  );
  showOperations('timeline', fetched.operations);
}

async function drawConnected(): Promise<void> {
  setStatus('connected', 'Loading…');
  const fetched = await mostConnected(range, MOST_CONNECTED);
  const connected = fetched.data.mostConnected;
  barChart(
    byId<HTMLCanvasElement>('connected-chart'),
    connected.map((c) => c.entity.name),
    [{ label: 'relations', data: connected.map((c) => c.degree), backgroundColor: '#3b7dd8' }],
    {
      horizontal: true,
      summary: `The ${connected.length} entities with the most relations in the range`,
    },
  );
  fill(
    part('connected', '[data-table]'),
    table(
      ['entity', 'kind', 'relations'],
      connected.map((c) => [
        el('a', { href: `/explore?entity=${encodeURIComponent(c.entity.id)}` }, c.entity.name),
        words(c.entity.kind),
        c.degree,
      ]),
    ),
  );
  setStatus(
    'connected',
    `Relations with a claim in the range (${fetched.data.relations} in all, from ${fetched.data.claims} claims); names open the explorer.`,
  );
  showOperations('connected', fetched.operations);
}

/** Where a contested relation opens in the explorer: its subject drawn, its claims shown. */
function explorerLink(relation: ContestedRelation): string {
  const params = new URLSearchParams({ entity: relation.subject.id, relation: relation.id });
  return `/explore?${params.toString()}`;
}

async function drawContested(): Promise<void> {
  setStatus('contested', 'Loading…');
  const fetched = await contestedRelations(range);
  const { relations, total, truncated } = fetched.data;
  const shown = relations.slice(0, CONTESTED_SHOWN);
  const name = (r: ContestedRelation) =>
    `${r.subject.name} ${words(r.predicate)} ${r.object?.name ?? r.objectValue ?? '?'}`;
  barChart(
    byId<HTMLCanvasElement>('contested-chart'),
    shown.map(name),
    [
      { label: 'stating it', data: shown.map((r) => r.supporting), backgroundColor: '#1b7f3b' },
      { label: 'denying it', data: shown.map((r) => r.denying), backgroundColor: '#c23b3b' },
    ],
    {
      stacked: true,
      horizontal: true,
      summary: `Claims for and against the ${shown.length} contested relations seen in the range`,
    },
  );
  fill(
    part('contested', '[data-table]'),
    table(
      ['relation', 'for', 'against', 'independent sources', 'sources'],
      shown.map((r) => [
        el('a', { href: explorerLink(r), 'data-relation': r.id }, name(r)),
        r.supporting,
        r.denying,
        r.independentSources,
        el(
          'ul',
          { class: 'plain' },
          ...r.sources.map((source) =>
            el(
              'li',
              {},
              sourceLabel(source),
              el('span', { class: 'meta' }, ` (${words(source.kind)}, ${source.claimCount})`),
            ),
          ),
        ),
      ]),
    ),
  );
  setStatus(
    'contested',
    relations.length === 0
      ? 'No relation seen in the range is both stated and denied.'
      : `${relations.length} contested relation${relations.length === 1 ? '' : 's'} seen in the range` +
          (relations.length > shown.length ? `, the ${shown.length} with most claims shown` : '') +
          ` (${total} in the whole graph${truncated ? '; only those with most claims were read' : ''}).`,
  );
  showOperations('contested', fetched.operations);
}

function sourceLabel(source: ContestedSource): string {
  return source.entity?.name ?? source.publisher ?? source.article?.title ?? '(unknown)';
}

async function drawPublishers(): Promise<void> {
  setStatus('publishers', 'Loading…');
  const fetched = await articlesPerPublisher(range);
  const publishers = fetched.data.articlesByPublisher;
  const name = (key: string | null) => key ?? '(no publisher)';
  // Without a range the store counts every article; with one, those holding a claim in it.
  const which = range.from === '' && range.to === '' ? 'in the graph' : 'with claims in the range';
  barChart(
    byId<HTMLCanvasElement>('publishers-chart'),
    publishers.map((p) => name(p.key)),
    [{ label: 'articles', data: publishers.map((p) => p.count), backgroundColor: '#8a5cc7' }],
    {
      horizontal: true,
      summary: `Articles ${which}, for ${publishers.length} publishers`,
    },
  );
  fill(
    part('publishers', '[data-table]'),
    table(
      ['publisher', 'articles'],
      publishers.map((p) => [name(p.key), p.count]),
    ),
  );
  const articles = fetched.data.articles;
  setStatus('publishers', `${articles} article${articles === 1 ? '' : 's'} ${which}.`);
  showOperations('publishers', fetched.operations);
}

async function drawLatest(): Promise<void> {
  const fetched = await latestClaims(range, LATEST_ARTICLES);
  fill(
    byId('latest-list'),
    ...fetched.data.map(({ article, total, claims }) =>
      el(
        'article',
        { class: 'claim', 'data-article': article.id },
        el(
          'h3',
          {},
          article.url
            ? el(
                'a',
                { href: article.url, rel: 'noopener noreferrer', target: '_blank' },
                article.title,
              )
            : article.title,
        ),
        el(
          'p',
          { class: 'meta' },
          `${[article.publisher, article.publishedAt.slice(0, 10)].filter(Boolean).join(', ')} · ` +
            `${total} claim${total === 1 ? '' : 's'}${total > claims.length ? `, the first ${claims.length} shown` : ''}`,
        ),
        el(
          'ul',
          {},
          ...claims.map((claim) =>
            el(
              'li',
              {},
              el(
                'strong',
                {},
                `${claim.subject.name} ${words(claim.predicate)} ${claim.object?.name ?? claim.objectValue ?? ''}`,
              ),
              ` (${words(claim.modality)}${claim.attributedTo ? `, said by ${claim.attributedTo.name}` : ''})`,
              el('blockquote', {}, claim.sentence),
            ),
          ),
        ),
      ),
    ),
  );
  setStatus(
    'latest',
    `Updated at ${new Date().toLocaleTimeString()}; ` +
      (latestFeed.mode === 'polling'
        ? `asked again every ${POLL_MS / 1000} s (live updates stopped: ${latestFeed.reason}).`
        : 'live: redrawn as articles arrive.'),
  );
  showOperations('latest', fetched.operations);
}

function guarded(widget: string, draw: () => Promise<void>): Promise<void> {
  return draw().catch((error: unknown) => setStatus(widget, errorMessage(error), true));
}

/** The widgets whose charts follow the theme: every one but the latest claims. */
function drawCharts(): Promise<void[]> {
  return Promise.all([
    guarded('timeline', drawTimeline),
    guarded('connected', drawConnected),
    guarded('contested', drawContested),
    guarded('publishers', drawPublishers),
  ]);
}

async function drawAll(): Promise<void> {
  document.body.dataset['dashboard'] = 'loading';
  await Promise.all([drawCharts(), guarded('latest', drawLatest)]);
  document.body.dataset['dashboard'] = 'ready';
}

// Charts draw on canvases with the theme's colours of the moment: a theme change redraws them.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void drawCharts());

function applyRange(next: TimeRange): void {
  range = next;
  const params = new URLSearchParams();
  if (range.from !== '') params.set('from', range.from);
  if (range.to !== '') params.set('to', range.to);
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query === '' ? '' : `?${query}`}`);
  const label =
    range.from === '' && range.to === ''
      ? 'all time'
      : `${range.from || '…'} to ${range.to || '…'}`;
  byId('range-status').textContent = `Showing ${label}.`;
  void drawAll();
}

const fromInput = byId<HTMLInputElement>('range-from');
const toInput = byId<HTMLInputElement>('range-to');
fromInput.value = range.from;
toInput.value = range.to;
byId<HTMLFormElement>('range-form').addEventListener('submit', (event) => {
  event.preventDefault();
  applyRange({ from: fromInput.value, to: toInput.value });
});
byId('range-all').addEventListener('click', () => {
  fromInput.value = '';
  toInput.value = '';
  applyRange({ from: '', to: '' });
});

const latestFeed: LatestFeed = followLatest(() => guarded('latest', drawLatest), POLL_MS);
applyRange(range);
