// Who is responsible for what in the selected regulations: actors × modalities as a heat map. Each non-empty
// cell is a button that lists its obligations (with their clauses) below the table; the cell is part of the URL.
import { memoize } from '../api/memo.ts';
import { fetchObligations } from '../api/obligation-pages.ts';
import { ResponsibilityMatrixQuery } from '../api/operations.ts';
import type { ResultOf } from '../api/graphql.ts';
import { MODALITY_LOOKS } from '../cy/palette.ts';
import { clear, h } from '../dom.ts';
import { ACTOR_KIND_LABELS, MODALITY_LABELS } from '../i18n.ts';
import { fullName, shortName } from '../labels.ts';
import { ACTOR_KINDS, MODALITIES, type Modality } from '../model.ts';
import { revealNode } from '../state/store.ts';
import type { Table } from '../export/csv.ts';
import { createRenderer, emptyState, obligationItem, obligationTable, rowHead, tr, type PanelContext } from './common.ts';

type Matrix = ResultOf<typeof ResponsibilityMatrixQuery>['responsibilityMatrix'];
type Row = Matrix['rows'][number];

/** Rows in the order of the actor kinds (governing bodies first), then by how much each actor bears. */
export function sortRows(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => ACTOR_KINDS.indexOf(a.actor.kind) - ACTOR_KINDS.indexOf(b.actor.kind) || b.total - a.total || a.actor.key.localeCompare(b.actor.key));
}

/** Cell shade: square-root scaled so that the many small counts stay distinguishable from zero. */
export function heat(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : 0.12 + 0.78 * Math.sqrt(count / max);
}

export function matrixTable(matrix: Matrix): Table {
  const columns = MODALITIES.filter((m) => matrix.modalities.includes(m));
  return {
    name: 'responsibility-matrix',
    header: ['actor', 'name', 'nameEn', 'kind', ...columns, 'total'],
    rows: sortRows(matrix.rows).map((row) => [
      row.actor.key,
      row.actor.name,
      row.actor.nameEn,
      row.actor.kind,
      ...columns.map((m) => row.cells.find((c) => c.modality === m)?.count ?? 0),
      row.total,
    ]),
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
  const title = h('h2', { class: 'panel-title', id: 'matrix-title' });
  const hint = h('p', { class: 'panel-hint' });
  const tableHost = h('div', { class: 'matrix-host' });
  const cellHost = h('section', { class: 'cell-obligations', 'aria-live': 'polite' });
  root.replaceChildren(h('header', { class: 'panel-header' }, title, hint), tableHost, cellHost);
  const runTable = createRenderer(ctx, tableHost);
  const runCell = createRenderer(ctx, cellHost);
  let matrix: Matrix | null = null;
  let cellTable: Table | null = null;

  function drawMatrix(m: Matrix) {
    matrix = m;
    const { lang, cell } = ctx.store.get();
    const columns = MODALITIES.filter((x) => m.modalities.includes(x));
    const max = Math.max(0, ...m.rows.flatMap((r) => r.cells.map((c) => c.count)));
    if (!m.rows.length) return clear(tableHost, emptyState(tr(ctx, 'noObligations')));
    const rows = sortRows(m.rows);
    clear(
      tableHost,
      h(
        'table',
        { class: 'matrix heatmap', 'aria-labelledby': 'matrix-title' },
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
              ...columns.map((modality) => {
                const count = row.cells.find((c) => c.modality === modality)?.count ?? 0;
                if (!count) return h('td', { class: 'cell empty' }, h('span', { 'aria-hidden': 'true' }, '·'));
                const current = cell?.actor === row.actor.key && cell.modality === modality;
                return h(
                  'td',
                  { class: 'cell', style: `--heat:${heat(count, max).toFixed(3)};--modality:${MODALITY_LOOKS[modality].color}` },
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'cell-button',
                      'aria-pressed': String(current),
                      'aria-label': `${shortName(row.actor, lang)} · ${MODALITY_LABELS[modality][lang]}: ${count}`,
                      'data-modality': modality,
                      onclick: () => ctx.store.update({ cell: current ? null : { actor: row.actor.key, modality } }),
                    },
                    String(count),
                  ),
                );
              }),
              h('td', { class: 'total' }, String(row.total)),
            );
          }),
        ),
      ),
    );
  }

  function renderCell() {
    const { cell, lang } = ctx.store.get();
    cellTable = null;
    if (!cell) return clear(cellHost);
    const row = matrix?.rows.find((r) => r.actor.key === cell.actor);
    void runCell(
      async () => loadCell({ actor: cell.actor, modality: cell.modality, regulations: cell.regulation ? [cell.regulation] : await ctx.scope() }),
      (result) => {
        const { obligations } = result;
        cellTable = obligationTable(`${cell.actor}-${cell.modality}`, obligations);
        clear(
          cellHost,
          h(
            'header',
            { class: 'cell-header' },
            h('h3', {}, tr(ctx, 'cellObligations', { actor: row ? shortName(row.actor, lang) : cell.actor, modality: MODALITY_LABELS[cell.modality][lang], n: result.totalCount })),
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
    if (!mounted || state.lang !== previous.lang || state.view !== previous.view || state.regulations !== previous.regulations) {
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
