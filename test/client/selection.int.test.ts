// Acting on the graph in Chromium (issue 14.3, 14.5, 14.6): hiding a node takes the obligations it alone held and
// one undo brings them back; several nodes are selected by shift/ctrl-click and by a shift-drawn box and expanded
// in one load; the node menu opens on a right click, a long press and Shift+F10, runs each action, and closes on Escape and
// on a press outside; a search hit is brought to the centre of the canvas at a zoom where its label reads.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';

const OFFICE = 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi';
const KASHGAR = 'actor:xinjiang-kashi-pianqu';
const CUSTOMS = 'actor:haiguan';
const GOVERNMENT = 'actor:xinjiang-renmin-zhengfu';

const session = useExplorer();

interface DrawnGraph {
  nodes: { id: string; type: string }[];
  edges: { source: string; target: string }[];
}

/** What Cytoscape draws (the container keeps its instance in `_cyreg`). */
const drawn = (page: Page): Promise<DrawnGraph> =>
  page.evaluate(() => {
    const cy = (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), type: String(n.data('type')) })),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    };
  });

const nodeIds = (page: Page) => page.$$eval('.node-list li[data-id]', (items) => items.map((li) => li.getAttribute('data-id')!));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Loaded, drawn, laid out, and no animation of the view still running. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector(GRAPH_READY, { state: 'attached', timeout: 30_000 });
  await page.waitForFunction(() => {
    const cy = (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    return document.getElementById('cy')!.dataset.ready === 'true' && !cy.animated();
  });
}

/** A node's centre in page pixels. */
const onScreen = (page: Page, id: string): Promise<{ x: number; y: number }> =>
  page.evaluate((nodeId) => {
    const container = document.getElementById('cy')!;
    const cy = (container as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    const at = cy.getElementById(nodeId).renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);

const selectedInCy = (page: Page) =>
  page.evaluate(() => (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy.nodes(':selected').map((n) => n.id()).sort());

async function clickNode(page: Page, id: string, modifier?: 'Shift' | 'Control'): Promise<void> {
  const at = await onScreen(page, id);
  if (modifier) await page.keyboard.down(modifier);
  await page.mouse.click(at.x, at.y);
  if (modifier) await page.keyboard.up(modifier);
}

const waitParam = (page: Page, name: string, value: string | null) =>
  page.waitForFunction(([n, v]) => new URL(location.href).searchParams.get(n!) === v, [name, value] as const);

describe('hiding a node', () => {
  it('hides the obligations only it held, and one undo brings every one back', async () => {
    const { page, errors } = await session.open(`/?x=${OFFICE}&sel=${OFFICE}`);
    await settled(page);
    const before = await drawn(page);
    const listed = await nodeIds(page);
    // The office's duties on screen that nothing else on screen links to: what hiding it must take.
    const linksOf = (id: string) => before.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
    const heldAlone = linksOf(OFFICE).filter((id) => linksOf(id).every((n) => n === OFFICE));
    const stillHeld = linksOf(OFFICE).filter((id) => !heldAlone.includes(id));
    expect(heldAlone.length).toBeGreaterThan(3);
    // They are the office's obligations as the API has them.
    const api = await session.api<{ neighborhood: { edges: { source: string; target: string; type: string }[] } }>(
      `query ($ids: [String!]!) { neighborhood(ids: $ids, depth: 1, limit: 200) { edges { source target type } } }`,
      { ids: [OFFICE] },
    );
    const borne = new Set(api.neighborhood.edges.filter((e) => e.source === OFFICE && (e.type === 'BEARS' || e.type === 'BENEFITS')).map((e) => e.target));
    for (const id of heldAlone.filter((n) => n.startsWith('obligation:'))) expect(borne.has(id), id).toBe(true);

    await page.click('.graph-toolbar [data-action="hide"]');
    await page.waitForFunction((id) => !document.querySelector(`.node-list li[data-id="${id}"]`), OFFICE);
    await settled(page);
    const after = await nodeIds(page);
    const gone = listed.filter((id) => !after.includes(id));
    expect(gone).toEqual(expect.arrayContaining([OFFICE, ...heldAlone]));
    // Nothing still linked to what remains went with it, and no actor.
    for (const id of gone.filter((n) => n !== OFFICE)) {
      expect(before.nodes.find((n) => n.id === id)?.type).not.toBe('ACTOR');
      expect(linksOf(id).every((n) => gone.includes(n)), id).toBe(true);
    }
    for (const id of stillHeld.filter((n) => !gone.includes(n))) expect(after).toContain(id);
    expect(await page.textContent('.graph-status .hid-orphans')).toContain(String(gone.length));
    console.log(`hide ${OFFICE}: ${listed.length} → ${after.length} nodes, ${gone.length - 1} orphans hidden with it`);
    await screenshot(page, '50-hidden-with-orphans');

    await page.click('.graph-toolbar [data-action="undo"]');
    await page.waitForSelector(`.node-list li[data-id="${OFFICE}"]`, { state: 'attached' });
    await settled(page);
    expect((await nodeIds(page)).sort()).toEqual([...listed].sort());
    expect(param(page, 'hide')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says why actors stand apart when the legend hides obligations', async () => {
    const { page, errors } = await session.open(`/?x=${OFFICE}`);
    await settled(page);
    expect(await page.$('.legend-note')).toBeNull();
    await page.click('.legend-item[data-category="OBLIGATION"]');
    await page.waitForSelector('.legend-note');
    await settled(page);
    const { nodes, edges } = await drawn(page);
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const alone = nodes.filter((n) => n.type === 'ACTOR' && !linked.has(n.id)).length;
    expect(alone).toBeGreaterThan(0);
    expect(await page.getAttribute('.legend-note', 'data-alone')).toBe(String(alone));
    expect(await page.textContent('.legend-note')).toContain(String(alone));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('selecting several nodes', () => {
  it('adds with shift-click and ctrl-click, takes out with a second one, and keeps the list in the URL', async () => {
    const { page, errors } = await session.open('/');
    await settled(page);
    await clickNode(page, KASHGAR);
    await waitParam(page, 'sel', KASHGAR);
    await clickNode(page, CUSTOMS, 'Shift');
    await clickNode(page, GOVERNMENT, 'Control');
    await waitParam(page, 'ms', [KASHGAR, CUSTOMS, GOVERNMENT].join(','));
    expect(param(page, 'sel')).toBe(GOVERNMENT);
    // Quick clicks on two nodes are no double click: nothing was expanded.
    expect(param(page, 'x')).toBeNull();
    expect(await selectedInCy(page)).toEqual([KASHGAR, CUSTOMS, GOVERNMENT].sort());
    expect(await page.textContent('.graph-toolbar [data-action="expand-selected"]')).toContain('3');
    await screenshot(page, '51-three-selected');
    await clickNode(page, CUSTOMS, 'Control');
    await waitParam(page, 'ms', [KASHGAR, GOVERNMENT].join(','));
    expect(await selectedInCy(page)).toEqual([KASHGAR, GOVERNMENT].sort());
    // The URL brings the selection back.
    await page.reload();
    await settled(page);
    expect(await selectedInCy(page)).toEqual([KASHGAR, GOVERNMENT].sort());
    // A plain click is a selection of one again.
    await clickNode(page, CUSTOMS);
    await waitParam(page, 'ms', null);
    expect(await selectedInCy(page)).toEqual([CUSTOMS]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects what a shift-drawn box holds, and expands every selected node in one load', async () => {
    const { page, errors } = await session.open('/');
    await settled(page);
    const a = await onScreen(page, KASHGAR);
    const b = await onScreen(page, CUSTOMS);
    const box = { x1: Math.min(a.x, b.x) - 12, y1: Math.min(a.y, b.y) - 12, x2: Math.max(a.x, b.x) + 12, y2: Math.max(a.y, b.y) + 12 };
    // What the box should take: every node whose centre is inside it.
    const inside = await page.evaluate((area) => {
      const container = document.getElementById('cy')!;
      const cy = (container as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      const at = container.getBoundingClientRect();
      return cy
        .nodes()
        .filter((n) => {
          const bb = n.renderedBoundingBox({ includeLabels: false });
          return bb.x1 + at.left >= area.x1 && bb.x2 + at.left <= area.x2 && bb.y1 + at.top >= area.y1 && bb.y2 + at.top <= area.y2;
        })
        .map((n) => n.id())
        .sort();
    }, box);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await page.mouse.move(box.x2, box.y2, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ms') !== null);
    const picked = await selectedInCy(page);
    expect(picked).toEqual(expect.arrayContaining([KASHGAR, CUSTOMS]));
    // Nodes fully inside are taken; a node only partly inside may be too (Cytoscape takes a box's overlap).
    expect(picked).toEqual(expect.arrayContaining(inside));
    await screenshot(page, '52-box-selected');

    // One action, one load: one layout for both neighbourhoods.
    await page.evaluate(() => {
      const cy = (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      (window as unknown as { layouts: number }).layouts = 0;
      cy.on('layoutstop', () => void ((window as unknown as { layouts: number }).layouts += 1));
    });
    const before = await nodeIds(page);
    await page.click('.graph-toolbar [data-action="expand-selected"]');
    await page.waitForFunction((ids) => (new URL(location.href).searchParams.get('x') ?? '').split(',').length === ids.length, picked);
    await settled(page);
    expect(param(page, 'x')!.split(',').sort()).toEqual(picked);
    expect(await page.evaluate(() => (window as unknown as { layouts: number }).layouts)).toBe(1);
    const after = await nodeIds(page);
    // Kashgar's industries (Article 28) and customs' duties both arrived.
    expect(after).toContain('industry:fangzhi-fuzhuang');
    const { edges } = await drawn(page);
    const customsDuties = edges.filter((e) => e.source === CUSTOMS && e.target.startsWith('obligation:'));
    expect(customsDuties.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(before.length);
    // One undo takes both expansions back.
    await page.click('.graph-toolbar [data-action="undo"]');
    await waitParam(page, 'x', null);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the node menu', () => {
  const menuItems = (page: Page) => page.$$eval('#context-menu:not([hidden]) [role="menuitem"]', (items) => items.map((b) => b.getAttribute('data-action')));

  async function openByRightClick(page: Page, id: string): Promise<void> {
    const at = await onScreen(page, id);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.waitForSelector('#context-menu:not([hidden])', { timeout: 5_000 });
    expect(await page.getAttribute('#context-menu', 'data-id')).toBe(id);
  }

  it('opens on a right click with the node\'s actions, and closes on Escape and on a press outside', async () => {
    const { page, errors } = await session.open('/');
    await settled(page);
    await openByRightClick(page, KASHGAR);
    expect(await menuItems(page)).toEqual(['expand', 'expand-options', 'hide', 'details', 'select-neighbours', 'path-from', 'path-to']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('expand');
    await waitParam(page, 'sel', KASHGAR);
    await screenshot(page, '53-node-menu');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('expand-options');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#context-menu', { state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    // A press outside (here on the legend) closes it as well.
    await openByRightClick(page, KASHGAR);
    await page.click('.legend-title');
    await page.waitForSelector('#context-menu', { state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens from the keyboard on the selected node with Shift+F10, and from the node list with the Menu key', async () => {
    const { page, errors } = await session.open(`/?sel=${CUSTOMS}`);
    await settled(page);
    await page.focus('#cy');
    await page.keyboard.press('Shift+F10');
    await page.waitForSelector(`#context-menu[data-id="${CUSTOMS}"]:not([hidden])`);
    // Drawn by the node.
    const menu = (await page.$('#context-menu'))!;
    const box = (await menu.boundingBox())!;
    const at = await onScreen(page, CUSTOMS);
    expect(Math.abs(box.x - at.x)).toBeLessThan(5);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#context-menu', { state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    // The node list: the menu opens on the focused entry and gives the focus back to it.
    await page.click('.node-list > summary');
    await page.focus(`.node-list li[data-id="${KASHGAR}"] button`);
    await page.keyboard.press('ContextMenu');
    await page.waitForSelector(`#context-menu[data-id="${KASHGAR}"]:not([hidden])`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#context-menu', { state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id'))).toBe(KASHGAR);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on a long press on a touch screen', async () => {
    const touch = await session.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true, locale: 'zh-CN' });
    const { page, errors } = await session.open('/', { context: touch });
    await settled(page);
    const at = await onScreen(page, KASHGAR);
    const cdp = await touch.newCDPSession(page);
    const point = [{ x: at.x, y: at.y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point });
    // Held past Cytoscape's taphold time (500 ms).
    await page.waitForTimeout(900);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForSelector('#context-menu:not([hidden])', { timeout: 5_000 });
    expect(await page.getAttribute('#context-menu', 'data-id')).toBe(KASHGAR);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs each of its actions', async () => {
    const { page, errors } = await session.open('/');
    await settled(page);
    const choose = async (id: string, action: string) => {
      await openByRightClick(page, id);
      await page.click(`#context-menu [data-action="${action}"]`);
      await page.waitForSelector('#context-menu', { state: 'hidden' });
    };

    await choose(KASHGAR, 'expand');
    await page.waitForSelector('.node-list li[data-id="industry:fangzhi-fuzhuang"]', { state: 'attached' });
    await settled(page);
    expect(param(page, 'x')).toBe(KASHGAR);

    await choose(KASHGAR, 'select-neighbours');
    const { edges } = await drawn(page);
    const neighbours = new Set(edges.flatMap((e) => (e.source === KASHGAR ? [e.target] : e.target === KASHGAR ? [e.source] : [])));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ms') !== null);
    expect((await selectedInCy(page)).sort()).toEqual([KASHGAR, ...neighbours].sort());

    // With several selected, the menu offers to act on all of them.
    await openByRightClick(page, KASHGAR);
    expect(await menuItems(page)).toEqual(expect.arrayContaining(['expand-selected', 'hide-selected']));
    await page.keyboard.press('Escape');

    await choose(KASHGAR, 'path-from');
    await waitParam(page, 'pf', KASHGAR);
    await choose(CUSTOMS, 'path-to');
    await waitParam(page, 'pt', CUSTOMS);

    await choose(CUSTOMS, 'expand-options');
    await page.waitForSelector('.expand-options[open]');
    expect(await page.evaluate(() => document.activeElement?.closest('.expand-options') !== null)).toBe(true);
    await page.keyboard.press('Escape');

    await choose(CUSTOMS, 'details');
    await page.waitForSelector('.details-title[data-type="ACTOR"]');
    expect(param(page, 'sel')).toBe(CUSTOMS);

    // An obligation's menu reads its clause.
    const duty = (await drawn(page)).nodes.find((n) => n.type === 'OBLIGATION')!;
    await choose(duty.id, 'read');
    await page.waitForSelector('#tab-reader[aria-selected="true"]');
    await page.waitForSelector('.clause.highlight');
    expect(param(page, 'clause')).toMatch(/^\d+-\d+/);
    await page.click('#tab-graph');
    await settled(page);

    await choose(KASHGAR, 'hide');
    await page.waitForFunction((id) => !document.querySelector(`.node-list li[data-id="${id}"]`), KASHGAR);
    await page.waitForFunction((id) => (new URL(location.href).searchParams.get('hide') ?? '').split(',').includes(id), KASHGAR);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('picking a search hit', () => {
  it('puts the node at the centre of the canvas, at a zoom where its label reads', async () => {
    const { page, errors } = await session.open('/');
    await settled(page);
    // Zoomed out and panned away first, so that the hit is neither central nor readable.
    await page.evaluate(() => {
      const cy = (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      cy.zoom(0.4);
      cy.pan({ x: 40, y: 40 });
    });
    await page.fill('#search-input', '海关');
    await page.waitForSelector(`#search-suggestions [role="option"][data-id="${CUSTOMS}"]`);
    await page.click(`#search-suggestions [role="option"][data-id="${CUSTOMS}"]`);
    await settled(page);
    const view = await page.evaluate((id) => {
      const cy = (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      const node = cy.getElementById(id);
      const at = node.renderedPosition();
      return {
        dx: at.x - cy.width() / 2,
        dy: at.y - cy.height() / 2,
        zoom: cy.zoom(),
        labelPx: Number.parseFloat(String(node.style('font-size'))) * cy.zoom(),
        labelHidden: node.hasClass('label-hidden'),
      };
    }, CUSTOMS);
    console.log(`search hit ${CUSTOMS}: offset from centre ${view.dx.toFixed(1)}, ${view.dy.toFixed(1)} px; zoom ${view.zoom.toFixed(2)}; label ${view.labelPx.toFixed(1)} px`);
    expect(Math.hypot(view.dx, view.dy)).toBeLessThan(3);
    expect(view.zoom).toBeGreaterThanOrEqual(1.2);
    expect(view.labelPx).toBeGreaterThanOrEqual(11);
    expect(view.labelHidden).toBe(false);
    await screenshot(page, '54-search-hit-centred');
    // A hit the graph does not show yet is loaded first, then centred.
    await page.fill('#search-input', '纺织');
    await page.waitForSelector('#search-suggestions [role="option"][data-id="industry:fangzhi-fuzhuang"]');
    await page.click('#search-suggestions [role="option"][data-id="industry:fangzhi-fuzhuang"]');
    await page.waitForSelector('.node-list li[data-id="industry:fangzhi-fuzhuang"]', { state: 'attached' });
    await settled(page);
    const second = await page.evaluate((id) => {
      const cy = (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
      const at = cy.getElementById(id).renderedPosition();
      return { dx: at.x - cy.width() / 2, dy: at.y - cy.height() / 2 };
    }, 'industry:fangzhi-fuzhuang');
    console.log(`search hit industry:fangzhi-fuzhuang (loaded first): offset ${second.dx.toFixed(1)}, ${second.dy.toFixed(1)} px`);
    expect(Math.hypot(second.dx, second.dy)).toBeLessThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });
});
