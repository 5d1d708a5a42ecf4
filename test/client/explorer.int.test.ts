// The explorer in a real headless Chromium against the real server and the seeded Neo4j: what a researcher
// does — search, expand, switch language, follow provenance into the text, share a URL, export — checked on
// what the page shows. Screenshots of the main views go to test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';

const session = useExplorer();
const open = (path = '/') => session.open(path);

/** Loading, rendering and layout done. */
async function graphReady(page: Page): Promise<void> {
  await page.waitForSelector(GRAPH_READY, { state: 'attached', timeout: 30_000 });
}

const nodeIds = (page: Page) => page.$$eval('.node-list li[data-id]', (items) => items.map((li) => li.getAttribute('data-id')));
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The address bar is written debounced; wait for it. */
async function expectParam(page: Page, name: string, value: string): Promise<void> {
  await page.waitForFunction(([n, v]) => new URL(location.href).searchParams.get(n!) === v, [name, value]);
  expect(urlParam(page, name)).toBe(value);
}

async function search(page: Page, text: string, pick: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.waitForSelector(`#search-suggestions [role="option"][data-id="${pick}"]`);
  await page.click(`#search-suggestions [role="option"][data-id="${pick}"]`);
}

async function exportFile(page: Page, format: string): Promise<Buffer> {
  await page.click('.export-menu > summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
  return readFile((await download.path())!);
}

describe('the explorer in Chromium', () => {
  it('opens on the management structure with no console errors', async () => {
    const { page, errors } = await open('/');
    const ids = await nodeIds(page);
    expect(ids).toEqual(expect.arrayContaining(['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu', 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', 'actor:xinjiang-renmin-zhengfu', 'actor:xinjiang-kashi-pianqu', 'actor:haiguan']));
    expect(await page.getAttribute('#tab-graph', 'aria-selected')).toBe('true');
    expect(await page.$$eval('.legend-item', (items) => items.length)).toBeGreaterThan(5);
    await screenshot(page, '01-overview');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws Chinese text in a CJK font, not as boxes', async () => {
    // Without a CJK font every character is the same box: two different characters draw identical pixels.
    const { page } = await open('/');
    const drawn = await page.evaluate(() => {
      const font = `32px ${getComputedStyle(document.body).fontFamily}`;
      const pixels = (char: string): string => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 40;
        const context = canvas.getContext('2d')!;
        context.font = font;
        context.fillText(char, 2, 32);
        return Array.from(context.getImageData(0, 0, 40, 40).data).join(',');
      };
      return { zheng: pixels('政'), fu: pixels('府'), missing: pixels('\uE000') };
    });
    expect(drawn.zheng).not.toBe(drawn.fu);
    expect(drawn.zheng).not.toBe(drawn.missing);
    await page.close();
  });

  it('finds 自贸办 and lists the duties Article 10 gives the FTZ office', async () => {
    const { page, errors } = await open('/');
    await page.fill('#search-input', '自贸办');
    await page.waitForSelector('#search-suggestions [role="option"][data-id="actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.details-title[data-type="ACTOR"]');
    await expectParam(page, 'sel', 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi');
    expect(await page.textContent('.details-title')).toBe('中国（新疆）自由贸易试验区工作办公室');
    // Article 10 paragraph 2, items (一)–(五): the office's five duties, each with its clause.
    const clauses = await page.$$eval('#details .obligation .clause-link', (links) => links.map((a) => a.getAttribute('data-clause')));
    expect(clauses).toEqual(expect.arrayContaining(['10-2-1', '10-2-2', '10-2-3', '10-2-4', '10-2-5']));
    expect(await page.$eval('#cy', (el) => el.getAttribute('data-ready'))).toBe('true');
    await screenshot(page, '02-ftz-office-details');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('expands the Kashgar zone into the industries Article 28 names', async () => {
    const { page, errors } = await open('/');
    await search(page, '喀什', 'actor:xinjiang-kashi-pianqu');
    await page.waitForSelector('.details-title[data-type="ACTOR"]');
    const before = await nodeIds(page);
    expect(before).not.toContain('industry:fangzhi-fuzhuang');
    await page.click('.graph-toolbar [data-action="expand"]');
    await page.waitForSelector('.node-list li[data-id="industry:fangzhi-fuzhuang"]', { state: 'attached' });
    await graphReady(page);
    const after = await nodeIds(page);
    expect(after).toEqual(expect.arrayContaining(['industry:fangzhi-fuzhuang', 'industry:nongfu-chanpin-jingshen-jiagong', 'industry:dianzi-chanpin-zuzhuang']));
    await expectParam(page, 'x', 'actor:xinjiang-kashi-pianqu');
    // Undo takes the expansion back, redo restores it.
    await page.click('.graph-toolbar [data-action="undo"]');
    await page.waitForFunction(() => !document.querySelector('.node-list li[data-id="industry:fangzhi-fuzhuang"]'));
    await page.click('.graph-toolbar [data-action="redo"]');
    await page.waitForSelector('.node-list li[data-id="industry:fangzhi-fuzhuang"]', { state: 'attached' });
    await graphReady(page);
    await screenshot(page, '03-kashgar-expanded');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches labels to English and remembers the choice', async () => {
    const { page, errors } = await open('/?sel=actor:xinjiang-kashi-pianqu&x=actor:xinjiang-kashi-pianqu');
    expect(await page.textContent('#tab-graph')).toBe('关系图');
    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('#tab-graph')).toBe('Graph');
    expect(await page.textContent('.node-list li[data-id="actor:xinjiang-kashi-pianqu"]')).toBe('Kashgar Area');
    expect(await page.textContent('.node-list li[data-id="industry:fangzhi-fuzhuang"]')).toBe('Textiles and apparel');
    await expectParam(page, 'lang', 'en');
    await graphReady(page);
    await screenshot(page, '04-english');
    // A bare URL opens in the language chosen last.
    const again = await open('/');
    expect(await again.page.textContent('#tab-graph')).toBe('Graph');
    await again.page.click('[data-lang="zh"]');
    await again.page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('follows a provenance link to Article 28 with the clause highlighted', async () => {
    const { page, errors } = await open('/?sel=industry:fangzhi-fuzhuang');
    await page.waitForSelector('#details .clause-link[data-clause="28-2"]');
    await page.click('#details .clause-link[data-clause="28-2"]');
    await page.waitForSelector('#clause-28-2.highlight');
    expect(await page.getAttribute('#tab-reader', 'aria-selected')).toBe('true');
    expect(await page.getAttribute('#reader-title', 'data-article')).toBe('28');
    expect(await page.textContent('#clause-28-2')).toContain('喀什片区重点发展');
    // Only that clause is highlighted, and the text marks what it names.
    expect(await page.$$eval('.clause.highlight', (els) => els.length)).toBe(1);
    expect(await page.$$eval('#clause-28-2 .mention[data-id="actor:xinjiang-kashi-pianqu"]', (els) => els.length)).toBe(1);
    await expectParam(page, 'clause', '28-2');
    await screenshot(page, '05-reader-article-28');
    // A marked name selects its node in the graph.
    await page.click('#clause-28-2 .mention[data-id="actor:xinjiang-kashi-pianqu"]');
    await page.waitForSelector('#tab-graph[aria-selected="true"]');
    await expectParam(page, 'sel', 'actor:xinjiang-kashi-pianqu');
    // Back returns to the highlighted clause.
    await page.goBack();
    await page.waitForSelector('#clause-28-2.highlight');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores the same selection, expansion and view from the URL after a reload', async () => {
    const { page, errors } = await open('/');
    await search(page, '纺织', 'industry:fangzhi-fuzhuang');
    await page.waitForSelector('.details-title[data-type="INDUSTRY"]');
    await expectParam(page, 'sel', 'industry:fangzhi-fuzhuang');
    await page.selectOption('#layout-select', 'concentric');
    await graphReady(page);
    await expectParam(page, 'layout', 'concentric');
    const url = page.url();
    await page.reload();
    await graphReady(page);
    expect(page.url()).toBe(url);
    expect(await page.textContent('.details-title')).toBe('纺织服装');
    expect(await page.getAttribute('.node-list li[data-id="industry:fangzhi-fuzhuang"] button', 'aria-current')).toBe('true');
    expect(await page.inputValue('#layout-select')).toBe('concentric');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the graph as a PNG image and as GraphML that parses with its nodes and edges', async () => {
    const { page, errors } = await open('/?x=actor:xinjiang-kashi-pianqu');
    const png = await exportFile(page, 'png');
    expect(png.length).toBeGreaterThan(5_000);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const graphml = (await exportFile(page, 'graphml')).toString('utf8');
    const parseErrors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && parseErrors.push(message)) }).parseFromString(graphml, 'application/xml');
    expect(parseErrors).toEqual([]);
    const ns = 'http://graphml.graphdrawing.org/xmlns';
    const nodes = Array.from(doc.getElementsByTagNameNS(ns, 'node')).map((n) => n.getAttribute('id'));
    expect(nodes.length).toBe((await nodeIds(page)).length);
    expect(nodes).toEqual(expect.arrayContaining(['actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang']));
    expect(doc.getElementsByTagNameNS(ns, 'edge').length).toBeGreaterThan(10);

    const svg = (await exportFile(page, 'svg')).toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('喀什片区');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the responsibility matrix and the zone × industry view, with CSV of the table shown', async () => {
    const { page, errors } = await open('/?view=matrix');
    await page.waitForSelector('.heatmap tr[data-actor="actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi"] .cell-button[data-modality="RESPONSIBLE"]');
    await page.click('.heatmap tr[data-actor="actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi"] .cell-button[data-modality="RESPONSIBLE"]');
    await page.waitForSelector('.cell-obligations .obligation [data-clause="10-2-1"]');
    await expectParam(page, 'cell', 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi~RESPONSIBLE');
    await screenshot(page, '06-responsibility-matrix');
    const csv = (await exportFile(page, 'csv')).toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('modality');
    expect(csv).toContain('obligation:xinjiang-ftz-2025/10-2-1');

    await page.click('#tab-zones');
    await page.waitForSelector('.zones-matrix tr[data-industry="industry:fangzhi-fuzhuang"]');
    expect(await page.textContent('.zones-matrix tr[data-industry="industry:fangzhi-fuzhuang"]')).toContain('重点发展');
    await page.click('.zones-matrix tr[data-industry="industry:fangzhi-fuzhuang"] .row-head button');
    await page.waitForSelector('.details-title[data-type="INDUSTRY"]');
    await screenshot(page, '07-zones-industries');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the API is down, and recovers on Retry', async () => {
    const page = await session.context.newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${session.server.url}/`);
    await page.waitForSelector('.graph-status [role="alert"]');
    expect(await page.textContent('.graph-status [role="alert"]')).toContain('无法连接数据服务');
    await screenshot(page, '08-api-down');
    await page.unroute('**/graphql');
    await page.click('.graph-status [role="alert"] button');
    await graphReady(page);
    expect((await nodeIds(page)).length).toBeGreaterThan(10);
    await page.close();
  });
});
