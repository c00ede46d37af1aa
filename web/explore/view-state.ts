/**
 * Everything needed to draw the same view again, kept in the address (`/explore?entity=…`),
 * so that a copied link restores it.
 */
export interface ViewState {
  readonly entity: string;
  readonly depth: number;
  readonly limit: number;
  /** Nodes whose neighbourhood was added by a click, in order. */
  readonly expanded: readonly string[];
  readonly predicates: readonly string[];
  readonly modalities: readonly string[];
  readonly from: string;
  readonly to: string;
  /** Ends of the path finder's last search. */
  readonly path: readonly [string, string] | null;
  /** The relation whose claims are open. */
  readonly relation: string;
}

export const EMPTY_VIEW: ViewState = {
  entity: '',
  depth: 1,
  limit: 100,
  expanded: [],
  predicates: [],
  modalities: [],
  from: '',
  to: '',
  path: null,
  relation: '',
};

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string) => (params.get(name) ?? '').split(',').filter((item) => item !== '');
  const path = list('path');
  return {
    entity: params.get('entity') ?? '',
    depth: bounded(params.get('depth'), 1, 2, EMPTY_VIEW.depth),
    limit: bounded(params.get('limit'), 2, 500, EMPTY_VIEW.limit),
    expanded: list('expand'),
    predicates: list('predicates'),
    modalities: list('modalities'),
    from: isoDate(params.get('from')),
    to: isoDate(params.get('to')),
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
    relation: params.get('relation') ?? '',
  };
}

export function viewStateQuery(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value !== '') params.set(name, value);
  };
  set('entity', state.entity);
  if (state.depth !== EMPTY_VIEW.depth) set('depth', String(state.depth));
  if (state.limit !== EMPTY_VIEW.limit) set('limit', String(state.limit));
  set('expand', state.expanded.join(','));
  set('predicates', state.predicates.join(','));
  set('modalities', state.modalities.join(','));
  set('from', state.from);
  set('to', state.to);
  set('path', state.path?.join(',') ?? '');
  set('relation', state.relation);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

function bounded(text: string | null, min: number, max: number, fallback: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}

function isoDate(text: string | null): string {
  return text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : '';
}
