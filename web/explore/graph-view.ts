import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type ElementDefinition,
  type SingularElementArgument,
} from 'cytoscape';
import { words } from '../shared/dom';
import { bindGraphKeys } from './graph-keys';
import {
  READABLE_LABEL_ZOOM,
  graphStyle,
  kindLook,
  modalityLook,
  predicateColor,
} from './graph-style';
import type { EntityNode, RelationEdge } from './operations';
import { ringLayout, type Point } from './ring-layout';

/** What the filters keep; an empty set keeps everything of its kind. */
export interface ViewFilter {
  readonly predicates: ReadonlySet<string>;
  readonly modalities: ReadonlySet<string>;
  /** ISO dates; a relation is kept when [firstSeen, lastSeen] meets [from, to]. */
  readonly from: string;
  readonly to: string;
}

export interface GraphHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
}

/** Above this many nodes a force-directed layout costs seconds: rings by distance instead (ringLayout). */
const FORCE_LAYOUT_MAX_NODES = 80;

/** The drawing: cytoscape.js on a canvas, fed with entities and relations as the API gives them. */
export class GraphView {
  readonly cy: Core;
  private centre: string | null = null;
  private large = false;
  /** Whether a large drawing's nodes carry the `named` class, which gives them their labels. */
  private named = false;
  /** A large drawing's outer ring radius, from which its viewport is set. */
  private ringRadius = 0;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.1,
      maxZoom: 4,
      // Hide labels and edges while panning a large graph, so dragging stays smooth.
      hideEdgesOnViewport: false,
      textureOnViewport: true,
    });
    this.cy.on('tap', 'node', (event) =>
      handlers.onNode((event.target as SingularElementArgument).id()),
    );
    this.cy.on('tap', 'edge', (event) =>
      handlers.onEdge((event.target as SingularElementArgument).id()),
    );
    this.cy.on('zoom', () => this.nameNodes());
    bindGraphKeys(this.cy, container);
    // The theme can change while the page is open.
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () =>
      this.cy.style(graphStyle(this.large)),
    );
  }

  get centreId(): string | null {
    return this.centre;
  }

  clear(centreId: string): void {
    this.cy.elements().remove();
    this.centre = centreId;
    this.named = false;
  }

  /** Adds what is not drawn yet; relations to a value (no object entity) have no edge to draw. */
  add(nodes: readonly EntityNode[], edges: readonly RelationEdge[]): number {
    const fresh: ElementDefinition[] = [];
    const drawn = new Set(this.cy.elements().map((element) => element.id()));
    for (const node of nodes) {
      if (drawn.has(node.id)) continue;
      drawn.add(node.id);
      const look = kindLook(node.kind);
      fresh.push({
        group: 'nodes',
        data: {
          ...node,
          color: look.color,
          shape: look.shape,
          size: nodeSize(node.degree),
        },
        classes: [node.id === this.centre && 'centre', this.named && 'named']
          .filter(Boolean)
          .join(' '),
      });
    }
    for (const edge of edges) {
      if (edge.objectId === null || drawn.has(edge.id)) continue;
      if (!drawn.has(edge.subjectId) || !drawn.has(edge.objectId)) continue;
      drawn.add(edge.id);
      const look = modalityLook(edge.modality);
      fresh.push({
        group: 'edges',
        data: {
          ...edge,
          source: edge.subjectId,
          target: edge.objectId,
          label: words(edge.predicate),
          color: predicateColor(edge.predicate),
          line: look.line,
          width: look.width,
        },
        classes: edge.contested ? 'contested' : '',
      });
    }
    const large = this.cy.nodes().length + fresh.length > FORCE_LAYOUT_MAX_NODES;
    if (large !== this.large) {
      this.large = large;
      this.cy.style(graphStyle(large));
    }
    // A large drawing is placed before it is handed to cytoscape (see ringLayout), and the whole
    // change is one batch, so the renderer hears of it once.
    const rings = large ? this.rings(fresh) : null;
    let added = this.cy.collection();
    this.cy.batch(() => {
      if (rings !== null) {
        for (const definition of fresh) {
          if (definition.group === 'nodes')
            definition.position = rings.get(String(definition.data.id));
        }
        this.cy.nodes().positions((node) => rings.get(node.id()) ?? { x: 0, y: 0 });
      }
      added = this.cy.add(fresh);
    });
    // Not in the batch above: its end marks the added elements' styles to be computed again.
    this.cy.batch(() => computeStyles(added));
    return fresh.length;
  }

  /** Ring positions of every node, the drawn ones and those about to be added. */
  private rings(fresh: readonly ElementDefinition[]): ReadonlyMap<string, Point> {
    const ids = this.cy.nodes().map((node) => node.id());
    const links = this.cy.edges().map((edge) => [edge.source().id(), edge.target().id()] as const);
    for (const { group, data } of fresh) {
      if (group === 'nodes') ids.push(String(data.id));
      else links.push([String(data['source']), String(data['target'])] as const);
    }
    const { positions, radius } = ringLayout(ids, links, this.centre);
    this.ringRadius = radius;
    return positions;
  }

  /**
   * A large drawing names its nodes only once zoomed in far enough to read the names (the style
   * sheet's `named`); the In view lists name every node at any zoom.
   */
  private nameNodes(): void {
    const named = this.large && this.cy.zoom() >= READABLE_LABEL_ZOOM;
    if (named === this.named) return;
    this.named = named;
    this.cy.batch(() => this.cy.nodes().toggleClass('named', named));
  }

  /**
   * Lays the graph out; resolves once it is drawn and answers clicks. A large drawing is already
   * on its rings (`add`): only the viewport is left to set.
   */
  layout(): Promise<void> {
    if (this.large) {
      // Fitting would measure every label; the rings' extent is known, so the viewport is set from it.
      const extent = 2 * this.ringRadius + 160;
      const zoom = Math.min(this.cy.width() / extent, this.cy.height() / extent, 1);
      this.cy.viewport({ zoom, pan: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
      this.nameNodes();
      return Promise.resolve();
    }
    const layout = this.cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      padding: 30,
    });
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        this.nameNodes();
        resolve();
      }),
    );
    layout.run();
    return done;
  }

  applyFilter(filter: ViewFilter): void {
    // Touching a class restyles the element: with nothing to hide, a large drawing is left alone.
    const open =
      filter.predicates.size + filter.modalities.size === 0 && filter.from + filter.to === '';
    if (open && this.cy.$('.filtered').empty()) return;
    this.cy.batch(() => {
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('filtered', !keeps(filter, edge.data() as RelationEdge));
      });
      this.cy.nodes().forEach((node) => {
        const visible = node.connectedEdges().not('.filtered').nonempty();
        node.toggleClass(
          'filtered',
          !visible && node.id() !== this.centre && node.degree(false) > 0,
        );
      });
    });
  }

  markPath(elementIds: readonly string[]): void {
    this.cy.elements().removeClass('on-path');
    for (const id of elementIds) this.cy.getElementById(id).addClass('on-path');
  }

  // A class test per element: cheaper than a `.not('.filtered')` selector on a large drawing.
  visibleNodes(): EntityNode[] {
    const kept: EntityNode[] = [];
    this.cy.nodes().forEach((node) => {
      if (!node.hasClass('filtered')) kept.push(node.data() as EntityNode);
    });
    return kept;
  }

  visibleEdges(): RelationEdge[] {
    const kept: RelationEdge[] = [];
    this.cy.edges().forEach((edge) => {
      if (!edge.hasClass('filtered')) kept.push(edge.data() as RelationEdge);
    });
    return kept;
  }

  nameOf(id: string): string {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? String(node.data('name')) : id;
  }

  png(): Blob {
    const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: background || '#ffffff' });
  }
}

/**
 * Computes the new elements' styles at once (called inside a batch). Left to the first frame, cytoscape
 * computes them one property at a time, and each property that moves bounds notifies the
 * renderer: for 500 nodes that was most of the first frame. `numericStyle` is the documented
 * read that brings an element's style up to date.
 */
function computeStyles(elements: CollectionReturnValue): void {
  elements.forEach((element) => void element.numericStyle('width'));
}

function keeps(filter: ViewFilter, edge: RelationEdge): boolean {
  if (filter.predicates.size > 0 && !filter.predicates.has(edge.predicate)) return false;
  if (filter.modalities.size > 0 && !filter.modalities.has(edge.modality)) return false;
  if (filter.from !== '' && edge.lastSeen.slice(0, 10) < filter.from) return false;
  if (filter.to !== '' && edge.firstSeen.slice(0, 10) > filter.to) return false;
  return true;
}

/**
 * Node diameter by degree, from 24 px: on the web bench's 500-node neighbourhood, 22-px leaves
 * took cytoscape's canvas about three times as long to paint as 24-px ones (measured in headless
 * Chromium; their element textures fall into a smaller texture row class).
 */
function nodeSize(degree: number): number {
  return Math.min(60, 20 + 4 * Math.sqrt(degree));
}
