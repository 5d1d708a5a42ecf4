// Industry ↔ zone in the selected regulations: the zones (each regulation's whole zone first, as the API names it) as columns, the industries they are to develop as rows,
// the level verb in each cell, shaded by strength, with the clause it comes from. Picking an industry selects
// it, and the details panel lists every zone and article that names it.
import { memoize } from '../api/memo.ts';
import { ZoneIndustryMatrixQuery } from '../api/operations.ts';
import type { ResultOf } from '../api/graphql.ts';
import { clear, h } from '../dom.ts';
import { fullName, levelText, shortName } from '../labels.ts';
import { expandNodes, revealNode } from '../state/store.ts';
import type { Table } from '../export/csv.ts';
import { clauseLink, createRenderer, emptyState, rowHead, tr, type PanelContext } from './common.ts';

type ZoneMatrix = ResultOf<typeof ZoneIndustryMatrixQuery>['zoneIndustryMatrix'];
type Cell = ZoneMatrix['cells'][number];

export function zonesTable(m: ZoneMatrix): Table {
  const zones = new Map(m.zones.map((z) => [z.key, z]));
  const industries = new Map(m.industries.map((i) => [i.key, i]));
  return {
    name: 'zone-industries',
    header: ['regulation', 'zone', 'zoneName', 'industry', 'industryName', 'industryNameEn', 'gbCode', 'level', 'article', 'paragraph'],
    rows: m.cells.map((c) => [
      c.regulation.key,
      c.zone.key,
      zones.get(c.zone.key)?.name ?? null,
      c.industry.key,
      industries.get(c.industry.key)?.name ?? null,
      industries.get(c.industry.key)?.nameEn ?? null,
      industries.get(c.industry.key)?.gbCode ?? null,
      c.level,
      c.article.number,
      c.clause?.paragraph ?? null,
    ]),
  };
}

/** Industries ordered by how many zones name them, then by their strongest level: shared priorities first. */
export function orderIndustries(m: ZoneMatrix): ZoneMatrix['industries'] {
  const cellsOf = (key: string) => m.cells.filter((c) => c.industry.key === key);
  const score = (key: string) => cellsOf(key).length * 10 + Math.max(0, ...cellsOf(key).map((c) => c.rank));
  return [...m.industries].sort((a, b) => score(b.key) - score(a.key) || a.key.localeCompare(b.key));
}

/** The regulations' whole zones first (their region-wide commitments), then the Areas in the API's order. */
export function orderZones<Z extends { key: string }>(zones: readonly Z[], wholeZones: readonly string[]): Z[] {
  return [...zones.filter((z) => wholeZones.includes(z.key)), ...zones.filter((z) => !wholeZones.includes(z.key))];
}

export interface ZonesPanel {
  table(): Table | null;
}

export function mountZonesPanel(root: HTMLElement, ctx: PanelContext): ZonesPanel {
  const load = memoize((regulations: string[]) => ctx.api.request(ZoneIndustryMatrixQuery, { regulations }), (r) => r.join(','));
  const title = h('h2', { class: 'panel-title', id: 'zones-title' });
  const hint = h('p', { class: 'panel-hint' });
  const actions = h('div', { class: 'panel-actions' });
  const host = h('div', { class: 'matrix-host' });
  root.replaceChildren(h('header', { class: 'panel-header' }, h('div', {}, title, hint), actions), host);
  const run = createRenderer(ctx, host);
  let data: ZoneMatrix | null = null;

  let wholeZones: string[] = [];

  function draw(m: ZoneMatrix) {
    data = m;
    const { lang, selected } = ctx.store.get();
    const zones = orderZones(m.zones, wholeZones);
    if (!m.cells.length) return clear(host, emptyState('—'));
    const cellAt = new Map<string, Cell[]>();
    for (const c of m.cells) {
      const key = `${c.zone.key}|${c.industry.key}`;
      cellAt.set(key, [...(cellAt.get(key) ?? []), c]);
    }
    clear(
      actions,
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: () =>
            ctx.store.update((s) => ({
              ...expandNodes(
                s,
                m.zones.map((z) => z.key),
              ),
              view: 'graph',
              layout: 'hierarchical',
            })),
        },
        tr(ctx, 'showInGraph'),
      ),
    );
    clear(
      host,
      h(
        'table',
        { class: 'matrix zones-matrix', 'aria-labelledby': 'zones-title' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'row-head' }, tr(ctx, 'industry')),
            ...zones.map((z) =>
              h('th', { scope: 'col', 'data-zone': z.key, class: wholeZones.includes(z.key) ? 'whole-zone' : '' }, h('button', { type: 'button', class: 'entity-link', title: fullName(z, lang), onclick: () => ctx.store.update((s) => revealNode(s, z.key)) }, shortName(z, lang))),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          orderIndustries(m).map((industry) =>
            h(
              'tr',
              { 'data-industry': industry.key, class: selected === industry.key ? 'selected' : '' },
              rowHead(
                h(
                  'button',
                  { type: 'button', class: 'entity-link industry', title: fullName(industry, lang), 'aria-pressed': String(selected === industry.key), onclick: () => ctx.store.update({ selected: industry.key }) },
                  shortName(industry, lang),
                ),
                industry.gbCode ? h('span', { class: 'gb-code', title: 'GB/T 4754-2017' }, industry.gbCode) : null,
              ),
              ...zones.map((zone) => {
                const cells = cellAt.get(`${zone.key}|${industry.key}`) ?? [];
                if (!cells.length) return h('td', { class: 'cell empty' }, h('span', { 'aria-hidden': 'true' }, '·'));
                // The stylesheet shades three strengths; a vocabulary with more ranks shades the strongest alike.
                const rank = Math.min(3, Math.max(...cells.map((c) => c.rank)));
                return h(
                  'td',
                  { class: `cell level-${rank}` },
                  cells.map((c) =>
                    h(
                      'span',
                      { class: 'level-cell' },
                      h('span', { class: 'level', lang: lang === 'en' ? 'en' : 'zh-Hans' }, levelText(c, lang)),
                      c.clause ? clauseLink(ctx, c.clause) : null,
                    ),
                  ),
                );
              }),
            ),
          ),
        ),
      ),
    );
  }

  const render = () => {
    title.textContent = tr(ctx, 'zonesTitle');
    hint.textContent = tr(ctx, 'zonesHint');
    void run(
      async () => {
        const [regulations, catalog] = await Promise.all([ctx.scope(), ctx.catalog()]);
        const zones = catalog.filter((r) => regulations.includes(r.key)).flatMap((r) => (r.wholeZone ? [r.wholeZone.key] : []));
        return { zones, matrix: (await load(regulations)).zoneIndustryMatrix };
      },
      (r) => {
        wholeZones = r.zones;
        draw(r.matrix);
      },
      render,
    );
  };

  let mounted = false;
  ctx.store.subscribe((state, previous) => {
    if (state.view !== 'zones') return;
    if (!mounted || state.lang !== previous.lang || state.view !== previous.view || state.regulations !== previous.regulations) {
      mounted = true;
      render();
    } else if (state.selected !== previous.selected && data) {
      const focusedIndustry = document.activeElement instanceof HTMLElement ? document.activeElement.closest('tr')?.dataset.industry : undefined;
      draw(data);
      if (focusedIndustry) host.querySelector<HTMLElement>(`tr[data-industry="${focusedIndustry}"] .row-head button`)?.focus();
    }
  });
  if (ctx.store.get().view === 'zones') {
    mounted = true;
    render();
  }
  return { table: () => (data ? zonesTable(data) : null) };
}
