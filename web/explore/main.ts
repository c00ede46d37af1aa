import { byId, download, el, fill, words } from '../shared/dom';
import { errorMessage, runOperation } from '../shared/graphql';
import { GraphView, type ViewFilter } from './graph-view';
import {
  CONTESTED_WORDS,
  KIND_LOOK,
  MODALITY_LOOK,
  predicateColor,
  themeColors,
} from './graph-style';
import { inViewLists, pathsView, relationView } from './evidence';
import {
  NEIGHBORHOOD,
  PATHS,
  RELATION_CLAIMS,
  SEARCH,
  type EntityNode,
  type NeighborhoodAnswer,
  type PathsAnswer,
  type RelationClaimsAnswer,
  type SearchAnswer,
} from './operations';
import { graphSvg } from './svg-export';
import { EMPTY_VIEW, readViewState, viewStateQuery, type ViewState } from './view-state';

/** Nodes added when a node is expanded by a click. */
const EXPAND_LIMIT = 50;

let state: ViewState = readViewState(location.search);
// The address's neighbourhood is asked for before cytoscape is set up, so that the request and the
// set-up overlap; restore() draws it.
const addressedNeighbourhood =
  state.entity === '' ? null : neighbourhood(state.entity, state.depth, state.limit);
const status = byId('status');
const evidence = byId('evidence');
const graph = new GraphView(byId('graph'), { onNode: expand, onEdge: openRelation });

// For the browser console and the browser tests: the drawing, read-only by convention.
(window as unknown as { kgExplorer: { graph: GraphView } }).kgExplorer = { graph };

function setState(next: Partial<ViewState>): void {
  state = { ...state, ...next };
  history.replaceState(null, '', `${location.pathname}${viewStateQuery(state)}`);
}

function say(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

/** Marks the page for tests and the bench: the drawing is laid out and answers clicks. */
function drawn(): void {
  document.body.dataset['graph'] = 'ready';
  performance.mark('kg-graph-ready');
}

async function search(text: string): Promise<EntityNode[]> {
  const answer = await runOperation<SearchAnswer>(SEARCH, { text });
  return answer.search.edges.map((edge) => edge.node);
}

function neighbourhood(id: string, depth: number, limit: number): Promise<NeighborhoodAnswer> {
  return runOperation<NeighborhoodAnswer>(NEIGHBORHOOD, { id, depth, limit });
}

async function showEntity(
  id: string,
  answered: Promise<NeighborhoodAnswer> = neighbourhood(id, state.depth, state.limit),
): Promise<void> {
  document.body.dataset['graph'] = 'loading';
  say('Loading the neighbourhood…');
  const answer = await answered;
  performance.mark('kg-neighbourhood-received');
  // An id no entity has is NOT_FOUND, which fail() shows.
  const subgraph = answer.neighborhood;
  graph.clear(id);
  graph.add(subgraph.nodes, subgraph.edges);
  for (const other of state.expanded) await addNeighbours(other);
  performance.mark('kg-graph-added');
  await graph.layout();
  performance.mark('kg-graph-laid-out');
  refreshFilters();
  const centre = subgraph.nodes[0];
  const pathFrom = byId<HTMLInputElement>('path-from');
  if (centre && pathFrom.value === '') pathFrom.value = centre.name;
  say(
    `${centre?.name ?? id}: ${graph.cy.nodes().length} entities, ${graph.cy.edges().length} relations` +
      (subgraph.truncated ? ' (cut at the node limit)' : '') +
      '.',
  );
  drawn();
}

async function addNeighbours(id: string): Promise<number> {
  const answer = await runOperation<NeighborhoodAnswer>(NEIGHBORHOOD, {
    id,
    depth: 1,
    limit: EXPAND_LIMIT,
  });
  return graph.add(answer.neighborhood.nodes, answer.neighborhood.edges);
}

function expand(id: string): void {
  void (async () => {
    say(`Expanding ${graph.nameOf(id)}…`);
    const added = await addNeighbours(id);
    if (!state.expanded.includes(id)) setState({ expanded: [...state.expanded, id] });
    await graph.layout();
    refreshFilters();
    say(`${graph.nameOf(id)}: ${added} new element${added === 1 ? '' : 's'}.`);
    drawn();
  })().catch(fail);
}

/** Shows a relation's claims; from a list button, focus follows to them for keyboard users. */
function openRelation(id: string, moveFocus = false): void {
  void (async () => {
    setState({ relation: id });
    fill(evidence, el('p', { class: 'meta' }, 'Loading the claims…'));
    const answer = await runOperation<RelationClaimsAnswer>(RELATION_CLAIMS, { id });
    if (answer.relation === null) {
      fill(evidence, el('p', {}, `No relation has the id ${id}.`));
      return;
    }
    fill(evidence, relationView(answer.relation));
    if (moveFocus) evidence.querySelector<HTMLElement>('h3')?.focus();
    graph.cy.elements().unselect();
    graph.cy.getElementById(id).select();
  })().catch(fail);
}

async function findPaths(fromText: string, toText: string, maxHops: number): Promise<void> {
  const [from] = await search(fromText);
  const [to] = await search(toText);
  if (from === undefined || to === undefined) {
    say(`No entity matches "${from === undefined ? fromText : toText}".`, true);
    return;
  }
  await showPaths(from.id, to.id, maxHops);
}

async function showPaths(fromId: string, toId: string, maxHops: number): Promise<void> {
  say('Looking for paths…');
  const answer = await runOperation<PathsAnswer>(PATHS, { from: fromId, to: toId, maxHops });
  const onPath: string[] = [];
  for (const path of answer.paths) {
    for (const { relation } of path.steps) {
      const ends = [relation.subject, relation.object].filter((n): n is EntityNode => n !== null);
      graph.add(ends, [relation]);
      onPath.push(relation.id, ...ends.map((n) => n.id));
    }
  }
  setState({ path: [fromId, toId] });
  await graph.layout();
  graph.markPath(onPath);
  refreshFilters();
  fill(evidence, pathsView(answer, graph.nameOf(fromId), graph.nameOf(toId)));
  say(`${answer.paths.length} path${answer.paths.length === 1 ? '' : 's'} found.`);
  drawn();
}

function currentFilter(): ViewFilter {
  return {
    predicates: new Set(state.predicates),
    modalities: new Set(state.modalities),
    from: state.from,
    to: state.to,
  };
}

/** Rebuilds the filter checkboxes for what is drawn, applies the filter and relists the view. */
function refreshFilters(): void {
  const present = new Set(graph.cy.edges().map((edge) => String(edge.data('predicate'))));
  for (const predicate of state.predicates) present.add(predicate);
  checkboxes(
    byId('predicate-filters'),
    'Predicates',
    [...present].sort(),
    state.predicates,
    (chosen) => setState({ predicates: chosen }),
  );
  checkboxes(
    byId('modality-filters'),
    'Modalities',
    Object.keys(MODALITY_LOOK),
    state.modalities,
    (chosen) => setState({ modalities: chosen }),
  );
  graph.applyFilter(currentFilter());
  fill(
    byId('in-view'),
    inViewLists(graph.visibleNodes(), graph.visibleEdges(), (id) => graph.nameOf(id), {
      onNode: expand,
      onEdge: (id) => openRelation(id, true),
    }),
  );
  drawLegend();
}

function checkboxes(
  group: HTMLElement,
  title: string,
  values: readonly string[],
  chosen: readonly string[],
  onChange: (chosen: string[]) => void,
): void {
  const boxes = values.map((value) => {
    const box = el('input', { type: 'checkbox', value });
    box.checked = chosen.includes(value);
    box.addEventListener('change', () => {
      onChange(boxes.filter((b) => b.checked).map((b) => b.value));
      refreshFilters();
    });
    return box;
  });
  fill(
    group,
    el('div', { class: 'meta' }, `${title} (none ticked: all)`),
    ...boxes.map((box) => el('label', {}, box, ` ${words(box.value)}`)),
  );
}

function drawLegend(): void {
  const swatch = (color: string) => {
    const dot = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    dot.style.background = color; // CSSOM: allowed under style-src 'self', unlike a style attribute
    return dot;
  };
  const kinds = new Set(graph.cy.nodes().map((node) => String(node.data('kind'))));
  const predicates = new Set(graph.cy.edges().map((edge) => String(edge.data('predicate'))));
  fill(
    byId('legend'),
    el('strong', {}, 'Kinds'),
    ...[...kinds].flatMap((kind) => [
      swatch(KIND_LOOK[kind]?.color ?? '#888'),
      `${words(kind)} (${KIND_LOOK[kind]?.shape ?? 'ellipse'})`,
    ]),
    el('br'),
    el('strong', {}, 'Predicates'),
    ...[...predicates].flatMap((p) => [swatch(predicateColor(p)), words(p)]),
    el('br'),
    el('strong', {}, 'Modality: '),
    Object.entries(MODALITY_LOOK)
      .map(([modality, look]) => `${words(modality)} = ${look.words}`)
      .join('; '),
    el('br'),
    swatch(themeColors().contested),
    `Contested (some claims state it, others deny it): ${CONTESTED_WORDS}` +
      ` — ${graph.cy.edges('.contested').length} drawn`,
  );
}

function fail(error: unknown): void {
  say(errorMessage(error), true);
  document.body.dataset['graph'] = 'error';
}

function listResults(results: readonly EntityNode[]): void {
  fill(
    byId('search-results'),
    ...results.map((entity) => {
      const button = el('button', { type: 'button', class: 'link-button' }, entity.name);
      button.addEventListener('click', () => {
        setState({ ...EMPTY_VIEW, entity: entity.id, depth: state.depth, limit: state.limit });
        showEntity(entity.id).catch(fail);
      });
      return el(
        'li',
        {},
        button,
        el('span', { class: 'meta' }, ` ${words(entity.kind)}, ${entity.degree} relations`),
      );
    }),
  );
}

byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>('search-text').value.trim();
  const depth = Number(byId<HTMLSelectElement>('depth').value);
  const limit = Number(byId<HTMLInputElement>('limit').value);
  void (async () => {
    const results = await search(text);
    listResults(results);
    const [best] = results;
    if (best === undefined) {
      say(`Nothing matches "${text}".`, true);
      return;
    }
    byId<HTMLInputElement>('path-from').value = best.name;
    setState({ ...EMPTY_VIEW, entity: best.id, depth, limit });
    await showEntity(best.id);
  })().catch(fail);
});

byId<HTMLFormElement>('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const from = byId<HTMLInputElement>('path-from').value.trim();
  const to = byId<HTMLInputElement>('path-to').value.trim();
  findPaths(from, to, Number(byId<HTMLSelectElement>('path-hops').value)).catch(fail);
});

for (const [id, key] of [
  ['time-from', 'from'],
  ['time-to', 'to'],
] as const) {
  const input = byId<HTMLInputElement>(id);
  input.value = state[key];
  input.addEventListener('change', () => {
    setState({ [key]: input.value });
    refreshFilters();
  });
}

byId('save-png').addEventListener('click', () => download('kg-graph.png', graph.png()));
byId('save-svg').addEventListener('click', () => {
  const svg = graphSvg(graph.cy, themeColors());
  download('kg-graph.svg', new Blob([svg], { type: 'image/svg+xml' }));
});
byId('copy-link').addEventListener('click', () => {
  navigator.clipboard.writeText(location.href).then(
    () => say('Link copied.'),
    () => say(`Copy this address: ${location.href}`),
  );
});

/** Restores the view the address names. */
async function restore(): Promise<void> {
  byId<HTMLSelectElement>('depth').value = String(state.depth);
  byId<HTMLInputElement>('limit').value = String(state.limit);
  if (state.entity === '') {
    say('Search an entity to draw its neighbourhood.');
    return;
  }
  const { relation, path } = state;
  await showEntity(state.entity, addressedNeighbourhood ?? undefined);
  if (path !== null)
    await showPaths(path[0], path[1], Number(byId<HTMLSelectElement>('path-hops').value));
  if (relation !== '') openRelation(relation);
}

// The legend's swatches take the theme's colours, like the drawing (GraphView restyles itself).
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', drawLegend);

restore().catch(fail);
