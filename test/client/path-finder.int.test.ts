// The path finder in a real Chromium over the seeded regulation (issue 14.4): two names typed, the shortest
// paths over responsibility relations listed step by step with their clauses and drawn highlighted in the
// graph, a clause opening the reader, the question kept in the URL, and a clear answer when there is no path.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';

const session = useExplorer();

const CUSTOMS = 'actor:haiguan';
const TAXATION = 'actor:shuiwu';
const REGION_GOVERNMENT = 'actor:xinjiang-renmin-zhengfu';
const OFFICE = 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi';

// Other browser tests may load regulations of their own beside the shipped one: the answers expected are the
// shipped regulation's, which the explorer shows when the URL names no other.
const SHIPPED = 'regulation:xinjiang-ftz-2025';
const PATHS = `query($from: String!, $to: String!, $relationships: [GraphEdgeType!]!) {
  paths(from: $from, to: $to, relationships: $relationships, regulations: ["${SHIPPED}"]) { length found paths { nodes edges steps { kind via clause { article paragraph item } } } }
}`;
interface Answer {
  paths: { length: number | null; found: number; paths: { nodes: string[]; edges: string[]; steps: { kind: string; via: string | null; clause: { article: number; paragraph: number; item: number | null } | null }[] }[] };
}

/** The panel has an answer (or an error) and the graph is drawn with it. */
async function answered(page: Page): Promise<void> {
  await page.waitForSelector('.path-finder-panel[data-status="ready"], .path-finder-panel[data-status="error"]', { state: 'attached', timeout: 30_000 });
  await page.waitForSelector(GRAPH_READY, { state: 'attached', timeout: 30_000 });
}

async function findPaths(page: Page, from: string, to: string): Promise<void> {
  if (!(await page.$eval('.path-finder-panel', (d) => (d as HTMLDetailsElement).open))) await page.click('.path-finder-panel > summary');
  await page.fill('#pathFrom-input', from);
  await page.fill('#pathTo-input', to);
  await page.click('.path-find');
}

/** Ids of what the graph marks as on a path, read from Cytoscape itself. */
const onPath = (page: Page) =>
  page.evaluate(() => {
    const cy = (document.getElementById('cy') as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
    return { nodes: cy.nodes('.on-path').map((n) => n.id()).sort(), edges: cy.edges('.on-path').map((e) => e.id()).sort(), ends: cy.nodes('.path-end').map((n) => n.id()).sort() };
  });

const urlParams = (page: Page) => Object.fromEntries(['pf', 'pt', 'pr'].map((k) => [k, new URL(page.url()).searchParams.get(k)]));

describe('the path finder', () => {
  it('finds the shortest paths between two typed names, steps with clauses, drawn highlighted in the graph', async () => {
    const { page, errors } = await session.open('/');
    await findPaths(page, '海关', '新疆维吾尔自治区人民政府');
    await answered(page);
    const expected = await session.api<Answer>(PATHS, { from: CUSTOMS, to: REGION_GOVERNMENT, relationships: ['BEARS', 'BENEFITS', 'MEMBER_OF'] });
    expect(expected.paths.found).toBeGreaterThan(1);

    // The list: one entry per path, each step a responsibility relation through an obligation, with its clause.
    const listed = await page.$$eval('.path-list > .path', (paths) =>
      paths.map((p) => [...p.querySelectorAll('.path-step')].map((s) => [s.getAttribute('data-kind'), s.getAttribute('data-via'), s.querySelector('.clause-link')?.getAttribute('data-clause') ?? null])),
    );
    expect(listed).toEqual(
      expected.paths.paths.map((p) => p.steps.map((s) => [s.kind, s.via, s.clause ? `${s.clause.article}-${s.clause.paragraph}${s.clause.item === null ? '' : `-${s.clause.item}`}` : null])),
    );
    for (const steps of listed) for (const [kind, , clause] of steps) (expect(kind).toBe('BEARS_FOR'), expect(clause).toMatch(/^\d+-\d+/));
    const first = await page.$eval('.path-list > .path .path-step', (s) => s.textContent);
    expect(first).toContain('海关');
    expect(first).toContain('受益于其义务');
    expect(await page.textContent('.path-message')).toContain(`${expected.paths.found} 条最短路径，每条 2 步`);

    // The graph: every node and edge of every path is on screen and marked, the two ends as ends.
    const marked = await onPath(page);
    expect(marked.nodes).toEqual([...new Set(expected.paths.paths.flatMap((p) => p.nodes))].sort());
    expect(marked.edges).toEqual([...new Set(expected.paths.paths.flatMap((p) => p.edges))].sort());
    expect(marked.ends).toEqual([CUSTOMS, REGION_GOVERNMENT].sort());

    // The question is in the URL, relations left at their default.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pt') !== null);
    expect(urlParams(page)).toEqual({ pf: CUSTOMS, pt: REGION_GOVERNMENT, pr: null });
    await page.waitForTimeout(400);
    await screenshot(page, '55-path-finder-paths');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a step's clause opens the reader at that clause", async () => {
    const { page } = await session.open(`/?pf=${CUSTOMS}&pt=${REGION_GOVERNMENT}`);
    await answered(page);
    const link = '.path-list > .path:first-child .path-step:first-child .clause-link';
    const clause = await page.getAttribute(link, 'data-clause');
    expect(clause).toBe('13-2');
    await page.click(link);
    await page.waitForSelector('#clause-13-2.highlight');
    // The address bar is written debounced.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'reader');
    expect(new URL(page.url()).searchParams.get('clause')).toBe('13-2');
    expect(await page.$$eval('.clause.highlight', (els) => els.length)).toBe(1);
    await screenshot(page, '56-path-clause-in-reader');
    // Back returns to the graph with the paths still found.
    await page.goBack();
    await answered(page);
    expect((await onPath(page)).ends).toEqual([CUSTOMS, REGION_GOVERNMENT].sort());
    await page.close();
  });

  it('the URL round-trips its ends and relations, over a reload and in English', async () => {
    const { page, errors } = await session.open(`/?pf=${CUSTOMS}&pt=${TAXATION}&pr=BEARS`);
    await answered(page);
    const read = () =>
      page.evaluate(() => ({
        from: (document.getElementById('pathFrom-input') as HTMLInputElement).value,
        to: (document.getElementById('pathTo-input') as HTMLInputElement).value,
        relations: [...document.querySelectorAll<HTMLInputElement>('.path-relation')].filter((b) => b.checked).map((b) => b.value),
        steps: [...document.querySelectorAll('.path-step')].map((s) => [s.getAttribute('data-kind'), s.querySelector('.clause-link')?.getAttribute('data-clause')]),
        open: (document.querySelector('.path-finder-panel') as HTMLDetailsElement).open,
      }));
    // Bearing only: customs and taxation co-bear one duty (the membership and co-benefiting paths are not followed).
    const shown = await read();
    expect(shown).toEqual({ from: '海关', to: '税务', relations: ['BEARS'], steps: [['CO_BEARS', '13-2']], open: true });
    expect(await page.textContent('.path-step')).toContain('共同承担');
    await page.reload();
    await answered(page);
    expect(await read()).toEqual(shown);

    // Ticking membership again is written back to the URL (all three: the default, so `pr` goes) and asks again.
    await page.check('.path-relation[value="BENEFITS"]');
    await page.check('.path-relation[value="MEMBER_OF"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pr') === null);
    await answered(page);
    await page.waitForFunction(() => document.querySelectorAll('.path-list > .path').length === 3);
    expect(await page.$$eval('.path-step[data-type="MEMBER_OF"] .clause-link', (links) => links.map((a) => a.getAttribute('data-clause')))).toEqual(['13-2', '13-2']);

    await page.click('.lang-button[data-lang="en"]');
    await page.waitForFunction(() => document.querySelector('.path-finder-title')?.textContent === 'Path finder');
    expect(await page.$$eval('.path-step', (steps) => steps.map((s) => s.querySelector('.path-relation-text')?.textContent))).toEqual(
      expect.arrayContaining(['is a member of', 'includes', 'co-bear', 'both benefit from']),
    );
    expect(await page.textContent('.path-step[data-kind="CO_BEARS"] .clause-link')).toBe('Art. 13(2)');
    await screenshot(page, '57-path-finder-english');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a node selected in the graph can be an end', async () => {
    const { page } = await session.open(`/?sel=${TAXATION}`);
    await page.click('.path-finder-panel > summary');
    await page.click('.path-use-selected[data-end="pathFrom"]');
    await page.fill('#pathTo-input', '喀什片区');
    await page.click('.path-find');
    await answered(page);
    // The address bar is written debounced.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pt') !== null);
    expect(urlParams(page)).toMatchObject({ pf: TAXATION, pt: 'actor:xinjiang-kashi-pianqu' });
    expect(await page.$$eval('.path-list > .path', (paths) => paths.length)).toBeGreaterThan(0);
    expect((await onPath(page)).ends).toEqual([TAXATION, 'actor:xinjiang-kashi-pianqu'].sort());
    // One step is one step, in either language.
    expect(await page.textContent('.path-message')).toMatch(/^(1 条最短路径，1 步：|1 shortest path, 1 step:)$/);
    await screenshot(page, '58-path-from-selected');
    await page.close();
  });

  it('no path, or a name that is no actor, is said plainly and nothing is highlighted', async () => {
    // In Chinese whatever an earlier test left remembered.
    const { page, errors } = await session.open('/?lang=zh');
    await findPaths(page, '海关', '中国（新疆）自由贸易试验区工作办公室');
    await answered(page);
    const none = await session.api<Answer>(PATHS, { from: CUSTOMS, to: OFFICE, relationships: ['BEARS', 'BENEFITS', 'MEMBER_OF'] });
    expect(none.paths.length).toBeNull();
    expect(await page.textContent('.path-message')).toMatch(/^在所选关系中，海关与.+之间没有路径/);
    expect(await page.$$eval('.path-list > .path', (paths) => paths.length)).toBe(0);
    expect(await onPath(page)).toEqual({ nodes: [], edges: [], ends: [] });
    await screenshot(page, '59-path-none');

    await page.fill('#pathTo-input', 'qwxyzq');
    await page.click('.path-find');
    await page.waitForFunction(() => document.querySelector('.path-message')?.textContent?.includes('没有名为'));
    expect(await page.textContent('.path-message')).toBe('没有名为“qwxyzq”的主体。');
    expect(errors).toEqual([]);
    await page.close();
  });
});
