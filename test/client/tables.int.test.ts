// The responsibility matrix and the zones × industries view in Chromium against the real server (issue 13.1 and
// 13.4): every count adds up and equals what the API says when asked directly; the zones view keeps the whole
// zone apart, counts the Areas by role, shades by rank with a legend, groups by GB/T class, and its sort and
// filters live in the URL. Screenshots 30–31 go to test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../client/src/export/figure-content.ts';
import { loadIfChanged, removeRegulation } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { screenshot } from '../support/browser.ts';
import { csvRecords } from '../support/csv.ts';
import { useExplorer } from '../support/explorer-session.ts';

const SHIPPED = 'regulation:xinjiang-ftz-2025';
const KASHGAR = 'actor:xinjiang-kashi-pianqu';
// A second FTZ for the several-regulations check, keyed after the shipped one so a bare URL still selects that.
const SECOND = 'regulation:zz-tables-ftz';
const SECOND_TEXT = [
  '中国（东岸）自由贸易试验区条例',
  '第一章 总则',
  '第一条 为了推进中国（东岸）自由贸易试验区（以下简称自贸试验区）建设，制定本条例。',
  '第二条 自贸试验区包括北湾片区、南湾片区。',
  '第三条 海关应当为企业提供通关便利。',
  '第四条 支持北湾片区发展跨境电商。鼓励企业参与自贸试验区建设。',
].join('\n');

const session = useExplorer({ cleanup: (db) => removeRegulation(db, SECOND).then(() => undefined) });
/** The API asked directly, as a researcher's script would (GraphQL errors fail the test). */
const api = <T>(query: string, variables: Record<string, unknown> = {}) => session.api<T>(query, variables);

interface Columns {
  total: number;
  cells: { modality: string; count: number }[];
}
const MATRIX = `query($r: [String!]!) { responsibilityMatrix(regulations: $r) { modalities rows { actor { key } total cells { modality count } } unnamed { total cells { modality count } } totals { total cells { modality count } } } }`;
type MatrixAnswer = { responsibilityMatrix: { modalities: string[]; rows: (Columns & { actor: { key: string } })[]; unnamed: Columns; totals: Columns } };

async function open(path: string, ready: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await session.open(path, { ready });
  await opened.page.waitForSelector(ready, { timeout: 30_000 });
  return opened;
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
async function expectParam(page: Page, name: string, value: string | null): Promise<void> {
  await page.waitForFunction(([n, v]) => new URL(location.href).searchParams.get(n!) === v, [name, value] as const);
  expect(param(page, name)).toBe(value);
}

async function download(page: Page, format: string): Promise<{ file: Download; text: string }> {
  await page.click('.export-menu > summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
  return { file, text: await readFile((await file.path())!, 'utf8') };
}

/** Column totals and the unnamed row as the page shows them, by modality. */
const shownTotals = (page: Page) => page.$$eval('.heatmap tfoot .column-total', (tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-modality'), Number(td.textContent)])));
const shownUnnamed = (page: Page) =>
  page.$$eval('.heatmap thead th[data-modality]', (heads) =>
    heads.map((th, i) => {
      const td = document.querySelectorAll('.heatmap tr.unnamed-row td')[i];
      return [th.getAttribute('data-modality'), Number(td?.textContent?.replace('·', '') || 0)] as const;
    }),
  );
const byModality = (c: Columns) => Object.fromEntries(c.cells.map((x) => [x.modality, x.count]));

describe('the responsibility matrix adds up', () => {
  it('has a not-named row and a totals row equal to the API, a footnote, and cells that open the unnamed obligations', async () => {
    const { responsibilityMatrix: m } = await api<MatrixAnswer>(MATRIX, { r: [SHIPPED] });
    const { page, errors } = await open('/?view=matrix', '.heatmap tfoot .column-total');
    const totals = await shownTotals(page);
    expect(totals).toEqual({ ...Object.fromEntries(m.modalities.map((x) => [x, byModality(m.totals)[x]])), ALL: m.totals.total });
    // Each modality's total is the number of obligations of that modality: 105 in the shipped text, 19 鼓励.
    expect(m.totals.total).toBe(105);
    expect(totals.ENCOURAGE).toBe(19);
    expect(Object.fromEntries(await shownUnnamed(page))).toEqual(Object.fromEntries(m.modalities.map((x) => [x, byModality(m.unnamed)[x]])));
    expect(await page.textContent('.heatmap tr.unnamed-row .row-head')).toContain('未明确主体');
    // Rows add up to at least the total (more where actors share a duty), and the footnote says so.
    for (const modality of m.modalities) {
      const rows = m.rows.reduce((sum, r) => sum + (byModality(r)[modality] ?? 0), 0) + (byModality(m.unnamed)[modality] ?? 0);
      expect(rows).toBeGreaterThanOrEqual(byModality(m.totals)[modality] ?? 0);
    }
    expect(await page.textContent('#matrix-footnote')).toContain('各行相加会大于合计');
    await page.$eval('#matrix-footnote', (el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(page, '30-matrix-totals');

    // The whole CSV: the actors, then both rows with the API's numbers.
    const { file, text } = await download(page, 'csv');
    expect(file.suggestedFilename()).toBe(`regatlas-matrix-xinjiang-ftz-2025-${localDate(new Date())}.csv`);
    const { header, records } = csvRecords(text);
    expect(header.slice(0, 5)).toEqual(['row', 'actor', 'name', 'nameEn', 'kind']);
    const unnamed = records.find((r) => r.row === 'unnamed')!;
    const total = records.find((r) => r.row === 'total')!;
    expect(unnamed).toMatchObject({ name: '未明确主体', nameEn: 'not named', total: String(m.unnamed.total) });
    expect(total).toMatchObject({ name: '合计', total: String(m.totals.total) });
    for (const modality of m.modalities) expect(Number(total[modality])).toBe(byModality(m.totals)[modality]);
    expect(records.filter((r) => r.row === 'actor')).toHaveLength(m.rows.length);

    // A cell of the unnamed row lists its obligations, with their clauses; its CSV cites each one.
    await page.click('.heatmap tr.unnamed-row .cell-button[data-modality="SUPPORT"]');
    await expectParam(page, 'cell', 'unnamed~SUPPORT');
    await page.waitForFunction((n) => document.querySelectorAll('.cell-obligations .obligation').length === n, byModality(m.unnamed).SUPPORT);
    expect(await page.textContent('.cell-obligations h3')).toBe(`未明确主体：支持（${byModality(m.unnamed).SUPPORT}）`);
    const cell = await download(page, 'csv');
    expect(cell.file.suggestedFilename()).toBe(`regatlas-matrix-unnamed-support-xinjiang-ftz-2025-${localDate(new Date())}.csv`);
    const cited = csvRecords(cell.text);
    expect(cited.header).toContain('citation');
    expect(cited.records).toHaveLength(byModality(m.unnamed).SUPPORT!);
    expect(cited.records.every((r) => (r.citation ?? '').startsWith('《中国（新疆）自由贸易试验区条例》第') && !(r.text ?? '').endsWith('…'))).toBe(true);
    await page.reload();
    await page.waitForSelector('.cell-obligations .obligation');
    expect(await page.getAttribute('.heatmap tr.unnamed-row .cell-button[data-modality="SUPPORT"]', 'aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds up with several regulations selected, as the API counts them together', async () => {
    await loadIfChanged(session.db, buildGraph(SECOND_TEXT, { id: SECOND }));
    try {
      const both = [SHIPPED, SECOND];
      const { responsibilityMatrix: m } = await api<MatrixAnswer>(MATRIX, { r: both });
      const alone = (await api<MatrixAnswer>(MATRIX, { r: [SECOND] })).responsibilityMatrix;
      expect(alone.unnamed.total).toBeGreaterThan(0);
      expect(m.totals.total).toBe(105 + alone.totals.total);
      const { page, errors } = await open('/?view=matrix&reg=xinjiang-ftz-2025,zz-tables-ftz', '.heatmap tfoot .column-total');
      await page.waitForFunction((n) => document.querySelector('.heatmap tfoot [data-modality="ALL"]')?.textContent === String(n), m.totals.total);
      expect(await shownTotals(page)).toEqual({ ...Object.fromEntries(m.modalities.map((x) => [x, byModality(m.totals)[x]])), ALL: m.totals.total });
      expect(Object.fromEntries(await shownUnnamed(page))).toEqual(Object.fromEntries(m.modalities.map((x) => [x, byModality(m.unnamed)[x]])));
      await page.click('.heatmap tr.unnamed-row .cell-button[data-modality="ENCOURAGE"]');
      await page.waitForFunction((n) => document.querySelectorAll('.cell-obligations .obligation').length === n, byModality(m.unnamed).ENCOURAGE);
      expect(await page.$$eval('.cell-obligations .obligation', (items) => items.some((li) => li.getAttribute('data-id')?.startsWith('obligation:zz-tables-ftz/')))).toBe(true);
      const { file } = await download(page, 'csv');
      expect(file.suggestedFilename()).toBe(`regatlas-matrix-unnamed-encourage-xinjiang-ftz-2025_zz-tables-ftz-${localDate(new Date())}.csv`);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await removeRegulation(session.db, SECOND);
    }
  });
});

const ZONES = `query($r: [String!]!) {
  regulations(keys: $r) { key wholeZone { key } }
  zoneIndustryMatrix(regulations: $r) { zones { key zoneRole } industries { key classification { code section { code } } } cells { zone { key } industry { key } rank } }
}`;
type ZonesAnswer = {
  regulations: { key: string; wholeZone: { key: string } | null }[];
  zoneIndustryMatrix: { zones: { key: string; zoneRole: string | null }[]; industries: { key: string; classification: { code: string; section: { code: string } | null } | null }[]; cells: { zone: { key: string }; industry: { key: string }; rank: number }[] };
};

const industryRows = (page: Page) => page.$$eval('.zones-matrix tbody tr[data-industry]', (rows) => rows.map((r) => r.getAttribute('data-industry')!));
const columnZones = (page: Page) => page.$$eval('.zones-matrix thead th[data-zone]', (ths) => ths.map((th) => th.getAttribute('data-zone')!));

describe('zones × industries', () => {
  it('keeps the whole zone apart, counts the Areas by role, shades by rank with a legend and groups by GB/T class', async () => {
    const { regulations, zoneIndustryMatrix: z } = await api<ZonesAnswer>(ZONES, { r: [SHIPPED] });
    const whole = regulations[0]!.wholeZone!.key;
    const areas = z.zones.filter((x) => x.zoneRole === 'AREA').map((x) => x.key);
    const { page, errors } = await open('/?view=zones', '.zones-matrix');
    expect((await columnZones(page))[0]).toBe(whole);
    expect(await page.$$eval('.zones-matrix thead .zone-group', (ths) => ths.map((th) => [th.getAttribute('data-group'), th.getAttribute('colspan'), th.textContent]))).toEqual([
      ['whole', '1', '自贸试验区整体1'],
      ['areas', String(areas.length), `片区${areas.length}`],
    ]);
    expect(areas).toHaveLength(3);
    expect(await page.getAttribute('.zone-counts', 'data-areas')).toBe('3');
    expect(await page.textContent('.zone-counts')).toBe('1 个整体区域 · 3 个片区');
    expect(await page.getAttribute(`.zones-matrix thead th[data-zone="${whole}"]`, 'class')).toContain('group-first');

    // The legend names the three ranks; every shaded cell carries its strongest link's rank, as the API gives it.
    expect(await page.$$eval('.rank-toggle .rank-label', (labels) => labels.map((l) => l.textContent))).toEqual(['3 · 重点', '2 · 积极', '1 · 一般']);
    const shaded = await page.$$eval('.zones-matrix td.cell[data-rank]', (tds) => tds.map((td) => [td.closest('tr')!.getAttribute('data-industry'), td.getAttribute('data-zone'), td.className, td.getAttribute('data-rank')]));
    expect(shaded).toHaveLength(new Set(z.cells.map((c) => `${c.zone.key}|${c.industry.key}`)).size);
    for (const [industry, zone, className, rank] of shaded) {
      const expected = Math.min(3, Math.max(...z.cells.filter((c) => c.industry.key === industry && c.zone.key === zone).map((c) => c.rank)));
      expect(rank).toBe(String(expected));
      expect(className!.split(' ')).toContain(`level-${expected}`);
    }
    expect(new Set(shaded.map(([, , , rank]) => rank))).toEqual(new Set(['1', '2', '3']));

    // GB/T sections, divisions under them, industries under their division, the uncoded last.
    const headings = await page.$$eval('.zones-matrix tbody tr[data-code]', (rows) => rows.map((r) => [r.className, r.getAttribute('data-code')]));
    expect(headings[0]).toEqual(['gb-section', 'C']);
    expect(headings.at(-1)).toEqual(['gb-section gb-uncoded', '—']);
    expect(await page.textContent('.zones-matrix tr.gb-section[data-code="C"]')).toContain('制造业');
    const order = await page.$$eval('.zones-matrix tbody tr', (rows) => rows.map((r) => r.getAttribute('data-industry') ?? `#${r.getAttribute('data-code')}`));
    expect(order.indexOf('industry:mianfangzhi')).toBe(order.indexOf('#17') + 1);
    const uncoded = z.industries.filter((i) => !i.classification).map((i) => i.key);
    expect(order.slice(order.indexOf('#—') + 1).sort()).toEqual([...uncoded].sort());
    await screenshot(page, '31-zones-ranked');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts and filters by zone and by level, in the URL, and keeps them over a reload', async () => {
    const { zoneIndustryMatrix: z } = await api<ZonesAnswer>(ZONES, { r: [SHIPPED] });
    const { page, errors } = await open('/?view=zones', '.zones-matrix');
    const all = await industryRows(page);
    expect(all).toHaveLength(z.industries.length);

    // Sorted by Kashgar's level: within each GB/T group, Kashgar's strongest links first.
    await page.selectOption('#zone-sort', KASHGAR);
    await expectParam(page, 'zs', KASHGAR);
    const groups = await page.$$eval(
      '.zones-matrix tbody tr',
      (rows, kashgar) => {
        const out: number[][] = [];
        for (const r of rows) {
          if (r.hasAttribute('data-code')) out.push([]);
          else out.at(-1)!.push(Number(r.querySelector(`td[data-zone="${kashgar}"]`)?.getAttribute('data-rank') ?? 0));
        }
        return out;
      },
      KASHGAR,
    );
    for (const ranks of groups) expect(ranks).toEqual([...ranks].sort((a, b) => b - a));

    // Only the Areas: the whole zone's column goes, and what only it names.
    await page.click('.zone-filter-group[data-group="whole"] input');
    const areas = z.zones.filter((x) => x.zoneRole === 'AREA').map((x) => x.key);
    await expectParam(page, 'zf', areas.join(','));
    expect(await columnZones(page)).toEqual(areas);
    const named = new Set(z.cells.filter((c) => areas.includes(c.zone.key)).map((c) => c.industry.key));
    expect((await industryRows(page)).sort()).toEqual([...named].sort());

    // Only priorities: the plain and emphatic ranks switched off in the legend.
    await page.click('[data-rank-toggle="1"]');
    await page.click('[data-rank-toggle="2"]');
    await expectParam(page, 'zr', '3');
    expect(await page.getAttribute('[data-rank-toggle="2"]', 'aria-pressed')).toBe('false');
    const priorities = new Set(z.cells.filter((c) => areas.includes(c.zone.key) && c.rank >= 3).map((c) => c.industry.key));
    expect((await industryRows(page)).sort()).toEqual([...priorities].sort());
    expect(await page.$$eval('.zones-matrix td.cell[data-rank]', (tds) => [...new Set(tds.map((td) => td.getAttribute('data-rank')))])).toEqual(['3']);
    const filtered = await industryRows(page);
    await screenshot(page, '33-zones-filtered');

    await page.reload();
    await page.waitForSelector('.zones-matrix');
    expect(await industryRows(page)).toEqual(filtered);
    expect(await page.inputValue('#zone-sort')).toBe(KASHGAR);
    expect(await page.isChecked('.zone-filter-group[data-group="whole"] input')).toBe(false);
    expect(await page.getAttribute('[data-rank-toggle="3"]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('.industries-shown')).toBe(`显示 ${filtered.length} / ${z.industries.length} 个产业`);

    // In English the legend glosses the ranks; clearing the filters brings every industry back.
    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => document.querySelector('.rank-toggle .rank-label')?.textContent === '3 · priority');
    expect(await page.$$eval('.rank-toggle .rank-label', (labels) => labels.map((l) => l.textContent))).toEqual(['3 · priority', '2 · emphatic', '1 · plain']);
    await page.click('.zone-summary .button');
    await expectParam(page, 'zr', null);
    expect(await industryRows(page)).toHaveLength(all.length);
    await page.click('[data-lang="zh"]');
    expect(errors).toEqual([]);
    await page.close();
  });
});
