// Who is responsible for what in the selected regulations: actors × modalities as a heat map, with a row for
// the obligations no actor bears and the column totals, so that every count adds up. Each non-empty cell is a
// button that lists its obligations (with their clauses) below the table; the cell is part of the URL.
import { memoize } from '../api/memo.ts';
import { fetchObligations, fetchUnnamedObligations } from '../api/obligation-pages.ts';
import { ResponsibilityMatrixQuery } from '../api/operations.ts';
import type { ResultOf } from '../api/graphql.ts';
import { MODALITY_LOOKS } from '../cy/palette.ts';
import { clear, h } from '../dom.ts';
import { ACTOR_KIND_LABELS, MODALITY_LABELS } from '../i18n.ts';
import { viewText } from '../i18n-views.ts';
import { fullName, shortName } from '../labels.ts';
import { ACTOR_KINDS, MODALITIES, type Modality } from '../model.ts';
import { changedIn, revealNode } from '../state/store.ts';
import type { Table } from '../export/csv.ts';
import { heatCellStyle } from './heat-cell.ts';
import { createRenderer, emptyState, obligationItem, obligationTable, rowHead, tr, type PanelContext } from './common.ts';
import './tables.css';

type Matrix = ResultOf<typeof ResponsibilityMatrixQuery>['responsibilityMatrix'];
type Row = Matrix['rows'][number];
type Columns = Matrix['totals'];

/** The unnamed row's cells in the URL (cell=unnamed~SUPPORT): no actor key is without a `:`, so none can clash. */
export const UNNAMED_ACTOR = 'unnamed';

const countOf = (row: Pick<Columns, 'cells'>, modality: Modality) => row.cells.find((c) => c.modality === modality)?.count ?? 0;

/** Rows in the order of the actor kinds (governing bodies first), then by how much each actor bears. */
export function sortRows(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => ACTOR_KINDS.indexOf(a.actor.kind) - ACTOR_KINDS.indexOf(b.actor.kind) || b.total - a.total || a.actor.key.localeCompare(b.actor.key));
}

/** Cell shade: square-root scaled so that the many small counts stay distinguishable from zero. */
export function heat(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : 0.12 + 0.78 * Math.sqrt(count / max);
}

/**
 * The matrix as CSV: one row per actor, then the unnamed row and the totals row (each obligation once), marked
 * in the first column so that a spreadsheet can leave them out of sums.
 */
export function matrixTable(matrix: Matrix): Table {
  const columns = MODALITIES.filter((m) => matrix.modalities.includes(m));
  const summary = (row: 'unnamed' | 'total', values: Columns): Table['rows'][number] => [
    row,
    null,
    viewText('zh', row === 'unnamed' ? 'unnamedRow' : 'totalsRow'),
    viewText('en', row === 'unnamed' ? 'unnamedRow' : 'totalsRow'),
    null,
    ...columns.map((m) => countOf(values, m)),
    values.total,
  ];
  return {
    name: 'matrix',
    header: ['row', 'actor', 'name', 'nameEn', 'kind', ...columns, 'total'],
    rows: [
      ...sortRows(matrix.rows).map((row) => ['actor', row.actor.key, row.actor.name, row.actor.nameEn, row.actor.kind, ...columns.map((m) => countOf(row, m)), row.total]),
      summary('unnamed', matrix.unnamed),
      summary('total', matrix.totals),
    ],
  };
}

export interface MatrixPanel {
  table(): Table | null;
}

export function mountMatrixPanel(root: HTMLElement, ctx: PanelContext): MatrixPanel {
  const loadMatrix = memoize((regulations: string[]) => ctx.api.request(ResponsibilityMatrixQuery, { regulations }), (r) => r.join(','));
  const loadCell = memoize(
    (cell: { actor: string; modality: Modality; regulations: string[] }) =>
      fetchObligations(ctx.api, { bearer: cell.actor, modality: [cell.modality], regulations: cell.regulations }),
    (cell) => `${cell.actor}~${cell.modality}~${cell.regulations.join(',')}`,
  );
  const loadUnnamed = memoize(
    (cell: { modality: Modality; regulations: string[] }) => fetchUnnamedObligations(ctx.api, cell.modality, cell.regulations),
    (cell) => `${cell.modality}~${cell.regulations.join(',')}`,
  );
  const title = h('h2', { class: 'panel-title', id: 'matrix-title' });
  const hint = h('p', { class: 'panel-hint' });
  const tableHost = h('div', { class: 'matrix-host' });
  const cellHost = h('section', { class: 'cell-obligations', 'aria-live': 'polite' });
  root.replaceChildren(h('header', { class: 'panel-header' }, title, hint), tableHost, cellHost);
  const runTable = createRenderer(ctx, tableHost);
  const runCell = createRenderer(ctx, cellHost);
  let matrix: Matrix | null = null;
  let cellTable: Table | null = null;

  /** A count that opens its obligations, or a dot for none. */
  function countCell(actor: string, label: string, modality: Modality, count: number, max: number): HTMLTableCellElement {
    if (!count) return h('td', { class: 'cell empty' }, h('span', { 'aria-hidden': 'true' }, '·'));
    const { lang, cell } = ctx.store.get();
    const current = cell?.actor === actor && cell.modality === modality;
    return h(
      'td',
      { class: 'cell', style: heatCellStyle(heat(count, max), MODALITY_LOOKS[modality].color) },
      h(
        'button',
        {
          type: 'button',
          class: 'cell-button',
          'aria-pressed': String(current),
          'aria-label': `${label} · ${MODALITY_LABELS[modality][lang]}: ${count}`,
          'data-modality': modality,
          onclick: () => ctx.store.update({ cell: current ? null : { actor, modality } }),
        },
        String(count),
      ),
    );
  }

  function drawMatrix(m: Matrix) {
    matrix = m;
    const { lang } = ctx.store.get();
    const columns = MODALITIES.filter((x) => m.modalities.includes(x));
    const max = Math.max(0, ...m.rows.flatMap((r) => r.cells.map((c) => c.count)), ...m.unnamed.cells.map((c) => c.count));
    if (!m.rows.length && !m.unnamed.total) return clear(tableHost, emptyState(tr(ctx, 'noObligations')));
    const rows = sortRows(m.rows);
    const unnamedLabel = viewText(lang, 'unnamedRow');
    clear(
      tableHost,
      h(
        'table',
        { class: 'matrix heatmap', 'aria-labelledby': 'matrix-title', 'aria-describedby': 'matrix-footnote' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'row-head' }, tr(ctx, 'matrixActor')),
            ...columns.map((modality) => h('th', { scope: 'col', 'data-modality': modality }, h('span', { class: 'col-swatch', style: `--modality:${MODALITY_LOOKS[modality].color}` }), MODALITY_LABELS[modality][lang])),
            h('th', { scope: 'col' }, tr(ctx, 'matrixTotal')),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((row, index) => {
            const newKind = index === 0 || rows[index - 1]?.actor.kind !== row.actor.kind;
            return h(
              'tr',
              { class: newKind ? 'group-start' : '', 'data-actor': row.actor.key },
              rowHead(
                h('button', { type: 'button', class: 'entity-link', title: fullName(row.actor, lang), onclick: () => ctx.store.update((s) => revealNode(s, row.actor.key)) }, shortName(row.actor, lang)),
                newKind ? h('span', { class: 'kind-label' }, ACTOR_KIND_LABELS[row.actor.kind][lang]) : null,
              ),
              ...columns.map((modality) => countCell(row.actor.key, shortName(row.actor, lang), modality, countOf(row, modality), max)),
              h('td', { class: 'total' }, String(row.total)),
            );
          }),
          m.unnamed.total
            ? h(
                'tr',
                { class: 'unnamed-row', 'data-actor': UNNAMED_ACTOR },
                rowHead(h('span', { class: 'unnamed-label' }, unnamedLabel), h('span', { class: 'kind-label' }, viewText(lang, 'unnamedHint'))),
                ...columns.map((modality) => countCell(UNNAMED_ACTOR, unnamedLabel, modality, countOf(m.unnamed, modality), max)),
                h('td', { class: 'total' }, String(m.unnamed.total)),
              )
            : null,
        ),
        h(
          'tfoot',
          {},
          h(
            'tr',
            { class: 'totals-row' },
            rowHead(h('span', {}, viewText(lang, 'totalsRow')), h('span', { class: 'kind-label' }, viewText(lang, 'totalsHint'))),
            ...columns.map((modality) => h('td', { class: 'column-total', 'data-modality': modality }, String(countOf(m.totals, modality)))),
            h('td', { class: 'total column-total', 'data-modality': 'ALL' }, String(m.totals.total)),
          ),
        ),
      ),
      h('p', { class: 'matrix-footnote', id: 'matrix-footnote' }, viewText(lang, 'matrixFootnote')),
    );
  }

  function renderCell() {
    const { cell, lang } = ctx.store.get();
    cellTable = null;
    if (!cell) return clear(cellHost);
    const unnamed = cell.actor === UNNAMED_ACTOR;
    const row = matrix?.rows.find((r) => r.actor.key === cell.actor);
    void runCell(
      async () => {
        const regulations = cell.regulation ? [cell.regulation] : await ctx.scope();
        return unnamed ? loadUnnamed({ modality: cell.modality, regulations }) : loadCell({ actor: cell.actor, modality: cell.modality, regulations });
      },
      (result) => {
        const { obligations } = result;
        const modality = MODALITY_LABELS[cell.modality][lang];
        cellTable = obligationTable(`${cell.actor.replace(/^actor:/, '')}-${cell.modality.toLowerCase()}`, obligations);
        clear(
          cellHost,
          h(
            'header',
            { class: 'cell-header' },
            h(
              'h3',
              {},
              unnamed
                ? viewText(lang, 'unnamedObligations', { modality, n: result.totalCount })
                : tr(ctx, 'cellObligations', { actor: row ? shortName(row.actor, lang) : cell.actor, modality, n: result.totalCount }),
            ),
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
    title.textContent = tr(ctx, 'matrixTitle');
    hint.textContent = tr(ctx, 'matrixHint');
    void runTable(async () => loadMatrix(await ctx.scope()), (r) => drawMatrix(r.responsibilityMatrix), render).then(renderCell);
  }

  let mounted = false;
  ctx.store.subscribe((state, previous) => {
    if (state.view !== 'matrix') return;
    if (!mounted || changedIn(state, previous, ['lang', 'view', 'regulations'])) {
      mounted = true;
      render();
    } else if (state.cell !== previous.cell) {
      const focused = document.activeElement instanceof HTMLElement && tableHost.contains(document.activeElement) ? document.activeElement : null;
      const actor = focused?.closest('tr')?.dataset.actor;
      const modality = focused?.dataset.modality;
      if (matrix) drawMatrix(matrix);
      if (actor && modality) tableHost.querySelector<HTMLElement>(`tr[data-actor="${actor}"] [data-modality="${modality}"]`)?.focus();
      renderCell();
    }
  });
  if (ctx.store.get().view === 'matrix') {
    mounted = true;
    render();
  }

  return {
    table: () => cellTable ?? (matrix ? matrixTable(matrix) : null),
  };
}
