// What turns a graph image into a figure one can publish: a title above, a legend and a source line below.
// Pure layout in CSS pixels, shared by the SVG writer and the PNG painter so that both draw the same figure;
// text width comes from a `measure` function (the canvas's own in the browser, an estimate for SVG).
import type { LineStyle, NodeShape } from '../cy/palette.ts';

export interface NodeSwatch {
  kind: 'node';
  label: string;
  shape: NodeShape | string;
  fill: string;
  stroke: string;
}

export interface EdgeSwatch {
  kind: 'edge';
  label: string;
  color: string;
  line: LineStyle;
  width: number;
}

export interface LegendGroup {
  heading: string;
  entries: (NodeSwatch | EdgeSwatch)[];
}

export interface FigureFrame {
  title: string;
  subtitle: string;
  legend: LegendGroup[];
  source: string;
}

export interface FrameText {
  text: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  size: number;
  weight: 400 | 600;
  color: string;
  role: 'title' | 'subtitle' | 'legend-heading' | 'legend' | 'source';
}

export interface PlacedSwatch {
  swatch: NodeSwatch | EdgeSwatch;
  /** Centre of the icon. */
  x: number;
  y: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the graph image goes. */
  content: { x: number; y: number; width: number; height: number };
  texts: FrameText[];
  swatches: PlacedSwatch[];
}

export type Measure = (text: string, size: number, weight: 400 | 600) => number;

const isWide = (char: string) => /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char);

/** An estimate where no font can be asked: a Chinese character one em, anything else a little over half. */
export const estimateWidth: Measure = (text, size, weight) => [...text].reduce((sum, c) => sum + (isWide(c) ? 1 : weight === 600 ? 0.6 : 0.56), 0) * size;

const PAD = 24;
const MIN_WIDTH = 640;
const TITLE = 20;
const SUBTITLE = 13;
const LEGEND = 12;
const SOURCE = 11;
const ICON = 14;
const LINE_ICON = 26;
export const INK = '#1f2933';
export const MUTED = '#5b6573';

/** Lines of text no wider than `width`: Chinese breaks anywhere, other text between words. */
export function wrapText(text: string, width: number, size: number, weight: 400 | 600, measure: Measure): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && !/^\s+$/.test(token) && measure(line + token, size, weight) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (!line && /^\s+$/.test(token)) continue;
    line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

/** The figure around a graph image of `content` size: title and subtitle, the image, the legend rows, the source. */
export function layoutFrame(frame: FigureFrame, content: { width: number; height: number }, measure: Measure = estimateWidth): FrameLayout {
  const width = Math.ceil(Math.max(MIN_WIDTH, content.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const texts: FrameText[] = [];
  const swatches: PlacedSwatch[] = [];
  let y = PAD;
  const block = (text: string, size: number, weight: 400 | 600, color: string, role: FrameText['role']) => {
    for (const line of wrapText(text, inner, size, weight, measure)) {
      y += size * 1.3;
      texts.push({ text: line, x: PAD, y, size, weight, color, role });
    }
  };
  block(frame.title, TITLE, 600, INK, 'title');
  if (frame.subtitle) {
    y += 2;
    block(frame.subtitle, SUBTITLE, 400, MUTED, 'subtitle');
  }
  y += 14;
  const placed = { x: PAD + (inner - content.width) / 2, y, width: content.width, height: content.height };
  y += content.height + 14;

  const row = 22;
  for (const group of frame.legend.filter((g) => g.entries.length)) {
    const headingWidth = measure(`${group.heading}`, LEGEND, 600) + 12;
    let x = PAD + headingWidth;
    y += row;
    texts.push({ text: group.heading, x: PAD, y: y - 6, size: LEGEND, weight: 600, color: INK, role: 'legend-heading' });
    for (const swatch of group.entries) {
      const icon = swatch.kind === 'edge' ? LINE_ICON : ICON;
      const entryWidth = icon + 6 + measure(swatch.label, LEGEND, 400) + 16;
      if (x + entryWidth > width - PAD && x > PAD + headingWidth) {
        x = PAD + headingWidth;
        y += row;
      }
      swatches.push({ swatch, x: x + icon / 2, y: y - 10 });
      texts.push({ text: swatch.label, x: x + icon + 6, y: y - 6, size: LEGEND, weight: 400, color: INK, role: 'legend' });
      x += entryWidth;
    }
  }
  y += 10;
  block(frame.source, SOURCE, 400, MUTED, 'source');
  return { width, height: Math.ceil(y + PAD), content: placed, texts, swatches };
}
