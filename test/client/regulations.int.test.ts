// The explorer over several regulations, in Chromium against the real server: the shipped regulation plus a
// small FTZ regulation written here and two versions of another (test/fixtures/versions), loaded for this file
// and removed after it. Their keys sort after the shipped one's on purpose, so that the default selection (the
// first regulation by key) stays the shipped regulation, as the other browser tests expect of a bare URL.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadIfChanged, removeRegulation } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { V1, V2 } from '../fixtures/versions/amended-regulation.ts';
import { screenshot } from '../support/browser.ts';
import { useExplorer } from '../support/explorer-session.ts';

const SHIPPED = 'regulation:xinjiang-ftz-2025';
const BINHAI = 'regulation:zz-binhai-ftz';
const OLD = 'regulation:zz-versions-2020';
const NEW = 'regulation:zz-versions-2022';

// An FTZ of its own: two Areas, a provincial department only it names, and customs (named by the shipped text
// too, where it bears one duty) with two, so that the two responsibility matrices differ on a shared actor.
const BINHAI_TEXT = [
  '中国（滨海）自由贸易试验区条例',
  '第一章 总则',
  '第一条 为了推进中国（滨海）自由贸易试验区（以下简称自贸试验区）建设，根据有关法律、行政法规，结合本省实际，制定本条例。',
  '第二条 自贸试验区包括东港片区、西岭片区。',
  '第三条 省人民政府应当加强对自贸试验区建设的领导。',
  '第四条 海关应当为企业提供通关便利。海关可以简化通关手续。',
  '第二章 产业发展',
  '第五条 东港片区重点发展纺织服装、电子信息等产业。西岭片区积极培育现代物流产业。',
  '第六条 省商务部门负责自贸试验区的统计工作。',
].join('\n');

const session = useExplorer({
  seed: async (db) => {
    await loadIfChanged(db, buildGraph(BINHAI_TEXT, { id: BINHAI }));
    await loadIfChanged(db, buildGraph(V1, { id: OLD }));
    await loadIfChanged(db, buildGraph(V2, { id: NEW }));
  },
  cleanup: async (db) => {
    for (const id of [BINHAI, OLD, NEW]) await removeRegulation(db, id);
  },
});
const open = (path: string) => session.open(path);

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
async function expectParam(page: Page, name: string, value: string | null): Promise<void> {
  await page.waitForFunction(([n, v]) => new URL(location.href).searchParams.get(n!) === v, [name, value] as const);
  expect(param(page, name)).toBe(value);
}
const rowActors = (page: Page, table: string) => page.$$eval(`${table} tbody tr[data-actor]`, (rows) => rows.map((r) => r.getAttribute('data-actor')));
const cellCount = (page: Page, actor: string, modality: string) =>
  page.$eval(`.heatmap tr[data-actor="${actor}"] .cell-button[data-modality="${modality}"]`, (b) => Number(b.textContent)).catch(() => 0);

describe('the explorer over several regulations', () => {
  it('lists the regulations in the picker, and selecting changes the matrix, the graph, the title and the URL', async () => {
    const { page, errors } = await open('/?view=matrix');
    await page.waitForSelector('.heatmap tr[data-actor="actor:haiguan"]');
    // The bare URL shows the first regulation by key, here the shipped one.
    expect(await page.textContent('.picker-current')).toBe('中国（新疆）自由贸易试验区条例');
    expect(await rowActors(page, '.heatmap')).not.toContain('actor:sheng-shangwu-bumen');
    const shippedCustoms = await cellCount(page, 'actor:haiguan', 'SHALL');
    expect(await page.getAttribute('#tab-compare', 'aria-disabled')).toBe('true');

    await page.click('.picker-menu > summary');
    const listed = await page.$$eval('.picker-option', (items) => items.map((li) => [li.getAttribute('data-regulation'), li.querySelector('.picker-counts')?.textContent]));
    expect(listed.map(([key]) => key)).toEqual([SHIPPED, BINHAI, OLD, NEW]);
    expect(listed.find(([key]) => key === BINHAI)?.[1]).toContain('6 条 · 4 项义务');
    expect(await page.isDisabled(`.picker-option[data-regulation="${SHIPPED}"] input`)).toBe(true);
    await screenshot(page, '11-regulation-picker');

    // Keyboard: the arrow goes to the first regulation that can be ticked (the last one selected cannot be unticked), Space ticks it.
    await page.focus('.picker-menu > summary');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(BINHAI);
    await page.keyboard.press('Space');
    await expectParam(page, 'reg', 'xinjiang-ftz-2025,zz-binhai-ftz');
    await page.waitForSelector('.heatmap tr[data-actor="actor:sheng-shangwu-bumen"]');
    expect(await cellCount(page, 'actor:haiguan', 'SHALL')).toBe(shippedCustoms + 1);
    expect(await page.textContent('.picker-current')).toBe('2 部法规');
    expect(await page.getAttribute('#tab-compare', 'aria-disabled')).toBe('false');
    await page.keyboard.press('Escape');
    await screenshot(page, '12-matrix-two-regulations');

    // Only the second: the shipped regulation's bodies leave the matrix.
    await page.click('.picker-menu > summary');
    await page.click(`.picker-option[data-regulation="${BINHAI}"] .picker-only`);
    await expectParam(page, 'reg', 'zz-binhai-ftz');
    await page.waitForFunction(() => !document.querySelector('.heatmap tr[data-actor="actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi"]'));
    expect(await cellCount(page, 'actor:haiguan', 'SHALL')).toBe(1);
    expect(await page.title()).toContain('中国（滨海）自由贸易试验区条例');

    // The graph shows that regulation's structure, and none of the shipped one's own bodies.
    await page.click('#tab-graph');
    await page.waitForSelector('.node-list li[data-id="actor:sheng-renmin-zhengfu"]', { state: 'attached' });
    await page.waitForSelector('#cy[data-ready="true"]', { state: 'attached' });
    const ids = await page.$$eval('.node-list li[data-id]', (items) => items.map((li) => li.getAttribute('data-id')));
    expect(ids).toContain('actor:haiguan');
    expect(ids.filter((id) => id?.startsWith('actor:xinjiang'))).toEqual([]);
    expect(ids.filter((id) => id?.startsWith('obligation:')).every((id) => id!.startsWith('obligation:zz-binhai-ftz/'))).toBe(true);
    await screenshot(page, '13-graph-second-regulation');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares two regulations side by side, marks the difference, and opens the obligations behind a count', async () => {
    const { page, errors } = await open(`/?reg=xinjiang-ftz-2025,zz-binhai-ftz&view=compare`);
    await page.waitForSelector('.compare-matrix tr[data-actor="actor:haiguan"]');
    expect(await page.$$eval('.compare-matrix .regulation-head', (heads) => heads.map((th) => th.getAttribute('data-regulation')))).toEqual([SHIPPED, BINHAI]);
    // Customs is named by both, with different counts: marked ≠. The provincial department is named by one only.
    const customs = page.locator('.compare-matrix tr[data-actor="actor:haiguan"]');
    expect(await customs.getAttribute('class')).toContain('differs');
    expect(await customs.locator('.mark-differs').count()).toBe(1);
    const department = page.locator('.compare-matrix tr[data-actor="actor:sheng-shangwu-bumen"]');
    expect(await department.getAttribute('data-only')).toBe(BINHAI);
    expect(await department.locator('.mark-only').textContent()).toBe('仅②');
    await screenshot(page, '14-compare-responsibilities');

    await customs.locator(`.cell-button[data-modality="SHALL"][data-regulation="${BINHAI}"]`).click();
    await page.waitForSelector('.cell-obligations .obligation[data-id="obligation:zz-binhai-ftz/4-1-0-1"]');
    await expectParam(page, 'cell', 'actor:haiguan~SHALL~zz-binhai-ftz');
    expect(await page.textContent('.cell-obligations .cell-regulation')).toBe('中国（滨海）自由贸易试验区条例');
    expect(await page.getAttribute('.cell-obligations .clause-link', 'href')).toContain('article=zz-binhai-ftz/4');

    await page.click('.export-menu > summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    const csv = (await readFile((await download.path())!)).toString('utf8');
    expect(csv).toContain('obligation:zz-binhai-ftz/4-1-0-1');

    // The zones' industries: textiles in an Area of each FTZ.
    await page.click('[data-compare="zones"]');
    await page.waitForSelector('.compare-zones tr[data-industry="industry:fangzhi-fuzhuang"]');
    await expectParam(page, 'cmp', 'zones');
    const textiles = await page.$$eval('.compare-zones tr[data-industry="industry:fangzhi-fuzhuang"] td[data-regulation]', (tds) => [...new Set(tds.map((td) => td.getAttribute('data-regulation')))]);
    expect(textiles).toEqual([SHIPPED, BINHAI]);
    expect(await page.textContent('.compare-zones th[data-zone="actor:donggang-pianqu"]')).toBe('东港片区');
    await screenshot(page, '15-compare-zone-industries');
    await page.click('.export-menu > summary');
    const [zonesCsv] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    const rows = (await readFile((await zonesCsv.path())!)).toString('utf8').split('\r\n');
    expect(rows[0]).toContain('regulation,zone,zoneName,industry');
    expect(rows.some((r) => r.startsWith(`${BINHAI},actor:donggang-pianqu,东港片区,industry:fangzhi-fuzhuang`))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists an actor\'s duties under each selected regulation', async () => {
    const { page, errors } = await open('/?reg=xinjiang-ftz-2025,zz-binhai-ftz&sel=actor:haiguan');
    await page.waitForSelector('#details .regulation-group');
    const groups = await page.$$eval('#details .details-section:first-of-type .regulation-group', (sections) =>
      sections.map((s) => [s.getAttribute('data-regulation'), s.querySelector('.regulation-heading')?.firstChild?.textContent]),
    );
    expect(groups).toEqual([
      [SHIPPED, '中国（新疆）自由贸易试验区条例'],
      [BINHAI, '中国（滨海）自由贸易试验区条例'],
    ]);
    expect(await page.$$eval(`#details .regulation-group[data-regulation="${BINHAI}"] .obligation`, (items) => items.map((li) => li.getAttribute('data-id')))).toContain(
      'obligation:zz-binhai-ftz/4-1-0-1',
    );
    await screenshot(page, '16-actor-in-two-regulations');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens an article of the second regulation by URL, and reads an old article link in the selected one', async () => {
    const { page, errors } = await open('/?view=reader&article=zz-binhai-ftz/5&clause=5-1');
    await page.waitForSelector('#reader-title[data-key="article:zz-binhai-ftz/5"]');
    expect(await page.inputValue('#reader-regulation')).toBe(BINHAI);
    expect(await page.getAttribute('.toc-articles a[aria-current="page"]', 'data-article')).toBe('article:zz-binhai-ftz/5');
    expect(await page.$$eval('.clause.highlight', (els) => els.length)).toBe(1);
    expect(await page.textContent('#clause-5-1 .mention[data-id="actor:donggang-pianqu"]')).toBe('东港片区');
    await screenshot(page, '17-reader-second-regulation');
    // The next article, from the table of contents, keeps the regulation.
    await page.click('.reader-actions [rel="next"]');
    await expectParam(page, 'article', 'zz-binhai-ftz/6');
    // Shown in the graph, the article brings its regulation into the selection.
    await page.waitForSelector('#reader-title[data-key="article:zz-binhai-ftz/6"]');
    await page.click('[data-action="show-in-graph"]');
    await expectParam(page, 'reg', 'xinjiang-ftz-2025,zz-binhai-ftz');
    await page.waitForSelector('.node-list li[data-id="article:zz-binhai-ftz/6"]', { state: 'attached' });
    expect(await page.$$eval('.node-list li[data-id^="obligation:zz-binhai-ftz/6-"]', (items) => items.length)).toBe(1);

    const old = await open('/?view=reader&art=28');
    await old.page.waitForSelector('#reader-title[data-key="article:xinjiang-ftz-2025/28"]');
    await expectParam(old.page, 'article', 'xinjiang-ftz-2025/28');
    expect(param(old.page, 'art')).toBeNull();
    expect(errors).toEqual([]);
    expect(old.errors).toEqual([]);
    await old.page.close();
    await page.close();
  });

  it('compares two versions of a regulation in the reader', async () => {
    const { page, errors } = await open(`/?reg=zz-versions-2022&view=reader`);
    await page.waitForSelector('#reader-versions');
    await page.selectOption('#reader-versions', OLD);
    await page.waitForSelector('.version-diff');
    await expectParam(page, 'diff', 'zz-versions-2020');
    const counts = await page.$$eval('.diff-counts li', (items) => items.map((li) => [li.getAttribute('data-kind'), Number(li.querySelector('strong')?.textContent)]));
    expect(counts).toEqual([
      ['added', 1],
      ['removed', 1],
      ['changed', 2],
      ['unchanged', 2],
    ]);
    expect(await page.$$eval('.diff-change', (items) => items.map((li) => li.getAttribute('data-kind')))).toEqual(['CHANGED', 'ADDED', 'REMOVED', 'CHANGED']);
    expect(await page.textContent('.diff-change[data-kind="CHANGED"] ins')).toBe('市商务部门不得泄露企业的商业秘密。');
    expect(await page.$$eval('.diff-gained .obligation', (items) => items.length)).toBe(2);
    expect(await page.$$eval('.diff-lost .obligation', (items) => items.length)).toBe(1);
    await screenshot(page, '18-reader-version-diff');
    await page.click('[data-action="close-diff"]');
    await page.waitForSelector('#reader-title');
    await expectParam(page, 'diff', null);
    expect(errors).toEqual([]);
    await page.close();
  });
});
