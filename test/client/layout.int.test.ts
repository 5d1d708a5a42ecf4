// Browser tests of the layouts (issue 14.2, 14.6, and "every layout fits the canvas" of 14.1): one URL draws one
// picture on every load, in each layout; a URL's zoom and centre are restored and the researcher's own pan is
// written back; concentric and hierarchical fit inside the canvas, labels included; and the first layout is
// placed before it is drawn (the first frame with nodes shows them where they stay: no clump, no glide).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';

const session = useExplorer();

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface GraphHook {
  positions(): Map<string, { x: number; y: number }>;
  viewport(): { zoom: number; pan: { x: number; y: number }; width: number; height: number };
  renderedBoxes(): Map<string, Box>;
}
type HookWindow = Window & { __regatlas?: { graph: GraphHook }; __firstFrame?: FirstFrame | null };
interface FirstFrame {
  zoom: number;
  pan: { x: number; y: number };
  positions: Record<string, { x: number; y: number }>;
}

const positionsOf = (page: Page) => page.evaluate(() => Object.fromEntries((window as HookWindow).__regatlas!.graph.positions()));
const viewportOf = (page: Page) => page.evaluate(() => (window as HookWindow).__regatlas!.graph.viewport());
const boxesOf = (page: Page) => page.evaluate(() => Object.fromEntries((window as HookWindow).__regatlas!.graph.renderedBoxes()));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The graph point at the centre of the canvas, as the URL's `c` keeps it. */
const centreOf = (v: { zoom: number; pan: { x: number; y: number }; width: number; height: number }) => ({
  x: (v.width / 2 - v.pan.x) / v.zoom,
  y: (v.height / 2 - v.pan.y) / v.zoom,
});

// Every animation frame from the page's start, until one shows nodes: what that frame drew (positions and viewport).
const FIRST_FRAME_SCRIPT = `
  window.__firstFrame = null;
  const tick = () => {
    const graph = window.__regatlas && window.__regatlas.graph;
    if (graph && graph.positions().size > 0) {
      const v = graph.viewport();
      window.__firstFrame = { zoom: v.zoom, pan: v.pan, positions: Object.fromEntries(graph.positions()) };
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

describe('layouts in Chromium', () => {
  it.each([
    ['fcose', '45-layout-fcose'],
    ['concentric', '46-layout-concentric'],
    ['hierarchical', '47-layout-hierarchical'],
  ])('draws the same picture on two loads of one URL (%s)', async (layout, shot) => {
    const path = layout === 'fcose' ? '/' : `/?layout=${layout}`;
    const first = await session.open(path);
    const positions = await positionsOf(first.page);
    const viewport = await viewportOf(first.page);
    await screenshot(first.page, shot);
    await first.page.close();
    // A fresh context: nothing cached, another worker, another Math.random.
    const context = await session.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const second = await session.open(path, { context });
    expect(Object.keys(positions).length).toBeGreaterThan(40);
    expect(await positionsOf(second.page)).toEqual(positions);
    expect(await viewportOf(second.page)).toEqual(viewport);
    // Not a heap: the layout spread the nodes out.
    const xs = Object.values(positions).map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await second.page.close();
  });

  it.each(['concentric', 'hierarchical', 'fcose'])('fits the %s layout inside the canvas, labels included', async (layout) => {
    const { page, errors } = await session.open(`/?layout=${layout}`);
    // The label layer moves labels to whichever side keeps them apart a moment after the first frame: read after it.
    await page.waitForTimeout(500);
    const { width, height } = await viewportOf(page);
    const boxes = await boxesOf(page);
    const outside = Object.entries(boxes).filter(([, b]) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height);
    expect(outside).toEqual([]);
    // And drawn large enough to use the canvas: the drawing spans most of its width or height.
    const spanX = Math.max(...Object.values(boxes).map((b) => b.x2)) - Math.min(...Object.values(boxes).map((b) => b.x1));
    const spanY = Math.max(...Object.values(boxes).map((b) => b.y2)) - Math.min(...Object.values(boxes).map((b) => b.y1));
    expect(Math.max(spanX / width, spanY / height)).toBeGreaterThan(0.6);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits again, with labels, after switching layouts', async () => {
    const { page, errors } = await session.open('/');
    await page.selectOption('#layout-select', 'concentric');
    await page.waitForSelector(GRAPH_READY, { state: 'attached' });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layout') === 'concentric');
    // The switch animates for 450 ms; read the boxes once the nodes have arrived.
    await page.waitForTimeout(700);
    const { width, height } = await viewportOf(page);
    const outside = Object.entries(await boxesOf(page)).filter(([, b]) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height);
    expect(outside).toEqual([]);
    // The same picture as opening the concentric layout directly.
    const direct = await session.open('/?layout=concentric');
    expect(await positionsOf(page)).toEqual(await positionsOf(direct.page));
    expect(errors).toEqual([]);
    await direct.page.close();
    await page.close();
  });

  it('opens on the zoom and centre the URL keeps, and writes back where the researcher moves the view', async () => {
    const { page, errors } = await session.open('/?z=1.2&c=40,-25');
    const viewport = await viewportOf(page);
    expect(viewport.zoom).toBeCloseTo(1.2, 6);
    const centre = centreOf(viewport);
    expect(centre.x).toBeCloseTo(40, 3);
    expect(centre.y).toBeCloseTo(-25, 3);
    // The app did not move it, so the URL still says so.
    await page.waitForTimeout(500);
    expect(param(page, 'z')).toBe('1.2');
    expect(param(page, 'c')).toBe('40,-25');
    await screenshot(page, '48-viewport-from-url');

    // A wheel turn over the canvas zooms; the URL follows once the view is at rest.
    const canvas = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('z') !== '1.2', null, { timeout: 5000 });
    const moved = await viewportOf(page);
    expect(moved.zoom).toBeLessThan(1.2);
    await page.waitForFunction((z) => new URL(location.href).searchParams.get('z') === String(z), Math.round(moved.zoom * 1000) / 1000, { timeout: 5000 });

    // That URL, opened afresh, shows the same view.
    const again = await session.open(new URL(page.url()).pathname + new URL(page.url()).search);
    const restored = await viewportOf(again.page);
    expect(restored.zoom).toBeCloseTo(moved.zoom, 2);
    expect(centreOf(restored).x).toBeCloseTo(centreOf(moved).x, 0);
    expect(centreOf(restored).y).toBeCloseTo(centreOf(moved).y, 0);

    // Fit hands the view back to the app: the URL no longer keeps one.
    await again.page.click('.graph-toolbar [data-action="fit"]');
    await again.page.waitForFunction(() => !new URL(location.href).searchParams.has('z'), null, { timeout: 5000 });
    expect(param(again.page, 'c')).toBeNull();
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('leaves a URL without a viewport without one after the first fit', async () => {
    const { page } = await session.open('/?layout=hierarchical');
    await page.waitForTimeout(500);
    expect(param(page, 'z')).toBeNull();
    expect(param(page, 'c')).toBeNull();
    await page.close();
  });

  it.each(['fcose', 'hierarchical'])('draws the first %s layout in place: the first frame with nodes is the final picture', async (layout) => {
    const context = await session.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await context.addInitScript(FIRST_FRAME_SCRIPT);
    const { page, errors } = await session.open(layout === 'fcose' ? '/' : `/?layout=${layout}`, { context });
    await page.waitForTimeout(600);
    const first = (await page.evaluate(() => (window as HookWindow).__firstFrame))!;
    expect(first).not.toBeNull();
    const final = await positionsOf(page);
    const viewport = await viewportOf(page);
    // Where each node was on screen in that first frame, and where it is now, in canvas pixels.
    const onScreen = (p: { x: number; y: number }, v: { zoom: number; pan: { x: number; y: number } }) => ({ x: p.x * v.zoom + v.pan.x, y: p.y * v.zoom + v.pan.y });
    expect(Object.keys(first.positions).sort()).toEqual(Object.keys(final).sort());
    const moved = Object.keys(final).filter((id) => {
      const a = onScreen(first.positions[id]!, first);
      const b = onScreen(final[id]!, viewport);
      return Math.hypot(a.x - b.x, a.y - b.y) > 0.5;
    });
    expect(moved).toEqual([]);
    if (layout === 'fcose') await screenshot(page, '49-first-frame-in-place');
    expect(errors).toEqual([]);
    await page.close();
  });
});
