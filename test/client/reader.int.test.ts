// The reader and the search box in Chromium against the real server: search by number, short name and single
// character with hits grouped by kind; the whole regulation as continuous text with its metadata, legend and
// contents; copy citation onto the real clipboard; English mode. A synthetic regulation five times the shipped
// one's length (loaded for this file, removed after) gives the figure for a long text.
import { print } from '@0no-co/graphql.web';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegulationTextQuery } from '../../client/src/api/text-operations.ts';
import { loadIfChanged, removeRegulation } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { readNotesBeside } from '../../seed/read-notes.ts';
import { SEED_SOURCE_PATH } from '../../seed/seed-source.ts';
import { screenshot } from '../support/browser.ts';
import { GRAPH_READY, useExplorer } from '../support/explorer-session.ts';
import { realGraph } from '../support/seeded-graph.ts';
import { generateRegulation } from '../support/synthetic-regulation.ts';

const SHIPPED = 'regulation:xinjiang-ftz-2025';
// Sorts after the shipped key, so that a bare URL still shows the shipped regulation.
const LONG = 'regulation:zz-reader-long';
const LONG_SCALE = 5;

const session = useExplorer({ clipboard: true });
const open = (path: string, ready = GRAPH_READY) => session.open(path, { ready });
/** The API asked directly (GraphQL errors fail the test). */
const api = <T>(query: string, variables: Record<string, unknown> = {}) => session.api<T>(query, variables);

interface Text {
  regulation: {
    title: string;
    issuer: string;
    adopted: string;
    promulgated: string;
    noticeNumber: string;
    effective: string;
    chapters: { number: number; title: string; titleEn: string | null; articles: { number: number; numeral: string; heading: string | null; citation: string; citationEn: string; paragraphs: { clause: { citation: string } }[] }[] }[];
  };
}
const TEXT_QUERY = `query ($key: String!) { regulation(key: $key) { title issuer adopted promulgated noticeNumber effective
  chapters { number title titleEn articles { number numeral heading citation citationEn paragraphs { clause { citation } } } } } }`;

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
async function expectParam(page: Page, name: string, value: string | null): Promise<void> {
  await page.waitForFunction(([n, v]) => new URL(location.href).searchParams.get(n!) === v, [name, value] as const);
  expect(param(page, name)).toBe(value);
}

/** Types a query and waits for the suggestions of that query; returns each group's kind and option keys. */
async function suggest(page: Page, text: string): Promise<[string, string[]][]> {
  await page.fill('#search-input', text);
  await page.waitForSelector(`#search-suggestions[data-query="${text}"]`);
  // An answer with no option (no match, or the search failed) says which in its message.
  expect(await page.$$eval('#search-suggestions .suggestion-message', (m) => m.map((e) => e.textContent))).toEqual([]);
  return page.$$eval('#search-suggestions .suggestion-group', (groups) =>
    groups.map((g) => [g.getAttribute('data-kind')!, [...g.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-id')!)] as [string, string[]]),
  );
}

/** Visible text in Chinese characters outside anything marked as Chinese (lang="zh-Hans"): interface text left untranslated. */
const untranslated = (page: Page) =>
  page.evaluate(() => {
    const cjk = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (!parent || !cjk.test(node.textContent ?? '') || !parent.checkVisibility() || parent.closest('[lang^="zh"]')) continue;
      found.push(`${node.textContent?.trim().slice(0, 30)} (${parent.tagName.toLowerCase()}.${parent.className})`);
    }
    const input = document.querySelector<HTMLInputElement>('#search-input');
    if (input && cjk.test(input.placeholder)) found.push(`placeholder ${input.placeholder}`);
    return found;
  });

describe('search by number, short name and character, grouped by kind', () => {
  it('finds Article 13 as 第13条 and as 13, and Enter opens the reader at it', async () => {
    const { page, errors } = await open('/');
    for (const query of ['第13条', '13']) {
      expect(await suggest(page, query)).toEqual([['ARTICLE', ['article:xinjiang-ftz-2025/13']]]);
      const option = page.locator('#search-suggestions [role="option"]').first();
      expect(await option.locator('.suggestion-title').textContent()).toBe('第13条');
      expect(await option.locator('.suggestion-detail').textContent()).toBe('按编号');
      expect(await option.locator('.suggestion-regulation').textContent()).toBe('中国（新疆）自由贸易试验区条例');
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('#reader-title[data-key="article:xinjiang-ftz-2025/13"]');
    expect(await page.getAttribute('#tab-reader', 'aria-selected')).toBe('true');
    await expectParam(page, 'article', 'xinjiang-ftz-2025/13');
    expect(param(page, 'clause')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the 自由贸易试验区 articles for 自贸区 and the 保税 passages for 税, each hit with its clause and regulation', async () => {
    const { page, errors } = await open('/');
    const short = await suggest(page, '自贸区');
    expect(short.map(([kind]) => kind)).toEqual(['ACTOR', 'ARTICLE', 'OBLIGATION']);
    expect(short.find(([kind]) => kind === 'ARTICLE')![1]).toEqual(expect.arrayContaining(['article:xinjiang-ftz-2025/1', 'article:xinjiang-ftz-2025/2']));

    const tax = await suggest(page, '税');
    expect(tax).toEqual([
      ['ARTICLE', ['article:xinjiang-ftz-2025/26', 'article:xinjiang-ftz-2025/13']],
      ['ACTOR', ['actor:shuiwu', 'actor:zhongyang-zhujiang-danwei']],
      ['OBLIGATION', ['obligation:xinjiang-ftz-2025/26-1-4-1', 'obligation:xinjiang-ftz-2025/13-2-0-1']],
    ]);
    const details = await page.$$eval('#search-suggestions [data-kind="ARTICLE"] [role="option"]', (options) =>
      options.map((o) => [o.querySelector('.suggestion-detail')?.textContent, o.querySelector('.suggestion-regulation')?.textContent, o.querySelector('.snippet mark')?.textContent]),
    );
    expect(details).toEqual([
      ['见第26条第1款第1项', '中国（新疆）自由贸易试验区条例', '税'],
      ['见第13条第2款', '中国（新疆）自由贸易试验区条例', '税'],
    ]);
    await screenshot(page, '21-search-grouped');
    // Picking an article found by its words opens the reader with the clause that matched highlighted.
    await page.click('#search-suggestions [role="option"][data-id="article:xinjiang-ftz-2025/26"]');
    await page.waitForSelector('#clause-26-1-1.highlight');
    expect(await page.textContent('#clause-26-1-1')).toContain('税务');
    await expectParam(page, 'clause', '26-1-1');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the reader', () => {
  it('shows the whole regulation as continuous text: every chapter and article heading, the metadata, the legend', async () => {
    const { regulation } = await api<Text>(TEXT_QUERY, { key: SHIPPED });
    const { page, errors } = await open('/?view=reader', '#reader-title');
    const articles = regulation.chapters.flatMap((c) => c.articles);
    const headings = await page.$$eval('.reader-document .article-heading', (hs) => hs.map((h) => [Number(h.getAttribute('data-article')), h.textContent]));
    expect(headings).toEqual(articles.map((a) => [a.number, `${a.numeral}${a.heading ? `【${a.heading}】` : ''}`]));
    expect(headings).toHaveLength(62);
    expect(await page.$$eval('.reader-chapter-title', (hs) => hs.map((h) => h.textContent))).toEqual(regulation.chapters.map((c) => `第${c.number}章 ${c.title}`));
    // Every paragraph of every article is in the page, not only the one opened.
    expect(await page.$$eval('.reader-document p.clause', (ps) => ps.length)).toBe(articles.reduce((n, a) => n + a.paragraphs.length, 0));
    const meta = Object.fromEntries(await page.$$eval('.reader-meta-row', (rows) => rows.map((r) => [r.getAttribute('data-field'), r.querySelector('dd')?.textContent])));
    expect(meta).toEqual({ issuer: regulation.issuer, adopted: regulation.adopted, promulgated: regulation.promulgated, notice: regulation.noticeNumber, effective: regulation.effective });
    expect(await page.textContent('.reader-doc-title')).toBe(regulation.title);
    const legend = await page.$$eval('.reader-legend-item', (items) => items.map((i) => [i.getAttribute('data-legend'), i.textContent]));
    expect(legend).toEqual([
      ['SHALL', '应当'],
      ['RESPONSIBLE', '负责'],
      ['MUST_NOT', '不得'],
      ['MAY', '可以'],
      ['SUPPORT', '支持'],
      ['ENCOURAGE', '鼓励'],
      ['actor', '主体'],
      ['industry', '产业'],
      ['highlight', '所引条款'],
    ]);
    // Articles are listed with their heading or, where the text has none, their opening words.
    expect(await page.$$eval('.toc-articles li', (items) => items.filter((li) => li.querySelector('.toc-heading')).length)).toBe(62);
    const renderMs = Number(await page.getAttribute('.reader-body', 'data-render-ms'));
    process.stderr.write(`[reader] shipped regulation (62 articles): drawn and laid out in ${renderMs} ms\n`);
    await screenshot(page, '20-reader-continuous');
    // The contents move the reader to an article of the same text without drawing it again.
    const drawn = await page.$('.reader-document');
    await page.click('.toc-articles a[data-article="article:xinjiang-ftz-2025/40"]');
    await page.waitForSelector('#reader-title[data-key="article:xinjiang-ftz-2025/40"]');
    expect(await drawn?.evaluate((el) => el.isConnected)).toBe(true);
    await page.waitForFunction(() => {
      const title = document.querySelector('#reader-title')!.getBoundingClientRect();
      return title.top > 60 && title.bottom < innerHeight;
    });
    expect(await page.textContent('.reader-current strong')).toBe('第40条');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the exact citation of an article, a paragraph and an item to the clipboard, and says so', async () => {
    const { regulation } = await api<Text>(TEXT_QUERY, { key: SHIPPED });
    const article13 = regulation.chapters.flatMap((c) => c.articles).find((a) => a.number === 13)!;
    const { page, errors } = await open('/?view=reader&article=xinjiang-ftz-2025/13', '#reader-title');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.click('#article-13 .copy-article');
    expect(await clipboard()).toBe(article13.citation);
    expect(article13.citation).toBe('《中国（新疆）自由贸易试验区条例》第十三条');
    await page.waitForSelector('.toast:not([hidden])');
    expect(await page.textContent('.toast')).toBe(`已复制：${article13.citation}`);

    await page.hover('#clause-13-1');
    await page.click('#clause-13-1 .copy-clause');
    expect(await clipboard()).toBe(article13.paragraphs[0]!.clause.citation);
    expect(await clipboard()).toBe('《中国（新疆）自由贸易试验区条例》第十三条第一款');

    await page.click('.toc-articles a[data-article="article:xinjiang-ftz-2025/10"]');
    await page.hover('#clause-10-2-1');
    await page.click('#clause-10-2-1 .copy-clause');
    expect(await clipboard()).toBe('《中国（新疆）自由贸易试验区条例》第十条第二款第（一）项');
    await screenshot(page, '24-reader-citation-copied');

    // In English, the English form.
    await page.click('[data-lang="en"]');
    await page.waitForSelector('#article-13 .copy-article >> text=Copy citation');
    await page.click('#article-13 .copy-article');
    expect(await clipboard()).toBe(article13.citationEn);
    expect(article13.citationEn).toBe('Art. 13, 《中国（新疆）自由贸易试验区条例》');
    await page.click('[data-lang="zh"]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(errors).toEqual([]);
    await page.close();
  });

});

describe('English mode', () => {
  it('draws every label in English: chapter titles, headings, details, with one note that the text is Chinese only', async () => {
    const { regulation } = await api<Text>(TEXT_QUERY, { key: SHIPPED });
    const { page, errors } = await open('/?view=reader&lang=en&article=xinjiang-ftz-2025/28&sel=actor:xinjiang-kashi-pianqu', '#reader-title');
    await page.waitForSelector('#details .details-title[data-type="ACTOR"]');
    // Chapter titles from the API's titleEn; one it has none for keeps its Chinese title, marked.
    const chapters = await page.$$eval('.reader-chapter-title', (hs) => hs.map((h) => h.textContent));
    expect(chapters).toEqual(regulation.chapters.map((c) => (c.titleEn ? `Chapter ${c.number} ${c.titleEn}` : `Chapter ${c.number} ${c.title} (no English title)`)));
    expect(regulation.chapters.filter((c) => c.titleEn).length).toBeGreaterThan(5);
    expect(await page.$$eval('.toc-chapters summary', (ss) => ss.map((s) => s.textContent))).toEqual(chapters);
    expect(await page.textContent('#reader-title')).toBe('Article 28');
    expect(await page.$$eval('.view-reader [data-note="chinese-only"]', (notes) => notes.map((n) => n.textContent))).toEqual(['Text in Chinese only']);
    expect(await page.$$eval('#details [data-note="chinese-only"]', (notes) => notes.length)).toBe(1);
    expect(await page.textContent('#details .details-title')).toBe('Kashgar Area');
    expect(await untranslated(page)).toEqual([]);
    await screenshot(page, '22-reader-english');

    // Search hits in English too.
    expect(await suggest(page, '税')).toHaveLength(3);
    expect(await page.$$eval('#search-suggestions .suggestion-group-label', (ls) => ls.map((l) => l.firstChild?.textContent))).toEqual(['Articles', 'Actors', 'Obligations']);
    expect(await page.textContent('#search-suggestions [data-id="article:xinjiang-ftz-2025/26"] .suggestion-title')).toBe('Article 26');
    expect(await untranslated(page)).toEqual([]);
    await screenshot(page, '23-search-english');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the whole name under RegAtlas in the header at 1440 and at 1024 wide', async () => {
    const { page, errors } = await open('/?lang=en');
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(100);
      const fit = await page.$eval('.picker-current', (el) => ({ text: el.textContent, fits: el.scrollWidth <= el.clientWidth, right: el.getBoundingClientRect().right }));
      const search = await page.$eval('.search', (el) => el.getBoundingClientRect().left);
      expect(fit.text).toBe('中国（新疆）自由贸易试验区条例');
      expect(fit.fits).toBe(true);
      expect(fit.right).toBeLessThan(search);
      expect(await page.$eval('.topbar', (el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await screenshot(page, `25-header-english-${width}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a long regulation', () => {
  // Loaded only for this test: the graph the other tests see holds the shipped regulation alone. With the shipped
  // text's notes, so that the bodies both name keep their English names.
  beforeAll(async () => {
    await loadIfChanged(session.db, buildGraph(generateRegulation({ scale: LONG_SCALE }).text, { id: LONG, notes: readNotesBeside(SEED_SOURCE_PATH) }));
  });
  afterAll(async () => {
    await removeRegulation(session.db, LONG);
    // Shared bodies keep what the last regulation loaded said of them: write the shipped one's again.
    await loadIfChanged(session.db, realGraph(), { force: true });
  });

  it('opens a regulation five times as long at its article 300, with every article drawn', async () => {
    const started = Date.now();
    const { page, errors } = await open('/?view=reader&article=zz-reader-long/300&clause=300-1', '#reader-title[data-key="article:zz-reader-long/300"]');
    const opened = Date.now() - started;
    await page.waitForSelector('#clause-300-1.highlight');
    const count = LONG_SCALE * 62;
    expect(await page.$$eval('.reader-document .article-heading', (hs) => hs.length)).toBe(count);
    await page.waitForFunction(() => {
      const clause = document.querySelector('#clause-300-1')!.getBoundingClientRect();
      return clause.top > 60 && clause.bottom < innerHeight;
    });
    const renderMs = Number(await page.getAttribute('.reader-body', 'data-render-ms'));
    // The reader's one request for the whole text, timed on its own (warm: the page just asked it).
    const asked = performance.now();
    const answer = await fetch(`${session.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(RegulationTextQuery), variables: { key: LONG } }) });
    const bytes = (await answer.arrayBuffer()).byteLength;
    const apiMs = Math.round(performance.now() - asked);
    process.stderr.write(`[reader] ${count} articles: API ${apiMs} ms (${Math.round(bytes / 1024)} kB), drawn and laid out in ${renderMs} ms; page open to article 300 shown in ${opened} ms\n`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
