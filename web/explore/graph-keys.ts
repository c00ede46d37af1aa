import type { Core } from 'cytoscape';

const PAN_STEP = 80;
const ZOOM_STEP = 1.25;

/**
 * The drawing answers the keyboard once focused: the canvas has no elements a key could reach,
 * so the keys move the view, and the In view lists reach each node and edge.
 */
export function bindGraphKeys(cy: Core, container: HTMLElement): void {
  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const zoomBy = (factor: number) =>
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: centre });
    const actions: Record<string, () => void> = {
      ArrowLeft: () => cy.panBy({ x: PAN_STEP, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -PAN_STEP, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: PAN_STEP }),
      ArrowDown: () => cy.panBy({ x: 0, y: -PAN_STEP }),
      '+': () => zoomBy(ZOOM_STEP),
      '=': () => zoomBy(ZOOM_STEP),
      '-': () => zoomBy(1 / ZOOM_STEP),
      '0': () => cy.fit(undefined, 30),
    };
    const action = actions[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  });
}
