import { byId, el, fill, words } from '../shared/dom';
import { errorMessage, ideLink } from '../shared/graphql';
import { MODALITY_COLORS, barChart } from './charts';
import {
  articlesPerPublisher,
  claimsInRange,
  claimsOverTime,
  latestClaims,
  mostConnected,
  type Operation,
  type TimeRange,
} from './data';

/** How often the latest claims are asked for again, until the API has subscriptions. */
const POLL_MS = 5_000;
const LATEST_ARTICLES = 3;
const MOST_CONNECTED = 10;

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

async function drawClaimWidgets(): Promise<void> {
  setStatus('timeline', 'Loading…');
  setStatus('connected', 'Loading…');
  const fetched = await claimsInRange(range);
  const { claims, total, truncated } = fetched.data;
  const timeline = claimsOverTime(claims);
  const modalities = Object.keys(MODALITY_COLORS).filter((m) => timeline.byModality.has(m));
  barChart(
    byId<HTMLCanvasElement>('timeline-chart'),
    timeline.buckets,
    modalities.map((modality) => ({
      label: words(modality),
      data: [...(timeline.byModality.get(modality) ?? [])],
      backgroundColor: MODALITY_COLORS[modality],
    })),
    {
      stacked: true,
      summary: `${claims.length} claims over ${timeline.buckets.length} periods, by modality`,
    },
  );
  fill(
    part('timeline', '[data-table]'),
    table(
      ['period', ...modalities.map(words), 'all'],
      timeline.buckets.map((bucket, i) => {
        const counts = modalities.map((m) => timeline.byModality.get(m)?.[i] ?? 0);
        return [bucket, ...counts, counts.reduce((a, b) => a + b, 0)];
      }),
    ),
  );
  setStatus(
    'timeline',
    `${claims.length} claims${truncated ? ` of ${total} (the first pages only)` : ''}, dated by their own time, else their article's date.`,
  );
  showOperations('timeline', fetched.operations);

  const connected = mostConnected(claims, MOST_CONNECTED);
  barChart(
    byId<HTMLCanvasElement>('connected-chart'),
    connected.map((c) => c.entity.name),
    [{ label: 'relations', data: connected.map((c) => c.relations), backgroundColor: '#3b7dd8' }],
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
        c.relations,
      ]),
    ),
  );
  setStatus('connected', 'Distinct relations with a claim in the range; names open the explorer.');
  showOperations('connected', fetched.operations);
}

async function drawPublishers(): Promise<void> {
  setStatus('publishers', 'Loading…');
  const fetched = await articlesPerPublisher(range);
  barChart(
    byId<HTMLCanvasElement>('publishers-chart'),
    fetched.data.map((p) => p.publisher),
    [{ label: 'articles', data: fetched.data.map((p) => p.articles), backgroundColor: '#8a5cc7' }],
    {
      horizontal: true,
      summary: `Articles published in the range, for ${fetched.data.length} publishers`,
    },
  );
  fill(
    part('publishers', '[data-table]'),
    table(
      ['publisher', 'articles'],
      fetched.data.map((p) => [p.publisher, p.articles]),
    ),
  );
  const articles = fetched.data.reduce((sum, p) => sum + p.articles, 0);
  setStatus(
    'publishers',
    `${articles} article${articles === 1 ? '' : 's'} published in the range.`,
  );
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
    `Updated at ${new Date().toLocaleTimeString()}; asked again every ${POLL_MS / 1000} s.`,
  );
  showOperations('latest', fetched.operations);
}

function guarded(widget: string, draw: () => Promise<void>): Promise<void> {
  return draw().catch((error: unknown) => setStatus(widget, errorMessage(error), true));
}

async function drawAll(): Promise<void> {
  document.body.dataset['dashboard'] = 'loading';
  await Promise.all([
    guarded('timeline', drawClaimWidgets),
    guarded('publishers', drawPublishers),
    guarded('latest', drawLatest),
  ]);
  document.body.dataset['dashboard'] = 'ready';
}

/** Polls without overlapping, and not while the tab is hidden. */
function pollLatest(): void {
  setTimeout(() => {
    const next = document.hidden ? Promise.resolve() : guarded('latest', drawLatest);
    void next.then(pollLatest);
  }, POLL_MS);
}

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

applyRange(range);
pollLatest();
