// Industry ↔ zone in the selected regulations: zones as columns in three groups (the whole zone, its Areas, other
// zone-like bodies, from Actor.zoneRole), industries as rows under their GB/T 4754 section and division, each cell
// the level as written (or its gloss), shaded by rank, with its clause. Sort, the zones shown and the ranks shown
// are URL state; the rank legend doubles as the rank filter.
import { memoize } from '../api/memo.ts';
import { ZoneIndustryMatrixQuery } from '../api/operations.ts';
import { clear, h } from '../dom.ts';
import { clampRank, viewText, type ViewTextKey } from '../i18n-views.ts';
import { fullName, levelText, shortName } from '../labels.ts';
import { changedIn, expandNodes, revealNode } from '../state/store.ts';
import type { Table } from '../export/csv.ts';
import { clauseLink, createRenderer, emptyState, rowHead, tr, type PanelContext } from './common.ts';
import { zoneControls } from './zones-controls.ts';
import {
  cellShown,
  groupIndustries,
  shownZones,
  sortIndustries,
  zoneColumns,
  zonesTable,
  type Industry,
  type ZoneCell,
  type ZoneGroupName,
  type ZoneMatrixAnswer,
} from './zones-table.ts';
import './tables.css';

const GROUP_TEXT: Record<ZoneGroupName, ViewTextKey> = { whole: 'zoneGroupWhole', areas: 'zoneGroupAreas', other: 'zoneGroupOther' };

export interface ZonesPanel {
  table(): Table | null;
}

export function mountZonesPanel(root: HTMLElement, ctx: PanelContext): ZonesPanel {
  const load = memoize((regulations: string[]) => ctx.api.request(ZoneIndustryMatrixQuery, { regulations }), (r) => r.join(','));
  const title = h('h2', { class: 'panel-title', id: 'zones-title' });
  const hint = h('p', { class: 'panel-hint' });
  const actions = h('div', { class: 'panel-actions' });
  const controls = h('div', { class: 'zone-controls' });
  const host = h('div', { class: 'matrix-host' });
  root.replaceChildren(h('header', { class: 'panel-header' }, h('div', {}, title, hint), actions), controls, host);
  const run = createRenderer(ctx, host);
  let data: ZoneMatrixAnswer | null = null;
  const vt = (key: ViewTextKey, params?: Record<string, string | number>) => viewText(ctx.store.get().lang, key, params);

  function draw(answer: ZoneMatrixAnswer) {
    data = answer;
    const m = answer.zoneIndustryMatrix;
    const state = ctx.store.get();
    const { lang, selected } = state;
    clear(
      actions,
      h(
        'button',
        { type: 'button', class: 'button', onclick: () => ctx.store.update((s) => ({ ...expandNodes(s, m.zones.map((z) => z.key)), view: 'graph', layout: 'hierarchical' })) },
        tr(ctx, 'showInGraph'),
      ),
    );
    if (!m.cells.length) {
      clear(controls);
      return clear(host, emptyState('—'));
    }
    const cells = m.cells.filter((c) => cellShown(c, state));
    const groups = zoneColumns(shownZones(m.zones, state));
    const columns = groups.flatMap((g) => g.zones.map((zone, i) => ({ zone, group: g.group, first: i === 0 })));
    const shownIndustries = sortIndustries(
      m.industries.filter((i) => cells.some((c) => c.industry.key === i.key)),
      cells,
      state.zoneSort,
      lang,
    );
    clear(controls, zoneControls(ctx, answer, { shown: shownIndustries.length, total: m.industries.length }));
    if (!shownIndustries.length) return clear(host, emptyState(vt('zoneShown', { n: 0, m: m.industries.length })));
    const cellAt = new Map<string, ZoneCell[]>();
    for (const c of cells) {
      const key = `${c.zone.key}|${c.industry.key}`;
      cellAt.set(key, [...(cellAt.get(key) ?? []), c]);
    }
    const span = columns.length + 1;
    const heading = (cls: string, code: string, name: string, extra?: string) =>
      h('tr', { class: cls, 'data-code': code }, h('th', { scope: 'colgroup', colspan: span }, h('span', { class: 'gb-heading-code' }, code), ' ', name, extra ? h('span', { class: 'gb-code' }, ` ${extra}`) : null));
    const className = (c: { name: string; nameEn: string }) => (lang === 'en' ? c.nameEn : c.name);

    const industryRow = (industry: Industry) =>
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
        ...columns.map(({ zone, first }) => {
          const here = cellAt.get(`${zone.key}|${industry.key}`) ?? [];
          const edge = first ? ' group-first' : '';
          if (!here.length) return h('td', { class: `cell empty${edge}` }, h('span', { 'aria-hidden': 'true' }, '·'));
          const rank = clampRank(Math.max(...here.map((c) => c.rank)));
          return h(
            'td',
            { class: `cell level-${rank}${edge}`, 'data-rank': rank, 'data-zone': zone.key },
            here.map((c) =>
              h(
                'span',
                { class: 'level-cell' },
                h('span', { class: 'level', lang: lang === 'en' && c.levelEn ? 'en' : 'zh-Hans', title: lang === 'en' ? c.level : (c.levelEn ?? '') }, levelText(c, lang)),
                c.clause ? clauseLink(ctx, c.clause) : null,
              ),
            ),
          );
        }),
      );

    const { sections, uncoded } = groupIndustries(shownIndustries);
    const body = [
      ...sections.flatMap((section) => [
        heading('gb-section', section.code, className(section)),
        ...section.industries.map(industryRow),
        ...section.divisions.flatMap((division) => [heading('gb-division', division.code, className(division)), ...division.industries.map(industryRow)]),
      ]),
      ...(uncoded.length ? [heading('gb-section gb-uncoded', '—', vt('gbUncoded')), ...uncoded.map(industryRow)] : []),
    ];

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
            { class: 'zone-groups' },
            h('th', { scope: 'col', class: 'row-head', rowspan: 2 }, tr(ctx, 'industry')),
            ...groups.map((g) =>
              h('th', { scope: 'colgroup', colspan: g.zones.length, class: `zone-group zone-group-${g.group} group-first`, 'data-group': g.group }, vt(GROUP_TEXT[g.group]), h('span', { class: 'count' }, String(g.zones.length))),
            ),
          ),
          h(
            'tr',
            {},
            ...columns.map(({ zone, group, first }) =>
              h(
                'th',
                { scope: 'col', 'data-zone': zone.key, 'data-role': zone.zoneRole ?? '', class: `zone-head zone-${group}${first ? ' group-first' : ''}` },
                h('button', { type: 'button', class: 'entity-link', title: fullName(zone, lang), onclick: () => ctx.store.update((s) => revealNode(s, zone.key)) }, shortName(zone, lang)),
                group === 'other' ? h('span', { class: 'kind-label' }, vt(zone.zoneRole === 'AREA_COLLECTIVE' ? 'zoneRoleCollective' : 'zoneRoleOther')) : null,
              ),
            ),
          ),
        ),
        h('tbody', {}, body),
      ),
    );
  }

  const render = () => {
    title.textContent = tr(ctx, 'zonesTitle');
    hint.textContent = tr(ctx, 'zonesHint');
    void run(async () => load(await ctx.scope()), draw, render);
  };

  let mounted = false;
  ctx.store.subscribe((state, previous) => {
    if (state.view !== 'zones') return;
    if (!mounted || changedIn(state, previous, ['lang', 'view', 'regulations'])) {
      mounted = true;
      render();
    } else if (data && changedIn(state, previous, ['selected', 'zoneSort', 'zoneFilter', 'zoneRanks'])) {
      // Redrawing replaces the controls and rows: keep focus on the control or industry that had it.
      const active = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement : null;
      const industry = active?.closest('tr')?.dataset.industry;
      const focus = industry ? `tr[data-industry="${CSS.escape(industry)}"] .row-head button` : active?.dataset.focusKey ? `[data-focus-key="${CSS.escape(active.dataset.focusKey)}"]` : null;
      draw(data);
      if (focus) root.querySelector<HTMLElement>(focus)?.focus();
    }
  });
  if (ctx.store.get().view === 'zones') {
    mounted = true;
    render();
  }
  return { table: () => (data ? zonesTable(data.zoneIndustryMatrix) : null) };
}
