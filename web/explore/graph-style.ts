import type { StylesheetJson } from 'cytoscape';

/** Node shape and colour per entity kind; the legend reads the same table. */
export const KIND_LOOK: Readonly<
  Record<string, { readonly color: string; readonly shape: string }>
> = {
  COUNTRY: { color: '#3b7dd8', shape: 'round-rectangle' },
  PERSON: { color: '#e07b28', shape: 'ellipse' },
  ORGANIZATION: { color: '#8a5cc7', shape: 'hexagon' },
  ARMED_FORCE: { color: '#c23b3b', shape: 'triangle' },
  LOCATION: { color: '#2e9b6a', shape: 'diamond' },
  COMMODITY: { color: '#b59a1d', shape: 'rectangle' },
  EVENT: { color: '#d0468f', shape: 'star' },
};
const OTHER_KIND = { color: '#888888', shape: 'ellipse' };

export function kindLook(kind: string): { readonly color: string; readonly shape: string } {
  return KIND_LOOK[kind] ?? OTHER_KIND;
}

/**
 * Line style per modality, strongest first: what a reader must not miss is how sure a relation
 * is, so it changes the stroke itself rather than a colour already spent on the predicate.
 */
export const MODALITY_LOOK: Readonly<
  Record<
    string,
    {
      readonly line: 'solid' | 'dashed' | 'dotted' | 'double';
      readonly width: number;
      readonly words: string;
    }
  >
> = {
  CONFIRMED: { line: 'double', width: 4, words: 'double line' },
  ASSERTED: { line: 'solid', width: 2.5, words: 'solid line' },
  REPORTED: { line: 'dashed', width: 2.5, words: 'dashed line' },
  INTENDED: { line: 'dashed', width: 1.5, words: 'thin dashed line' },
  ALLEGED: { line: 'dotted', width: 2.5, words: 'dotted line' },
  DENIED: { line: 'dotted', width: 1.5, words: 'thin dotted line ending in a bar' },
};

export function modalityLook(modality: string): (typeof MODALITY_LOOK)[string] {
  return MODALITY_LOOK[modality] ?? { line: 'solid', width: 1, words: 'thin line' };
}

/** A stable colour per predicate, spread around the hue circle (the vocabulary may grow). */
export function predicateColor(predicate: string): string {
  let hash = 0;
  for (const char of predicate) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = Math.round(((hash * 0.618033988749895) % 1) * 360);
  return `hsl(${hue}, 60%, 45%)`;
}

/**
 * Text colours follow the page's theme (kg.css), read once per draw. A large drawing leaves out
 * what costs most per edge: labels along curves (shown on the selected edge only) and curves.
 */
export function graphStyle(large = false): StylesheetJson {
  const css = getComputedStyle(document.documentElement);
  const fg = css.getPropertyValue('--fg').trim() || '#1c1f24';
  const bg = css.getPropertyValue('--bg').trim() || '#ffffff';
  const accent = css.getPropertyValue('--accent').trim() || '#1f5fbf';
  return [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'background-color': 'data(color)',
        shape: 'data(shape)' as 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        color: fg,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': bg,
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.centre', style: { 'border-width': 3, 'border-color': fg } },
    {
      selector: 'edge',
      style: {
        'curve-style': large ? 'straight' : 'bezier',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'line-style': 'data(line)' as 'solid',
        width: 'data(width)',
        label: large ? '' : 'data(label)',
        'font-size': 9,
        color: fg,
        'text-rotation': 'autorotate',
        'text-outline-color': bg,
        'text-outline-width': 2,
        'min-zoomed-font-size': 9,
      },
    },
    { selector: 'edge[modality = "DENIED"]', style: { 'target-arrow-shape': 'tee' } },
    { selector: '.filtered', style: { display: 'none' } },
    {
      selector: '.on-path',
      style: { 'underlay-color': accent, 'underlay-opacity': 0.35, 'underlay-padding': 6 },
    },
    { selector: ':selected', style: { 'overlay-color': accent, 'overlay-opacity': 0.25 } },
    { selector: 'edge:selected', style: { label: 'data(label)' } },
  ];
}
