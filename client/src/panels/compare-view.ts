// The compare view (two regulations or more): their responsibility matrices side by side, one column group
// per regulation, rows whose counts differ marked ≠ and actors only one of them names marked with it; a count
// opens its obligations below. Its second tab sets the industries of every zone of the selected FTZs side by
// side. Both tables export as CSV.
import { memoize } from '../api/memo.ts';
import { fetchObligations } from '../api/obligation-pages.ts';
import { CompareQuery } from '../api/operations.ts';
import { MODALITY_LOOKS } from '../cy/palette.ts';
import { clear, h } from '../dom.ts';
import type { Table } from '../export/csv.ts';
import { ACTOR_KIND_LABELS, MODALITY_LABELS, type MessageKey } from '../i18n.ts';
import { fullName, levelText, shortName } from '../labels.ts';
import type { Modality } from '../model.ts';
import { changedIn, revealNode } from '../state/store.ts';
import { COMPARE_TABS, type MatrixCell } from '../state/url-state.ts';
import { clauseLink, createRenderer, emptyState, obligationItem, obligationTable, rowHead, tr, type PanelContext, type RegulationMeta } from './common.ts';
import {
  compareActorsTable,
  compareModalities,
  compareRows,
  compareZonesTable,
  countIn,
  linksAt,
  onlyNamedBy,
  regulationMark,
  totalIn,
  zoneGroups,
  zoneIndustryRows,
  type Comparison,
} from './compare-tables.ts';
import { heatCellStyle } from './heat-cell.ts';
import { heat } from './matrix-panel.ts';

const TAB_LABELS: Record<(typeof COMPARE_TABS)[number], MessageKey> = { actors: 'compareTabActors', zones: 'compareTabZones' };

export interface CompareView {
  table(): Table | null;
}

export function mountCompareView(root: HTMLElement, ctx: PanelContext): CompareView {
  const load = memoize((regulations: string[]) => ctx.api.request(CompareQuery, { regulations }), (r) => r.join(','));
  const loadCell = memoize(
    (cell: Required<MatrixCell>) => fetchObligations(ctx.api, { bearer: cell.actor, modality: [cell.modality], regulations: [cell.regulation] }),
    (cell) => `${cell.actor}~${cell.modality}~${cell.regulation}`,
  );
  const title = h('h2', { class: 'panel-title', id: 'compare-title' });
  const hint = h('p', { class: 'panel-hint' });
  const tabs = h('div', { class: 'segmented', role: 'group' });
  const host = h('div', { class: 'matrix-host compare-host' });
  const cellHost = h('section', { class: 'cell-obligations', 'aria-live': 'polite' });
  root.replaceChildren(h('header', { class: 'panel-header' }, h('div', {}, title, hint), tabs), host, cellHost);
  const run = createRenderer(ctx, host);
  const runCell = createRenderer(ctx, cellHost);
  let shown: { comparison: Comparison; catalog: RegulationMeta[] } | null = null;
  let cellTable: Table | null = null;

  const titleOf = (catalog: readonly RegulationMeta[], key: string) => catalog.find((r) => r.key === key)?.title ?? key;

  function drawTabs() {
    const { compare } = ctx.store.get();
    tabs.setAttribute('aria-label', tr(ctx, 'viewCompare'));
    clear(
      tabs,
      COMPARE_TABS.map((tab) =>
        h('button', { type: 'button', class: 'button', 'data-compare': tab, 'aria-pressed': String(tab === compare), onclick: () => ctx.store.update({ compare: tab, cell: null }) }, tr(ctx, TAB_LABELS[tab])),
      ),
    );
  }

  function regulationHeads(c: Comparison, catalog: readonly RegulationMeta[], span: (key: string) => number): HTMLElement[] {
    return c.regulations.map((r, i) =>
      h(
        'th',
        { scope: 'colgroup', colspan: span(r.key), class: 'regulation-head', 'data-regulation': r.key, lang: 'zh-Hans', title: titleOf(catalog, r.key) },
        h('span', { class: 'regulation-mark', 'aria-hidden': 'true' }, regulationMark(i)),
        titleOf(catalog, r.key),
      ),
    );
  }

  function drawActors(c: Comparison, catalog: readonly RegulationMeta[]) {
    const { lang, cell } = ctx.store.get();
    const modalities = compareModalities(c);
    const only = onlyNamedBy(c);
    const rows = compareRows(c);
    if (!rows.length) return clear(host, emptyState(tr(ctx, 'noObligations')));
    const max = Math.max(0, ...rows.flatMap((row) => row.regulations.flatMap((r) => r.cells.map((x) => x.count))));
    const countCell = (row: (typeof rows)[number], regulation: string, modality: Modality, first: boolean) => {
      const count = countIn(row, regulation, modality);
      const cls = first ? 'cell group-first' : 'cell';
      if (!count) return h('td', { class: `${cls} empty` }, h('span', { 'aria-hidden': 'true' }, '·'));
      const current = cell?.actor === row.actor.key && cell.modality === modality && cell.regulation === regulation;
      return h(
        'td',
        { class: cls, style: heatCellStyle(heat(count, max), MODALITY_LOOKS[modality].color) },
        h(
          'button',
          {
            type: 'button',
            class: 'cell-button',
            'aria-pressed': String(current),
            'aria-label': `${shortName(row.actor, lang)} · ${titleOf(catalog, regulation)} · ${MODALITY_LABELS[modality][lang]}: ${count}`,
            'data-modality': modality,
            'data-regulation': regulation,
            onclick: () => ctx.store.update({ cell: current ? null : { actor: row.actor.key, modality, regulation } }),
          },
          String(count),
        ),
      );
    };
    clear(
      host,
      h('p', { class: 'compare-legend' }, h('span', { class: 'mark mark-differs' }, '≠'), ` ${tr(ctx, 'compareDiffersLegend')} `, h('span', { class: 'mark mark-only' }, tr(ctx, 'compareOnly', { mark: regulationMark(0) })), ` ${tr(ctx, 'compareOnlyLegend')}`),
      h(
        'table',
        { class: 'matrix heatmap compare-matrix', 'aria-labelledby': 'compare-title' },
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col', rowspan: 2, class: 'row-head' }, tr(ctx, 'matrixActor')), ...regulationHeads(c, catalog, () => modalities.length + 1)),
          h(
            'tr',
            {},
            c.regulations.flatMap((r) => [
              ...modalities.map((m, i) =>
                h('th', { scope: 'col', class: i === 0 ? 'group-first' : '', 'data-modality': m }, h('span', { class: 'col-swatch', style: `--modality:${MODALITY_LOOKS[m].color}` }), MODALITY_LABELS[m][lang]),
              ),
              h('th', { scope: 'col', 'data-regulation': r.key }, tr(ctx, 'matrixTotal')),
            ]),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((row, index) => {
            const newKind = index === 0 || rows[index - 1]?.actor.kind !== row.actor.kind;
            const onlyIn = only.get(row.actor.key);
            const onlyIndex = onlyIn ? c.regulations.findIndex((r) => r.key === onlyIn) : -1;
            // Counts of an actor one text alone names differ trivially: the mark is for those several name.
            const marked = row.differs && !onlyIn;
            return h(
              'tr',
              { class: [newKind ? 'group-start' : '', marked ? 'differs' : '', onlyIn ? 'only-one' : ''].filter(Boolean).join(' '), 'data-actor': row.actor.key, 'data-differs': String(row.differs), 'data-only': onlyIn ?? null },
              rowHead(
                h('span', { class: 'row-name' },
                  marked ? h('span', { class: 'mark mark-differs', title: tr(ctx, 'compareDiffers'), 'aria-label': tr(ctx, 'compareDiffers') }, '≠') : h('span', { class: 'mark mark-same', 'aria-hidden': 'true' }, ''),
                  h('button', { type: 'button', class: 'entity-link', title: fullName(row.actor, lang), onclick: () => ctx.store.update((s) => revealNode(s, row.actor.key)) }, shortName(row.actor, lang)),
                  onlyIn ? h('span', { class: 'mark mark-only', title: tr(ctx, 'compareOnlyIn', { title: titleOf(catalog, onlyIn) }) }, tr(ctx, 'compareOnly', { mark: regulationMark(onlyIndex) })) : null,
                ),
                newKind ? h('span', { class: 'kind-label' }, ACTOR_KIND_LABELS[row.actor.kind][lang]) : null,
              ),
              c.regulations.flatMap((r) => [...modalities.map((m, i) => countCell(row, r.key, m, i === 0)), h('td', { class: 'total' }, String(totalIn(row, r.key)))]),
            );
          }),
        ),
      ),
    );
  }

  function drawZones(c: Comparison, catalog: readonly RegulationMeta[]) {
    const { lang, selected } = ctx.store.get();
    const wholeZones = catalog.flatMap((r) => (r.wholeZone ? [r.wholeZone.key] : []));
    const groups = zoneGroups(c, wholeZones);
    const industries = zoneIndustryRows(c);
    if (!industries.length) return clear(host, emptyState(tr(ctx, 'compareNoZones')));
    clear(
      host,
      h(
        'table',
        { class: 'matrix zones-matrix compare-zones', 'aria-labelledby': 'compare-title' },
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col', rowspan: 2, class: 'row-head' }, tr(ctx, 'industry')), ...regulationHeads(c, catalog, (key) => Math.max(1, groups.find((g) => g.regulation === key)?.zones.length ?? 0))),
          h(
            'tr',
            {},
            groups.flatMap((g) =>
              g.zones.length
                ? g.zones.map((z, i) =>
                    h('th', { scope: 'col', 'data-zone': z.key, class: [i === 0 ? 'group-first' : '', wholeZones.includes(z.key) ? 'whole-zone' : ''].join(' ').trim() },
                      h('button', { type: 'button', class: 'entity-link', title: fullName(z, lang), onclick: () => ctx.store.update((s) => revealNode(s, z.key)) }, shortName(z, lang))),
                  )
                : [h('th', { scope: 'col', class: 'group-first empty-group' }, tr(ctx, 'compareNoZones'))],
            ),
          ),
        ),
        h(
          'tbody',
          {},
          industries.map((industry) =>
            h(
              'tr',
              { 'data-industry': industry.key, class: selected === industry.key ? 'selected' : '' },
              rowHead(
                h('button', { type: 'button', class: 'entity-link industry', title: fullName(industry, lang), onclick: () => ctx.store.update({ selected: industry.key }) }, shortName(industry, lang)),
                industry.gbCode ? h('span', { class: 'gb-code', title: 'GB/T 4754-2017' }, industry.gbCode) : null,
              ),
              groups.flatMap((g) =>
                (g.zones.length ? g.zones : [null]).map((zone, i) => {
                  const links = zone ? linksAt(c, g.regulation, zone.key, industry.key) : [];
                  const first = i === 0 ? ' group-first' : '';
                  if (!links.length) return h('td', { class: `cell empty${first}` }, h('span', { 'aria-hidden': 'true' }, '·'));
                  const rank = Math.min(3, Math.max(...links.map((l) => l.rank)));
                  return h('td', { class: `cell level-${rank}${first}`, 'data-regulation': g.regulation },
                    links.map((l) => h('span', { class: 'level-cell' }, h('span', { class: 'level', lang: lang === 'en' ? 'en' : 'zh-Hans' }, levelText(l, lang)), l.clause ? clauseLink(ctx, l.clause) : null)),
                  );
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function draw() {
    if (!shown) return;
    if (ctx.store.get().compare === 'zones') drawZones(shown.comparison, shown.catalog);
    else drawActors(shown.comparison, shown.catalog);
  }

  function renderCell() {
    const { cell, lang, compare } = ctx.store.get();
    cellTable = null;
    if (!cell?.regulation || compare !== 'actors' || !shown) return clear(cellHost);
    const full = { actor: cell.actor, modality: cell.modality, regulation: cell.regulation };
    const row = shown.comparison.actors.find((a) => a.actor.key === cell.actor);
    const regulationTitle = titleOf(shown.catalog, cell.regulation);
    void runCell(
      () => loadCell(full),
      ({ obligations, totalCount }) => {
        cellTable = obligationTable(`${full.actor}-${full.modality}-${full.regulation.replace(/^regulation:/, '')}`, obligations);
        clear(
          cellHost,
          h('header', { class: 'cell-header' },
            h('h3', {}, tr(ctx, 'cellObligations', { actor: row ? shortName(row.actor, lang) : cell.actor, modality: MODALITY_LABELS[cell.modality][lang], n: totalCount }), h('span', { class: 'cell-regulation', lang: 'zh-Hans' }, regulationTitle)),
            h('button', { type: 'button', class: 'button button-quiet', 'aria-label': '×', onclick: () => ctx.store.update({ cell: null }) }, '×'),
          ),
          h('ol', { class: 'obligation-list' }, obligations.map((o) => obligationItem(ctx, o))),
        );
        cellHost.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      },
      renderCell,
    );
  }

  function render() {
    title.textContent = tr(ctx, ctx.store.get().compare === 'zones' ? 'compareZonesTitle' : 'compareTitle');
    hint.textContent = tr(ctx, ctx.store.get().compare === 'zones' ? 'compareZonesHint' : 'compareHint');
    drawTabs();
    void run(
      async () => {
        const [regulations, catalog] = await Promise.all([ctx.scope(), ctx.catalog()]);
        return regulations.length < 2 ? { regulations, catalog, comparison: null } : { regulations, catalog, comparison: (await load(regulations)).compare };
      },
      ({ catalog, comparison }) => {
        shown = comparison ? { comparison, catalog } : null;
        if (!comparison) {
          clear(cellHost);
          return clear(host, emptyState(tr(ctx, 'compareNeedsTwo')));
        }
        draw();
        renderCell();
      },
      render,
    );
  }

  let mounted = false;
  ctx.store.subscribe((state, previous) => {
    if (state.view !== 'compare') return;
    if (!mounted || changedIn(state, previous, ['lang', 'view', 'regulations', 'compare'])) {
      mounted = true;
      render();
    } else if (state.cell !== previous.cell || state.selected !== previous.selected) {
      const focused = document.activeElement instanceof HTMLElement && host.contains(document.activeElement) ? document.activeElement : null;
      const at = focused ? { actor: focused.closest('tr')?.dataset.actor, modality: focused.dataset.modality, regulation: focused.dataset.regulation } : null;
      draw();
      if (at?.actor && at.modality && at.regulation) {
        host.querySelector<HTMLElement>(`tr[data-actor="${at.actor}"] [data-modality="${at.modality}"][data-regulation="${at.regulation}"]`)?.focus();
      }
      if (state.cell !== previous.cell) renderCell();
    }
  });
  if (ctx.store.get().view === 'compare') {
    mounted = true;
    render();
  }

  return {
    table: () => {
      if (!shown) return null;
      if (ctx.store.get().compare === 'zones') return compareZonesTable(shown.comparison);
      return cellTable ?? compareActorsTable(shown.comparison);
    },
  };
}
