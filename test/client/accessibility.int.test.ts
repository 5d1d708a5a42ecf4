// Issue 14.8 in Chromium: every menu closes on Escape and on a click outside it, giving the focus back to its
// button; and every visible text and control of every view, in Chinese and in English, meets WCAG AA contrast
// against the background it is drawn on (4.5:1, 3:1 for large text), disabled buttons and legend counts included.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadIfChanged, removeRegulation } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { screenshot } from '../support/browser.ts';
import { contrastOffenders, type Offender } from '../support/contrast.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';

const KASHGAR = 'actor:xinjiang-kashi-pianqu';
const SECOND = 'regulation:zz-a11y-ftz';
const SECOND_TEXT = [
  '中国（北川）自由贸易试验区条例',
  '第一章 总则',
  '第一条 为了推进中国（北川）自由贸易试验区（以下简称自贸试验区）建设，制定本条例。',
  '第二条 自贸试验区包括上川片区、下川片区。',
  '第三条 海关应当为企业提供通关便利。',
  '第四条 支持上川片区发展跨境电商。鼓励企业参与自贸试验区建设。',
].join('\n');
const BOTH = 'reg=xinjiang-ftz-2025,zz-a11y-ftz';

const session = useExplorer({ cleanup: (db) => removeRegulation(db, SECOND).then(() => undefined) });

/** What the focus is on: its id, its data-action, or the class of the menu it opens. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.id || (el as HTMLElement).dataset.action || el.closest('details')?.className || el.tagName;
  });
const isOpen = (page: Page, menu: string) => page.$eval(menu, (d) => (d as HTMLDetailsElement).open);

describe('menus', () => {
  // Each menu, its trigger and a control inside it that takes the focus.
  const MENUS = [
    { name: 'export', menu: 'details.export-menu', inside: '[data-export="json"]' },
    { name: 'regulation picker', menu: 'details.picker-menu', inside: '.picker-option input' },
    { name: 'expand options', menu: 'details.expand-options', inside: 'input[type=checkbox]' },
  ];

  it('close on Escape and on a click outside, the focus back on their button', async () => {
    const { page, errors } = await session.open(`/?sel=${KASHGAR}`);
    await page.waitForSelector('#details .details-title');
    for (const { name, menu, inside } of MENUS) {
      const summary = `${menu} > summary`;
      // Escape from the trigger.
      await page.click(summary);
      expect(await isOpen(page, menu), name).toBe(true);
      await page.keyboard.press('Escape');
      expect(await isOpen(page, menu), `${name}: Escape on its button`).toBe(false);
      expect(await page.$eval(summary, (s) => s === document.activeElement), name).toBe(true);
      // Escape from a control inside it: closed, the focus back on the trigger, the graph's selection kept.
      await page.click(summary);
      await page.focus(`${menu} ${inside}`);
      await page.keyboard.press('Escape');
      expect(await isOpen(page, menu), `${name}: Escape inside`).toBe(false);
      expect(await page.$eval(summary, (s) => s === document.activeElement), name).toBe(true);
      expect(new URL(page.url()).searchParams.get('sel'), name).toBe(KASHGAR);
      // A click on something that takes no focus (the graph's status line): closed, the focus back on the trigger.
      await page.click(summary);
      await page.focus(`${menu} ${inside}`);
      await page.click('.graph-status [role=status]');
      await page.waitForFunction((m) => !(document.querySelector(m) as HTMLDetailsElement).open, menu);
      await page.waitForFunction((s) => document.activeElement === document.querySelector(s), summary);
      // A click on a control outside: closed, and that control keeps the focus it took.
      await page.click(summary);
      await page.click('#search-input');
      expect(await isOpen(page, menu), `${name}: click on the search`).toBe(false);
      expect(await focused(page), name).toBe('search-input');
      // A click inside leaves it open.
      await page.click(summary);
      await page.click(`${menu} .menu-body`, { position: { x: 4, y: 4 } });
      expect(await isOpen(page, menu), `${name}: click inside`).toBe(true);
      await page.keyboard.press('Escape');
    }
    // A format exported from the menu closes it with the focus on its button, not lost in a hidden list.
    await page.click('details.export-menu > summary');
    const download = page.waitForEvent('download');
    await page.click('[data-export="json"]');
    await download;
    await page.waitForFunction(() => !(document.querySelector('details.export-menu') as HTMLDetailsElement).open);
    expect(await page.$eval('details.export-menu > summary', (s) => s === document.activeElement)).toBe(true);
    // Escape with no menu open still clears the graph's selection.
    await page.focus('#cy');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === null);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search suggestions close on Escape and on a click outside, the focus left in the box', async () => {
    const { page, errors } = await session.open('/');
    await page.click('#search-input');
    await page.keyboard.type('海关');
    await page.waitForSelector('#search-suggestions[data-query="海关"]:not([hidden])');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#search-suggestions')).toBe(false);
    expect(await focused(page)).toBe('search-input');
    await page.keyboard.type('总');
    await page.waitForSelector('#search-suggestions[data-query="海关总"]:not([hidden])');
    await page.click('.legend-title');
    await page.waitForSelector('#search-suggestions', { state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

const worst = (offenders: Offender[]) => offenders.map((o) => `${o.ratio}:1 (needs ${o.needed}) ${o.color} on ${o.background} — ${o.where} «${o.text}»`);

describe('contrast, WCAG AA', () => {
  // Each view in the states that show the most: a node's details, a matrix cell's obligations, menus open.
  const VIEWS: { name: string; path: string; ready: string; then?: (page: Page) => Promise<void> }[] = [
    { name: 'graph', path: `/?sel=${KASHGAR}`, ready: '#details .details-title' },
    { name: 'graph, menus open', path: '/', ready: GRAPH_READY, then: (page) => page.click('details.export-menu > summary') },
    { name: 'graph, expand options', path: '/', ready: GRAPH_READY, then: (page) => page.click('details.expand-options > summary') },
    { name: 'picker', path: '/', ready: GRAPH_READY, then: (page) => page.click('details.picker-menu > summary') },
    {
      name: 'search',
      path: '/',
      ready: GRAPH_READY,
      then: async (page) => {
        await page.click('#search-input');
        await page.keyboard.type('税');
        await page.waitForSelector('#search-suggestions[data-query="税"]:not([hidden])');
      },
    },
    { name: 'matrix', path: '/?view=matrix', ready: '.heatmap tbody tr', then: (page) => page.click('.heatmap tbody .cell-button') },
    { name: 'zones', path: '/?view=zones', ready: '.zones-matrix tbody tr[data-industry]' },
    { name: 'compare', path: `/?${BOTH}&view=compare`, ready: '.compare-matrix tbody tr' },
    { name: 'compare zones', path: `/?${BOTH}&view=compare&cmp=zones`, ready: '.compare-zones tbody tr' },
    { name: 'reader', path: '/?view=reader&article=xinjiang-ftz-2025/13', ready: '.reader-article-block' },
  ];

  for (const lang of ['zh', 'en'] as const) {
    it(`is met by every text and control in every view, ${lang === 'zh' ? 'in Chinese' : 'in English'}`, async () => {
      // Loaded here, not before the file: another test file's ensureSeeded may have removed it meanwhile.
      await loadIfChanged(session.db, buildGraph(SECOND_TEXT, { id: SECOND }));
      const found: Record<string, string[]> = {};
      for (const view of VIEWS) {
        const path = `${view.path}${view.path.includes('?') ? '&' : '?'}lang=${lang}`;
        const { page, errors } = await session.open(path, { ready: view.ready });
        if (view.ready !== GRAPH_READY) await page.waitForSelector(view.ready, { timeout: 30_000 });
        await view.then?.(page);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const offenders = await contrastOffenders(page);
        if (offenders.length) found[view.name] = worst(offenders).slice(0, 12);
        if (view.name === 'graph' || view.name === 'matrix') await screenshot(page, `69-contrast-${view.name}-${lang}`);
        expect(errors, view.name).toEqual([]);
        await page.close();
      }
      expect(found).toEqual({});
    });
  }
});
