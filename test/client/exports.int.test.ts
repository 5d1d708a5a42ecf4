// Exports fit to publish, in Chromium against the real server (issue 13.6): the PNG and SVG of the graph carry a
// title, a legend and a source line and none of the selection's dimming (which comes back on screen after), the
// CSV names everything in full with citations, and every file is named for the view, the regulation and the day.
// The exported PNG is shown and saved as test-results/screenshots/32-export-png.png.
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../client/src/export/figure-content.ts';
import { SELECTION_COLOR } from '../../client/src/cy/palette.ts';
import { screenshot } from '../support/browser.ts';
import { csvRecords } from '../support/csv.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';

const KASHGAR = 'actor:xinjiang-kashi-pianqu';

const session = useExplorer();
let regulation: { key: string; title: string; effective: string };

beforeAll(async () => {
  const { regulations } = await session.api<{ regulations: (typeof regulation)[] }>('{ regulations { key title effective } }');
  regulation = regulations.find((r) => r.key === 'regulation:xinjiang-ftz-2025')!;
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await session.open(path);
  await graphReady(opened.page);
  return opened;
}

async function graphReady(page: Page): Promise<void> {
  await page.waitForSelector(GRAPH_READY, { state: 'attached', timeout: 30_000 });
  // Centring on the selection animates for 350 ms.
  await page.waitForTimeout(600);
}

async function exportFile(page: Page, format: string): Promise<{ file: Download; bytes: Buffer }> {
  await page.click('.export-menu > summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
  return { file, bytes: await readFile((await file.path())!) };
}

const today = () => localDate(new Date());
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Pixels that differ between two PNGs of the same size, and those in the selection's colour in each, decoded by the browser. */
function comparePixels(
  page: Page,
  a: Buffer,
  b: Buffer,
): Promise<{ differ: number; total: number; selectionA: number; selectionB: number; inkA: number; inkB: number; sameSize: boolean }> {
  return page.evaluate(
    async ([x, y]) => {
      const pixels = async (base64: string) => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(image, 0, 0);
        return g.getImageData(0, 0, image.width, image.height).data;
      };
      const [p, q] = await Promise.all([pixels(x!), pixels(y!)]);
      // SELECTION_COLOR #e0a100, with a little tolerance for antialiasing; no other colour of the palette is near it.
      const selection = (d: Uint8ClampedArray, i: number) => Math.abs(d[i]! - 224) < 10 && Math.abs(d[i + 1]! - 161) < 10 && d[i + 2]! < 12;
      // Ink: pixels darker than light grey; dimming to 18 % opacity would turn most of the drawing pale.
      const ink = (d: Uint8ClampedArray) => {
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (0.3 * d[i]! + 0.59 * d[i + 1]! + 0.11 * d[i + 2]! < 160) n += 1;
        return n / (d.length / 4);
      };
      let differ = 0;
      let selectionA = 0;
      let selectionB = 0;
      for (let i = 0; i < Math.max(p.length, q.length); i += 4) {
        if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2]) differ += 1;
        if (i < p.length && selection(p, i)) selectionA += 1;
        if (i < q.length && selection(q, i)) selectionB += 1;
      }
      return { differ, total: p.length / 4, selectionA, selectionB, inkA: ink(p), inkB: ink(q), sameSize: p.length === q.length };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe('exports fit to publish', () => {
  it('draws the PNG with title, legend and source and without the selection, and puts the dimming back on screen', async () => {
    const { page, errors } = await open(`/?x=${KASHGAR}&sel=${KASHGAR}`);
    const before = await page.locator('#cy').screenshot();
    const selected = await exportFile(page, 'png');
    expect(selected.file.suggestedFilename()).toBe(`regatlas-graph-xinjiang-ftz-2025-${today()}.png`);
    expect([...selected.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The screen is as it was: the selection still highlighted, the rest still dimmed.
    expect((await page.locator('#cy').screenshot()).equals(before)).toBe(true);

    // The same graph with nothing selected exports the same picture: the figure never shows the selection.
    await page.focus('#cy');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('sel'));
    await graphReady(page);
    const plain = await exportFile(page, 'png');
    // Two device pixels per unit, at least the frame's minimum width.
    expect(pngSize(selected.bytes).width).toBeGreaterThanOrEqual(1280);

    // Decoded on a page of its own (the app's CSP does not let it fetch data: URLs), then looked at, whole, at 1440×900.
    const shown = await session.context.newPage();
    const compared = await comparePixels(shown, selected.bytes, plain.bytes);
    // The label layer shows the labels near the selection first, and the PNG draws the labels on screen, so the
    // two figures may show different labels and differ in size. Either way neither is dimmed: dimming would
    // lighten most of the picture, so both carry about the same share of ink. Where the sizes agree, what differs
    // is where overlapping edges are drawn in another order (under 1 % of the pixels).
    if (compared.sameSize) expect(compared.differ / compared.total).toBeLessThan(0.01);
    expect(Math.abs(compared.inkA - compared.inkB) / compared.inkB).toBeLessThan(0.2);
    expect(compared.selectionA).toBeLessThanOrEqual(compared.selectionB + 20);
    await shown.setContent(
      `<body style="margin:0;background:#8a8f98;display:flex;align-items:center;justify-content:center;height:100vh"><img style="max-width:100%;max-height:100%;background:#fff" src="data:image/png;base64,${selected.bytes.toString('base64')}"></body>`,
    );
    await shown.waitForFunction(() => document.querySelector('img')?.complete);
    await screenshot(shown, '32-export-png');
    // Title at the top and source line at the bottom are drawn: dark pixels in both bands of the image.
    const inked = await shown.evaluate(async () => {
      const image = document.querySelector('img')!;
      const bitmap = await createImageBitmap(image);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const dark = (y0: number, y1: number) => {
        const data = g.getImageData(0, y0, bitmap.width, y1 - y0).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 120 && data[i + 1]! < 120 && data[i + 2]! < 120) n += 1;
        return n;
      };
      return { top: dark(0, 110), bottom: dark(bitmap.height - 70, bitmap.height) };
    });
    expect(inked.top).toBeGreaterThan(500);
    expect(inked.bottom).toBeGreaterThan(200);
    await shown.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes the SVG with the title, legend and source line as text and no highlight, in either language', async () => {
    const { page, errors } = await open(`/?x=${KASHGAR}&sel=${KASHGAR}`);
    const { file, bytes } = await exportFile(page, 'svg');
    expect(file.suggestedFilename()).toBe(`regatlas-graph-xinjiang-ftz-2025-${today()}.svg`);
    const svg = bytes.toString('utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = (role: string) => Array.from(doc.getElementsByTagName('text')).filter((t) => t.getAttribute('class') === role).map((t) => t.textContent);
    const nodes = await page.$$eval('.node-list li[data-id]', (items) => items.length);
    expect(texts('title')).toEqual([`${regulation.title} · 关系图`]);
    expect(texts('subtitle')[0]).toMatch(new RegExp(`^${nodes} 个节点，\\d+ 条边$`));
    expect(texts('legend-heading')).toEqual(['节点', '关系']);
    expect(texts('legend')).toEqual(expect.arrayContaining(['区域', '产业', '义务', '应当', '负责', '发展（产业）']));
    expect(texts('source')).toEqual([`来源：《${regulation.title}》（${regulation.effective} 施行） · RegAtlas · 导出于 ${today()}`]);
    // Nothing dimmed, nothing in the selection's colour, and the selected zone drawn like any other.
    expect(svg).not.toMatch(/opacity="0\.[0-4]/);
    expect(svg.toLowerCase()).not.toContain(SELECTION_COLOR);
    expect(svg).not.toContain('rgb(224,161,0)');
    expect(doc.getElementsByTagName('g').length).toBeGreaterThan(nodes);

    await page.click('[data-lang="en"]');
    await graphReady(page);
    const en = (await exportFile(page, 'svg')).bytes.toString('utf8');
    expect(en).toContain(`<text class="title"`);
    expect(en).toContain(`${regulation.title} · Graph`);
    expect(en).toContain(`Source: 《${regulation.title}》 (in force ${regulation.effective}) · RegAtlas · exported ${today()}`);
    expect(en).toMatch(/<text class="legend-heading"[^>]*>Nodes<\/text>/);
    await page.click('[data-lang="zh"]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes the graph CSV in full with citations, and names GraphML, JSON and CSV for the view and the day', async () => {
    const { page, errors } = await open(`/?x=${KASHGAR}`);
    const csv = await exportFile(page, 'csv');
    expect(csv.file.suggestedFilename()).toBe(`regatlas-graph-xinjiang-ftz-2025-${today()}.csv`);
    const { header, records } = csvRecords(csv.bytes.toString('utf8'));
    expect(header.at(-1)).toBe('citation');
    expect(records.every((r) => !(r.sourceLabel ?? '').includes('…') && !(r.targetLabel ?? '').includes('…'))).toBe(true);
    const develops = records.find((r) => r.source === KASHGAR && r.target === 'industry:fangzhi-fuzhuang')!;
    expect(develops).toMatchObject({ type: 'DEVELOPS', level: '重点发展', citation: `《${regulation.title}》第二十八条第二款` });
    const bears = records.find((r) => r.type === 'BEARS' && r.source === KASHGAR)!;
    expect(bears.targetLabel!.length).toBeGreaterThan(21);
    expect(bears.citation).toMatch(new RegExp(`^《${regulation.title}》第`));

    const graphml = await exportFile(page, 'graphml');
    expect(graphml.file.suggestedFilename()).toBe(`regatlas-graph-xinjiang-ftz-2025-${today()}.graphml`);
    expect(new DOMParser().parseFromString(graphml.bytes.toString('utf8'), 'application/xml').getElementsByTagName('node').length).toBeGreaterThan(10);
    const json = await exportFile(page, 'json');
    expect(json.file.suggestedFilename()).toBe(`regatlas-graph-xinjiang-ftz-2025-${today()}.json`);
    expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ regulation: regulation.title, generator: 'RegAtlas' });

    // From the zones view the CSV is that view's table, named for it.
    await page.click('#tab-zones');
    await page.waitForSelector('.zones-matrix');
    const zones = await exportFile(page, 'csv');
    expect(zones.file.suggestedFilename()).toBe(`regatlas-zones-xinjiang-ftz-2025-${today()}.csv`);
    expect(csvRecords(zones.bytes.toString('utf8')).records.every((r) => (r.citation ?? '').startsWith(`《${regulation.title}》`))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
