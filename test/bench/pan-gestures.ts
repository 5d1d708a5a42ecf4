// Panning and zooming the synthetic graph as a researcher does: drags of the background with the mouse (down,
// a move every 16 ms, up) and wheel notches between the drags, sent as input events (Playwright's page.mouse,
// CDP Input), while the page records the frames it presents (client-page/main.ts). Cytoscape handles them as
// it handles a user's. (Until issue 15.4's change the benchmark panned by calling cy.panBy every frame.)
import type { Page } from 'playwright-core';
import type { FrameStats } from './client-page/main.ts';

export interface GestureRun {
  /** Frames presented while the gestures went on. */
  frames: FrameStats;
  /** Mouse moves sent while dragging (one every STEP_MS at most). */
  moves: number;
  /** Zoom steps between drags (in and out by turns), and the zooms they reached. */
  zoomSteps: number;
  zoomRange: [number, number];
  /** How far the drags moved the view, px in all: the check that they panned (and moved no node). */
  pannedPx: number;
  /** After the last gesture: the longest frame within SETTLE_MS (the labels re-sized for the zoom and redrawn). */
  settleFrameMs: number;
}

interface View {
  zoom: number;
  pan: { x: number; y: number };
  positionSum: number;
}

type BenchPage = { __bench: { frames: { start(): void; stop(): FrameStats }; emptySpot(): { x: number; y: number }; view(): View } };

/** A mouse reports about 60 moves a second; a drag is half a second of them (longer if the page lags). */
const STEP_MS = 16;
const MOVES_PER_DRAG = 30;
/** Wheel notches per zoom step: Cytoscape zooms a few per cent a notch; five make about ±15 %. */
const NOTCHES = 5;
const SETTLE_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function panAndZoom(page: Page, durationMs: number): Promise<GestureRun> {
  const view = () => page.evaluate(() => (window as unknown as BenchPage).__bench.view());
  const before = await view();
  const zooms: number[] = [before.zoom];
  let moves = 0;
  let zoomSteps = 0;
  let pannedPx = 0;
  let step = 0;
  await page.evaluate(() => (window as unknown as BenchPage).__bench.frames.start());
  const start = Date.now();
  while (Date.now() - start < durationMs) {
    const spot = await page.evaluate(() => (window as unknown as BenchPage).__bench.emptySpot());
    const dragFrom = await view();
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.down();
    let { x, y } = spot;
    for (let move = 0; move < MOVES_PER_DRAG; move++) {
      step++;
      x += 6 * Math.cos(step / 30);
      y += 6 * Math.sin(step / 30);
      const sent = Date.now();
      await page.mouse.move(x, y);
      moves++;
      const rest = STEP_MS - (Date.now() - sent);
      if (rest > 0) await sleep(rest);
    }
    await page.mouse.up();
    const dragTo = await view();
    pannedPx += Math.hypot(dragTo.pan.x - dragFrom.pan.x, dragTo.pan.y - dragFrom.pan.y);
    // A zoom step at the pointer, in and out by turns.
    for (let notch = 0; notch < NOTCHES; notch++) await page.mouse.wheel(0, zoomSteps % 2 === 0 ? -100 : 100);
    zoomSteps++;
    zooms.push((await view()).zoom);
  }
  const frames = await page.evaluate(() => (window as unknown as BenchPage).__bench.frames.stop());
  await page.evaluate(() => (window as unknown as BenchPage).__bench.frames.start());
  await sleep(SETTLE_MS);
  const settle = await page.evaluate(() => (window as unknown as BenchPage).__bench.frames.stop());
  const after = await view();
  // The same graph, panned and zoomed, not edited: a drag that caught a node would have moved it.
  if (Math.abs(after.positionSum - before.positionSum) > 1e-6) throw new Error('pan gesture moved a node instead of the view');
  if (pannedPx === 0) throw new Error('pan gestures did not move the view');
  return { frames, moves, zoomSteps, zoomRange: [Math.min(...zooms), Math.max(...zooms)], pannedPx, settleFrameMs: settle.frameMs.max };
}
