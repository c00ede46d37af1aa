import type { Core } from 'cytoscape';

const DASHES: Readonly<Record<string, string>> = { dashed: '8 5', dotted: '2 4' };

/**
 * The drawing as SVG, from cytoscape's positions: nodes as circles in their kind's colour,
 * relations as straight arrows in their predicate's colour and modality's stroke, every label
 * as text. Vector, so it prints and edits well; the PNG keeps the exact on-screen shapes.
 */
export function graphSvg(cy: Core, colors: { fg: string; bg: string; contested: string }): string {
  const visible = cy.elements().not('.filtered');
  const box = visible.boundingBox({});
  const pad = 20;
  const x0 = box.x1 - pad;
  const y0 = box.y1 - pad;
  const width = box.w + 2 * pad;
  const height = box.h + 2 * pad;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x0)} ${num(y0)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" font-family="sans-serif">`,
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(width)}" height="${num(height)}" fill="${attr(colors.bg)}"/>`,
  ];
  visible.edges().forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    const color = String(edge.data('color'));
    const dash = DASHES[String(edge.data('line'))];
    const radius = Number(edge.target().data('size')) / 2;
    const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const end = {
      x: t.x - ((t.x - s.x) / length) * radius,
      y: t.y - ((t.y - s.y) / length) * radius,
    };
    const width = Number(edge.data('width'));
    // Contested relations keep their on-screen mark: an outline in the contested colour.
    const outline = edge.hasClass('contested')
      ? `<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(end.x)}" y2="${num(end.y)}" stroke="${attr(colors.contested)}" stroke-width="${num(width + 4)}"/>`
      : '';
    parts.push(
      `<g><title>${text(String(edge.data('label')))} (${text(String(edge.data('modality')))}${edge.hasClass('contested') ? ', contested' : ''})</title>` +
        outline +
        `<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(end.x)}" y2="${num(end.y)}" stroke="${attr(color)}" stroke-width="${num(width)}"${dash === undefined ? '' : ` stroke-dasharray="${dash}"`}/>` +
        arrowHead(s, end, color) +
        `<text x="${num((s.x + t.x) / 2)}" y="${num((s.y + t.y) / 2)}" font-size="9" text-anchor="middle" fill="${attr(colors.fg)}">${text(String(edge.data('label')))}</text></g>`,
    );
  });
  visible.nodes().forEach((node) => {
    const p = node.position();
    const r = Number(node.data('size')) / 2;
    parts.push(
      `<g><circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(r)}" fill="${attr(String(node.data('color')))}"/>` +
        `<text x="${num(p.x)}" y="${num(p.y + r + 12)}" font-size="11" text-anchor="middle" fill="${attr(colors.fg)}">${text(String(node.data('name')))}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function arrowHead(
  from: { x: number; y: number },
  tip: { x: number; y: number },
  color: string,
): string {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = 8;
  const left = { x: tip.x - size * Math.cos(angle - 0.4), y: tip.y - size * Math.sin(angle - 0.4) };
  const right = {
    x: tip.x - size * Math.cos(angle + 0.4),
    y: tip.y - size * Math.sin(angle + 0.4),
  };
  return `<polygon points="${num(tip.x)},${num(tip.y)} ${num(left.x)},${num(left.y)} ${num(right.x)},${num(right.y)}" fill="${attr(color)}"/>`;
}

function num(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : '0';
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
