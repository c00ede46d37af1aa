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

/** The page's theme colours (kg.css), read at each restyle so a theme change reaches the graph. */
export function themeColors(): { fg: string; bg: string; accent: string; contested: string } {
  const css = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    fg: read('--fg', '#1c1f24'),
    bg: read('--bg', '#ffffff'),
    accent: read('--accent', '#1f5fbf'),
    contested: read('--contested', '#d62828'),
  };
}

const NODE_FONT_SIZE = 11;
const MIN_READABLE_FONT_SIZE = 7;

/** The zoom from which node labels are large enough to be drawn (and so to be worth styling). */
export const READABLE_LABEL_ZOOM = MIN_READABLE_FONT_SIZE / NODE_FONT_SIZE;

/** What a contested relation looks like, for the legend and the SVG export alike. */
export const CONTESTED_WORDS = 'outlined, with a diamond at its middle';

/**
 * The stylesheet. Every property costs per element when the drawing is built (cytoscape applies
 * them one by one and each one that moves bounds notifies the renderer), so a large drawing
 * leaves out what it would not show anyway: edge labels (the selected edge shows its own),
 * curves, which also cost per parallel edge, and node labels until the view is zoomed in far
 * enough to read them (`named`, set by GraphView): on the web bench's 500-node neighbourhood,
 * labels too small to be drawn still cost about a fifth of the main thread's CPU time.
 */
export function graphStyle(large = false): StylesheetJson {
  const { fg, bg, accent, contested } = themeColors();
  const edgeLabel = {
    label: 'data(label)',
    'font-size': 9,
    color: fg,
    'text-rotation': 'autorotate' as const,
    'text-outline-color': bg,
    'text-outline-width': 2,
    'min-zoomed-font-size': 9,
  };
  const nodeLabel = {
    label: 'data(name)',
    color: fg,
    'font-size': NODE_FONT_SIZE,
    'text-valign': 'bottom' as const,
    'text-outline-color': bg,
    'text-outline-width': 2,
    // Below 7 px on screen a label is unreadable: not drawing it keeps a zoomed-out view fast.
    'min-zoomed-font-size': MIN_READABLE_FONT_SIZE,
  };
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        ...(large ? {} : nodeLabel),
      },
    },
    ...(large ? [{ selector: 'node.named, node:selected', style: nodeLabel }] : []),
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
        ...(large ? {} : edgeLabel),
      },
    },
    { selector: 'edge[modality = "DENIED"]', style: { 'target-arrow-shape': 'tee' } },
    {
      // Some claims state it, others deny it: the reader must see that before trusting the edge.
      selector: 'edge.contested',
      style: {
        'line-outline-width': 2,
        'line-outline-color': contested,
        'mid-target-arrow-shape': 'diamond',
        'mid-target-arrow-color': contested,
        'mid-target-arrow-fill': 'filled',
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
    {
      selector: '.on-path',
      style: { 'underlay-color': accent, 'underlay-opacity': 0.35, 'underlay-padding': 6 },
    },
    { selector: ':selected', style: { 'overlay-color': accent, 'overlay-opacity': 0.25 } },
    { selector: 'edge:selected', style: edgeLabel },
  ];
}
