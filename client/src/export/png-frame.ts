// The PNG figure: the graph image Cytoscape renders, drawn on a larger canvas with the frame (title, legend,
// source line) laid out by figure-frame.ts, at the image's own pixel density so the text is as sharp as the graph.
import { dashArray } from '../cy/palette.ts';
import { layoutFrame, type FigureFrame, type PlacedSwatch } from './figure-frame.ts';
import { POLYGONS } from './svg.ts';

function font(size: number, weight: 400 | 600, family: string): string {
  return `${weight} ${size}px ${family}`;
}

function drawSwatch(g: CanvasRenderingContext2D, { swatch, x, y }: PlacedSwatch): void {
  g.save();
  if (swatch.kind === 'edge') {
    const width = Math.min(swatch.width, 2.5);
    const dash = dashArray(swatch.line, width);
    g.setLineDash(dash ? dash.split(' ').map(Number) : []);
    g.lineCap = swatch.line === 'dotted' ? 'round' : 'butt';
    g.strokeStyle = swatch.color;
    g.lineWidth = width;
    g.beginPath();
    g.moveTo(x - 12, y);
    g.lineTo(x + 12, y);
    g.stroke();
    g.restore();
    return;
  }
  const size = 14;
  g.fillStyle = swatch.fill;
  g.strokeStyle = swatch.stroke;
  g.lineWidth = 1.2;
  g.beginPath();
  const polygon = POLYGONS[swatch.shape];
  if (polygon) {
    polygon.forEach(([px, py], i) => (i ? g.lineTo(x + px * size, y + py * size) : g.moveTo(x + px * size, y + py * size)));
    g.closePath();
  } else if (String(swatch.shape).includes('rectangle') || swatch.shape === 'barrel') {
    g.rect(x - size / 2, y - size / 2, size, size);
  } else {
    g.ellipse(x, y, size / 2, size / 2, 0, 0, 2 * Math.PI);
  }
  g.fill();
  g.stroke();
  g.restore();
}

/**
 * `graph` is the graph's PNG, `graphWidth` its width in graph units: the frame is drawn at the image's density
 * (pixels per unit). Fonts are the page's: the figure is drawn only once they are loaded, or the Chinese text
 * would come out in a fallback face.
 */
export async function framePng(graph: Blob, graphWidth: number, frame: FigureFrame, fontFamily: string): Promise<Blob> {
  await document.fonts?.ready;
  const image = await createImageBitmap(graph);
  const scale = graphWidth > 0 ? image.width / graphWidth : 2;
  const canvas = document.createElement('canvas');
  const g = canvas.getContext('2d');
  if (!g) return graph;
  const measure = (text: string, size: number, weight: 400 | 600) => {
    g.font = font(size, weight, fontFamily);
    return g.measureText(text).width;
  };
  const layout = layoutFrame(frame, { width: image.width / scale, height: image.height / scale }, measure);
  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil(layout.height * scale);
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, layout.width, layout.height);
  g.drawImage(image, layout.content.x, layout.content.y, layout.content.width, layout.content.height);
  g.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    g.font = font(t.size, t.weight, fontFamily);
    g.fillStyle = t.color;
    g.fillText(t.text, t.x, t.y);
  }
  for (const swatch of layout.swatches) drawSwatch(g, swatch);
  image.close();
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
