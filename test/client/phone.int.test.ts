// The explorer on a phone (390×844, touch) and in a narrow window (768), issue 14.7: the graph takes the whole
// width, the details become a bottom sheet, tables scroll inside their view instead of squeezing their columns,
// the search box is wide enough to type in, the header wraps; and the search takes Chinese typed with an IME.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIfChanged, removeRegulation } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { screenshot } from '../support/browser.ts';
import { contrastOffenders } from '../support/contrast.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';

const KASHGAR = 'actor:xinjiang-kashi-pianqu';
// A second regulation for the compare view, keyed after the shipped one so a bare URL still selects that.
const SECOND = 'regulation:zz-phone-ftz';
const SECOND_TEXT = [
  '中国（西岭）自由贸易试验区条例',
  '第一章 总则',
  '第一条 为了推进中国（西岭）自由贸易试验区（以下简称自贸试验区）建设，制定本条例。',
  '第二条 自贸试验区包括东坡片区、西坡片区。',
  '第三条 海关应当为企业提供通关便利。',
  '第四条 支持东坡片区发展跨境电商。鼓励企业参与自贸试验区建设。',
].join('\n');
const BOTH = 'reg=xinjiang-ftz-2025,zz-phone-ftz';

const session = useExplorer({ cleanup: (db) => removeRegulation(db, SECOND).then(() => undefined) });
// Loaded by the tests that need it, not before the file: another file's ensureSeeded may remove it meanwhile.
const loadSecond = () => loadIfChanged(session.db, buildGraph(SECOND_TEXT, { id: SECOND }));

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'zh-CN' };
const TABLET = { viewport: { width: 768, height: 1024 }, locale: 'zh-CN' };

let phone: BrowserContext;
let tablet: BrowserContext;
beforeAll(async () => {
  phone = await session.newContext(PHONE);
  tablet = await session.newContext(TABLET);
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const box = (page: Page, selector: string): Promise<Box | null> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

/** Elements that stick out of the window sideways: what makes a phone page scroll (or cut off) horizontally. */
const overflowing = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

/** Every visible table cell narrower than `min` px whose text would have to break inside a word to fit. */
const squeezedCells = (page: Page, table: string, min: number) =>
  page.$$eval(
    `${table} th, ${table} td`,
    (cells, min) =>
      cells
        .filter((c) => c.textContent!.trim() && c.getBoundingClientRect().width > 0 && c.getBoundingClientRect().width < min)
        .map((c) => `${c.textContent!.trim().slice(0, 20)} (${Math.round(c.getBoundingClientRect().width)} px)`),
    min,
  );

async function openView(context: BrowserContext, path: string, ready: string) {
  const opened = await session.open(path, { context, ready });
  await opened.page.waitForSelector(ready, { timeout: 30_000 });
  // Fonts decide the widths measured below.
  await opened.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return opened;
}

describe('on a phone, 390×844', () => {
  it('gives the graph the whole width and puts the details in a bottom sheet', async () => {
    const { page, errors } = await openView(phone, '/', GRAPH_READY);
    const canvas = (await box(page, '#cy'))!;
    expect(canvas.width).toBeGreaterThanOrEqual(380);
    expect(canvas.height).toBeGreaterThanOrEqual(300);
    // Nothing selected: no sheet over the graph.
    expect(await page.isVisible('#details')).toBe(false);
    expect(await overflowing(page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
    // The search box is there to type in, as wide as the window allows.
    const search = (await box(page, '#search-input'))!;
    expect(search.width).toBeGreaterThanOrEqual(200);
    expect(search.height).toBeGreaterThanOrEqual(36);
    // The header wraps: every one of its controls is inside the window.
    const outside = await page.$$eval('.topbar button, .topbar summary, .topbar input', (els) =>
      els.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 0.5);
      }).map((el) => el.textContent || el.id),
    );
    expect(outside).toEqual([]);
    await screenshot(page, '60-phone-graph');

    await page.goto(`${session.server.url}/?sel=${KASHGAR}`);
    await page.waitForSelector(GRAPH_READY, { state: 'attached', timeout: 30_000 });
    await page.waitForSelector('#details .details-title', { timeout: 30_000 });
    const sheet = (await box(page, '.details-dock'))!;
    expect(sheet.width).toBe(390);
    expect(Math.round(sheet.y + sheet.height)).toBe(844);
    expect(sheet.height).toBeLessThanOrEqual(844 * 0.6);
    // The graph keeps the whole width under the sheet.
    expect((await box(page, '#cy'))!.width).toBeGreaterThanOrEqual(380);
    await screenshot(page, '61-phone-details-sheet');
    // The phone's own layout (the sheet, its close button, the stacked header) keeps WCAG AA contrast.
    expect((await contrastOffenders(page)).map((o) => `${o.ratio}:1 ${o.where} «${o.text}»`)).toEqual([]);
    // The sheet's close button clears the selection and the sheet goes.
    await page.tap('.sheet-close');
    await page.waitForSelector('#details', { state: 'hidden' });
    // The address bar is written debounced.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === null);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls the matrix and the zones table inside their view instead of squeezing their columns', async () => {
    for (const [view, table, ready, shot] of [
      ['matrix', '.heatmap', '.heatmap tbody tr', '62-phone-matrix'],
      ['zones', '.zones-matrix', '.zones-matrix tbody tr[data-industry]', '63-phone-zones'],
    ] as const) {
      const { page, errors } = await openView(phone, `/?view=${view}`, ready);
      expect(await squeezedCells(page, table, 40), view).toEqual([]);
      expect(await overflowing(page), view).toEqual({ scrollWidth: 390, clientWidth: 390 });
      // The table is wider than the phone and its view scrolls sideways to show the rest.
      const scroll = await page.$eval(`#view-${view}`, (el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scroll.scrollWidth, view).toBeGreaterThan(scroll.clientWidth);
      await screenshot(page, shot);
      expect(errors, view).toEqual([]);
      await page.close();
    }
  });

  it('draws the compare view and the reader at full width', async () => {
    await loadSecond();
    const compare = await openView(phone, `/?${BOTH}&view=compare`, '.compare-matrix tbody tr');
    expect(await squeezedCells(compare.page, '.compare-matrix', 24)).toEqual([]);
    expect(await overflowing(compare.page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
    await screenshot(compare.page, '64-phone-compare');
    expect(compare.errors).toEqual([]);
    await compare.page.close();

    const reader = await openView(phone, '/?view=reader', '.reader-document');
    expect(await overflowing(reader.page)).toEqual({ scrollWidth: 390, clientWidth: 390 });
    const text = (await box(reader.page, '.reader-document'))!;
    expect(text.width).toBeGreaterThanOrEqual(340);
    await screenshot(reader.page, '65-phone-reader');
    expect(reader.errors).toEqual([]);
    await reader.page.close();
  });
});

describe('in a narrow window, 768 px', () => {
  it('keeps every view inside the window, the graph wider than half of it', async () => {
    await loadSecond();
    const graph = await openView(tablet, '/', GRAPH_READY);
    expect((await box(graph.page, '#cy'))!.width).toBeGreaterThanOrEqual(384);
    expect(await overflowing(graph.page)).toEqual({ scrollWidth: 768, clientWidth: 768 });
    await screenshot(graph.page, '66-narrow-graph');
    for (const [path, ready, table] of [
      ['/?view=matrix', '.heatmap tbody tr', '.heatmap'],
      ['/?view=zones', '.zones-matrix tbody tr[data-industry]', '.zones-matrix'],
      [`/?${BOTH}&view=compare`, '.compare-matrix tbody tr', '.compare-matrix'],
      ['/?view=reader', '.reader-document', null],
    ] as const) {
      await graph.page.goto(`${session.server.url}${path}`);
      await graph.page.waitForSelector(ready, { timeout: 30_000 });
      expect(await overflowing(graph.page), path).toEqual({ scrollWidth: 768, clientWidth: 768 });
      if (table) expect(await squeezedCells(graph.page, table, 24), path).toEqual([]);
    }
    await screenshot(graph.page, '67-narrow-reader');
    expect(graph.errors).toEqual([]);
    await graph.page.close();
  });
});

describe('search with an IME', () => {
  it('keeps Chinese typed through composition in order, and asks only once it is committed', async () => {
    const { page, errors } = await openView(phone, '/', GRAPH_READY);
    const requests: string[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body?.includes('query Suggest(')) requests.push((JSON.parse(body) as { variables: { query: string } }).variables.query);
    });
    await page.tap('#search-input');
    const cdp = await page.context().newCDPSession(page);
    // Pinyin composed letter by letter, then the candidate chosen: what a phone's or a desktop's IME sends.
    for (const pinyin of ['s', 'sh', 'shu', 'shui']) {
      await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(400);
    // Nothing asked and the list closed while the pinyin is only being composed.
    expect(requests).toEqual([]);
    expect(await page.isVisible('#search-suggestions')).toBe(false);
    await cdp.send('Input.insertText', { text: '税' });
    await page.waitForSelector('#search-suggestions[data-query="税"]:not([hidden])', { timeout: 10_000 });
    // A second word composed after the first: the new characters go after the old ones.
    for (const pinyin of ['w', 'wu']) await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
    // Enter while composing commits the candidate; it must not pick a suggestion.
    await cdp.send('Input.insertText', { text: '务' });
    await page.waitForSelector('#search-suggestions[data-query="税务"]:not([hidden])', { timeout: 10_000 });
    expect(await page.inputValue('#search-input')).toBe('税务');
    expect(requests).toEqual(['税', '税务']);
    // Characters inserted one after the other (page.keyboard.insertText, as a soft keyboard does) stay in order.
    await page.fill('#search-input', '');
    for (const ch of ['自', '贸', '区']) await page.keyboard.insertText(ch);
    expect(await page.inputValue('#search-input')).toBe('自贸区');
    await page.waitForSelector('#search-suggestions[data-query="自贸区"]:not([hidden])', { timeout: 10_000 });
    await screenshot(page, '68-phone-search-ime');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves Enter to the IME while it composes, then picks with it', async () => {
    const { page, errors } = await openView(phone, '/', GRAPH_READY);
    await page.tap('#search-input');
    await page.keyboard.insertText('海关');
    await page.waitForSelector('#search-suggestions[data-query="海关"]:not([hidden])', { timeout: 10_000 });
    // compositionstart, then an Enter that the IME takes (isComposing, keyCode 229): the value stays as typed.
    await page.$eval('#search-input', (input) => {
      input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }));
      input.dispatchEvent(new CompositionEvent('compositionend', { data: '' }));
    });
    await page.waitForTimeout(300);
    expect(await page.inputValue('#search-input')).toBe('海关');
    const before = page.url();
    expect(new URL(before).searchParams.get('sel')).toBeNull();
    // Out of the composition, Enter picks the first suggestion: its node is selected or its clause opened.
    await page.keyboard.press('Enter');
    await page.waitForFunction((before) => location.href !== before, before, { timeout: 10_000 });
    expect(await page.isVisible('#search-suggestions')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
