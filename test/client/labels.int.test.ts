// Labels that say what a node is and never overlap (issue 14.1), and the actors-only view, in Chromium against
// the seeded graph. Label boxes are read from the page's Cytoscape instance (Cytoscape registers itself on its
// container as `_cyreg.cy`), as drawn: shown labels are those without the `label-hidden` class.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { overlappingPairs, type LabelBox } from '../../client/src/cy/label-declutter.ts';
import { screenshot } from '../support/browser.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';

const session = useExplorer();

const FTZ = 'actor:xinjiang-ziyou-maoyi-shiyanqu';
const FTZ_EXPANDED = `/?x=${encodeURIComponent(FTZ)}`;

interface DrawnLabel extends LabelBox {
  label: string;
  type: string;
  category: string;
  tooltip: string;
  /** Font size on screen, in px. */
  fontPx: number;
  shown: boolean;
  /** Where the element is on the page (a node's centre, an edge's midpoint). */
  at: { x: number; y: number };
}

/** Every element with a label: its box on screen, font size, and whether it is shown, once the label layer has settled. */
async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  // The label layer recomputes at most every 120 ms after the last change.
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type El = {
      id(): string;
      isNode(): boolean;
      data(key: string): unknown;
      hasClass(name: string): boolean;
      renderedBoundingBox(options: Record<string, boolean>): Box;
      renderedStyle(name: string): string;
      renderedPosition(): { x: number; y: number };
      renderedMidpoint(): { x: number; y: number };
    };
    const container = document.getElementById('cy') as HTMLElement & { _cyreg?: { cy: { elements(): { toArray(): El[] } } } };
    const origin = container.getBoundingClientRect();
    return container
      ._cyreg!.cy.elements()
      .toArray()
      .filter((e) => String(e.data('label') ?? '') !== '')
      .map((e) => {
        const box = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false });
        const at = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();
        return {
          id: e.id(),
          priority: 0,
          x1: box.x1,
          y1: box.y1,
          x2: box.x2,
          y2: box.y2,
          label: String(e.data('label')),
          type: String(e.data('type')),
          category: String(e.data('category') ?? ''),
          tooltip: String(e.data('tooltip') ?? ''),
          fontPx: Number.parseFloat(e.renderedStyle('font-size')),
          shown: !e.hasClass('label-hidden'),
          at: { x: origin.left + at.x, y: origin.top + at.y },
        };
      });
  });
}

async function canvasSize(page: Page): Promise<{ width: number; height: number }> {
  return page.$eval('#cy', (el) => ({ width: el.clientWidth, height: el.clientHeight }));
}

const inside = (size: { width: number; height: number }) => (l: DrawnLabel) => l.x2 > 0 && l.y2 > 0 && l.x1 < size.width && l.y1 < size.height;

describe('graph labels', () => {
  it('after expanding the FTZ, no two shown labels overlap, and the shown ones are at least 11 px on screen', async () => {
    const { page, errors } = await session.open(FTZ_EXPANDED);
    const size = await canvasSize(page);
    const labels = (await drawnLabels(page)).filter(inside(size));
    const shown = labels.filter((l) => l.shown);
    const everyLabel = overlappingPairs(labels).length;
    console.log(`FTZ expanded: ${labels.length} labels in view, ${shown.length} shown; overlapping pairs if all were drawn: ${everyLabel}, among those shown: ${overlappingPairs(shown).length}; font px of shown: ${Math.min(...shown.map((l) => l.fontPx))}–${Math.max(...shown.map((l) => l.fontPx))}`);
    await screenshot(page, '40-labels-ftz-expanded');
    // Without decluttering the expanded FTZ draws many overlapping labels; what is shown overlaps nowhere.
    expect(everyLabel).toBeGreaterThan(16);
    expect(overlappingPairs(shown)).toEqual([]);
    expect(shown.length).toBeGreaterThan(15);
    for (const label of shown) expect(label.fontPx, label.label).toBeGreaterThanOrEqual(11);
    // The management structure stays named: the FTZ, and most of its key bodies (zones, office, leading group).
    expect(shown.map((l) => l.id)).toContain(FTZ);
    const keyBodies = labels.filter((l) => ['ZONE', 'OFFICE', 'LEADING_GROUP'].includes(l.category));
    expect(keyBodies.filter((l) => l.shown).length).toBeGreaterThanOrEqual(Math.ceil(keyBodies.length / 2));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels an obligation with its modality and the gist of its duty, its clause on hover and in the details', async () => {
    const { page, errors } = await session.open(FTZ_EXPANDED);
    const labels = await drawnLabels(page);
    const obligations = labels.filter((l) => l.type === 'OBLIGATION');
    expect(obligations.length).toBeGreaterThan(30);
    const texts = await session.api<{ obligations: { edges: { node: { key: string; text: string; gist: string; clause: { label: string } } }[] } }>(
      '{ obligations(first: 100) { edges { node { key text gist clause { label } } } } }',
    );
    const byKey = new Map(texts.obligations.edges.map((e) => [e.node.key, e.node]));
    for (const label of obligations) {
      const o = byKey.get(label.id);
      if (!o) continue;
      const [modality, gist] = label.label.split('\n');
      expect(modality).toMatch(/^(应当|负责|可以|支持|鼓励|不得)$/);
      // The gist is the duty's own words (less the ellipsis), and the tooltip names the clause.
      expect(o.text).toContain(gist!.replace(/…$/, ''));
      expect(label.tooltip.startsWith(o.clause.label)).toBe(true);
    }

    const target = obligations.find((l) => l.shown && byKey.has(l.id))!;
    await page.mouse.move(target.at.x, target.at.y);
    await page.waitForFunction(() => document.getElementById('cy')?.title.length);
    const title = await page.getAttribute('#cy', 'title');
    expect(title).toBe(target.tooltip);
    expect(title).toMatch(/^第\d+条第\d+款/);
    await page.mouse.click(target.at.x, target.at.y);
    await page.waitForSelector('#details .details-title[data-type="OBLIGATION"]');
    expect(await page.textContent('#details .details-title')).toBe(byKey.get(target.id)!.clause.label);
    expect(await page.textContent('#details .details-subtitle')).toBe(byKey.get(target.id)!.gist);
    await screenshot(page, '41-obligation-gist-details');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows more labels as the researcher zooms in, still without overlaps', async () => {
    const { page, errors } = await session.open(FTZ_EXPANDED);
    const before = (await drawnLabels(page)).filter((l) => l.shown);
    const ftz = (await drawnLabels(page)).find((l) => l.id === FTZ)!;
    await page.mouse.move(ftz.at.x, ftz.at.y);
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(120);
    }
    const size = await canvasSize(page);
    const after = await drawnLabels(page);
    const shownAfter = after.filter((l) => l.shown);
    const zoom = await page.evaluate(() => (document.getElementById('cy') as HTMLElement & { _cyreg: { cy: { zoom(): number } } })._cyreg.cy.zoom());
    console.log(`zoom in to ${zoom.toFixed(2)}: shown labels ${before.length} → ${shownAfter.length} (${shownAfter.filter(inside(size)).length} in view); overlapping pairs among shown ${overlappingPairs(shownAfter).length}`);
    await screenshot(page, '42-labels-zoomed-in');
    expect(shownAfter.length).toBeGreaterThan(before.length);
    expect(overlappingPairs(shownAfter.filter(inside(size)))).toEqual([]);
    for (const label of shownAfter) expect(label.fontPx).toBeGreaterThanOrEqual(11);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('actors only', () => {
  it('draws only actors, linked with counts, from the legend toggle and in the URL', async () => {
    const { page, errors } = await session.open('/');
    await page.click('.legend-mode[data-graph-mode="actors"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('mode') === 'actors');
    await page.waitForSelector(GRAPH_READY, { state: 'attached' });
    const types = await page.evaluate(() => {
      const cy = (document.getElementById('cy') as HTMLElement & { _cyreg: { cy: { nodes(): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] } } } })._cyreg.cy;
      return [...new Set(cy.nodes().map((n) => String(n.data('type'))))];
    });
    expect(types).toEqual(['ACTOR']);
    const labels = await drawnLabels(page);
    const links = labels.filter((l) => l.type === 'ACTOR_LINK');
    expect(links.length).toBeGreaterThan(10);
    expect(links.some((l) => /^共担 \d+/.test(l.label))).toBe(true);
    expect(links.some((l) => /^惠及 \d+/.test(l.label))).toBe(true);
    expect(links.some((l) => /（会同 \d+）/.test(l.label))).toBe(true);
    expect(overlappingPairs(labels.filter((l) => l.shown))).toEqual([]);
    expect(await page.getAttribute('.legend-mode', 'aria-pressed')).toBe('true');
    await screenshot(page, '43-actors-only');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the duties behind a link, each with its clause, when the link is clicked', async () => {
    const { page, errors } = await session.open('/?mode=actors');
    const network = await session.api<{ actorNetwork: { links: { source: { key: string }; target: { key: string }; relation: string; count: number; obligations: { key: string; clause: { label: string } }[] }[] } }>(
      '{ actorNetwork { links { source { key } target { key } relation count obligations { key clause { label } } } } }',
    );
    const labels = await drawnLabels(page);
    // The busiest co-bearing link with no other line near its midpoint (a click there is on this link alone).
    const clear = new Set(
      await page.evaluate(() => {
        type P = { x: number; y: number };
        type Edge = { id(): string; renderedMidpoint(): P; source(): { renderedPosition(): P }; target(): { renderedPosition(): P } };
        const cy = (document.getElementById('cy') as HTMLElement & { _cyreg?: { cy: { edges(): { toArray(): Edge[] } } } })._cyreg!.cy;
        const edges = cy.edges().toArray();
        // Distance from a point to the chord of an edge, through its midpoint (a curved edge as two segments).
        const toSegment = (m: P, a: P, b: P) => {
          const dx = b.x - a.x, dy = b.y - a.y;
          const t = dx || dy ? Math.max(0, Math.min(1, ((m.x - a.x) * dx + (m.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
          return Math.hypot(m.x - a.x - t * dx, m.y - a.y - t * dy);
        };
        const distance = (m: P, e: Edge) => {
          const mid = e.renderedMidpoint();
          return Math.min(toSegment(m, e.source().renderedPosition(), mid), toSegment(m, mid, e.target().renderedPosition()));
        };
        return edges.filter((e) => edges.every((o) => o === e || distance(e.renderedMidpoint(), o) > 10)).map((e) => e.id());
      }),
    );
    const shownLinks = new Map(labels.filter((l) => l.type === 'ACTOR_LINK' && clear.has(l.id)).map((l) => [l.id, l]));
    const link = network.actorNetwork.links
      .filter((l) => l.relation === 'CO_BEARS' && shownLinks.has(`${l.source.key}|CO_BEARS|${l.target.key}`))
      .sort((a, b) => b.count - a.count)[0]!;
    const drawn = shownLinks.get(`${link.source.key}|CO_BEARS|${link.target.key}`)!;
    expect(drawn.label).toMatch(new RegExp(`^共担 ${link.count}`));
    await page.mouse.click(drawn.at.x, drawn.at.y);
    await page.waitForSelector('#details .actor-link-duties');
    // The click selects that link.
    const selected = await (await page.waitForFunction(() => new URL(location.href).searchParams.get('sel'))).jsonValue();
    expect(selected).toBe(`${link.source.key}|CO_BEARS|${link.target.key}`);
    const clicked = link;
    const listed = await page.$$eval('#details .actor-link-duties li.obligation', (items) =>
      items.map((li) => ({ key: li.getAttribute('data-id'), clause: li.querySelector('.clause-link')?.textContent ?? '' })),
    );
    expect(listed).toEqual(clicked.obligations.map((o) => ({ key: o.key, clause: o.clause.label })));
    expect(listed.length).toBe(clicked.count);
    expect(await page.textContent('#details .details-title')).toBe('共同承担义务');
    await screenshot(page, '44-actor-link-duties');
    expect(errors).toEqual([]);
    await page.close();
  });
});
