// SVG export from a scene (positions, sizes and resolved colours read off the graph). Pure: real <text> and
// shapes rather than an embedded bitmap, so the figure stays editable in Inkscape or Illustrator and the
// Chinese labels remain searchable text.
import { dashArray, type LineStyle, type NodeShape } from '../cy/palette.ts';
import { estimateWidth, layoutFrame, type FigureFrame, type FrameLayout, type PlacedSwatch } from './figure-frame.ts';
import { escapeXml } from './graphml.ts';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: NodeShape | string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  label: string;
  fontSize: number;
  /** Label box width in px before wrapping. */
  labelWidth: number;
}

export interface SvgEdge {
  id: string;
  /** Start, optional control points (Cytoscape bezier), end. */
  points: { x: number; y: number }[];
  color: string;
  width: number;
  line: LineStyle;
  arrow: boolean;
  label: string;
  fontSize: number;
}

export interface SvgScene {
  title: string;
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  fontFamily: string;
  background: string;
  padding: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Corner points of a polygonal shape centred on (0,0), as fractions of width/height. */
export const POLYGONS: Record<string, readonly [number, number][]> = {
  diamond: [[0, -0.5], [0.5, 0], [0, 0.5], [-0.5, 0]],
  'round-diamond': [[0, -0.5], [0.5, 0], [0, 0.5], [-0.5, 0]],
  hexagon: [[-0.25, -0.5], [0.25, -0.5], [0.5, 0], [0.25, 0.5], [-0.25, 0.5], [-0.5, 0]],
  'round-hexagon': [[-0.25, -0.5], [0.25, -0.5], [0.5, 0], [0.25, 0.5], [-0.25, 0.5], [-0.5, 0]],
  octagon: [[-0.2, -0.5], [0.2, -0.5], [0.5, -0.2], [0.5, 0.2], [0.2, 0.5], [-0.2, 0.5], [-0.5, 0.2], [-0.5, -0.2]],
  tag: [[-0.5, -0.5], [0.25, -0.5], [0.5, 0], [0.25, 0.5], [-0.5, 0.5]],
  'round-tag': [[-0.5, -0.5], [0.25, -0.5], [0.5, 0], [0.25, 0.5], [-0.5, 0.5]],
};

function shapeMarkup(node: Pick<SvgNode, 'x' | 'y' | 'width' | 'height' | 'shape' | 'fill' | 'stroke' | 'strokeWidth'>): string {
  const style = `fill="${escapeXml(node.fill)}" stroke="${escapeXml(node.stroke)}" stroke-width="${round(node.strokeWidth)}"`;
  const { x, y, width: w, height: h } = node;
  const polygon = POLYGONS[node.shape];
  if (polygon) {
    const points = polygon.map(([px, py]) => `${round(x + px * w)},${round(y + py * h)}`).join(' ');
    const join = node.shape.startsWith('round-') ? ' stroke-linejoin="round"' : '';
    return `<polygon points="${points}" ${style}${join}/>`;
  }
  if (node.shape === 'rectangle' || node.shape === 'round-rectangle' || node.shape === 'barrel') {
    const radius = node.shape === 'rectangle' ? 0 : Math.min(w, h) / 4;
    return `<rect x="${round(x - w / 2)}" y="${round(y - h / 2)}" width="${round(w)}" height="${round(h)}" rx="${round(radius)}" ${style}/>`;
  }
  return `<ellipse cx="${round(x)}" cy="${round(y)}" rx="${round(w / 2)}" ry="${round(h / 2)}" ${style}/>`;
}

const isWide = (char: string) => /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char);

/**
 * Lines of a label wrapped to a width, as Cytoscape does on screen: Chinese breaks between any two characters
 * (each about one em wide), Latin text between words (about 0.55 em a character).
 */
export function wrapLabel(label: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    let width = 0;
    const tokens = paragraph.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/g) ?? [];
    for (const token of tokens) {
      const tokenWidth = [...token].reduce((sum, c) => sum + (isWide(c) ? 1 : 0.55), 0) * fontSize;
      if (line && width + tokenWidth > maxWidth && !/^\s+$/.test(token)) {
        lines.push(line.trimEnd());
        line = '';
        width = 0;
      }
      if (!line && /^\s+$/.test(token)) continue;
      line += token;
      width += tokenWidth;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

function edgePath(points: readonly { x: number; y: number }[]): string {
  const [start, ...rest] = points;
  if (!start) return '';
  const end = rest.at(-1);
  if (!end) return '';
  const m = `M${round(start.x)},${round(start.y)}`;
  if (rest.length === 1) return `${m} L${round(end.x)},${round(end.y)}`;
  if (rest.length === 2 && rest[0]) return `${m} Q${round(rest[0].x)},${round(rest[0].y)} ${round(end.x)},${round(end.y)}`;
  return `${m} ${rest.map((p) => `L${round(p.x)},${round(p.y)}`).join(' ')}`;
}

export function sceneBounds(scene: Pick<SvgScene, 'nodes' | 'edges' | 'padding'>): { x: number; y: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const include = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const node of scene.nodes) {
    const labelLines = node.label ? wrapLabel(node.label, node.labelWidth, node.fontSize).length : 0;
    const half = Math.max(node.width, node.labelWidth) / 2;
    include(node.x - half, node.y - node.height / 2);
    include(node.x + half, node.y + node.height / 2 + 6 + labelLines * node.fontSize * 1.25);
  }
  for (const edge of scene.edges) for (const p of edge.points) include(p.x, p.y);
  if (minX === Infinity) return { x: 0, y: 0, width: 2 * scene.padding, height: 2 * scene.padding };
  return {
    x: minX - scene.padding,
    y: minY - scene.padding,
    width: maxX - minX + 2 * scene.padding,
    height: maxY - minY + 2 * scene.padding,
  };
}

export function toSvg(scene: SvgScene): string {
  const box = sceneBounds(scene);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(box.x)} ${round(box.y)} ${round(box.width)} ${round(box.height)}" ` +
      `width="${Math.ceil(box.width)}" height="${Math.ceil(box.height)}" font-family="${escapeXml(scene.fontFamily)}">`,
    `  <title>${escapeXml(scene.title)}</title>`,
    `  <rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" fill="${escapeXml(scene.background)}"/>`,
    ...graphLines(scene),
    '</svg>',
    '',
  ].join('\n');
}

/**
 * The graph as a figure: title and subtitle above, legend and source line below, drawn as text (searchable and
 * editable like the labels), the graph itself moved into the place the frame leaves for it.
 */
export function toFigureSvg(scene: SvgScene, frame: FigureFrame): string {
  const box = sceneBounds(scene);
  const layout = layoutFrame(frame, box, estimateWidth);
  const dx = layout.content.x - box.x;
  const dy = layout.content.y - box.y;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" font-family="${escapeXml(scene.fontFamily)}">`,
    `  <title>${escapeXml(frame.title)}</title>`,
    `  <rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="${escapeXml(scene.background)}"/>`,
    ...frameLines(layout),
    `  <g class="graph" transform="translate(${round(dx)},${round(dy)})">`,
    ...graphLines(scene),
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}

function swatchMarkup({ swatch, x, y }: PlacedSwatch): string {
  if (swatch.kind === 'node') return shapeMarkup({ x, y, width: 14, height: 14, shape: swatch.shape, fill: swatch.fill, stroke: swatch.stroke, strokeWidth: 1.2 });
  const width = Math.min(swatch.width, 2.5);
  const dash = dashArray(swatch.line, width);
  return (
    `<line x1="${round(x - 12)}" y1="${round(y)}" x2="${round(x + 12)}" y2="${round(y)}" stroke="${escapeXml(swatch.color)}" stroke-width="${width}"` +
    `${dash ? ` stroke-dasharray="${dash}"` : ''}${swatch.line === 'dotted' ? ' stroke-linecap="round"' : ''}/>`
  );
}

function frameLines(layout: FrameLayout): string[] {
  return [
    '  <g class="frame">',
    ...layout.texts.map(
      (t) => `    <text class="${t.role}" x="${round(t.x)}" y="${round(t.y)}" font-size="${t.size}"${t.weight === 600 ? ' font-weight="600"' : ''} fill="${t.color}">${escapeXml(t.text)}</text>`,
    ),
    ...layout.swatches.map((s) => `    ${swatchMarkup(s)}`),
    '  </g>',
  ];
}

/** Arrow markers, edges, edge labels and nodes, in the scene's own coordinates. */
function graphLines(scene: SvgScene): string[] {
  const colors = [...new Set(scene.edges.filter((e) => e.arrow).map((e) => e.color))];
  const markerId = (color: string) => `arrow-${colors.indexOf(color)}`;
  const out: string[] = [
    '  <defs>',
    ...colors.map(
      (color) =>
        `    <marker id="${markerId(color)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">` +
        `<path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(color)}"/></marker>`,
    ),
    '  </defs>',
    '  <g class="edges" fill="none">',
  ];
  for (const edge of scene.edges) {
    const dash = dashArray(edge.line, edge.width);
    out.push(
      `    <path data-id="${escapeXml(edge.id)}" d="${edgePath(edge.points)}" stroke="${escapeXml(edge.color)}" stroke-width="${round(edge.width)}"` +
        `${dash ? ` stroke-dasharray="${dash}"` : ''}${edge.line === 'dotted' ? ' stroke-linecap="round"' : ''}` +
        `${edge.arrow ? ` marker-end="url(#${markerId(edge.color)})"` : ''}/>`,
    );
  }
  out.push('  </g>', '  <g class="edge-labels" text-anchor="middle" fill="#6b5a3a">');
  for (const edge of scene.edges) {
    if (!edge.label) continue;
    const mid = edge.points[Math.floor(edge.points.length / 2)] ?? edge.points[0];
    const first = edge.points[0];
    const last = edge.points.at(-1);
    if (!mid || !first || !last) continue;
    const x = edge.points.length === 2 ? (first.x + last.x) / 2 : mid.x;
    const y = edge.points.length === 2 ? (first.y + last.y) / 2 : mid.y;
    out.push(`    <text x="${round(x)}" y="${round(y - 3)}" font-size="${edge.fontSize}" paint-order="stroke" stroke="#fff" stroke-width="3">${escapeXml(edge.label)}</text>`);
  }
  out.push('  </g>', '  <g class="nodes">');
  for (const node of scene.nodes) {
    out.push(`    <g data-id="${escapeXml(node.id)}">`, `      ${shapeMarkup(node)}`);
    if (node.label) {
      const lines = wrapLabel(node.label, node.labelWidth, node.fontSize);
      const top = node.y + node.height / 2 + 4 + node.fontSize;
      out.push(
        `      <text x="${round(node.x)}" y="${round(top)}" font-size="${node.fontSize}" text-anchor="middle" fill="#1f2933" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-opacity="0.8">` +
          lines.map((line, i) => `<tspan x="${round(node.x)}" dy="${i === 0 ? 0 : round(node.fontSize * 1.25)}">${escapeXml(line)}</tspan>`).join('') +
          '</text>',
      );
    }
    out.push('    </g>');
  }
  out.push('  </g>');
  return out;
}
