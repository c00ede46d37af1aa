import { el, words } from '../shared/dom';
import type {
  ClaimEvidence,
  EntityNode,
  PathsAnswer,
  RelationDetail,
  RelationEdge,
  RelationSourceSummary,
} from './operations';

/** One claim as a reader checks it: the sentence, who says it, how sure, how much, when, where from. */
export function claimView(claim: ClaimEvidence): HTMLElement {
  const facts: string[] = [words(claim.modality)];
  if (claim.attributedTo) facts.push(`said by ${claim.attributedTo.name}`);
  if (claim.reportedBy) facts.push(`relayed by ${claim.reportedBy.name}`);
  if (claim.channel) facts.push(`via ${claim.channel}`);
  const quantity = quantityText(claim.quantity);
  if (quantity) facts.push(quantity);
  const when = timeText(claim.time);
  if (when) facts.push(when);
  const article = claim.article;
  const title = article.url
    ? el('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, article.title)
    : el('span', {}, article.title);
  return el(
    'article',
    { class: 'claim' },
    el('blockquote', { class: 'sentence' }, ...highlighted(claim)),
    el('div', { class: 'meta' }, facts.join(' · ')),
    el(
      'div',
      { class: 'meta' },
      title,
      ` — ${[article.publisher, article.publishedAt.slice(0, 10)].filter(Boolean).join(', ')}`,
    ),
  );
}

/** The sentence with every entity mention marked, as the article wrote it. */
function highlighted(claim: ClaimEvidence): (string | HTMLElement)[] {
  const base = claim.sentenceSpan.start;
  const spans = claim.mentions
    .map((m) => ({ start: m.span.start - base, end: m.span.end - base }))
    .filter((s) => s.start >= 0 && s.end <= claim.sentence.length && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: (string | HTMLElement)[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping mentions: the first one wins
    out.push(claim.sentence.slice(at, span.start));
    out.push(el('mark', {}, claim.sentence.slice(span.start, span.end)));
    at = span.end;
  }
  out.push(claim.sentence.slice(at));
  return out;
}

function quantityText(quantity: ClaimEvidence['quantity']): string {
  if (quantity === null) return '';
  const { min, max, unit } = quantity;
  const amount =
    min !== null && max !== null && min !== max ? `${min}–${max}` : String(min ?? max ?? '');
  return `${amount} ${unit}`.trim();
}

function timeText(time: ClaimEvidence['time']): string {
  if (time === null || (time.from === null && time.to === null)) return '';
  if (time.from === time.to) return `on ${time.from}`;
  return `from ${time.from ?? '…'} to ${time.to ?? '…'}`;
}

export function relationView(relation: RelationDetail): HTMLElement {
  const object = relation.object?.name ?? relation.objectValue ?? '?';
  const claims = relation.claims.edges.map((edge) => edge.node);
  const denying = claims.filter((claim) => claim.modality === 'DENIED');
  const supporting = claims.filter((claim) => claim.modality !== 'DENIED');
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return el(
    'section',
    { 'aria-label': 'Claims of the relation', 'data-contested': String(relation.contested) },
    el('h3', { tabindex: '-1' }, `${relation.subject.name} ${words(relation.predicate)} ${object}`),
    relation.contested
      ? el(
          'p',
          { class: 'contested-note', role: 'note' },
          el('strong', {}, 'Contested: '),
          `${plural(relation.supporting, 'claim')} ${relation.supporting === 1 ? 'states' : 'state'} it, ` +
            `${plural(relation.denying, 'claim')} ${relation.denying === 1 ? 'denies' : 'deny'} it.`,
        )
      : null,
    el(
      'p',
      { class: 'meta' },
      `${plural(relation.claimCount, 'claim')} from ${plural(relation.independentSources, 'independent source')}, strongest: ${words(relation.modality)}` +
        (relation.claimCount > claims.length ? ` (first ${claims.length} shown)` : ''),
    ),
    // Whose word stands against whose is the first question a contested relation raises.
    sourcesView(relation.sources, relation.contested),
    ...(relation.contested
      ? [
          claimGroup('supporting', `Stating it (${relation.supporting})`, supporting),
          claimGroup('denying', `Denying it (${relation.denying})`, denying),
        ]
      : claims.map(claimView)),
  );
}

function claimGroup(side: string, title: string, claims: readonly ClaimEvidence[]): HTMLElement {
  return el(
    'section',
    { class: `stance ${side}`, 'data-stance': side, 'aria-label': title },
    el('h4', {}, title),
    ...(claims.length === 0
      ? [el('p', { class: 'meta' }, 'None among the claims shown.')]
      : claims.map(claimView)),
  );
}

/** Who stands behind the relation: each source once, with how many of its claims. */
export function sourcesView(sources: readonly RelationSourceSummary[], open: boolean): HTMLElement {
  return el(
    'details',
    open ? { class: 'sources', open: '' } : { class: 'sources' },
    el('summary', {}, `Sources (${sources.length})`),
    el(
      'ul',
      { class: 'plain', 'data-sources': '' },
      ...sources.map((source) =>
        el(
          'li',
          {},
          sourceName(source),
          el(
            'span',
            { class: 'meta' },
            ` ${words(source.kind)}, ${source.claimCount} claim${source.claimCount === 1 ? '' : 's'}`,
          ),
        ),
      ),
    ),
  );
}

export function sourceName(source: RelationSourceSummary): string | HTMLElement {
  if (source.entity !== null) return source.entity.name;
  if (source.publisher !== null) return source.publisher;
  const article = source.article;
  if (article === null) return '(unknown)';
  return article.url
    ? el('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, article.title)
    : article.title;
}

/** Each path as its hops, each hop with its evidence. */
export function pathsView(answer: PathsAnswer, from: string, to: string): HTMLElement {
  if (answer.paths.length === 0) {
    return el('p', {}, `No path from ${from} to ${to} within the hops allowed.`);
  }
  return el(
    'section',
    { 'aria-label': 'Paths' },
    el('h3', {}, `Paths from ${from} to ${to}`),
    ...answer.paths.map((path, index) =>
      el(
        'details',
        index === 0 ? { open: '' } : {},
        el(
          'summary',
          { class: 'path-summary' },
          pathNames(path.steps).join(' → '),
          ` (${path.length} hop${path.length === 1 ? '' : 's'})`,
        ),
        el(
          'ol',
          {},
          ...path.steps.map((step) => {
            const r = step.relation;
            return el(
              'li',
              { class: 'hop' },
              el('strong', {}, `${r.subject.name} ${words(r.predicate)} ${r.object?.name ?? '?'}`),
              ` — ${words(r.modality)}, ${r.claimCount} claim${r.claimCount === 1 ? '' : 's'}` +
                (r.contested ? `, contested (${r.denying} denying)` : ''),
              ...r.claims.edges.map((edge) => claimView(edge.node)),
            );
          }),
        ),
      ),
    ),
  );
}

/** Entity names along a path, in walking order (a step may walk its relation backwards). */
export function pathNames(steps: PathsAnswer['paths'][number]['steps']): string[] {
  const names: string[] = [];
  for (const step of steps) {
    const r = step.relation;
    const [start, end] = step.forward ? [r.subject, r.object] : [r.object, r.subject];
    if (names.length === 0) names.push(start?.name ?? '?');
    names.push(end?.name ?? '?');
  }
  return names;
}

/**
 * The drawing as lists of buttons: what a keyboard or a screen reader uses instead of the canvas.
 * Each list is built when it is opened: a 500-node drawing would otherwise build 1 000 buttons
 * nobody asked for.
 */
export function inViewLists(
  nodes: readonly EntityNode[],
  edges: readonly RelationEdge[],
  nameOf: (id: string) => string,
  handlers: { onNode(id: string): void; onEdge(id: string): void },
): HTMLElement {
  const relations = [...edges].sort((a, b) => b.claimCount - a.claimCount);
  return el(
    'div',
    {},
    lazyList(`${relations.length} relations`, 'relation-list', () =>
      relations.map((edge) => {
        const button = el(
          'button',
          { type: 'button', class: 'link-button', 'data-relation': edge.id },
          `${nameOf(edge.subjectId)} ${words(edge.predicate)} ${nameOf(edge.objectId ?? '')}`,
        );
        button.addEventListener('click', () => handlers.onEdge(edge.id));
        const stance = edge.contested
          ? `, contested (${edge.supporting} for, ${edge.denying} against)`
          : '';
        return el(
          'li',
          edge.contested ? { 'data-contested': 'true' } : {},
          button,
          el('span', { class: 'meta' }, ` ${words(edge.modality)}${stance}`),
        );
      }),
    ),
    lazyList(`${nodes.length} entities (activate one to expand it)`, 'entity-list', () =>
      nodes.map((node) => {
        const button = el(
          'button',
          { type: 'button', class: 'link-button', 'data-entity': node.id },
          node.name,
        );
        button.addEventListener('click', () => handlers.onNode(node.id));
        return el('li', {}, button, el('span', { class: 'meta' }, ` ${words(node.kind)}`));
      }),
    ),
  );
}

function lazyList(summary: string, id: string, items: () => HTMLElement[]): HTMLElement {
  const list = el('ul', { class: 'plain', id });
  const details = el('details', {}, el('summary', {}, summary), list);
  details.addEventListener('toggle', () => {
    if (details.open && list.childElementCount === 0) list.append(...items());
  });
  return details;
}
